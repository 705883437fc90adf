//! Reading numbers, one story each: digits, number words, vague amounts, units, qualifiers,
//! ranges, the kinds of numbers that are never compared, scraping artefacts and odd text — on
//! sentences about many kinds of events (floods, earthquakes, strikes, elections, company
//! results), not only the seeds' unrest.

use super::sentences::{corpus, figures, find, verdict};
use crossread::figures::{Amount, FigureKind, analyse, format_value};

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
    // a unit glued to the number, then the size it gives
    let f = find("The 120m-tall vehicle climbed to 39km.", "120m-tall");
    assert_eq!(
        (f.what.kind, f.amount.value, f.what.unit.as_deref()),
        (FigureKind::Distance, Some(120.0), Some("metres"))
    );
}

#[test]
fn a_unit_spelt_in_dotted_letters_is_that_unit() {
    // Older wire style writes speeds letter by letter; the "m" they start with is no metre.
    let f = find("Gusts reached 60 m.p.h. on the ridge.", "60 m.p.h");
    assert_eq!(f.what.unit.as_deref(), Some("mph"));
    let f = find("Winds of 120 k.p.h. tore off roofs.", "120 k.p.h");
    assert_eq!(f.what.unit.as_deref(), Some("km/h"));
    // Dotted letters that name no unit are no unit: the count is of what follows them.
    let f = find("About 9,000 U.S. sailors were aboard.", "About 9,000");
    assert_eq!(f.what.unit.as_deref(), Some("sailors"));
    let all = figures("The ship sailed at 4 a.m. with 9,000 sailors.");
    assert!(
        all.iter().all(|f| f.what.unit.as_deref() != Some("metres")),
        "{:?}",
        all.iter().map(|f| &f.text).collect::<Vec<_>>()
    );
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
    // "X or Y" is an estimate between the two; "a mile or two" one to two of the unit
    for (text, figure, low, high) in [
        (
            "The debate lasted two or three days.",
            "two or three days",
            2.0,
            3.0,
        ),
        (
            "Officials said 10 or 12 people were hurt.",
            "10 or 12",
            10.0,
            12.0,
        ),
        (
            "Homes a mile or two away were showered with ash.",
            "a mile or two",
            1.0,
            2.0,
        ),
        ("Flights resume in a day or two.", "a day or two", 1.0, 2.0),
        (
            "The ash cloud may drift another mile or two by night.",
            "another mile or two",
            1.0,
            2.0,
        ),
    ] {
        let f = find(text, figure);
        assert_eq!((f.amount.low, f.amount.high), (low, high), "{text}");
        assert_eq!(f.amount.value, None, "{text}");
    }
    // "a day and a half" is one and a half of the unit
    let f = find(
        "Families went back a day and a half after the leak.",
        "a day and a half",
    );
    assert_eq!(
        (f.amount.value, f.what.kind),
        (Some(1.5), FigureKind::Duration)
    );
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
fn clock_times_in_every_spelling_are_times_never_counts() {
    // Live blogs head their entries with the time ("2 p.m."); wires write "10 a.m." or "3pm".
    for (text, time, hour) in [
        ("2 p.m.\n\nThirty homes were evacuated.", "2 p.m", 2.0),
        ("By 10 a.m. Thirty homes were evacuated.", "10 a.m", 10.0),
        ("At 9 A.M. Thirty homes were evacuated.", "9 A.M", 9.0),
        ("At 3pm Thirty homes were evacuated.", "3pm", 3.0),
        ("At 11 pm Thirty homes were evacuated.", "11 pm", 11.0),
    ] {
        let all = figures(text);
        let read: Vec<_> = all
            .iter()
            .map(|f| (f.text.as_str(), f.what.kind, f.amount.value))
            .collect();
        assert_eq!(
            read,
            [
                (time, FigureKind::Time, Some(hour)),
                ("Thirty", FigureKind::Count, Some(30.0))
            ],
            "{text}"
        );
        assert_eq!(format_value(&all[0]), time);
    }
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

#[test]
fn all_three_closing_a_list_points_back_and_counts_nothing() {
    for text in [
        "Millions of people faced wind, rain, hail or all three on Tuesday.",
        "Homes along the coast lost power, heat, water or all three.",
    ] {
        let all = figures(text);
        assert!(
            all.iter().all(|f| f.text != "three"),
            "{text}: {:?}",
            all.iter().map(|f| f.text.as_str()).collect::<Vec<_>>()
        );
    }
    // "all three" that counts a noun, or opens a sentence, is still a count.
    let f = find(
        "The gunman shot at the guards and all three officers fell.",
        "three",
    );
    assert_eq!(f.amount.value, Some(3.0));
    let f = find("All three were taken to hospital.", "three");
    assert_eq!(f.amount.value, Some(3.0));
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
fn one_unit_said_as_a_size_is_a_figure() {
    let f = find(
        "Nearly a foot of snow blanketed the valley.",
        "Nearly a foot",
    );
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
    let all = figures("Nurses hand out up to 12 pills a day.");
    assert!(all.iter().all(|f| f.text != "a day"), "{all:?}");
    assert_eq!(
        find("Nurses hand out up to 12 pills a day.", "up to 12")
            .scope_label()
            .as_deref(),
        Some("per day")
    );
}

#[test]
fn an_age_given_as_a_decade_of_life() {
    let f = find("The victim, a woman in her 30s, died on Sunday.", "30s");
    assert_eq!(
        (f.what.kind, f.amount.value, f.amount.low, f.amount.high),
        (FigureKind::Age, None, 30.0, 39.0)
    );
    assert_eq!(f.what.counts.as_deref(), Some("age of woman"));
    // The decade spelled out reads the same.
    let f = find("Police detained a farmer in his sixties.", "sixties");
    assert_eq!(
        (f.what.kind, f.amount.value, f.amount.low, f.amount.high),
        (FigureKind::Age, None, 60.0, 69.0)
    );
}

#[test]
fn an_age_set_off_by_commas_after_a_name_is_that_persons_age() {
    // News style gives ages so; read as counts they became "61 evacuated people".
    for (text, age, whose) in [
        (
            "It smells awful, said evacuated resident Dana Whitfield, 61, who walked home.",
            61.0,
            "age of Whitfield",
        ),
        ("Daniel Marsh, 46, faces 12 charges.", 46.0, "age of Marsh"),
        (
            "The gallery is closed, said owner Amedeo Markoff, 49.",
            49.0,
            "age of Markoff",
        ),
    ] {
        let all = figures(text);
        let f = &all[0];
        assert_eq!(
            (f.what.kind, f.amount.value),
            (FigureKind::Age, Some(age)),
            "{text}"
        );
        assert_eq!(f.what.counts.as_deref(), Some(whose), "{text}");
    }
    // Not apposed ages: a noun follows, a date, a number too big to be an age.
    for (text, number) in [
        ("In Chicago, 56 cases were reported.", "56"),
        ("It flooded on May 6, 2018, near Millbrook.", "2018"),
        ("The vote is on Friday, 12, the day after.", "12"),
        ("Across Ohio, 200, officials said, were evacuated.", "200"),
    ] {
        let f = find(text, number);
        assert_ne!(f.what.kind, FigureKind::Age, "{text}");
    }
}

#[test]
fn numbers_that_name_a_road_an_exit_or_a_flight_count_nothing() {
    for text in [
        "Gov. Mary Holt shut down Interstate 70 overnight.",
        "Speed limits are 45 mph between exits 12 and 19 on the turnpike.",
        "Flight 370 vanished over the sea.",
        "Passengers waited at Gate 5 in Terminal 2.",
        "The No. 3 official resigned.",
    ] {
        let all = figures(text);
        assert!(
            all.iter().all(|f| f.what.kind != FigureKind::Count),
            "{text}: {:?}",
            all.iter().map(|f| f.text.as_str()).collect::<Vec<_>>()
        );
    }
    // A number after such a word that counts something is still read.
    let f = find(
        "The storm closed the route, and 300 people were stranded.",
        "300",
    );
    assert_eq!(f.amount.value, Some(300.0));
    let f = find("The crash on the highway killed 12 people.", "12");
    assert_eq!(f.amount.value, Some(12.0));
}

#[test]
fn digits_that_end_a_name_number_it_and_count_nothing() {
    let text = "The number of dead from the sinking of the KM Bahari Nusantara 3 had risen to 21.";
    let all = figures(text);
    assert_eq!(
        all.iter().map(|f| f.text.as_str()).collect::<Vec<_>>(),
        ["21"]
    );
    assert_eq!(find(text, "21").what.counts.as_deref(), Some("killed"));
    // A headline in title case still gives its toll.
    for (title, toll) in [
        ("Kazakhstan Protests Leave 164 Dead", "164"),
        ("Storm Kills 3 in Kansas", "3"),
        // title case capitalises the small words too: "To" names nothing, "As" is not prose
        ("Death Toll Rises To 12 As Rescuers Search Homes", "12"),
    ] {
        let article = format!("{title}\n\nThe story goes on.\n");
        let all = crossread::figures::analyse(&corpus(&[&article])).figures;
        let f = all.iter().find(|f| f.text == toll);
        assert_eq!(
            f.and_then(|f| f.what.counts.as_deref()),
            Some("killed"),
            "{title}"
        );
    }
}

#[test]
fn digits_after_one_capitalised_word_number_a_model_and_count_nothing() {
    let text = "A Boeing 737 crashed after takeoff, killing all 157 people on board.";
    assert_eq!(
        figures(text)
            .iter()
            .map(|f| f.text.as_str())
            .collect::<Vec<_>>(),
        ["157"]
    );
    let text = "China grounded all 96 of its 737 Max 8 jets.";
    assert!(figures(text).iter().all(|f| f.text != "8"), "{text}");
    // a variant after a hyphen is the model's
    let text = "Flight 417, a Boeing 737-800 operated by Condor Sur, crashed.";
    assert!(figures(text).is_empty(), "{text}");
    // Still counts: the first word of a sentence, an approximation, a possessive, a scale,
    // a share, and a headline in title case.
    for (text, number) in [
        ("Nearly 300 troops seized the hotel.", "Nearly 300"),
        ("Officials said Nigeria's 36 states would vote.", "36"),
        ("The hurricane reached Category 4 strength.", "4"),
        (
            "In the poll, Biden 51 percent and Trump 43 percent.",
            "51 percent",
        ),
    ] {
        assert!(figures(text).iter().any(|f| f.text == number), "{text}");
    }
    let article = "Jet Carrying 157 People Crashes Near Addis Ababa\n\nThe story goes on.\n";
    let all = crossread::figures::analyse(&corpus(&[article])).figures;
    assert!(all.iter().any(|f| f.text == "157"));
}

#[test]
fn a_number_of_people_or_homes_is_a_vague_count() {
    let f = find("The flood killed a number of individuals.", "a number");
    assert_eq!((f.amount.value, f.amount.low), (None, 2.0));
    assert!(f.amount.high.is_infinite());
    assert_eq!(f.what.counts.as_deref(), Some("killed"));
    // prose, not a count
    assert!(figures("A number of questions remain unanswered.").is_empty());
}

#[test]
fn a_vague_amount_of_a_unit_is_a_measure_and_pounds_of_a_thing_are_a_weight() {
    for (sentence, text, unit) in [
        (
            "Treatment can cost up to thousands of dollars, doctors said.",
            "up to thousands of dollars",
            "USD",
        ),
        (
            "The fire burned hundreds of square miles of forest.",
            "hundreds of square miles",
            "sq miles",
        ),
        (
            "Police seized 1,100 pounds of an explosive chemical.",
            "1,100 pounds",
            "lb",
        ),
        (
            "Officers found thousands of pounds of illegal fireworks.",
            "thousands of pounds",
            "lb",
        ),
        // pounds paid are sterling
        (
            "The court awarded 5,000 pounds in compensation.",
            "5,000 pounds",
            "GBP",
        ),
    ] {
        let f = find(sentence, text);
        assert_eq!(f.what.unit.as_deref(), Some(unit), "{sentence}");
    }
}

#[test]
fn values_read_as_said_with_the_qualifier_first_and_vague_words_as_written() {
    for (sentence, text, shown) in [
        (
            "The repairs will cost more than $4.1 million, the county said.",
            "more than $4.1 million",
            "more than USD 4.1 million",
        ),
        (
            "Fragments could fly another mile or two from the crater.",
            "another mile or two",
            "another mile or two",
        ),
        (
            "Treatment can cost up to thousands of dollars, doctors said.",
            "up to thousands of dollars",
            "thousands of dollars",
        ),
        (
            "It was minus 12 degrees Celsius at dawn.",
            "minus 12 degrees Celsius",
            "-12 °C",
        ),
    ] {
        assert_eq!(format_value(&find(sentence, text)), shown, "{sentence}");
    }
}

#[test]
fn a_measure_given_again_in_brackets_belongs_to_what_follows_both() {
    let f = find(
        "All 20,000 gallons (75,708 liters) of diesel were pumped out by Friday.",
        "20,000 gallons",
    );
    assert_eq!(f.what.counts.as_deref(), Some("diesel"));
}

#[test]
fn no_one_is_nobody_not_one_person() {
    for sentence in [
        "No one has lived near the quarry since the slide.",
        "Officials said no one was hurt in the blast.",
    ] {
        assert!(figures(sentence).is_empty(), "{sentence}");
    }
    // one person is still one
    let f = find("One person was hurt in the blast.", "One");
    assert_eq!(f.amount.value, Some(1.0));
}

#[test]
fn a_word_of_how_an_amount_runs_stands_between_it_and_its_unit() {
    for (text, figure, unit, value) in [
        (
            "Officials gave residents three more days to leave.",
            "three more days",
            "days",
            3.0,
        ),
        (
            "\"That means six more weeks of winter,\" he said.",
            "six more weeks",
            "weeks",
            6.0,
        ),
        (
            "Prices rose for four consecutive weeks.",
            "four consecutive weeks",
            "weeks",
            4.0,
        ),
        (
            "The trial will run two additional weeks.",
            "two additional weeks",
            "weeks",
            2.0,
        ),
        (
            "Forecasters expect 6 more inches of snow by morning.",
            "6 more inches",
            "inches",
            6.0,
        ),
    ] {
        let f = find(text, figure);
        assert_eq!(f.what.unit.as_deref(), Some(unit), "{text}");
        assert_eq!(f.amount.value, Some(value), "{text}");
    }
    // "more" before a counted noun is no unit: "three more people" counts people
    let f = find("Three more people died in hospital on Sunday.", "Three");
    assert_eq!(f.what.kind, FigureKind::Count);
}

#[test]
fn pounds_weighed_are_a_weight() {
    let f = find(
        "The rescued calf weighed 212 pounds at birth.",
        "212 pounds",
    );
    assert_eq!(f.what.unit.as_deref(), Some("lb"));
    let f = find(
        "Each parcel weighing less than 40 pounds ships free.",
        "less than 40 pounds",
    );
    assert_eq!(f.what.unit.as_deref(), Some("lb"));
    // a fine in pounds stays money
    let f = find("The court fined him 400 pounds.", "400 pounds");
    assert_eq!(f.what.unit.as_deref(), Some("GBP"));
}

#[test]
fn a_quake_magnitude_is_read_however_the_report_names_its_scale() {
    for (sentence, needle) in [
        ("A magnitude 6.8 earthquake struck the coast.", "6.8"),
        ("A 6.9-magnitude quake hit the coast.", "6.9-magnitude"),
        (
            "The magnitude-7.1 tremor was felt across the region.",
            "magnitude-7.1",
        ),
        (
            "The earthquake had a magnitude of 7.2, officials said.",
            "7.2",
        ),
        ("The quake measured 7.0 on the Richter scale.", "7.0"),
        ("It measured 6.4 on the moment magnitude scale.", "6.4"),
    ] {
        let f = find(sentence, needle);
        assert_eq!(f.what.unit.as_deref(), Some("magnitude"), "{sentence}");
    }
    // the scale's point rates the noun after it, not the verb that follows
    let f = find("A magnitude 6.8 earthquake struck the coast.", "6.8");
    assert_eq!(f.what.counts.as_deref(), Some("earthquake"));
    // written to a tenth, as magnitudes are
    let seven = find("The quake measured 7.0 on the Richter scale.", "7.0");
    assert_eq!(format_value(&seven), "magnitude 7.0");
    // a scale named after the number is no magnitude of it
    let f = find(
        "Turnout reached 7.0 percent on the new scale.",
        "7.0 percent",
    );
    assert_eq!(f.what.unit.as_deref(), Some("%"));
}

#[test]
fn a_share_of_a_state_is_of_the_state_and_a_stake_is_not() {
    // how far a state holds: the participle or word of completion after the share
    for (sentence, needle, state) in [
        (
            "The Creek Fire was 15% contained on Thursday.",
            "15%",
            "contained",
        ),
        (
            "The county is now 60 percent vaccinated, officials said.",
            "60 percent",
            "vaccinated",
        ),
        ("The reservoir was 80% full in May.", "80%", "full"),
        (
            "The fire remained 40 percent contained by late evening.",
            "40 percent",
            "contained",
        ),
    ] {
        let f = find(sentence, needle);
        assert_eq!(f.what.counts.as_deref(), Some(state), "{sentence}");
    }
    // a stake held by someone is no state of the company
    let f = find(
        "The airline is 20 percent owned by Lufthansa.",
        "20 percent",
    );
    assert_ne!(f.what.counts.as_deref(), Some("owned"));
    // a participle that is no state of the share's owner ("rose 15% compared with")
    let f = find("Sales rose 15% compared with last year.", "15%");
    assert_ne!(f.what.counts.as_deref(), Some("compared"));
}

#[test]
fn people_under_an_evacuation_order_are_counted_as_evacuated() {
    for (sentence, needle) in [
        (
            "Authorities issued evacuation orders for roughly 15,000 people.",
            "roughly 15,000",
        ),
        (
            "About 12,000 people remain under evacuation warnings.",
            "About 12,000",
        ),
    ] {
        let f = find(sentence, needle);
        assert_eq!(f.what.counts.as_deref(), Some("evacuated"), "{sentence}");
    }
    // the evacuation of places does not count the figure after it
    let f = find(
        "The evacuation of villages began after 112 messages were sent.",
        "112",
    );
    assert_ne!(f.what.counts.as_deref(), Some("evacuated"));
}

#[test]
fn people_aboard_a_craft_are_no_toll_and_survivors_are_counted() {
    let s = "At least 64 people were killed when a plane with 70 people on board went down.";
    assert_eq!(
        find(s, "At least 64").what.counts.as_deref(),
        Some("killed")
    );
    assert_eq!(find(s, "70").what.counts.as_deref(), Some("on board"));
    let f = find("A jet carrying 68 people crashed on Sunday.", "68");
    assert_eq!(f.what.counts.as_deref(), Some("on board"));
    // the event that governs the whole still counts it
    let f = find(
        "The plane exploded on Monday, killing all 75 people aboard.",
        "75",
    );
    assert_eq!(f.what.counts.as_deref(), Some("killed"));
    // a thing carried is no count of people aboard
    let f = find(
        "Tens of thousands of people, some carrying batons, took to the streets.",
        "Tens of thousands",
    );
    assert_ne!(f.what.counts.as_deref(), Some("on board"));
    let f = find("Officials said four people survived the crash.", "four");
    assert_eq!(f.what.counts.as_deref(), Some("rescued"));
    // a preposition after a headline's number is no counted noun
    let f = find("The crash killed 64 near capital city on Sunday.", "64");
    assert_ne!(f.what.unit.as_deref(), Some("near"));
}

#[test]
fn an_age_said_after_be_is_of_the_subject_and_a_magnitude_of_what_has_it() {
    let f = find(
        "The aircraft was 15 years old and had been flying for hours.",
        "15 years old",
    );
    assert_eq!(f.what.counts.as_deref(), Some("age of aircraft"));
    let f = find("The earthquake had a magnitude of 7.2.", "7.2");
    assert_eq!(f.what.counts.as_deref(), Some("earthquake"));
}

#[test]
fn a_decade_is_ten_years_and_an_age_standing_for_someone_is_nobody_known() {
    let f = find("He was jailed for a decade on Friday.", "a decade");
    assert_eq!(f.what.kind, FigureKind::Duration);
    let set = analyse(&corpus(&[
        "The former mayor was jailed for a decade on Friday.\n",
        "The former mayor was jailed for 10 years on Friday.\n",
    ]));
    assert_eq!(verdict(&set, "10 years"), Some(false));
    // "The 59-year-old was found guilty": an age, of no one this sentence names
    let f = find("The 59-year-old was found guilty on Friday.", "59-year-old");
    assert_eq!(f.what.kind, FigureKind::Age);
    assert_eq!(f.what.counts.as_deref(), Some("age"));
}

#[test]
fn an_event_in_the_clause_before_is_not_the_next_subjects() {
    let s = "The ministry said 412 patients were being treated in hospitals and 18 treatment \
             centres had been set up.";
    assert_eq!(find(s, "18").what.counts.as_deref(), Some("centres"));
    // a count whose own clause names its event keeps it
    let s = "Officials said 40 people were killed in the blast and 12 police officers were \
             among the dead.";
    assert_eq!(find(s, "12").what.counts.as_deref(), Some("killed"));
}

#[test]
fn each_side_of_a_contrast_keeps_its_own_source() {
    let s = "About 100,000 people rallied on Saturday, according to police, while unions said \
             300,000 had marched.";
    let police = find(s, "About 100,000").provenance.speaker;
    assert_eq!(police.as_deref(), Some("police"));
    assert_eq!(
        find(s, "300,000").provenance.speaker.as_deref(),
        Some("unions")
    );
    // "put … at" gives a figure as "said" does
    let s = "Organisers said 250,000 people took part, while police put the number at 80,000.";
    assert_eq!(
        find(s, "80,000").provenance.speaker.as_deref(),
        Some("police")
    );
    assert_eq!(
        find(s, "250,000").provenance.speaker.as_deref(),
        Some("Organisers")
    );
    // a part with no source of its own keeps the sentence's
    let s = "Police said 40 people were killed, while 12 others were missing.";
    assert_eq!(find(s, "12").provenance.speaker.as_deref(), Some("Police"));
}

#[test]
fn a_source_whose_verb_takes_a_figure_gives_only_its_own_clause() {
    let s = "China pledged 100 million yuan in aid, and the United States announced $1.5 million.";
    assert_eq!(find(s, "100 million yuan").provenance.attribution, None);
    assert_eq!(
        find(s, "$1.5 million").provenance.speaker.as_deref(),
        Some("United States")
    );
    // a source reporting the sentence still gives the figures before it
    let s = "China pledged 100 million yuan in aid, the foreign ministry announced.";
    assert_eq!(
        find(s, "100 million yuan").provenance.speaker.as_deref(),
        Some("foreign ministry")
    );
}

#[test]
fn a_number_after_the_noun_age_is_an_age_of_what_is_named() {
    let s = "The plan would raise the retirement age from 62 to 64.";
    let f = find(s, "64");
    assert_eq!(f.what.kind, FigureKind::Age);
    assert_eq!(f.what.counts.as_deref(), Some("retirement age"));
    assert_eq!(
        find(s, "62").what.scope,
        Some(crossread::figures::Scope::Earlier)
    );
    // an age of no one named here is shown, never compared
    let f = find("The singer died at age 82 on Monday.", "82");
    assert_eq!(f.what.counts.as_deref(), Some("age"));
    let set = analyse(&corpus(&[
        "The plan would raise the retirement age from 62 to 64, and thousands protested.\n",
        "Thousands protested against plans to push the pension age to 64.\n",
    ]));
    assert_eq!(verdict(&set, "64"), None);
}

#[test]
fn a_score_or_a_tally_is_no_range() {
    let all = figures("Rovers won 2-1 on Saturday. The court ruled 5-4 on Monday.");
    assert!(
        all.iter().all(|f| f.text != "2-1" && f.text != "5-4"),
        "{all:?}"
    );
    // a range still reads as one
    let f = find("Officials said 10-20 people were hurt.", "10-20");
    assert_eq!((f.amount.low, f.amount.high), (10.0, 20.0));
}

#[test]
fn an_age_set_off_after_a_person_noun_or_said_in_a_who_clause_is_that_persons() {
    let f = find("The suspect, 47, was arrested on Monday.", "47");
    assert_eq!(f.what.kind, FigureKind::Age);
    assert_eq!(f.what.counts.as_deref(), Some("age of suspect"));
    let f = find(
        "The suspect, who is 46 years old, was arrested on Monday.",
        "46 years old",
    );
    assert_eq!(f.what.counts.as_deref(), Some("age of suspect"));
    // a count after a noun that names no person stays a count
    let f = find("In the north, 56 cases were reported.", "56");
    assert_eq!(f.what.kind, FigureKind::Count);
}

#[test]
fn a_distance_an_hour_is_a_speed() {
    for (text, needle, unit) in [
        (
            "Winds near 140 miles per hour lashed the coast.",
            "140 miles per hour",
            "mph",
        ),
        (
            "Gusts reached 90 kilometres an hour.",
            "90 kilometres an hour",
            "km/h",
        ),
    ] {
        assert_eq!(
            find(text, needle).what.unit.as_deref(),
            Some(unit),
            "{text}"
        );
    }
    // a distance alone stays one
    let f = find("The convoy drove 140 miles on Tuesday.", "140 miles");
    assert_eq!(f.what.unit.as_deref(), Some("miles"));
}

#[test]
fn a_line_of_results_counts_nothing() {
    for text in [
        "Cup semi-final: Harbour City 2 Westbridge Rovers 1",
        "Lakers 112 Celtics 108",
    ] {
        assert!(figures(text).is_empty(), "{text}: {:?}", figures(text));
    }
    // a name with a number is no result
    let all = figures("The crew of Apollo 11 landed 4 hours later.");
    assert!(all.iter().any(|f| f.text == "4 hours"));
}

#[test]
fn the_edge_of_an_age_group_is_nobodys_age() {
    for text in [
        "Only 68% of people aged 65 and over have had a flu jab.",
        "Children 12 and under travel free.",
        "The risk doubled in women 65 or older.",
    ] {
        let all = figures(text);
        assert!(
            all.iter().all(|f| f.what.kind != FigureKind::Age
                && f.amount.value != Some(65.0)
                && f.amount.value != Some(12.0)),
            "{text}: {all:?}"
        );
    }
    // two counts joined by "and over" stay counts
    let all = figures("The blast killed 40 and over 100 were injured.");
    assert!(all.iter().any(|f| f.amount.value == Some(40.0)));
}

#[test]
fn a_share_said_as_a_ratio_is_a_share() {
    let f = find(
        "Only two in three over-65s have been vaccinated.",
        "two in three",
    );
    assert_eq!(f.what.kind, FigureKind::Share);
    let f = find("Three out of 10 schools closed.", "Three out of 10");
    assert_eq!(f.amount.value, Some(30.0));
    let f = find(
        "It rose from 1 in 2,000 adults to one in 400.",
        "1 in 2,000",
    );
    assert_eq!(f.amount.value, Some(0.05));
    assert!(
        f.amount.high < 0.1,
        "a small share keeps a small slack: {:?}",
        f.amount
    );
    // it agrees with the share in percent it rounds
    let set = analyse(&corpus(&[
        "Flu jab uptake among over-65s fell to 68% this winter.\n",
        "Flu jab uptake among over-65s fell to two in three this winter.\n",
    ]));
    assert_eq!(verdict(&set, "68%"), Some(false));
    // a time or a year after the second number makes no ratio
    assert!(
        figures("He scored three in four days.")
            .iter()
            .all(|f| f.what.kind != FigureKind::Share)
    );
    assert!(
        figures("One was killed in 2015.")
            .iter()
            .all(|f| f.what.kind != FigureKind::Share)
    );
}

#[test]
fn a_share_said_as_a_fraction_is_a_share() {
    for (sentence, figure, value) in [
        (
            "Around two-thirds of voters oppose the plan.",
            "Around two-thirds",
            66.7,
        ),
        ("A quarter of the homes were damaged.", "A quarter", 25.0),
        ("Half of the residents left the town.", "Half", 50.0),
        (
            "Three quarters of the staff went on strike.",
            "Three quarters",
            75.0,
        ),
        (
            "Profit fell by more than a third.",
            "more than a third",
            33.3,
        ),
        ("The council cut the budget by half.", "half", 50.0),
    ] {
        let f = find(sentence, figure);
        assert_eq!(f.what.kind, FigureKind::Share, "{sentence}");
        let read = f.amount.value.unwrap_or_default();
        assert!((read - value).abs() < 0.1, "{sentence}: {read}");
    }
    // what the share is of, after "of" or right after a share opening the sentence
    let f = find("Two-thirds of voters oppose the plan.", "Two-thirds");
    assert!(f.what.counts.as_deref().unwrap_or("").starts_with("voters"));
    let f = find(
        "Nearly one in three voters backed him.",
        "Nearly one in three",
    );
    assert_eq!(f.what.counts.as_deref(), Some("voters"));
    // a floor is the fraction itself, shown in its own words with the percent read
    let floor = find("Profit fell by more than a third.", "more than a third");
    assert!(floor.amount.low > 33.3);
    assert_eq!(format_value(&floor), "more than a third (33%)");
    let ratio = find(
        "Nearly one in three voters backed him.",
        "Nearly one in three",
    );
    assert_eq!(format_value(&ratio), "nearly one in three (33%)");
    let words = find(
        "Turnout was twenty-three and a half percent.",
        "twenty-three and a half percent",
    );
    assert_eq!(format_value(&words), "23.5%");
    // it agrees with the share in percent it rounds, and not with one far from it
    let set = analyse(&corpus(&[
        "A poll found that 68% of voters oppose the pension reform.\n",
        "A poll found that two-thirds of voters oppose the pension reform.\n",
    ]));
    assert_eq!(verdict(&set, "68%"), Some(false));
    let set = analyse(&corpus(&[
        "A poll found that 58% of voters oppose the pension reform.\n",
        "A poll found that two-thirds of voters oppose the pension reform.\n",
    ]));
    assert_eq!(verdict(&set, "58%"), Some(true));
    // an ordinal, a part of a period, a fraction of one thing or of a unit are no shares
    for sentence in [
        "A third person was hurt.",
        "The first half of the year was slow.",
        "Sales rose in the second half.",
        "The city lies in the western half of the territory.",
        "The sequel will be followed by a third movie.",
        "He paid a quarter of a million euros.",
        "Rates rose a quarter point.",
        "Half an hour passed.",
    ] {
        assert!(
            figures(sentence)
                .iter()
                .all(|f| f.what.kind != FigureKind::Share),
            "{sentence}"
        );
    }
}

#[test]
fn a_length_of_time_in_two_units_is_one_length() {
    let all = figures("The outage lasted four hours and 45 minutes before service returned.");
    let texts: Vec<&str> = all.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(texts, ["four hours and 45 minutes"]);
    assert_eq!(all[0].amount.value, Some(4.75));
    // a part of more than one of the larger unit is a length of its own
    let all = figures("The first half lasted 50 minutes and 70 seconds of it were stoppages.");
    assert_eq!(all.len(), 2);
    let all = figures("He spent three years and 14 months abroad.");
    assert_eq!(all.len(), 2);
}
