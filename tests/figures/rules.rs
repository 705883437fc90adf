//! Extraction and role rules, one story each, on sentences about many kinds of events
//! (floods, earthquakes, strikes, elections, company results), not only the seeds' unrest.

use crossread::corpus::{Corpus, load::add_file};
use crossread::figures::{Amount, Figure, FigureKind, analyse, format_value};

fn corpus(texts: &[&str]) -> Corpus {
    let mut c = Corpus::default();
    for (i, t) in texts.iter().enumerate() {
        add_file(&mut c, &format!("article_{i}.txt"), t.as_bytes());
    }
    c
}

/// The figures of one article made of `text` (after a neutral title line).
fn figures(text: &str) -> Vec<Figure> {
    let full = format!("A report on the events\n\n{text}\n");
    analyse(&corpus(&[&full])).figures
}

/// The figure whose text is exactly `needle`.
fn find(text: &str, needle: &str) -> Figure {
    let all = figures(text);
    all.iter()
        .find(|f| f.text == needle)
        .cloned()
        .unwrap_or_else(|| {
            let found: Vec<&str> = all.iter().map(|f| f.text.as_str()).collect();
            panic!("no figure {needle:?} in {found:?}")
        })
}

#[test]
fn digits_with_separators_and_decimals() {
    assert_eq!(
        find("Police said 4,404 people were detained.", "4,404")
            .amount
            .value,
        Some(4404.0)
    );
    let f = find("The index fell 1.5 points on Monday after the vote.", "1.5");
    assert_eq!(f.amount.value, Some(1.5));
}

#[test]
fn number_words_are_read() {
    let f = find(
        "Twelve police officers were killed in the clashes.",
        "Twelve",
    );
    assert_eq!(f.amount.value, Some(12.0));
    let f = find(
        "Rescuers found two hundred and fifty survivors.",
        "two hundred and fifty",
    );
    assert_eq!(f.amount.value, Some(250.0));
    let f = find(
        "The storm destroyed a dozen homes near the coast.",
        "a dozen",
    );
    assert_eq!(f.amount.value, Some(12.0));
}

#[test]
fn vague_amounts_are_intervals_without_a_value() {
    let f = find("Dozens of people were injured in the blast.", "Dozens");
    assert_eq!(f.amount, Amount::vague(24.0, 99.0));
    let f = find(
        "Tens of thousands of workers went on strike.",
        "Tens of thousands",
    );
    assert_eq!(f.amount, Amount::vague(20_000.0, 99_999.0));
    let f = find(
        "Several thousand people were evacuated overnight.",
        "Several thousand",
    );
    assert_eq!((f.amount.low, f.amount.high), (2000.0, 9999.0));
    let f = find("Hundreds of homes were flooded.", "Hundreds");
    assert_eq!((f.amount.low, f.amount.high), (200.0, 999.0));
}

#[test]
fn hyphenated_compounds_carry_their_unit() {
    let f = find(
        "The government announced a 180-day price cap on fuel.",
        "180-day",
    );
    assert_eq!(
        (f.what.kind, f.amount.value, f.what.unit.as_deref()),
        (FigureKind::Duration, Some(180.0), Some("days"))
    );
    let f = find("Unions called a two-week strike at the port.", "two-week");
    assert_eq!(
        (f.what.kind, f.amount.value, f.what.unit.as_deref()),
        (FigureKind::Duration, Some(2.0), Some("weeks"))
    );
    let f = find(
        "The 81-year-old former leader did not speak.",
        "81-year-old",
    );
    assert_eq!((f.what.kind, f.amount.value), (FigureKind::Age, Some(81.0)));
}

#[test]
fn units_distances_shares_and_money() {
    let f = find(
        "The pipeline runs 7,600 kilometres across the steppe.",
        "7,600 kilometres",
    );
    assert_eq!(
        (f.what.kind, f.what.unit.as_deref()),
        (FigureKind::Distance, Some("km"))
    );
    let f = find("Turnout was 64% in the capital.", "64%");
    assert_eq!(
        (f.what.kind, f.amount.value),
        (FigureKind::Share, Some(64.0))
    );
    let f = find("Turnout was 64 per cent in the capital.", "64 per cent");
    assert_eq!(f.what.unit.as_deref(), Some("%"));
    let f = find(
        "The company reported revenue of $4.5 billion for the quarter.",
        "$4.5 billion",
    );
    assert_eq!(
        (f.what.kind, f.amount.value, f.what.unit.as_deref()),
        (FigureKind::Money, Some(4.5e9), Some("USD"))
    );
    let f = find("Brussels pledged €250 million in aid.", "€250 million");
    assert_eq!(
        (f.amount.value, f.what.unit.as_deref()),
        (Some(2.5e8), Some("EUR"))
    );
    let f = find("The club was fined £5m by the league.", "£5m");
    assert_eq!(
        (f.amount.value, f.what.unit.as_deref()),
        (Some(5e6), Some("GBP"))
    );
}

#[test]
fn qualifiers_widen_the_interval() {
    let f = find(
        "At least 164 people have been killed in the violence.",
        "At least 164",
    );
    assert_eq!(
        (f.qualifier.map(|q| q.label()), f.amount.low, f.amount.high),
        (Some("at least"), 164.0, f64::INFINITY)
    );
    let f = find("Up to 20 miners are trapped underground.", "Up to 20");
    assert_eq!((f.amount.low, f.amount.high), (0.0, 20.0));
    let f = find(
        "The flood displaced approximately 4,000 residents.",
        "approximately 4,000",
    );
    assert!(f.amount.low < 4000.0 && f.amount.high > 4000.0);
    for q in [
        "about",
        "nearly",
        "more than",
        "some",
        "roughly",
        "over",
        "almost",
        "around",
    ] {
        let f = find(
            &format!("The quake injured {q} 300 people."),
            &format!("{q} 300"),
        );
        assert!(f.qualifier.is_some(), "{q}");
    }
}

#[test]
fn ranges_keep_both_ends() {
    let f = find(
        "Between 10 and 20 people were hurt in the crash.",
        "Between 10 and 20",
    );
    assert_eq!(f.amount, Amount::vague(10.0, 20.0));
    let f = find("Officials said 10-20 people were missing.", "10-20");
    assert_eq!((f.amount.low, f.amount.high), (10.0, 20.0));
    // "from 10 to 20" is a change: two figures
    let all = figures("Unemployment rose from 10 to 20 percent in a year.");
    assert!(all.iter().any(|f| f.text == "10"));
}

#[test]
fn dates_years_ordinals_and_times_are_their_own_kinds() {
    let all = figures(
        "Protests began on January 2 and on December 16, 2011 oil workers struck. On the 8th, the minister resigned at 13:06 after independence in 1991.",
    );
    let kind = |t: &str| all.iter().find(|f| f.text == t).map(|f| f.what.kind);
    assert_eq!(kind("January 2"), Some(FigureKind::Date));
    assert_eq!(kind("December 16"), Some(FigureKind::Date));
    assert_eq!(kind("2011"), Some(FigureKind::Year));
    assert_eq!(kind("1991"), Some(FigureKind::Year));
    assert_eq!(kind("8th"), Some(FigureKind::Ordinal));
    assert!(
        !all.iter().any(|f| f.text.contains("13")),
        "times are not figures"
    );
}

#[test]
fn scraping_artefacts_are_reported_as_missing_numbers() {
    let f = find(
        "On January XNUMX, protests erupted in the west.",
        "January XNUMX",
    );
    assert_eq!((f.what.kind, f.amount.value), (FigureKind::Artefact, None));
    assert_eq!(format_value(&f), "number missing");
}

#[test]
fn pronoun_one_is_not_a_figure() {
    let all = figures("One has decided to regulate prices, one official said.");
    assert!(all.is_empty(), "{all:?}");
}

fn role(text: &str, needle: &str) -> (Option<String>, Option<String>) {
    let f = find(text, needle);
    (f.what.counts, f.what.unit)
}

fn pair(counts: &str, unit: &str) -> (Option<String>, Option<String>) {
    (Some(counts.to_string()), Some(unit.to_string()))
}

#[test]
fn roles_of_casualties_in_floods_and_earthquakes() {
    let flood = "Floodwaters killed 40 people and injured 300 in the delta.";
    assert_eq!(role(flood, "40"), pair("killed", "people"));
    assert_eq!(role(flood, "300"), pair("injured", "people"));
    let quake = "The death toll from the earthquake has risen to 52, officials said.";
    assert_eq!(role(quake, "52"), pair("killed", "people"));
    let missing = "Rescuers were searching for 27 people reported missing.";
    assert_eq!(role(missing, "27"), pair("missing", "people"));
    let evacuated = "Around 48,000 residents were evacuated from their homes.";
    assert_eq!(
        role(evacuated, "Around 48,000"),
        pair("evacuated", "people")
    );
}

#[test]
fn roles_keep_the_counted_noun_and_elided_nouns() {
    let s = "Twelve police officers were killed in the unrest and 353 injured.";
    assert_eq!(role(s, "Twelve"), pair("killed", "police"));
    assert_eq!(role(s, "353"), pair("injured", "police"));
    let s = "Troops killed dozens of protesters and 12 soldiers died.";
    assert_eq!(role(s, "dozens"), pair("killed", "people"));
    assert_eq!(role(s, "12"), pair("killed", "troops"));
}

#[test]
fn arrested_and_detained_are_one_quantity_with_the_wording_kept() {
    let f = find("Police detained 4,404 people over the weekend.", "4,404");
    assert_eq!(f.what.counts.as_deref(), Some("arrested/detained"));
    assert_eq!(f.what.wording.as_deref(), Some("detained"));
    let f = find("So far, 2,000 people have been arrested.", "2,000");
    assert_eq!(f.what.counts.as_deref(), Some("arrested/detained"));
}

#[test]
fn roles_in_strikes_elections_and_company_results() {
    let strike = "More than 20,000 workers went on strike at the car plants.";
    assert_eq!(
        role(strike, "More than 20,000"),
        pair("on strike", "workers")
    );
    let election = "The ruling party won 52% of the vote, up from 48% in 2019.";
    assert_eq!(find(election, "52%").what.counts.as_deref(), Some("vote"));
    let results = "Net profit rose to $1.2 billion in the third quarter.";
    assert_eq!(
        find(results, "$1.2 billion").what.counts.as_deref(),
        Some("profit")
    );
    let cap = "The government imposed a 180-day price cap on vehicle fuel.";
    assert_eq!(
        find(cap, "180-day").what.counts.as_deref(),
        Some("price cap")
    );
}

#[test]
fn ages_belong_to_the_person_named() {
    let f = find(
        "His 81-year-old benefactor, Nursultan Nazarbayev, stepped down.",
        "81-year-old",
    );
    assert_eq!(f.what.counts.as_deref(), Some("age of nazarbayev"));
}

#[test]
fn figures_about_an_earlier_year_are_scoped() {
    let f = find(
        "In December 2011 police fired on strikers, killing at least 16 people.",
        "at least 16",
    );
    assert_eq!(f.what.counts.as_deref(), Some("killed"));
    assert_eq!(f.scope_label().as_deref(), Some("in 2011"));
    let f = find(
        "Police surrounded a group of about 70 activists.",
        "about 70",
    );
    assert_eq!(f.scope_label().as_deref(), Some("part"));
}

#[test]
fn values_are_formatted_for_readers() {
    assert_eq!(
        format_value(&find("At least 164 people died.", "At least 164")),
        "at least 164"
    );
    assert_eq!(
        format_value(&find("Dozens of people died.", "Dozens")),
        "dozens"
    );
    assert_eq!(
        format_value(&find("A 180-day cap was set.", "180-day")),
        "180 days"
    );
    assert_eq!(
        format_value(&find("Some 4,404 people were held.", "Some 4,404")),
        "some 4,404"
    );
}

#[test]
fn currency_codes_and_south_asian_multipliers() {
    let f = find("The bank lent USD 5 million to the city.", "USD 5 million");
    assert_eq!(
        (f.what.kind, f.amount.value, f.what.unit.as_deref()),
        (FigureKind::Money, Some(5e6), Some("USD"))
    );
    let f = find(
        "Each family will get Rs 2 lakh in compensation.",
        "Rs 2 lakh",
    );
    assert_eq!(
        (f.amount.value, f.what.unit.as_deref()),
        (Some(2e5), Some("INR"))
    );
    let f = find("The floods affected 10m people across the region.", "10m");
    assert_eq!(
        (f.what.kind, f.amount.value),
        (FigureKind::Count, Some(1e7))
    );
}

#[test]
fn one_counts_next_to_an_event() {
    let f = find("The blast killed one and injured five, police said.", "one");
    assert_eq!(
        (f.amount.value, f.what.counts.as_deref()),
        (Some(1.0), Some("killed"))
    );
}

#[test]
fn events_stay_in_their_clause() {
    let s =
        "Officials said 1,300 homes had been destroyed and 4,500 people were living in shelters.";
    assert_eq!(role(s, "1,300"), pair("damaged/destroyed", "buildings"));
    let s = "Police fired tear gas at some 3,000 demonstrators, injuring at least 25.";
    assert_eq!(role(s, "some 3,000"), pair("people", "people"));
    assert_eq!(role(s, "at least 25"), pair("injured", "people"));
    let s = "At least 164 people, including 12 police officers, were killed.";
    assert_eq!(role(s, "At least 164"), pair("killed", "people"));
    let f = find(
        "Officials said 2,300 buildings were damaged, 380 of them beyond repair.",
        "380",
    );
    assert_eq!(f.scope_label().as_deref(), Some("part"));
}

#[test]
fn subsets_and_other_groups_are_told_apart() {
    let s = "The army said 18 members of the security forces and 26 militants had been killed.";
    assert_eq!(role(s, "18"), pair("killed", "troops"));
    assert_eq!(role(s, "26"), pair("killed", "militants"));
    let f = find("Of the dead, 30 were children.", "30");
    assert_eq!(
        (f.what.unit.as_deref(), f.scope_label().as_deref()),
        (Some("children"), Some("part"))
    );
    let f = find(
        "On Thursday alone, 26 people were killed in the capital.",
        "26",
    );
    assert_eq!(f.scope_label().as_deref(), Some("part"));
    let f = find("Nearly half of the 3,000 residents fled.", "3,000");
    assert_eq!(f.scope_label().as_deref(), Some("part"));
}

#[test]
fn changes_are_not_ranges() {
    let all = figures("Prices rose 12% to 15% in a year.");
    let texts: Vec<&str> = all.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(texts, ["12%", "15%"]);
    let f = find("Officials expect 10 to 20 more deaths.", "10 to 20");
    assert_eq!((f.amount.low, f.amount.high), (10.0, 20.0));
}

#[test]
fn odd_text_never_panics_and_spans_always_index_the_text() {
    const PIECES: &[&str] = &[
        "164",
        "4,404",
        "1.5",
        "80%",
        "$",
        "€",
        "£5m",
        "US$",
        "XNUMX",
        "January",
        "December 16,",
        "2011",
        "8th",
        "13:06",
        "-",
        "–",
        "(",
        ")",
        "180-day",
        "81-year-old",
        "two-week",
        "a",
        "dozen",
        "dozens",
        "of",
        "tens",
        "thousands",
        "several",
        "at least",
        "Least",
        "between",
        "and",
        "to",
        "killed",
        "died",
        "injured",
        "detained",
        "people",
        "police",
        "in",
        "Almaty",
        "ago",
        "years",
        "km",
        "miles",
        "per",
        "cent",
        "one",
        "Twelve",
        "—",
        "’s",
        "é",
        ",",
        ".",
        "magnitude",
        "6.8",
        "Rs",
        "lakh",
        "USD",
        "10-20",
        "of them",
        "Of the",
        "alone",
        "\n",
    ];
    let mut seed: u64 = 7;
    let mut text = String::from("A title for the odd text\n\n");
    for _ in 0..3000 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        text.push_str(PIECES[(seed >> 33) as usize % PIECES.len()]);
        text.push(if seed.is_multiple_of(7) { '\n' } else { ' ' });
    }
    let half = (text.len() / 2..text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    let c = corpus(&[&text, &text[..half]]);
    let set = analyse(&c);
    assert!(!set.figures.is_empty());
    for f in &set.figures {
        assert_eq!(
            c.articles[f.article].text.get(f.span()),
            Some(f.text.as_str())
        );
        assert!(
            f.amount.low <= f.amount.high || f.amount.high.is_nan(),
            "{f:?}"
        );
    }
    let _ = set.table();
}

#[test]
fn shares_written_as_p_c_or_with_a_half_in_words() {
    let f = find("Consumer prices rose 31.4 p.c. in September.", "31.4 p.c");
    assert_eq!(
        (f.amount.value, f.what.unit.as_deref()),
        (Some(31.4), Some("%"))
    );
    let f = find(
        "The bank raised interest rates to twenty-three and a half percent.",
        "twenty-three and a half percent",
    );
    assert_eq!(
        (f.amount.value, f.what.unit.as_deref()),
        (Some(23.5), Some("%"))
    );
}

#[test]
fn the_size_of_a_change_is_kept_apart_from_the_level() {
    let text =
        "The central bank raised its policy rate by one and a half percent, to 23.5 percent.";
    assert_eq!(
        find(text, "one and a half percent")
            .scope_label()
            .as_deref(),
        Some("change")
    );
    assert_eq!(find(text, "23.5 percent").what.scope, None);
}

#[test]
fn translated_and_plain_wordings_of_events() {
    let text =
        "Seven persons lost their lives and 43 were wounded, among which six in grave state.";
    assert_eq!(find(text, "Seven").what.counts.as_deref(), Some("killed"));
    assert_eq!(find(text, "43").what.counts.as_deref(), Some("injured"));
    assert_eq!(find(text, "six").scope_label().as_deref(), Some("part"));
    let text = "The toll rose after two injured passengers died in hospital overnight.";
    assert_eq!(find(text, "two").what.counts.as_deref(), Some("killed"));
    let text = "Some 2,500 people have been moved out of their homes.";
    assert_eq!(
        find(text, "Some 2,500").what.counts.as_deref(),
        Some("evacuated")
    );
    // the passive of search/seek names the missing, however it is worded
    let text = "Eight people have died, and 15 persons are still being sought.";
    assert_eq!(find(text, "15").what.counts.as_deref(), Some("missing"));
    let text = "Eight people have died, and 15 others were searched for overnight.";
    assert_eq!(find(text, "15").what.counts.as_deref(), Some("missing"));
}

#[test]
fn increments_are_not_totals() {
    let text = "Nine people are dead and dozens more are in hospital.";
    assert_eq!(find(text, "dozens").what.counts.as_deref(), Some("injured"));
    let text = "Police detained the minister and two other people.";
    assert_eq!(find(text, "two").scope_label().as_deref(), Some("part"));
    // counted beside someone named before: the others only
    let text = "Together with him, two officials were detained on Thursday.";
    assert_eq!(find(text, "two").scope_label().as_deref(), Some("part"));
    let text = "Along with the minister, police detained two aides.";
    assert_eq!(find(text, "two").scope_label().as_deref(), Some("part"));
    let text = "Nine people died and there are still 12 people missing.";
    assert_eq!(find(text, "12").scope_label().as_deref(), None);
    // what made a toll rise is not the toll
    let text = "The toll has risen to at least nine, after two injured passengers died.";
    assert_eq!(find(text, "two").scope_label().as_deref(), Some("part"));
    let text = "Two passengers died after the train left the tracks.";
    assert_eq!(find(text, "Two").scope_label().as_deref(), None);
}

#[test]
fn one_unit_said_as_a_size_is_a_figure() {
    let f = find("Nearly a foot of snow buried the coast.", "Nearly a foot");
    assert_eq!(
        (f.amount.value, f.what.unit.as_deref()),
        (Some(12.0), Some("inches"))
    );
    let f = find(
        "Such an eruption was last seen nearly a century ago.",
        "nearly a century",
    );
    assert_eq!(
        (f.amount.value, f.what.unit.as_deref()),
        (Some(100.0), Some("years"))
    );
    // a rate's "a day" is not a length of time
    let all = figures("Doctors give up to 30 tablets a day.");
    assert!(all.iter().all(|f| f.text != "a day"), "{all:?}");
    assert_eq!(
        find("Doctors give up to 30 tablets a day.", "up to 30")
            .scope_label()
            .as_deref(),
        Some("rate")
    );
}

#[test]
fn an_ordinal_that_numbers_deaths_is_the_running_toll() {
    let f = find("A fourth death has been linked to the outbreak.", "fourth");
    assert_eq!(
        (f.amount.value, f.what.counts.as_deref()),
        (Some(4.0), Some("killed"))
    );
    let text = "A woman has become the fourth person in the state to die from it.";
    assert_eq!(find(text, "fourth").what.counts.as_deref(), Some("killed"));
    // other ordinals are not figures
    let all = figures("It was the first time the second-largest plant had closed.");
    assert!(all.is_empty(), "{all:?}");
}

#[test]
fn an_age_given_as_a_decade_of_life() {
    let f = find("The victim, a woman in her 30s, died on Sunday.", "30s");
    assert_eq!(
        (f.what.kind, f.amount.value, f.amount.high),
        (FigureKind::Age, Some(30.0), 39.0)
    );
    assert_eq!(f.what.counts.as_deref(), Some("age of woman"));
}

#[test]
fn cancelled_flights_are_an_event() {
    let f = find(
        "Airlines have canceled more than 2,700 flights.",
        "more than 2,700",
    );
    assert_eq!(f.what.counts.as_deref(), Some("cancelled"));
    assert_eq!(f.what.unit.as_deref(), Some("flights"));
}

#[test]
fn who_gives_a_figure_and_as_of_when() {
    let text = "Reporting date 2024-01-10\n\nBy Monday, 40 people had died, according to the interior ministry.";
    let f = find(text, "40");
    assert_eq!(
        f.provenance.attribution.as_deref(),
        Some("according to the interior ministry")
    );
    assert_eq!(f.provenance.as_of.as_deref(), Some("2024-01-08"));
}
