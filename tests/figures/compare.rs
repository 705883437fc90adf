//! Comparison across sources: same quantity, intervals, unit equivalence, scopes, and the
//! FigureSet API the TUI uses (sentence lookup, conflict marks, the Figures table).

use super::sentences::{figures, find, verdict};
use crossread::corpus::{Corpus, load::add_file};
use crossread::figures::{FigureSet, Scope, analyse, analyse_with};

fn corpus(texts: &[&str]) -> Corpus {
    let mut c = Corpus::default();
    for (i, t) in texts.iter().enumerate() {
        let full = format!(
            "Report by source {} on the events\n\n{t}\n",
            ["one", "two", "three"][i % 3]
        );
        add_file(&mut c, &format!("source_{i}.txt"), full.as_bytes());
    }
    c
}

#[test]
fn exact_tolls_that_differ_conflict() {
    let c = corpus(&[
        "At least 164 people have been killed in the violence.",
        "The ministry said 40 people died.",
    ]);
    let set = analyse(&c);
    assert_eq!(verdict(&set, "40"), Some(true));
    let id = set
        .figures
        .iter()
        .find(|f| f.text == "40")
        .map(|f| f.id)
        .unwrap_or(usize::MAX);
    assert!(set.is_conflicting(id));
}

#[test]
fn vague_amounts_fit_or_conflict_by_interval() {
    let fits = analyse(&corpus(&[
        "Dozens of people were killed in the clashes.",
        "The ministry said 40 people died.",
    ]));
    assert_eq!(verdict(&fits, "40"), Some(false));
    let clashes = analyse(&corpus(&[
        "Dozens of people were killed in the clashes.",
        "Officials said 164 people died.",
    ]));
    assert_eq!(verdict(&clashes, "164"), Some(true));
    let at_least = analyse(&corpus(&[
        "At least 164 people have been killed.",
        "Officials now say 200 people died.",
    ]));
    assert_eq!(verdict(&at_least, "200"), Some(false));
}

#[test]
fn durations_and_distances_agree_across_units() {
    let set = analyse(&corpus(&[
        "The government will regulate fuel prices for six months.",
        "The government announced a 180-day price cap on fuel.",
    ]));
    assert_eq!(verdict(&set, "180-day"), Some(false));
    let set = analyse(&corpus(&[
        "The two countries share a 7,600 kilometre border.",
        "The two countries share a 4,700 mile border.",
    ]));
    assert_eq!(verdict(&set, "4,700 mile"), Some(false));
    let set = analyse(&corpus(&[
        "The two countries share a 7,600 kilometre border.",
        "The two countries share a 2,000 mile border.",
    ]));
    assert_eq!(verdict(&set, "2,000 mile"), Some(true));
}

#[test]
fn arrested_and_detained_are_compared_as_one_quantity() {
    let set = analyse(&corpus(&[
        "So far, 2,000 people have been arrested, the ministry said.",
        "Approximately 4,404 people have been detained.",
    ]));
    assert_eq!(verdict(&set, "2,000"), Some(true));
    let two_thousand = set
        .figures
        .iter()
        .find(|f| f.text == "2,000")
        .map_or(0, |f| f.id);
    let c = set
        .comparison_of(two_thousand)
        .map(|c| c.quantity.counts.clone());
    assert_eq!(c.as_deref(), Some("arrested/detained"));
}

#[test]
fn numbers_that_only_look_alike_are_never_compared() {
    let set = analyse(&corpus(&[
        "In December 2011 police fired on strikers, killing at least 16 people. Today at least 164 people have been killed.",
        "On December 16 the ministry said 40 people died. Nazarbayev ruled from 1991.",
        "He has ruled since 1990, and he is 81-year-old now.",
    ]));
    assert_eq!(
        verdict(&set, "at least 16"),
        None,
        "the 2011 toll stands apart"
    );
    assert_eq!(verdict(&set, "December 16"), None);
    assert_eq!(verdict(&set, "1991"), None, "years are not compared");
    assert_eq!(verdict(&set, "at least 164"), Some(true));
}

#[test]
fn one_article_alone_makes_no_comparison() {
    let set = analyse(&corpus(&[
        "At least 164 people were killed. Later 40 people died, another source said.",
    ]));
    assert!(set.comparisons.is_empty());
}

#[test]
fn one_measure_given_in_two_units_is_one_row() {
    let set = analyse(&corpus(&[
        "Hot ash may reach villages two to three miles (3.2 to 4.8 km) downwind.",
    ]));
    let rows = set.all_rows();
    let row = rows
        .iter()
        .find(|r| {
            r.cells
                .all()
                .any(|&id| set.figures[id].text.contains("mile"))
        })
        .expect("a row for the miles");
    assert_eq!(row.cells.all().count(), 2, "{rows:?}");
    assert_eq!(row.quantity.unit.as_deref(), Some("km"), "{rows:?}");
}

#[test]
fn a_related_sentence_callback_decides_for_noun_counts() {
    let c = corpus(&[
        "The five Central Asian republics gained independence.",
        "All 4 Central Asian republics signed the pact.",
    ]);
    let never = |_: (usize, usize), _: (usize, usize)| 0.0f32;
    let always = |_: (usize, usize), _: (usize, usize)| 1.0f32;
    assert_eq!(verdict(&analyse_with(&c, Some(&never)), "five"), None);
    assert_eq!(
        verdict(&analyse_with(&c, Some(&always)), "five"),
        Some(true)
    );
}

#[test]
fn the_table_has_a_row_per_quantity_with_conflicts_first() {
    let c = corpus(&[
        "At least 164 people have been killed and 353 were injured.",
        "The ministry said 40 people died and 353 people were injured.",
        "Dozens of people were killed.",
    ]);
    let set = analyse(&c);
    let rows = set.table();
    assert_eq!(rows.len(), 2);
    assert!(rows[0].conflict && !rows[1].conflict);
    assert_eq!(rows[0].quantity.counts, "killed");
    assert_eq!(rows[0].cells.articles(), 3, "every source gives the toll");
    assert_eq!(rows[1].quantity.counts, "injured");
    assert!(rows[1].cells.get(2).is_empty());
}

#[test]
fn figures_are_found_by_sentence() {
    let c = corpus(&["At least 164 people were killed. Officials said 40 people died."]);
    let set = analyse(&c);
    let article = &c.articles[0];
    let (s, _) = article
        .content_sentences()
        .find(|(i, _)| article.sentence_text(*i).contains("40"))
        .expect("a sentence with 40");
    let texts: Vec<&str> = set.in_sentence(0, s).map(|f| f.text.as_str()).collect();
    assert_eq!(texts, ["40"]);
}

#[test]
fn earlier_values_and_other_places_stay_out_of_the_current_quantity() {
    let set = analyse(&corpus(&[
        "Revenue rose to $4.5 billion, up from $4.1 billion a year earlier.",
        "The company reported revenue of $4.5 billion for the quarter.",
    ]));
    assert_eq!(verdict(&set, "$4.1 billion"), None);
    assert_eq!(verdict(&set, "$4.5 billion"), Some(false));
    let set = analyse(&corpus(&[
        "In Almaty, 10 people died in the clashes.",
        "Officials said 164 people were killed across the country.",
        "At least 160 people died nationwide.",
    ]));
    assert_eq!(
        verdict(&set, "10"),
        None,
        "a city's toll is not the country's"
    );
    assert_eq!(verdict(&set, "164"), Some(false));
    // a place that opens the sentence after a linking word still limits its figures
    let set = analyse(&corpus(&[
        "Overall, 70 percent of drivers wore seat belts, the study found.",
        "But in Lyon, only 52 percent of drivers wore seat belts.",
    ]));
    assert!(set.figures.iter().any(|f| f.text == "52 percent"));
    assert_eq!(verdict(&set, "52 percent"), None, "one city's share");
}

#[test]
fn a_site_named_after_the_storys_city_is_not_the_city() {
    // Denver is named by every article, so "in Denver" alone is the setting; its airport is one
    // site, and "canceled or delayed at" reaches it past the second verb.
    let set = analyse(&corpus(&[
        "Snow buried Denver. About 40 flights were canceled or delayed at Denver International Airport.",
        "Across Denver and the nation, airlines canceled almost 2,900 flights.",
        "The storm left Denver under snow. More than 3,000 flights were canceled.",
    ]));
    assert_eq!(verdict(&set, "About 40"), None, "one airport's flights");
    assert!(
        verdict(&set, "More than 3,000").is_some(),
        "the national counts are compared"
    );
}

#[test]
fn tolls_of_an_earlier_attack_are_not_todays() {
    let set = analyse(&corpus(&[
        "At least 30 people were killed in the bombing. Last year, 12 people were killed in a similar attack.",
        "The ministry said 31 people died in the bombing.",
    ]));
    assert_eq!(verdict(&set, "12"), None);
    assert_eq!(verdict(&set, "31"), Some(false));
}

#[test]
fn conflicting_figures_come_in_reading_order() {
    let c = corpus(&[
        "At least 164 people have been killed. Some 353 people were injured.",
        "The ministry said 40 people died and 353 were injured.",
    ]);
    let set = analyse(&c);
    let texts: Vec<&str> = set.conflicting().map(|f| f.text.as_str()).collect();
    assert_eq!(texts, ["At least 164", "40"]);
    let first = set
        .conflicting()
        .next()
        .map(|f| &c.articles[f.article].text[f.span()]);
    assert_eq!(first, Some("At least 164"));
}

#[test]
fn tolls_per_country_are_compared_per_country() {
    let set = analyse(&corpus(&[
        "A powerful earthquake has killed more than 2,300 people in Turkey and Syria. In Turkey, at least 1,500 people died, while 810 were killed in Syria.",
        "The death toll rose to 2,600. Officials said 1,651 people had been killed in Turkey. At least 968 people died in Syria.",
        "More than 2,000 people were killed. The ministry said 711 people had died in government-held areas.",
    ]));
    assert_eq!(verdict(&set, "more than 2,300"), Some(false));
    assert_eq!(verdict(&set, "1,651"), Some(false));
    assert_eq!(verdict(&set, "810"), Some(true));
    assert_eq!(verdict(&set, "711"), None);
}

#[test]
fn rounded_amounts_agree_and_job_cuts_are_compared() {
    let set = analyse(&corpus(&[
        "Net profit fell to €1.2 billion in the quarter. The company will cut 3,500 jobs.",
        "Quarterly profit was €1.25 billion, and the carmaker will axe about 4,000 jobs.",
        "Net profit reached €1.4 billion. It said 3,500 jobs would go by the end of 2026.",
    ]));
    assert_eq!(
        verdict(&set, "€1.25 billion"),
        Some(true),
        "1.4 is not 1.2 rounded"
    );
    let set = analyse(&corpus(&[
        "Net profit fell to €1.2 billion in the quarter. The company will cut 3,500 jobs.",
        "Quarterly profit was €1.25 billion, and the carmaker will axe 4,000 jobs.",
    ]));
    assert_eq!(verdict(&set, "€1.25 billion"), Some(false));
    assert_eq!(verdict(&set, "4,000"), Some(true));
}

#[test]
fn rounded_values_whose_intervals_only_touch_differ() {
    // "5 percent" stands for 4.5 up to 5.5, "4 percent" for 3.5 up to 4.5: no value is both
    for (a, b, figure) in [
        (
            "Fares rose 5 percent.",
            "Fares rose 4 percent.",
            "4 percent",
        ),
        (
            "The jobless rate was 6.1 percent.",
            "The jobless rate was 6.2 percent.",
            "6.2 percent",
        ),
        (
            "Ticket prices went up by $1.50.",
            "Ticket prices went up by $1.49.",
            "$1.49",
        ),
    ] {
        let set = analyse(&corpus(&[a, b]));
        assert_eq!(verdict(&set, figure), Some(true), "{a} / {b}");
    }
    // a finer value inside the interval, a range sharing its end, or an exact count agree
    for (a, b, figure) in [
        (
            "Fares rose 5 percent.",
            "Fares rose 4.5 percent.",
            "4.5 percent",
        ),
        (
            "Turnout was 10 to 20 percent.",
            "Turnout was 20 to 30 percent.",
            "20 to 30 percent",
        ),
        (
            "The fire destroyed 164 homes.",
            "The fire destroyed 164 homes.",
            "164",
        ),
    ] {
        let set = analyse(&corpus(&[a, b]));
        assert_eq!(verdict(&set, figure), Some(false), "{a} / {b}");
    }
}

#[test]
fn more_than_a_number_excludes_that_number() {
    let c = corpus(&[
        "Twelve people are still missing after the dam burst.",
        "More than a dozen people remain missing.",
    ]);
    assert_eq!(verdict(&analyse(&c), "Twelve"), Some(true));
    let c = corpus(&[
        "Twelve people are still missing after the dam burst.",
        "At least a dozen people remain missing.",
    ]);
    assert_eq!(verdict(&analyse(&c), "Twelve"), Some(false));
}

#[test]
fn a_round_floor_implies_its_next_step_as_ceiling() {
    let pair = |a: &str, b: &str| analyse(&corpus(&[a, b]));
    let missing = "Officials said 47 people were missing after the landslide.";
    // "more than 40" would be written, not "more than 30", if 47 were known
    let set = pair(missing, "More than 30 people are missing, police said.");
    assert_eq!(verdict(&set, "47"), Some(true));
    // the analyst is told how the floor was read
    let note = |text: &str| {
        let f = set.figures.iter().find(|f| f.text == text);
        f.and_then(crossread::figures::reading_note)
    };
    assert_eq!(note("More than 30").as_deref(), Some("read as below 40"));
    assert_eq!(note("47"), None);
    let set = pair(
        "Police said 4,404 people were detained.",
        "More than 1,000 people were detained, police said.",
    );
    assert_eq!(verdict(&set, "4,404"), Some(true));
    let f = set.figures.iter().find(|f| f.text == "More than 1,000");
    let note = f.and_then(crossread::figures::reading_note);
    assert_eq!(note.as_deref(), Some("read as below 2,000"));
    let set = pair(missing, "At least 40 people are missing, police said.");
    assert_eq!(verdict(&set, "47"), Some(false));
    // no ceiling for a floor that is not round
    let set = pair(missing, "At least 17 people are missing, police said.");
    assert_eq!(verdict(&set, "47"), Some(false));
    let set = pair(
        "Airlines cancelled 3,198 flights on Monday.",
        "Airlines cancelled more than 2,700 flights on Monday.",
    );
    assert_eq!(verdict(&set, "3,198"), Some(false));
}

#[test]
fn a_floor_or_ceiling_is_the_written_number_not_a_rounded_one() {
    // (one source, the other, the first's figure, whether they conflict): "7%" alone may be a
    // rounded 6.8%, "more than 7%" may not; rounding still holds without a qualifier
    let cases = [
        ("shares fell 6.8%", "shares fell more than 7%", "6.8%", true),
        (
            "shares fell 7.2%",
            "shares fell more than 7%",
            "7.2%",
            false,
        ),
        (
            "unemployment stood at 5.3%",
            "unemployment stood at less than 5%",
            "5.3%",
            true,
        ),
        (
            "unemployment stood at 5.3%",
            "unemployment stood at 5%",
            "5.3%",
            false,
        ),
    ];
    for (one, other, figure, conflict) in cases {
        let set = analyse(&corpus(&[
            &format!("The company said {one} on Tuesday."),
            &format!("The company said {other} on Tuesday."),
        ]));
        assert_eq!(verdict(&set, figure), Some(conflict), "{one} / {other}");
    }
}

#[test]
fn sentences_listing_the_same_resources_compare_them_under_any_name() {
    let c = corpus(&[
        "More than 180 firefighters, supported by eight planes and six helicopters, fought the flames.",
        "In the place operate 160 firemen with 45 vehicles, 8 aircraft and 5 helicopters.",
    ]);
    let set = analyse(&c);
    assert_eq!(verdict(&set, "5"), Some(true), "six vs 5 helicopters");
    assert_eq!(
        verdict(&set, "160"),
        Some(true),
        "180+ firefighters vs 160 firemen"
    );
    assert_eq!(verdict(&set, "8"), Some(false), "eight planes = 8 aircraft");
}

#[test]
fn one_shared_noun_in_unrelated_sentences_is_not_compared() {
    let c = corpus(&[
        "Six helicopters flew over the capital during the parade last spring.",
        "The company ordered 5 helicopters and 40 trucks for its mines.",
    ]);
    let set = analyse(&c);
    assert_eq!(verdict(&set, "5"), None);
}

#[test]
fn the_same_count_of_one_noun_in_related_sentences_agrees_however_it_is_named() {
    // "charges" and "federal counts" share no word of their noun phrases: the same value in
    // related sentences ties them (an agreement); a different value still needs the phrase.
    let c = corpus(&[
        "The suspect, Robert Lane, faces 17 charges in all, including arson.",
        "Lane faces 17 federal counts, including fraud.",
        "Lane faces 19 counts in state court.",
    ]);
    let set = analyse(&c);
    assert_eq!(verdict(&set, "17"), Some(false));
    let compared = set
        .comparison_of(set.figures.iter().find(|f| f.text == "17").unwrap().id)
        .unwrap();
    assert_eq!(compared.figures.len(), 2, "{compared:?}");
    assert_eq!(
        verdict(&set, "19"),
        None,
        "19 counts names no charge phrase the others share"
    );
}

#[test]
fn a_shortfall_is_a_gap_to_a_mark_not_a_holding() {
    let c = corpus(&[
        "The governing party won the most seats but fell 14 seats short of a majority.",
        "The Greens won 14 seats and the Liberals won most of the rest.",
    ]);
    let set = analyse(&c);
    assert_eq!(verdict(&set, "14"), None);
    for text in [
        "The bill fell two votes shy of the 60 needed.",
        "The fund is $3 million short of its goal.",
    ] {
        let all = figures(text);
        assert_eq!(all[0].what.scope, Some(Scope::Change), "{text}");
    }
}

/// The figures of two articles whose texts carry their dates ("Title\n2024-01-08\n\n…").
fn dated(a: &str, b: &str) -> FigureSet {
    let mut c = Corpus::default();
    for (i, t) in [a, b].iter().enumerate() {
        add_file(&mut c, &format!("s{i}.txt"), t.as_bytes());
    }
    analyse(&c)
}

/// The verdict of the comparison holding the figure with this text.
fn why(set: &FigureSet, text: &str) -> Option<crossread::figures::Verdict> {
    let f = set.figures.iter().find(|f| f.text == text)?;
    set.comparison_of(f.id).map(|c| c.verdict)
}

#[test]
fn a_toll_given_on_two_dates_changed_and_on_one_date_disagrees() {
    use crossread::figures::Verdict;
    let set = dated(
        "Unrest report\n2024-01-08\n\nForty people were killed, the interior ministry said.",
        "Unrest report\n2024-01-10\n\nAt least 164 people were killed, authorities said.",
    );
    assert_eq!(why(&set, "Forty"), Some(Verdict::Changed));
    assert_eq!(verdict(&set, "Forty"), Some(true));
    let set = dated(
        "Unrest report\n2024-01-10\n\nForty people were killed, the interior ministry said.",
        "Unrest report\n2024-01-10\n\nAt least 164 people were killed, authorities said.",
    );
    assert_eq!(why(&set, "Forty"), Some(Verdict::Disagree));
}

#[test]
fn ages_a_day_apart_disagree_and_a_year_apart_changed() {
    use crossread::figures::Verdict;
    let set = dated(
        "Match report\n2027-05-02\n\nStriker Leo Mbeki, 22, scored twice.",
        "Match report\n2027-05-01\n\nThe 21-year-old Mbeki scored twice.",
    );
    assert_eq!(why(&set, "22"), Some(Verdict::Disagree));
    let set = dated(
        "Profile\n2027-05-02\n\nStriker Leo Mbeki, 22, scored twice.",
        "Profile\n2026-05-01\n\nThe 21-year-old Mbeki scored twice.",
    );
    assert_eq!(why(&set, "22"), Some(Verdict::Changed));
}

#[test]
fn two_running_tallies_of_unknown_date_are_unclear_not_a_conflict() {
    use crossread::figures::Verdict;
    let set = analyse(&corpus(&[
        "The health department now reports 2 deaths linked to the outbreak.",
        "A man has become the fourth person to die from the outbreak.",
    ]));
    assert_eq!(why(&set, "2"), Some(Verdict::Unclear));
    assert_eq!(verdict(&set, "2"), Some(false));
    // a plain statement against a running tally is still a disagreement
    let set = analyse(&corpus(&[
        "So far, 2,000 people have been arrested, the ministry said.",
        "Police said 4,404 people were detained.",
    ]));
    assert_eq!(why(&set, "4,404"), Some(Verdict::Disagree));
}

#[test]
fn unlike_things_are_never_compared() {
    // ages of people named only by a common noun may be different people
    let set = analyse(&corpus(&[
        "The dead include a man in his 40s.",
        "The dead include a man in his 20s.",
    ]));
    assert_eq!(verdict(&set, "40s"), None);
    // snow depth and a storm's reach are different lengths
    let set = analyse(&corpus(&[
        "The storm dropped 11 inches of snow across a swath of the state.",
        "The storm's snow swath reached more than 1,500 miles across the state.",
    ]));
    assert_eq!(verdict(&set, "11 inches"), None);
}

#[test]
fn stolen_data_is_compared_across_units() {
    let set = analyse(&corpus(&[
        "The hackers copied more than one terabyte of patient data, officials said.",
        "Attackers stole 1,500 gigabytes of patient records, police said.",
    ]));
    let tb = set
        .figures
        .iter()
        .find(|f| f.text == "more than one terabyte");
    assert_eq!(tb.and_then(|f| f.what.unit.as_deref()), Some("TB"));
    // compared with the gigabytes, and "more than 1 TB" holds 1,500 GB
    assert_eq!(verdict(&set, "more than one terabyte"), Some(false));
}

#[test]
fn ages_of_people_from_one_place_are_not_one_persons_age() {
    // "age of man" is nobody in particular; a place before the noun is no name
    let set = analyse(&corpus(&[
        "A 22-year-old Chicago man was shot on Monday, police said.",
        "A 35-year-old Chicago woman was shot on Monday, police said.",
    ]));
    assert_eq!(verdict(&set, "35-year-old"), None);
    assert_eq!(verdict(&set, "22-year-old"), None);
}

#[test]
fn a_named_persons_age_is_shown_as_written_and_compared_whatever_the_case() {
    let set = analyse(&corpus(&[
        "The suspect, Daniel Marsh, 46, was charged on Saturday.",
        "DANIEL MARSH, 47, appeared in court on Monday.",
    ]));
    let age = set.figures.iter().find(|f| f.text == "46");
    assert_eq!(
        age.and_then(|f| f.what.counts.as_deref()),
        Some("age of Marsh")
    );
    assert_eq!(verdict(&set, "47"), Some(true));
}

#[test]
fn volumes_are_compared_across_units() {
    // 50,000 US gallons are 189,271 litres
    let set = analyse(&corpus(&[
        "The ruptured pipeline spilled 50,000 gallons of crude oil into the river.",
        "The ruptured pipeline spilled 189,000 litres of crude oil into the river.",
    ]));
    assert_eq!(verdict(&set, "189,000 litres"), Some(false));
    let set = analyse(&corpus(&[
        "The ruptured pipeline spilled 50,000 gallons of crude oil into the river.",
        "The ruptured pipeline spilled 50,000 litres of crude oil into the river.",
    ]));
    assert_eq!(verdict(&set, "50,000 litres"), Some(true));
}

#[test]
fn two_sources_giving_the_same_two_values_agree() {
    // Both list two counts the reading puts under one quantity (seats for two parties):
    // each value is in both sources, so they do not disagree.
    let set = analyse(&corpus(&[
        "Analysts see 31 Greens and 12 Liberals winning seats, while 24 Greens and 19 Liberals hold them now.",
        "Pollsters see 31 Greens and 12 Liberals winning seats; today 24 Greens and 19 Liberals hold them.",
    ]));
    assert_eq!(verdict(&set, "31"), Some(false));
    // one source giving a value the other does not is still a conflict
    let set = analyse(&corpus(&[
        "The clinic treated 48 patients and 12 staff on Monday.",
        "The clinic treated 55 patients and 12 staff on Monday.",
    ]));
    assert_eq!(verdict(&set, "55"), Some(true));
}

#[test]
fn an_article_giving_every_value_of_another_agrees_with_it() {
    // the longer report names a part beside the total the shorter one gives
    let set = analyse(&corpus(&[
        "The $90 million extension will lift the port's total investment in its two docks \
         to $1.6 billion.\n",
        "This brings the port's total investment in its docks to $1.6 billion.\n",
    ]));
    assert_eq!(verdict(&set, "$90 million"), Some(false));
    // a vague amount restates nothing: "dozens" in both still differs from 164
    let set = analyse(&corpus(&[
        "Dozens of people were killed, officials said, and a hospital put the dead at 164.\n",
        "Dozens of people were killed in the clashes.\n",
    ]));
    assert_eq!(verdict(&set, "164"), Some(true));
}

#[test]
fn figures_listed_respectively_are_not_read_as_the_nearest_things() {
    // the list's first value belongs to the first thing named, not to the last
    let listed = "Relief appeals pushed up gifts to shelters and to large branches of the \
                  Lifeline Fund by 12 percent and 31.5 percent, respectively.\n";
    let apart = "Relief appeals pushed up gifts to shelters by 12 percent and to large \
                 branches of the Lifeline Fund by 31.5 percent.\n";
    let set = analyse(&corpus(&[listed, apart]));
    assert_eq!(verdict(&set, "31.5 percent"), None);
    assert_eq!(verdict(&set, "12 percent"), None);
    // without "respectively" the list is read as before, next to its nearest noun
    let set = analyse(&corpus(&[&listed.replace(", respectively", ""), apart]));
    assert_eq!(verdict(&set, "12 percent"), Some(true));
}

#[test]
fn a_gust_and_a_steady_wind_are_two_quantities_never_a_conflict() {
    let set = analyse(&corpus(&[
        "Winds reached 60 mph on Tuesday as the storm made landfall, officials said.",
        "Winds gusted to 75 mph on Tuesday as the storm came ashore, forecasters said.",
        "Sustained winds of 60 mph with gusts up to 80 mph lashed the coast on Tuesday.",
    ]));
    for text in ["60 mph", "75 mph", "up to 80 mph"] {
        assert_eq!(verdict(&set, text), Some(false), "{text}");
    }
    // steady winds that differ still conflict
    let steady = analyse(&corpus(&[
        "Winds reached 60 mph on Tuesday as the storm made landfall.",
        "Sustained winds of 90 mph lashed the coast on Tuesday as the storm made landfall.",
    ]));
    assert_eq!(verdict(&steady, "90 mph"), Some(true));
}

#[test]
fn a_rate_in_a_county_is_the_rate_of_that_county_not_of_county() {
    let two_counties = analyse(&corpus(&[
        "The unemployment rate in Allegheny County fell to 4.1 percent in May.",
        "The unemployment rate in Butler County fell to 4.6 percent in May.",
    ]));
    assert_eq!(
        verdict(&two_counties, "4.6 percent"),
        None,
        "two places' rates"
    );
    let one_county = analyse(&corpus(&[
        "The unemployment rate in Allegheny County fell to 4.1 percent in May.",
        "The jobless rate in Allegheny County dropped to 4.6 percent in May.",
    ]));
    assert_eq!(verdict(&one_county, "4.6 percent"), Some(true));
    let rate = one_county.figures.iter().find(|f| f.text == "4.1 percent");
    assert_eq!(
        rate.and_then(|f| f.what.counts.as_deref()),
        Some("unemployment rate"),
        "what the share is of"
    );
    // a company after "in" says whose shares they are: the shares are what the share is of,
    // and meet another source's shares of that company however worded
    let shares = analyse(&corpus(&[
        "Shares in Northwind fell 7.2% in early trading on Tuesday.",
        "Northwind shares closed down 6.8% on Tuesday.",
    ]));
    let fell = shares.figures.iter().find(|f| f.text == "7.2%");
    assert_eq!(fell.and_then(|f| f.what.counts.as_deref()), Some("shares"));
    assert_eq!(verdict(&shares, "6.8%"), Some(true));
    let sales = figures("Sales in China dropped 12% in the quarter.");
    assert_eq!(sales[0].what.counts.as_deref(), Some("sales"));
    // two companies' or two countries' moves in one report stay two
    let two = analyse(&corpus(&[
        "Shares in Northwind fell 7.2% on Tuesday, while shares in Eastway rose 3%.",
        "Shares in Northwind fell 7.2% on Tuesday.",
    ]));
    assert_eq!(verdict(&two, "3%"), None);
    let two = analyse(&corpus(&[
        "U.S. same-store sales at Tim Hortons rose 8.8 per cent last month.",
        "Tim Hortons' same-store sales in Canada rose by 6.7 per cent last month.",
    ]));
    assert_eq!(verdict(&two, "6.7 per cent"), None);
    // a name in another clause owns nothing: "have heard of X and just 1% know"
    let heard = figures("Only 26% have heard of Aids and just 1% know how to protect themselves.");
    let one = heard.iter().find(|f| f.text == "1%");
    assert_ne!(one.and_then(|f| f.what.counts.as_deref()), Some("heard"));
}

#[test]
fn one_quake_named_four_ways_is_one_magnitude_and_a_survey_that_speaks_is_no_poll() {
    let set = analyse(&corpus(&[
        "A magnitude 6.8 earthquake struck the coast on Sunday, the U.S. Geological Survey said.",
        "A 6.9-magnitude quake hit the coast on Sunday, officials said.",
        "The magnitude-6.8 tremor was felt across the coast on Sunday.",
    ]));
    assert_eq!(verdict(&set, "6.9-magnitude"), Some(true));
    // the survey that says the first figure is who gives it, not a poll it comes from
    let said = analyse(&corpus(&[
        "A magnitude 6.8 earthquake struck the coast on Sunday, the U.S. Geological Survey said.",
        "A 6.9-magnitude quake hit the coast on Sunday, officials said.",
    ]));
    assert_eq!(verdict(&said, "6.8"), Some(true));
    let cited = analyse(&corpus(&[
        "A magnitude 6.8 earthquake struck the coast on Sunday, according to the U.S. Geological Survey.",
        "A 6.9-magnitude quake hit the coast on Sunday, officials said.",
    ]));
    assert_eq!(verdict(&cited, "6.8"), Some(true));
    // a named poll cited so is still a poll
    let gallup = analyse(&corpus(&[
        "Some 38 percent of residents felt the quake, according to the Gallup Poll.",
        "About 45 percent of residents felt the quake, officials said.",
    ]));
    assert_eq!(verdict(&gallup, "45 percent"), None);
    // a survey whose findings are the figures stays apart from a count of the same thing
    let poll = analyse(&corpus(&[
        "A new survey found 38 percent of residents felt the quake.",
        "About 45 percent of residents felt the quake, officials said.",
    ]));
    assert_eq!(verdict(&poll, "38 percent"), None);
}

#[test]
fn a_fire_told_three_ways_is_one_fire_its_ground_containment_and_evacuees() {
    let set = analyse(&corpus(&[
        "The Creek Fire has burned 45,000 acres and was 15% contained on Thursday. \
         Some 12,000 residents were ordered to evacuate.",
        "The Creek Fire has scorched 52,000 acres (21,000 hectares), Cal Fire said on Thursday. Containment \
         stood at 20 percent. Authorities issued evacuation orders for 15,000 people.",
    ]));
    assert_eq!(verdict(&set, "52,000 acres"), Some(true), "ground burned");
    // labelled in the unit the sources wrote, not in the km² they were compared in
    let burned = set.figures.iter().find(|f| f.text == "52,000 acres");
    let compared = burned.and_then(|f| set.comparison_of(f.id));
    assert_eq!(
        compared.and_then(|c| c.quantity.unit.as_deref()),
        Some("acres")
    );
    assert_eq!(verdict(&set, "20 percent"), Some(true), "containment");
    assert_eq!(verdict(&set, "15,000"), Some(true), "evacuees");
}

#[test]
fn each_party_owns_its_share_of_the_vote_and_only_its_own_conflicts() {
    let set = analyse(&corpus(&[
        "The ruling Unity Party won 54% of the vote on Sunday. The opposition Union bloc came \
         second with 28%.",
        "The ruling Unity Party took 52% of the vote on Sunday. The opposition Union bloc won \
         29.5 percent.",
    ]));
    assert_eq!(
        verdict(&set, "29.5 percent"),
        Some(true),
        "the bloc's share"
    );
    assert_eq!(verdict(&set, "52%"), Some(true), "the ruling party's share");
    // two parties' shares of one vote, each given once, are never compared
    let two_parties = analyse(&corpus(&[
        "The ruling party won 54% of the vote on Sunday.",
        "The opposition party took 28% of the vote on Sunday.",
    ]));
    assert_eq!(verdict(&two_parties, "28%"), None);
}

#[test]
fn a_place_of_several_words_is_one_place_and_a_setting_when_most_name_it() {
    // two states that share a first word are two places
    let two = analyse(&corpus(&[
        "Five people were killed in New York on Monday as the storm hit.",
        "Three people were killed in New Jersey on Monday as the storm hit.",
    ]));
    assert_eq!(verdict(&two, "Three"), None);
    // a valley every source names is the story's setting, not a narrower place
    let setting = analyse(&corpus(&[
        "Seven people were killed in the derailment in Olt Valley on Sunday.",
        "Nine people were killed in the Olt Valley derailment on Sunday.",
    ]));
    assert_eq!(verdict(&setting, "Nine"), Some(true));
}

#[test]
fn the_progress_of_a_count_is_not_a_share_of_the_vote() {
    let set = analyse(&corpus(&[
        "Preliminary results gave 34.2 percent of the vote to the Progress Party.\n",
        "The Progress Party is on 34 percent, with 98 percent of votes counted.\n",
        "With 90 percent of ballots tallied, the party had 34.2 percent of the vote.\n",
    ]));
    assert_eq!(verdict(&set, "98 percent"), None);
    assert_eq!(verdict(&set, "90 percent"), None);
    assert_eq!(verdict(&set, "34.2 percent"), Some(false));
}

#[test]
fn a_winner_named_before_with_holds_its_share_of_the_vote() {
    let f = find(
        "The Progress Party won Sunday's election in Nordland with 34.2 percent of the vote.",
        "34.2 percent",
    );
    assert!(
        f.what
            .counts
            .as_deref()
            .is_some_and(|c| c.contains("progress")),
        "{:?}",
        f.what.counts
    );
    // a passive names no holder
    let f = find(
        "Most elections are won with nearly 100% of the vote.",
        "nearly 100%",
    );
    assert_eq!(f.what.counts.as_deref(), Some("vote"));
}

#[test]
fn job_cuts_worded_apart_still_conflict() {
    let set = analyse(&corpus(&[
        "Techline said on Tuesday it would cut about 6,000 jobs, or 8 percent of its workforce.\n",
        "Techline will eliminate 7,500 positions, about 10% of its staff, the company said.\n",
    ]));
    assert_eq!(verdict(&set, "about 6,000"), Some(true));
    assert_eq!(verdict(&set, "8 percent"), Some(true));
}

#[test]
fn a_sum_worth_of_goods_is_a_sum_of_the_goods() {
    let set = analyse(&corpus(&[
        "The US will raise tariffs on $200 billion of Chinese goods, officials said on Monday.\n",
        "Washington said it would raise duties on $250 billion worth of Chinese imports.\n",
    ]));
    assert_eq!(verdict(&set, "$250 billion"), Some(true));
}

#[test]
fn a_peak_of_a_measure_belongs_to_what_reached_it() {
    let set = analyse(&corpus(&[
        "Storm surge reached 12 feet in Port Alden on Tuesday.\n",
        "Forecasters said the storm surge was as high as 15 feet on Tuesday.\n",
    ]));
    assert_eq!(verdict(&set, "15 feet"), Some(true));
}

#[test]
fn a_speed_before_its_noun_is_that_noun_s() {
    let set = analyse(&corpus(&[
        "Hurricane Delia made landfall on Tuesday with maximum sustained winds of 140 mph.\n",
        "The hurricane came ashore on Tuesday packing 145 mph winds, officials said.\n",
    ]));
    assert_eq!(verdict(&set, "145 mph"), Some(true));
}

#[test]
fn basis_points_are_hundredths_of_a_point() {
    let set = analyse(&corpus(&[
        "The central bank raised its key rate by 150 basis points to 23.5% on Monday.\n",
        "The central bank raised its key rate by 1.5 percentage points to 23.5% on Monday.\n",
    ]));
    assert_eq!(verdict(&set, "150 basis points"), Some(false));
    let set = analyse(&corpus(&[
        "The central bank raised its key rate by 25 basis points to 5.25% on Thursday.\n",
        "The central bank raised its key rate by 0.5 percentage points to 5.5% on Thursday.\n",
    ]));
    assert_eq!(verdict(&set, "25 basis points"), Some(true));
}

#[test]
fn a_level_after_a_move_belongs_to_what_moved() {
    // the level after "by … to" is the rate's; the verbs of prices moving are passed over
    let set = analyse(&corpus(&[
        "The bank raised its benchmark rate by 25 basis points to 5.25 percent on Thursday. \
         Inflation slowed to 4.1 percent in June.\n",
        "Arland's central bank lifted its key rate by a quarter point to 5.5% on Thursday. \
         Annual inflation eased to 4.3% in June.\n",
    ]));
    assert_eq!(verdict(&set, "5.25 percent"), Some(true));
    assert_eq!(verdict(&set, "4.1 percent"), Some(true));
}

#[test]
fn a_company_s_shares_and_its_stock_are_one_quantity() {
    let set = analyse(&corpus(&[
        "The company's shares fell 3.2% on Monday after the breach was disclosed.\n",
        "Corvo stock closed down 5 percent on Monday after the breach was disclosed.\n",
    ]));
    assert_eq!(verdict(&set, "3.2%"), Some(true));
}

#[test]
fn a_share_before_its_noun_names_that_noun() {
    let set = analyse(&corpus(&[
        "Inflation remains more than double the bank's 2 percent target.\n",
        "Inflation is still well above the 2% target set by the bank.\n",
    ]));
    assert_eq!(verdict(&set, "2 percent"), Some(false));
    let f = find(
        "Dock workers are demanding a 12% pay rise over two years.",
        "12%",
    );
    assert_eq!(f.what.counts.as_deref(), Some("pay rise"));
    // a noun that only says it is a rate or a move is no owner
    let f = find(
        "The economy grew at a 7.2 percent rate in the quarter.",
        "7.2 percent",
    );
    assert_ne!(f.what.counts.as_deref(), Some("rate"));
    // after a verb as well, not after a move nor before a time
    for (s, share, noun) in [
        (
            "The vaccine shows 90% efficacy in early results.",
            "90%",
            "efficacy",
        ),
        (
            "The shot offers 90% protection, the study found.",
            "90%",
            "protection",
        ),
    ] {
        assert_eq!(find(s, share).what.counts.as_deref(), Some(noun), "{s}");
    }
    for (s, share) in [
        ("Shares fell 3% Monday.", "3%"),
        ("The index shed 2.3 percent last week.", "2.3 percent"),
        ("The economy grew 2% annually.", "2%"),
    ] {
        let counts = find(s, share).what.counts;
        assert!(
            !matches!(counts.as_deref(), Some("monday" | "last week" | "annually")),
            "{s}: {counts:?}"
        );
    }
}

#[test]
fn suspects_arrested_are_people_arrested() {
    let set = analyse(&corpus(&[
        "Six people were arrested at the port on Sunday, the ministry said.\n",
        "Eight suspects were detained at the port on Sunday, officials said.\n",
    ]));
    assert_eq!(verdict(&set, "Eight"), Some(true));
    // suspects killed are not the victims
    let set = analyse(&corpus(&[
        "Six people were killed in the attack on Sunday.\n",
        "Two suspects were killed in the attack on Sunday.\n",
    ]));
    assert_ne!(verdict(&set, "Two"), Some(true));
}

#[test]
fn what_was_recovered_of_a_spill_is_no_size_of_it() {
    let set = analyse(&corpus(&[
        "A ruptured pipeline spilled an estimated 126,000 gallons of crude oil on Saturday.\n",
        "Up to 144,000 gallons of oil may have leaked on Saturday. Crews had skimmed about \
         9,000 gallons of oil from the water by Sunday.\n",
    ]));
    assert_eq!(verdict(&set, "about 9,000 gallons"), None);
    assert_eq!(verdict(&set, "Up to 144,000 gallons"), Some(false));
    // bodies recovered are still a toll
    let f = find("Rescuers recovered 12 bodies from the river.", "12");
    assert_ne!(f.what.scope.map(|s| s.label()), Some("part".to_string()));
}

#[test]
fn seats_are_compared_holder_by_holder() {
    let set = analyse(&corpus(&[
        "The Greens took 31 seats and the nationalist Homeland party 23.",
        "Homeland won 25 seats, the commission said. The Christian Democrats won 31 seats.",
    ]));
    // Homeland's 23 against its 25: one holder, two counts
    assert_eq!(verdict(&set, "25"), Some(true));
    // the Greens' 31 and the Christian Democrats' 31 are two parties' seats
    let greens = set.figures.iter().find(|f| f.text == "31").map(|f| f.id);
    assert!(greens.is_some_and(|id| set.comparison_of(id).is_none()));
    let two_parties = analyse(&corpus(&[
        "The Social Democrats won 74 seats in the election.",
        "The Christian Democrats won 70 seats in the election.",
    ]));
    assert_eq!(verdict(&two_parties, "70"), None);
}

#[test]
fn rain_and_rainfall_are_one_measure() {
    let set = analyse(&corpus(&[
        "About 210 millimetres of rain fell in Orsk over the weekend.",
        "Rainfall of 150 mm in Orsk over the weekend flooded the town.",
    ]));
    assert_eq!(verdict(&set, "150 mm"), Some(true));
}

#[test]
fn places_counted_are_where_the_whole_count_happened() {
    let set = analyse(&corpus(&[
        "Around 65,000 people have been displaced across three provinces.",
        "About 40,000 people have fled their homes.",
    ]));
    assert_eq!(verdict(&set, "About 40,000"), Some(true));
    // a place named still keeps its count apart
    let named = analyse(&corpus(&[
        "Around 65,000 people have been displaced in Orsk province.",
        "About 40,000 people have fled their homes.",
    ]));
    assert_eq!(verdict(&named, "About 40,000"), None);
}
