//! Business and market language, learnt from real news sentences (the MSRP pairs read as two
//! one-sentence articles): a move against a level, a price per share against a total, sums
//! rounded to the million, scale words hyphenated to the number. Sentences in our own words.

use super::sentences::{corpus, figures, find, pair, role, verdict};
use crossread::figures::{Per, Scope, analyse};

#[test]
fn a_scale_word_hyphenated_to_the_number_scales_it() {
    let f = find("The court set bail at $7-million on Friday.", "$7-million");
    assert_eq!(f.amount.value, Some(7e6));
    let f = find(
        "The province approved a $41.6-million bridge repair.",
        "$41.6-million",
    );
    assert_eq!(f.amount.value, Some(41.6e6));
    // one written decimal: rounded to a tenth of a million
    assert_eq!((f.amount.low, f.amount.high), (41.55e6, 41.65e6));
    let set = analyse(&corpus(&[
        "The court set bail at $7-million on Friday.\n",
        "A judge fixed bail at $7 million.\n",
    ]));
    assert_eq!(verdict(&set, "$7 million"), Some(false));
}

#[test]
fn a_comma_before_or_restates_a_move_and_makes_no_range() {
    let all = figures("Shares of Kestrel fell $3.12, or 11 percent, to $25.40 on Monday.");
    let texts: Vec<&str> = all.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(texts, ["$3.12", "11 percent", "$25.40"]);
    for f in &all[..2] {
        assert_eq!(f.what.scope, Some(Scope::Change), "{}", f.text);
    }
    assert_eq!(all[2].what.scope, None);
    // without the comma, "or" still joins an estimate
    let f = find("Each ticket costs $12 or $15 at the door.", "$12 or $15");
    assert_eq!((f.amount.low, f.amount.high), (12.0, 15.0));
}

#[test]
fn a_move_is_never_compared_with_a_level() {
    // "rose $1.90 to $31.90" against "closed at $31.90": the sources agree on the price
    let set = analyse(&corpus(&[
        "Harbor Foods stock rose $1.90 to $31.90 in New York trading.\n",
        "Harbor Foods stock closed at $31.90 in New York trading, up $1.90.\n",
    ]));
    assert_eq!(verdict(&set, "$31.90"), Some(false));
    let up = set.figures.iter().find(|f| f.text == "$1.90").unwrap();
    assert_eq!(up.what.scope, Some(Scope::Change));
    // a share after a verb of movement is its size; after "to" it is where the rate stands
    let moved = "Inflation climbed 2.4% to 9.7%, the statistics office said.";
    let f = find(moved, "2.4%");
    assert_eq!(f.what.scope, Some(Scope::Change));
    let f = find(moved, "9.7%");
    assert_eq!(f.what.scope, None);
    // counts after such verbs are what was cut or added, not a move
    let f = find("The airline cut 600 jobs at its hubs.", "600");
    assert_eq!(f.what.scope, None);
}

#[test]
fn a_price_of_each_is_a_rate_not_a_total() {
    let f = find(
        "The chain lost $310 million, or $1.14 a share, in the quarter.",
        "$1.14",
    );
    assert_eq!(f.what.scope, Some(Scope::Rate(Per::Each)));
    // a sum set off by a comma is not priced per anything
    let f = find(
        "The board fined the firm $9 million, a sum it called unfair.",
        "$9 million",
    );
    assert_eq!(f.what.scope, None);
}

#[test]
fn whole_numbers_written_rounded_agree_with_their_exact_value() {
    for (exact, rounded, figure) in [
        (
            "The agency spent $212.4 million on relief.",
            "The agency spent $212 million on relief.",
            "$212 million",
        ),
        (
            "Median rent rose to $18,362 a year.",
            "Median rent rose to $18,400 a year.",
            "$18,400",
        ),
    ] {
        let set = analyse(&corpus(&[&format!("{exact}\n"), &format!("{rounded}\n")]));
        assert_eq!(verdict(&set, figure), Some(false), "{exact} / {rounded}");
    }
    // a number of one significant digit may be exact: 300 against 296 still differs
    let set = analyse(&corpus(&[
        "The flood has killed 296 people, officials said.\n",
        "The flood has killed 300 people, officials said.\n",
    ]));
    assert_eq!(verdict(&set, "300"), Some(true));
    // a qualifier bounds the written number: "more than 2,700" is not 2,660
    let f = find("More than 2,700 flights were cancelled.", "More than 2,700");
    assert!(f.amount.low >= 2700.0, "{:?}", f.amount);
}

#[test]
fn a_range_may_repeat_its_currency_sign() {
    let f = find(
        "Riders will pay between $6 and $14 a trip from June.",
        "between $6 and $14",
    );
    assert_eq!((f.amount.low, f.amount.high), (6.0, 14.0));
    // two currencies make no range
    let all = figures("Fares run between £6 and $14 a trip.");
    assert!(
        all.iter()
            .all(|f| f.amount.high <= 14.0 && f.text != "between £6 and $14")
    );
}

#[test]
fn a_range_may_repeat_its_unit_after_each_end() {
    for (text, figure, low, high) in [
        (
            "Forecasters see profit of 21 cents to 23 cents a share.",
            "21 cents to 23 cents",
            0.21,
            0.23,
        ),
        (
            "The chain expects sales to grow 7 percent to 9 percent this year.",
            "7 percent to 9 percent",
            7.0,
            9.0,
        ),
        ("Margins of 5% to 8% are usual.", "5% to 8%", 5.0, 8.0),
        (
            "Between 3 per cent and 5 per cent of tenants moved out.",
            "Between 3 per cent and 5 per cent",
            3.0,
            5.0,
        ),
    ] {
        let f = find(text, figure);
        assert_eq!(f.amount.value, None, "{text}");
        assert!(
            (f.amount.low - low).abs() < 1e-9 && (f.amount.high - high).abs() < 1e-9,
            "{text}: {:?}",
            f.amount
        );
    }
    // a change from one value to another, or two units, make no range
    for (text, first) in [
        (
            "The bank lifted its rate from 4 percent to 5 percent.",
            "4 percent",
        ),
        (
            "Shares rose 8 percent to 9 percent of the index.",
            "8 percent",
        ),
        ("Dues rose 30 cents to 40 dollars.", "30 cents"),
    ] {
        let all = figures(text);
        assert!(all.iter().any(|f| f.text == first), "{text}: {all:?}");
    }
}

#[test]
fn letters_against_the_dollar_sign_say_whose_dollar() {
    let f = find("Maple Mining closed at C$8.15 in Toronto.", "C$8.15");
    assert_eq!(f.what.unit.as_deref(), Some("CAD"));
    let f = find("The miner's stock ended at A$3.02 in Sydney.", "A$3.02");
    assert_eq!(f.what.unit.as_deref(), Some("AUD"));
    let f = find("The fund raised US$40 million.", "US$40 million");
    assert_eq!(f.what.unit.as_deref(), Some("USD"));
    // a sum in one dollar is never compared with a sum in another
    let set = analyse(&corpus(&[
        "Maple Mining shares closed at C$8.15 on Friday.\n",
        "Maple Mining shares closed at $8.40 on Friday.\n",
    ]));
    assert_eq!(verdict(&set, "C$8.15"), None);
    // a word before a spaced sign is no prefix: "A $5 fee" is US dollars
    let f = find("A $5 fee applies to each ticket.", "$5");
    assert_eq!(f.what.unit.as_deref(), Some("USD"));
}

#[test]
fn a_sum_in_cents_is_money() {
    let f = find("Harbor Foods stock fell 42 cents to $9.10.", "42 cents");
    assert_eq!(f.amount.value, Some(0.42));
    assert_eq!(f.what.unit.as_deref(), Some("USD"));
    assert_eq!(f.what.scope, Some(Scope::Change));
    let f = find(
        "The shares lost 15 Canadian cents in Toronto.",
        "15 Canadian cents",
    );
    assert_eq!(f.what.unit.as_deref(), Some("CAD"));
    let f = find("A stamp will cost 85 pence from April.", "85 pence");
    assert_eq!(f.what.unit.as_deref(), Some("GBP"));
    // one move, written in cents and in dollars
    let set = analyse(&corpus(&[
        "Harbor Foods stock fell 42 cents to $9.10 on Monday.\n",
        "Harbor Foods stock fell $0.42 to $9.10 on Monday.\n",
    ]));
    assert_eq!(verdict(&set, "42 cents"), Some(false));
    // "per cent" is still a share
    let f = find("Unemployment rose to 7 per cent in May.", "7 per cent");
    assert_eq!(f.what.unit.as_deref(), Some("%"));
}

#[test]
fn a_sum_named_by_a_period_word_is_a_rate() {
    for (sentence, figure, period) in [
        (
            "The coach will draw a weekly wage of $90,000.",
            "$90,000",
            "week",
        ),
        (
            "The city has annual spending of about $4 billion.",
            "about $4 billion",
            "year",
        ),
        (
            "The refinery's daily output of 80,000 barrels fell.",
            "80,000 barrels",
            "day",
        ),
        (
            "The firm pays its chief $2 million annually.",
            "$2 million",
            "year",
        ),
    ] {
        let f = find(sentence, figure);
        assert_eq!(
            f.what.scope,
            Some(Scope::Rate(Per::Period(period))),
            "{sentence}"
        );
    }
    // a weekly wage is not compared with a yearly sum as one salary
    let set = analyse(&corpus(&[
        "The coach will draw a weekly wage of $90,000 and a bonus.\n",
        "The coach will draw a wage of $4.7 million and a bonus.\n",
    ]));
    assert_eq!(verdict(&set, "$4.7 million"), None);
    // the period word must name the sum: after a comma it does not
    let f = find(
        "After the annual audit, costs of $3 million were found.",
        "$3 million",
    );
    assert!(!matches!(f.what.scope, Some(Scope::Rate(_))));
}

#[test]
fn rates_for_different_periods_are_not_compared_but_rates_for_each_one_are() {
    // a yearly sum and a weekly one are two rates, not one salary in conflict
    let set = analyse(&corpus(&[
        "The striker will earn a yearly salary of $8 million plus bonuses.\n",
        "The striker will take home a weekly salary of about $150,000.\n",
    ]));
    assert_eq!(verdict(&set, "$8 million"), None);
    // "a year" after the sum and "yearly" before it name one period
    let set = analyse(&corpus(&[
        "The striker will earn a yearly salary of $8 million.\n",
        "The striker's salary will be $8 million a year.\n",
    ]));
    assert_eq!(verdict(&set, "$8 million"), Some(false));
    // a payout named "per family", "to each victim's family" and "each" is one rate
    let set = analyse(&corpus(&[
        "The operator will pay 300,000 pesos to the family of each victim.\n",
        "The families of the dead will be paid 200,000 pesos each.\n",
    ]));
    assert_eq!(verdict(&set, "300,000 pesos"), Some(true));
    let f = find(
        "Every year, about 900 people drown in the lakes.",
        "about 900",
    );
    assert_eq!(f.scope_label().as_deref(), Some("per year"));
}

#[test]
fn a_figure_said_of_each_one_is_not_the_total() {
    // the sum of all and the measure of each are not one quantity
    let set = analyse(&corpus(&[
        "When they were found, the three children weighed 120 pounds combined.\n",
        "Each child weighed less than 45 pounds when they were found.\n",
    ]));
    assert_eq!(verdict(&set, "120 pounds"), None);
    for (sentence, figure) in [
        ("Tickets for the final cost $40 apiece.", "$40"),
        (
            "The insurer will pay 9,000 rand ($500) to every family of the dead.",
            "$500",
        ),
    ] {
        assert_eq!(
            find(sentence, figure).what.scope,
            Some(Scope::Rate(Per::Each)),
            "{sentence}"
        );
    }
    // the whole that "each of" picks from, and soldiers each carrying a rifle, are counts
    for (sentence, figure) in [
        ("Each of the 14 victims was shot at close range.", "14"),
        ("Every one of the 300 passengers was rescued.", "300"),
        ("Officers found 12 soldiers each carrying a rifle.", "12"),
        ("The rivals blamed each other for the 30 deaths.", "30"),
    ] {
        assert_eq!(find(sentence, figure).what.scope, None, "{sentence}");
    }
}

#[test]
fn a_sum_is_what_its_own_noun_names() {
    // the noun right after a sum names it, though another sum's noun stands nearer before it
    let (counts, _) = role(
        "The chief was paid $640,000 in salary and $210,000 in bonuses last year.",
        "$210,000",
    );
    assert_eq!(counts.as_deref(), Some("bonuses"));
    // a period after "from" dates the baseline: the sum is the new level, not an earlier one
    let f = find(
        "Quarterly sales fell 6 percent to $1.7 billion from a year earlier.",
        "$1.7 billion",
    );
    assert_eq!(f.what.scope, None);
    let f = find("Sales were $1.8 billion a year earlier.", "$1.8 billion");
    assert_eq!(f.what.scope, Some(Scope::Earlier));
}

#[test]
fn currencies_of_world_news_by_word_and_by_letters_against_the_sum() {
    for (sentence, figure, unit) in [
        (
            "The insurer paid 40 million rupiah.",
            "40 million rupiah",
            "IDR",
        ),
        (
            "The fine was set at 12,000 shekels.",
            "12,000 shekels",
            "ILS",
        ),
        (
            "The bridge will cost 2 billion kronor.",
            "2 billion kronor",
            "SEK",
        ),
        ("The firm paid Rp40 million in fees.", "Rp40 million", "IDR"),
        ("Each family got Rs5,000 from the state.", "Rs5,000", "INR"),
        ("The project will cost RM2 billion.", "RM2 billion", "MYR"),
        (
            "Traders lost KSh300 million in the fire.",
            "KSh300 million",
            "KES",
        ),
    ] {
        let f = find(sentence, figure);
        assert_eq!(f.what.unit.as_deref(), Some(unit), "{sentence}");
    }
    // a sum in rupiah is money, not a count of rupiah: it agrees with the same sum in letters
    let set = analyse(&corpus(&[
        "The insurer paid 40 million rupiah in compensation.\n",
        "The insurer paid Rp40 million in compensation.\n",
    ]));
    assert_eq!(verdict(&set, "40 million rupiah"), Some(false));
    // letters that are not a currency stay part of their word
    assert!(figures("The RX100 camera sold out.").is_empty());
}

#[test]
fn a_stock_ticker_is_no_word_of_the_sentence() {
    // the digits of a ticker count nothing; its letters are no thing a share is of
    let all = figures("Harbour Shipping <0017.HK> rose 3 percent and Kestrel (NYSE: KES) fell 2%.");
    let texts: Vec<&str> = all.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(texts, ["3 percent", "2%"]);
    assert_eq!(all[0].what.counts.as_deref(), Some("shipping"));
    assert_eq!(all[1].what.counts.as_deref(), Some("kestrel"));
    // two companies' moves are told apart by name, past the legal form ("Ltd", "Inc")
    let set = analyse(&corpus(&[
        "Quarry Metals Ltd <QML.AX> fell 1.3 percent and Ridge Oil Inc <RDG.AX> dropped 4.5 percent.\n",
        "Quarry Metals Ltd <QML.AX> fell 1.3 percent while Ridge Oil Inc (ASX: RDG) slid 2.1 percent.\n",
    ]));
    let f = set
        .figures
        .iter()
        .find(|f| f.text == "4.5 percent")
        .unwrap();
    assert_eq!(f.what.counts.as_deref(), Some("oil"));
    assert_eq!(verdict(&set, "1.3 percent"), Some(false));
    assert_eq!(verdict(&set, "4.5 percent"), Some(true));
    // an angle bracket or an aside of another kind is read as before
    let f = find("The vote (about 40%) was close.", "about 40%");
    assert_eq!(f.what.scope, None);
}

#[test]
fn a_stock_code_written_bare_is_no_word_of_the_sentence() {
    // the exchange's letter of two companies' bare codes does not make their moves one
    let set = analyse(&corpus(&[
        "Shares of Kestrel Corp KSTL.O fell 5 percent.\n",
        "Shares of Osprey Inc. OSPR.O fell 3 percent.\n",
    ]));
    assert_eq!(verdict(&set, "5 percent"), None);
    let f = find("Shares of Kestrel Corp KSTL.O fell 5 percent.", "5 percent");
    // the shares are what moved; the company says whose they are
    assert_eq!(f.what.counts.as_deref(), Some("shares"));
    // nor the suffix of two bonds' codes their maturities
    let set = analyse(&corpus(&[
        "The 30-year bond US30YT=RR rose 1/32.\n",
        "The 10-year note US10YT=RR fell 2/32.\n",
    ]));
    assert_eq!(verdict(&set, "30-year"), None);
}

#[test]
fn the_number_in_a_stock_index_name_is_not_a_figure() {
    for sentence in [
        "The broad Standard & Poor's 500 index fell 1.02 percent.",
        "The S&P 500 Index rose 0.4 percent.",
        "In London the FTSE 100 slipped 0.2 percent.",
        "The Nikkei 225 lost 1.5 percent on Friday.",
        "The Russell 2000 index, which tracks small companies, rose 0.7 percent.",
    ] {
        let all = figures(sentence);
        let texts: Vec<&str> = all.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(texts.len(), 1, "{sentence}: {texts:?}");
        assert_eq!(all[0].what.scope, Some(Scope::Change), "{sentence}");
    }
    // a count after a name is still a count when no index word or move follows
    let f = find("The Red Cross sent 500 volunteers.", "500");
    assert_eq!(f.what.counts.as_deref(), Some("volunteers"));
}

#[test]
fn a_forecast_in_a_later_clause_of_cause_is_another_event() {
    // the price is a result; the forecast the company raised is why it moved
    let f = find(
        "Kestrel shares rose 5 percent to $31.10 after the company raised its sales forecast.",
        "$31.10",
    );
    assert_eq!(f.what.scope, None);
    // a forecast said of the figure's own clause, or at the sentence's end, still holds
    for (sentence, figure) in [
        (
            "Profit will reach $5 billion next year, the company forecast.",
            "$5 billion",
        ),
        ("Analysts forecast profit of $5 billion.", "$5 billion"),
        // a poll is where all the sentence's figures come from
        (
            "Some 38 percent believed the myth when asked in a poll.",
            "Some 38 percent",
        ),
        // a comma closes the clause of cause: the forecast is back in the figure's
        (
            "Sales hit $2 billion after a slow start, the company forecast.",
            "$2 billion",
        ),
    ] {
        let f = find(sentence, figure);
        assert_eq!(f.what.scope, Some(Scope::Forecast), "{sentence}");
    }
}

#[test]
fn a_sum_by_a_year_still_to_come_is_a_target() {
    let dated = |s: &str| format!("Reporting date 2026-04-12\n\n{s}");
    // the bill passed last week; the savings are still to come
    let s = dated(
        "The reform, which the government says will save 14 billion euros by 2035, passed \
         its first reading last week.",
    );
    assert_eq!(
        find(&s, "14 billion euros").what.scope,
        Some(Scope::Forecast)
    );
    // a year gone by, or one far from the figure, sets no target
    let s = dated("The plan saved 14 billion euros by 2024.");
    assert_ne!(
        find(&s, "14 billion euros").what.scope,
        Some(Scope::Forecast)
    );
    let s = dated("The plan saved 14 billion euros, and officials hope to renew it by 2035.");
    assert_ne!(
        find(&s, "14 billion euros").what.scope,
        Some(Scope::Forecast)
    );
}

#[test]
fn a_linking_verb_or_the_bell_is_not_what_a_share_is_of() {
    // two different rates that "remain" are never one quantity
    let set = analyse(&corpus(&[
        "Unemployment remains 5 percent, the bureau said.\n",
        "Inflation remains 3 percent, the bureau said.\n",
    ]));
    assert_eq!(verdict(&set, "5 percent"), None);
    assert_eq!(
        find("Unemployment remains 5 percent.", "5 percent")
            .what
            .counts
            .as_deref(),
        Some("unemployment")
    );
    // the market verb and the day are passed over to the stock's name
    for (sentence, figure, owner) in [
        ("The index closed 2 percent lower.", "2 percent", "index"),
        (
            "Shares of Kestrel closed Friday at $5.91.",
            "$5.91",
            "kestrel",
        ),
    ] {
        let f = find(sentence, figure);
        assert_eq!(f.what.counts.as_deref(), Some(owner), "{sentence}");
    }
}

#[test]
fn a_distance_below_a_peak_or_an_earlier_level_is_a_change() {
    for sentence in [
        "The stock remains 43 percent below its peak.",
        "Orders are 30 percent under the levels of a year ago.",
    ] {
        let all = figures(sentence);
        assert_eq!(all[0].what.scope, Some(Scope::Change), "{sentence}");
    }
    // a level of its own stays one
    let f = find("The stock fell to 43 percent of its peak.", "43 percent");
    assert_ne!(f.what.scope, Some(Scope::Change));
}

#[test]
fn a_figure_given_for_contrast_is_of_what_follows_it_or_of_the_figure_before() {
    for (sentence, figure, owner) in [
        // named right after it: another thing, or another group
        (
            "Sugar is 9 percent of the diet, compared with 20 percent for starch.",
            "20 percent",
            Some("starch"),
        ),
        (
            "About 7 percent of patients on the drug relapsed, compared with 11 percent on a dummy pill.",
            "11 percent",
            Some("dummy pill"),
        ),
        (
            "About 7 percent of patients on the drug relapsed, compared with 11 percent taking a dummy pill.",
            "11 percent",
            Some("dummy pill"),
        ),
        (
            "Fares rose 30 percent, versus 4 percent inflation.",
            "4 percent",
            Some("inflation"),
        ),
        // only a time follows: the same quantity as the figure before it, at another time
        (
            "The note paid a yield of 3.1 percent, versus 3.2 percent at Monday's close.",
            "3.2 percent",
            Some("yield"),
        ),
        (
            "The storm left 20 inches of snow, compared with 12 inches on Monday.",
            "12 inches",
            Some("snow"),
        ),
        // a group told apart by a clause, nothing named: of nothing known
        (
            "Half of the riders paid cash, compared with 30 percent who paid online.",
            "30 percent",
            None,
        ),
    ] {
        let f = find(sentence, figure);
        assert_eq!(f.what.counts.as_deref(), owner, "{sentence}");
        assert_eq!(f.what.scope, Some(Scope::Earlier), "{sentence}");
    }
    // two groups' shares are not one quantity because both were given for contrast
    let set = analyse(&corpus(&[
        "Sugar is 9 percent of the diet, compared with 20 percent for starch.\n",
        "Salt is 2 percent of the diet, compared with 12 percent for fat.\n",
    ]));
    assert_eq!(verdict(&set, "20 percent"), None);
}

#[test]
fn a_time_is_not_what_a_share_or_sum_is_of() {
    for (sentence, figure, owner) in [
        (
            "The jobless rate fell in August to 6.1 percent.",
            "6.1 percent",
            "jobless rate",
        ),
        (
            "Revenue in the latest quarter rose 5 percent.",
            "5 percent",
            "revenue",
        ),
        (
            "The dollar was last at $1.12 against the euro.",
            "$1.12",
            "dollar",
        ),
    ] {
        let f = find(sentence, figure);
        assert_eq!(f.what.counts.as_deref(), Some(owner), "{sentence}");
    }
    // two rates of one month are not one quantity
    let set = analyse(&corpus(&[
        "Joblessness dipped last month to 6 percent.\n",
        "Inflation rose last month to 3 percent.\n",
    ]));
    assert_eq!(verdict(&set, "6 percent"), None);
    // a plain-text dash closes an aside: its words are not the owner
    let f = find(
        "Truck sales -- which include vans and pickups -- rose 2.7 percent.",
        "2.7 percent",
    );
    assert_ne!(f.what.counts.as_deref(), Some("pickups"));
}

#[test]
fn words_that_only_say_how_a_figure_was_reached_are_not_its_owner() {
    for (sentence, figure, owner) in [
        (
            "Against the yen, the franc rose as high as $1.0950.",
            "$1.0950",
            "franc",
        ),
        (
            "Zenlo shot up 38 percent in early trade.",
            "38 percent",
            "zenlo",
        ),
        (
            "By noon the krona darted as high as $0.105.",
            "$0.105",
            "krona",
        ),
        ("Copper ticked down 2 percent.", "2 percent", "copper"),
        (
            "Bankers said the unit could fetch $3 billion.",
            "$3 billion",
            "unit",
        ),
        ("Spot silver was quoted at $17.20.", "$17.20", "spot silver"),
        ("The sterling stood at $1.52.", "$1.52", "sterling"),
        ("The sterling was standing at $1.52.", "$1.52", "sterling"),
    ] {
        let f = find(sentence, figure);
        assert_eq!(f.what.counts.as_deref(), Some(owner), "{sentence}");
    }
    // a noun before "up" is what moved: a headline's "Sales up 5 percent"
    let f = find("Sales up 5 percent at Marlow.", "5 percent");
    assert_eq!(f.what.counts.as_deref(), Some("sales"));
    // nor is a verb set off by a comma part of the move
    let f = find("Tin was barely changed, up 0.1 percent.", "0.1 percent");
    assert_ne!(f.what.counts.as_deref(), Some("barely"));
}

#[test]
fn a_word_that_only_weighs_the_amount_is_not_what_it_is_of() {
    for (sentence, figure, owner) in [
        (
            "The houses stand barely 800 metres from the tanks.",
            "800 metres",
            "houses",
        ),
        (
            "The insurer paid merely $300 per claim.",
            "$300",
            "insurer paid",
        ),
        (
            "The pumps moved scarcely 40 litres an hour.",
            "40 litres",
            "pumps moved",
        ),
    ] {
        let f = find(sentence, figure);
        assert_eq!(f.what.counts.as_deref(), Some(owner), "{sentence}");
    }
}

#[test]
fn an_abbreviations_full_stop_does_not_end_a_phrase() {
    let f = find("About 9,000 U.S. sailors are aboard.", "About 9,000");
    assert_eq!(f.what.counts.as_deref(), Some("sailors"));
    let f = find("Velora Inc. shot up 12 percent.", "12 percent");
    assert_eq!(f.what.counts.as_deref(), Some("velora"));
    // an ellipsis still does
    let f = find("If I can visit all four ... we'll see.", "four");
    assert_eq!(f.what.counts, None);
}

#[test]
fn a_revised_value_a_change_started_from_is_an_earlier_value() {
    for sentence in [
        "The jobless rate fell to 5.2 percent, down from a revised 5.5 percent.",
        "Output grew 2 percent, up from an upwardly revised 1.5 percent.",
    ] {
        let figure = if sentence.contains("5.5") {
            "5.5 percent"
        } else {
            "1.5 percent"
        };
        let f = find(sentence, figure);
        assert_eq!(f.what.scope, Some(Scope::Earlier), "{sentence}");
    }
    // a source named after "from" is no earlier value
    let f = find(
        "Ballots came from the 2,500 voters of the district.",
        "2,500",
    );
    assert_ne!(f.what.scope, Some(Scope::Earlier));
    // one who does a move is no move: a booster powers, it does not boost
    let f = find("Its booster is powered by 33 engines.", "33");
    assert_ne!(f.what.scope, Some(Scope::Change));
    // nor is where the people of a count come from, in a clause that does not move
    for (sentence, figure) in [
        (
            "The passengers came from 35 countries, the airline said.",
            "35",
        ),
        ("All 157 dead came from 35 nations.", "35"),
    ] {
        assert_ne!(
            find(sentence, figure).what.scope,
            Some(Scope::Earlier),
            "{sentence}"
        );
    }
    for (sentence, figure) in [
        ("The toll rose from 35 people to 41.", "35"),
        ("Cases climbed to 40, up from 35 cases.", "35"),
        ("The toll rose to 40 from 35 people.", "35"),
    ] {
        assert_eq!(
            find(sentence, figure).what.scope,
            Some(Scope::Earlier),
            "{sentence}"
        );
    }
}

#[test]
fn what_a_company_or_analysts_expect_is_no_result() {
    let f = find(
        "Acme expects third-quarter revenue of $32 billion.",
        "$32 billion",
    );
    assert_eq!(f.what.scope, Some(Scope::Forecast));
    let f = find(
        "Revenue rose to $31.5 billion, beating analysts' average estimate of $30.9 billion.",
        "$30.9 billion",
    );
    assert_eq!(f.what.scope, Some(Scope::Forecast));
    // the result beside the estimate stays a result
    let f = find(
        "Revenue rose to $31.5 billion, beating analysts' average estimate of $30.9 billion.",
        "$31.5 billion",
    );
    assert_eq!(f.what.scope, None);
    // an estimate of a toll is how tolls are given, not a forecast
    let f = find(
        "Officials gave an estimate of 40 dead after the flood.",
        "40",
    );
    assert_ne!(f.what.scope, Some(Scope::Forecast));
    // a second figure joined by "and" is expected as the first is, however far the verb
    let s = "Pfizer expects to produce up to 50 million doses this year and up to 1.3 billion \
             doses next year.";
    assert_eq!(
        find(s, "up to 1.3 billion").what.scope,
        Some(Scope::Forecast)
    );
    // past a comma and a verb of its own, a figure is a fact again
    let s =
        "Acme expects revenue of $32 billion this quarter, and it reported $3 billion in profit.";
    assert_eq!(find(s, "$3 billion").what.scope, None);
}

#[test]
fn a_jump_in_revenue_is_a_move_of_revenue_and_sales_are_revenue() {
    let f = find("Its cloud unit posted a 35% jump in revenue.", "35%");
    assert_eq!(f.what.counts.as_deref(), Some("revenue"));
    assert_eq!(f.what.scope, Some(Scope::Change));
    let f = find(
        "The firm reported a $2 billion drop in sales.",
        "$2 billion",
    );
    assert_eq!(f.what.counts.as_deref(), Some("sales"));
    assert_eq!(f.what.scope, Some(Scope::Change));
    let set = analyse(&corpus(&[
        "Acme said revenue rose 12% to $31.5 billion in the quarter.\n",
        "Acme said its sales grew to $33.2 billion in the quarter.\n",
    ]));
    assert_eq!(verdict(&set, "$33.2 billion"), Some(true));
}

#[test]
fn a_sum_in_a_bare_noun_and_a_sum_after_a_money_verb_say_what_they_are() {
    let s = "The judge ordered him to pay $1.5 million in restitution and fined him $250,000.";
    assert_eq!(
        find(s, "$1.5 million").what.counts.as_deref(),
        Some("restitution")
    );
    assert_eq!(find(s, "$250,000").what.counts.as_deref(), Some("fined"));
    // how a sum is paid is not what it is for
    let f = find("They agreed to pay $4 million in bitcoin.", "$4 million");
    assert_eq!(f.what.counts.as_deref(), Some("pay"));
    // the fines meet, the restitution stays out of their conflict
    let set = analyse(&corpus(&[
        "The judge ordered him to pay $1.5 million in restitution and fined him $250,000.\n",
        "The judge ordered him to pay a fine of $200,000.\n",
    ]));
    assert_eq!(verdict(&set, "$200,000"), Some(true));
    assert_eq!(verdict(&set, "$1.5 million"), None);
}

#[test]
fn what_someone_asks_for_is_a_demand_of_its_own_party() {
    let f = find("Prosecutors had asked for 15 years in prison.", "15 years");
    assert_eq!(f.what.scope, Some(Scope::Sought));
    assert_eq!(f.what.counts.as_deref(), Some("prosecutors"));
    let f = find("The lawsuit seeks $20 million in damages.", "$20 million");
    assert_eq!(f.what.scope, Some(Scope::Sought));
    // a participle after an article describes the thing: its figure is a fact
    let f = find(
        "Regulators approved the proposed $2.8 billion merger.",
        "$2.8 billion",
    );
    assert_eq!(f.what.scope, None);
    // market demand is no demand of anyone's
    let f = find("Demand rose 5 percent in May.", "5 percent");
    assert_ne!(f.what.scope, Some(Scope::Sought));
    // a demand is never a conflict with the outcome, nor with another party's demand
    let set = analyse(&corpus(&[
        "He was sentenced to 12 years in prison. Prosecutors had asked for 15 years.\n",
        "He was sentenced to 12 years in prison. The defense asked for five years.\n",
    ]));
    assert_eq!(verdict(&set, "five years"), None);
    assert_eq!(verdict(&set, "15 years"), None);
}

#[test]
fn a_budget_line_is_its_own_and_a_ratio_to_gdp_belongs_to_what_is_measured() {
    let s = "It raises defence spending to $64 billion and sets aside $18 billion for healthcare.";
    assert_eq!(
        find(s, "$18 billion").what.counts.as_deref(),
        Some("healthcare")
    );
    // the clause after "while" is another claim, its recipient the owner
    let s = "Military spending rises to $63 billion, while health gets $18 billion.";
    assert_eq!(
        find(s, "$18 billion").what.counts.as_deref(),
        Some("health")
    );
    let f = find(
        "The plan cuts the deficit to 3.1 percent of GDP.",
        "3.1 percent",
    );
    assert_eq!(f.what.counts.as_deref(), Some("deficit"));
    let set = analyse(&corpus(&[
        "The plan cuts the deficit to 3.1 percent of GDP and sets aside $18 billion for \
         healthcare.\n",
        "The plan trims the budget deficit to 3.3 percent of gross domestic product, while \
         health gets $18 billion.\n",
    ]));
    assert_eq!(verdict(&set, "3.3 percent"), Some(true));
    assert_eq!(verdict(&set, "$18 billion"), Some(false));
}

#[test]
fn a_fine_on_a_named_party_and_its_conversion_after_a_comma_stay_the_fine() {
    let s = "The court fined the company 250m reais, about $50m, and ordered compensation of \
             1.2bn reais.";
    let fine = find(s, "250m reais");
    assert_eq!(fine.amount.value, Some(250e6));
    assert_eq!(fine.what.unit.as_deref(), Some("BRL"));
    assert_eq!(fine.what.counts.as_deref(), Some("fined"));
    assert_eq!(find(s, "about $50m").what.counts.as_deref(), Some("fined"));
    // the same sum given again after "or" in another unit
    let s = "The firm was fined 250 million reais, or $50 million, over the spill.";
    assert_eq!(find(s, "$50 million").what.counts.as_deref(), Some("fined"));
}

#[test]
fn a_prison_term_is_a_sentence_however_it_is_worded() {
    let set = analyse(&corpus(&[
        "The former chief was jailed for 12 years on Wednesday.\n",
        "A judge sentenced him to 12 years in prison on Wednesday.\n",
        "He was handed a 10-year prison sentence on Wednesday.\n",
    ]));
    assert_eq!(verdict(&set, "12 years"), Some(true));
    assert_eq!(verdict(&set, "10-year"), Some(true));
    // time served is no sentence, and a demand stays its party's
    let served = find("He spent 20 years in prison.", "20 years");
    assert_eq!(served.what.counts.as_deref(), Some("spent"));
    let asked = find("Prosecutors had asked for 15 years in prison.", "15 years");
    assert_eq!(asked.what.counts.as_deref(), Some("prosecutors"));
}

#[test]
fn each_defendant_named_has_a_sentence_of_their_own() {
    // one defendant's term against another's is no conflict; two reports of one defendant's
    // terms that differ are
    let set = analyse(&corpus(&[
        "Bank bosses jailed\n\nThe judges gave Piet Marsh 11 years. His deputy, Ilse Varga, 54, \
         was jailed for eight years.\n",
        "Verdict\n\nPiet Marsh was sentenced to 11 years in prison. Ilse Varga, his former \
         deputy, received nine years.\n",
    ]));
    let text = |id: usize| set.figures[id].text.clone();
    let comparison = |needle: &str| {
        let f = set.figures.iter().find(|f| f.text == needle).unwrap();
        set.comparison_of(f.id).expect(needle)
    };
    let marsh = comparison("11 years");
    assert!(!marsh.conflict);
    assert!(marsh.figures.iter().all(|&id| text(id) == "11 years"));
    let varga = comparison("nine years");
    assert!(varga.conflict);
    let texts: Vec<String> = varga.figures.iter().map(|&id| text(id)).collect();
    assert_eq!(texts, ["eight years", "nine years"]);
    // a term given with no prison word is a sentence, a total of several is none of them
    let f = find("Ilse Varga received nine years.", "nine years");
    assert_eq!(f.what.counts.as_deref(), Some("sentence of Varga"));
    let f = find(
        "Three managers were given sentences totalling 25 years.",
        "25 years",
    );
    assert_eq!(f.what.counts.as_deref(), Some("sentences in all"));
    // not a term of anything else
    let f = find(
        "The lender gave them two years to repay the loan.",
        "two years",
    );
    assert_ne!(f.what.counts.as_deref(), Some("sentence"));
}

#[test]
fn an_unnamed_sentence_is_the_lone_named_defendants() {
    let set = analyse(&corpus(&[
        "Verdict\n\nPiet Marsh was sentenced to 11 years in prison on Monday.\n",
        "Verdict\n\nThe former chief executive was jailed for 12 years on Monday.\n",
    ]));
    assert_eq!(verdict(&set, "12 years"), Some(true));
}

#[test]
fn a_penalty_for_an_event_of_a_past_year_is_given_now() {
    let s = "A court sentenced him to 12 years in prison for his role in the 2019 dam collapse.";
    assert_eq!(find(s, "12 years").scope_label(), None);
    let s = "The firm was fined $5 million over the 2010 oil spill.";
    assert_eq!(find(s, "$5 million").scope_label(), None);
    // no penalty: the figure is the year's event's
    let s = "Thousands marched in anger over the 2011 shooting of a student.";
    assert_eq!(
        find(s, "Thousands").scope_label().as_deref(),
        Some("in 2011")
    );
}

#[test]
fn a_noun_another_sum_names_as_its_own_is_not_this_sums() {
    let s = "The club's £50m move for the striker, including £5m in bonuses, is a record.";
    assert_ne!(find(s, "£50m").what.counts.as_deref(), Some("bonuses"));
    assert_eq!(find(s, "£5m").what.counts.as_deref(), Some("bonuses"));
}

#[test]
fn a_currency_named_by_its_country_is_that_currency() {
    let named = [
        ("It earned 3 billion Australian dollars.", "AUD"),
        ("Profit was 4.1 billion Swedish crowns.", "SEK"),
        ("They paid 20 million U.S. dollars.", "USD"),
        ("The bridge cost 500 million Hong Kong dollars.", "HKD"),
        ("The deal is worth 1.2 trillion South Korean won.", "KRW"),
        ("The fine was 2 million Swiss francs.", "CHF"),
    ];
    for (text, code) in named {
        let all = figures(text);
        assert_eq!(all[0].what.unit.as_deref(), Some(code), "{text}");
    }
    // a dollar of a country not known is no US dollar; a capital word opening a line is no
    // country
    let f = find("He owed 50 Jamaican dollars.", "50");
    assert_eq!(f.what.unit.as_deref(), Some("dollars"));
    let all = figures("The index closed at 4,120 The euro rose.");
    assert!(all.iter().all(|f| f.what.unit.as_deref() != Some("EUR")));
}

#[test]
fn a_bare_sum_set_against_a_sum_is_in_its_currency() {
    let s =
        "Net profit fell to 4.1 billion Swedish crowns ($380 million) from 5.3 billion a year ago.";
    let f = find(s, "5.3 billion");
    assert_eq!(f.what.unit.as_deref(), Some("SEK"));
    assert_eq!(f.what.scope, Some(Scope::Earlier));
    // a noun after it counts it; a count before it is what it is set against
    let f = find(
        "Ad revenue rose to $2 billion from 5 million viewers.",
        "5 million",
    );
    assert_ne!(f.what.unit.as_deref(), Some("USD"));
    let s = "It sold 5 million cars for $3 billion, up from 4.5 million.";
    let f = find(s, "$3 billion");
    assert_eq!(f.what.unit.as_deref(), Some("USD"));
    let f = find(s, "4.5 million");
    assert_ne!(f.what.unit.as_deref(), Some("USD"));
}

#[test]
fn the_result_set_against_a_forecast_figure_is_no_forecast() {
    let s = "Net profit dropped to 4.1 billion Swedish crowns, below the 4.6 billion forecast by analysts.";
    assert_eq!(find(s, "4.1 billion Swedish crowns").what.scope, None);
    assert_eq!(find(s, "4.6 billion").what.scope, Some(Scope::Forecast));
    // a forecast that names no figure of its own still scopes the sentence
    let s = "Profit will reach $5 billion next year, the company forecast.";
    assert_eq!(find(s, "$5 billion").what.scope, Some(Scope::Forecast));
}

#[test]
fn a_share_before_the_side_it_moved_to_is_a_move() {
    for (text, figure) in [
        (
            "The shares closed 7 per cent lower on Thursday.",
            "7 per cent",
        ),
        ("Copper traded 2% higher in London.", "2%"),
        ("Exports were 3 percent down on the year.", "3 percent"),
    ] {
        assert_eq!(find(text, figure).what.scope, Some(Scope::Change), "{text}");
    }
    let f = find("Buyers need a 10 percent down payment.", "10 percent");
    assert_ne!(f.what.scope, Some(Scope::Change));
}

#[test]
fn each_kind_of_profit_is_its_own_quantity() {
    let set = analyse(&corpus(&[
        "Operating profit rose to $5.9 billion in the quarter.\n",
        "Net profit fell to $4.1 billion in the quarter.\n",
        "The company reported net income of $4.1 billion and pre-tax profit of $5.2 billion.\n",
    ]));
    // the net profit agrees however it is named; the operating and pre-tax profits are not it
    assert_eq!(verdict(&set, "$4.1 billion"), Some(false));
    assert_eq!(verdict(&set, "$5.9 billion"), None);
    assert_eq!(verdict(&set, "$5.2 billion"), None);
    let f = find("Operating profit rose to $5.9 billion.", "$5.9 billion");
    assert_eq!(f.what.counts.as_deref(), Some("operating profit"));
}

// Central-bank news: the bank's rate, the rates of other things, levels and forecasts.

#[test]
fn a_rate_named_by_what_it_measures_is_never_the_banks_rate() {
    assert_eq!(
        role("The jobless rate climbed to 5.1% in September.", "5.1%"),
        pair("jobless rate", "%")
    );
    assert_eq!(
        role(
            "The country has a 7.2 percent unemployment rate.",
            "7.2 percent"
        ),
        pair("unemployment rate", "%")
    );
    let set = analyse(&corpus(&[
        "Rates rise again\n\nThe central bank raised its key rate to 5.25%. The jobless rate \
         climbed to 5.1% in September.\n",
        "Another rise\n\nThe bank lifted interest rates to 5.25 per cent. Unemployment stands \
         at 5.1 per cent.\n",
    ]));
    let id = |text: &str| set.figures.iter().find(|f| f.text == text).unwrap().id;
    let jobless = set
        .comparison_of(id("5.1%"))
        .expect("the jobless rate is compared");
    assert!(jobless.figures.contains(&id("5.1 per cent")));
    assert!(!jobless.figures.contains(&id("5.25%")));
    assert_eq!(verdict(&set, "5.25 per cent"), Some(false));
}

#[test]
fn a_level_after_to_is_of_what_the_level_after_from_is_of() {
    assert_eq!(
        role(
            "The bank raised rates for the fourth time, taking the base rate from 5% to 5.25%.",
            "5.25%"
        ),
        pair("rate", "%")
    );
    let text = "It cut its growth forecast for 2027 to 0.8 per cent from 1.2 per cent.";
    assert_eq!(role(text, "0.8 per cent"), pair("growth", "%"));
    assert_eq!(role(text, "1.2 per cent"), pair("growth", "%"));
    assert_eq!(
        role(
            "The bank expects inflation to fall to 4.5 per cent next year.",
            "4.5 per cent"
        ),
        pair("inflation", "%")
    );
}

#[test]
fn a_level_held_or_set_off_by_at_is_of_the_noun_before() {
    assert_eq!(
        role(
            "Consumer price inflation held at 6.8 per cent in October.",
            "6.8 per cent"
        ),
        pair("inflation", "%")
    );
    assert_eq!(
        role(
            "Inflation, at 6.8%, is more than triple the target.",
            "6.8%"
        ),
        pair("inflation", "%")
    );
    let set = analyse(&corpus(&[
        "Prices\n\nConsumer price inflation held at 6.8 per cent in October.\n",
        "Prices again\n\nInflation, at 6.9%, is more than triple the target.\n",
    ]));
    assert_eq!(verdict(&set, "6.9%"), Some(true));
}

#[test]
fn a_sum_hyphenated_to_its_unit_is_of_the_noun_after_it() {
    let text = "A family with a 200,000-dollar variable mortgage will pay around 45 dollars more \
                each month.";
    let (counts, _) = role(text, "200,000-dollar");
    assert!(counts.is_some_and(|c| c.contains("mortgage")));
}

// Aid language: sums named donors give.

#[test]
fn a_sum_a_named_donor_gives_is_that_donors() {
    let text = "The World Bank pledged $50 million in emergency aid.";
    assert_eq!(
        find(text, "$50 million").what.counts.as_deref(),
        Some("given by world bank")
    );
    let text = "The EU has pledged €12 million and the World Bank $60 million.";
    assert_eq!(
        find(text, "€12 million").what.counts.as_deref(),
        Some("given by eu")
    );
    assert_eq!(
        find(text, "$60 million").what.counts.as_deref(),
        Some("given by world bank")
    );
    // a donor after "from" is given the whole of its own sum, not a part of the total
    let text = "Donors have pledged over $70 million, including $50 million from the World Bank.";
    let bank = find(text, "$50 million");
    assert_eq!(bank.what.counts.as_deref(), Some("given by world bank"));
    assert_eq!(bank.scope_label(), None);
    assert_ne!(
        find(text, "over $70 million").what.counts.as_deref(),
        Some("given by donors")
    );
    // a gapped list names a donor too: "and the agency $5 million" names none
    let text = "The EU has pledged €12 million and the agency €5 million.";
    assert_ne!(
        find(text, "€5 million").what.counts.as_deref(),
        Some("given by agency")
    );
    // a gapped list goes on with its own kind of figure: a sum after seats gives nothing
    let text = "Homeland won 25 seats and the World Bank $60 million.";
    assert_ne!(
        find(text, "$60 million").what.counts.as_deref(),
        Some("given by world bank")
    );
    // a name runs on over "of"; a place after a lowercase giver is no donor
    let text = "The Bank of England gave £5 million to the fund.";
    assert_eq!(
        find(text, "£5 million").what.counts.as_deref(),
        Some("given by bank of england")
    );
    let text = "The archdiocese of Boston has offered $55 million to settle the suits.";
    assert_eq!(
        find(text, "$55 million").what.counts.as_deref(),
        Some("offered")
    );
    let text = "The archdiocese in Boston has offered $55 million to settle the suits.";
    assert_ne!(
        find(text, "$55 million").what.counts.as_deref(),
        Some("given by boston")
    );
}

#[test]
fn donors_sums_are_compared_donor_by_donor() {
    let set = analyse(&corpus(&[
        "The European Union announced 12 million euros in aid. The World Bank pledged $50 million.",
        "The EU has pledged €15 million. The Asian Development Bank pledged $30 million.",
    ]));
    // the EU named two ways gives one sum, reported two ways
    assert_eq!(verdict(&set, "€15 million"), Some(true));
    // two banks' sums are two gifts
    assert_eq!(verdict(&set, "$30 million"), None);
    // a longer name of one donor is still that donor (its initials are no word of it)
    let set = analyse(&corpus(&[
        "American Express Corp. has pledged $3 million.",
        "American Express pledged $4 million.",
    ]));
    assert_eq!(verdict(&set, "$4 million"), Some(true));
}
