//! What a figure counts, one story each: roles (killed, arrested, striking), the counted noun,
//! scopes (another year, a part, a change), events in their clause, running tolls and who
//! gives a figure — on sentences about many kinds of events, not only the seeds' unrest.

use super::sentences::{corpus, figures, find, pair, role, verdict};
use crossread::figures::FigureKind;
use crossread::figures::analyse;

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
    // The event in any of its forms: the noun, the plain verb.
    let noun = "The flood forced the evacuation of about 3,500 residents.";
    assert_eq!(role(noun, "about 3,500"), pair("evacuated", "people"));
    let verb = "Nearly 3,500 residents were ordered to evacuate.";
    assert_eq!(role(verb, "Nearly 3,500"), pair("evacuated", "people"));
    // The noun counts only the number it governs, not one in a later phrase.
    let far = "Evacuation of villages with messages of 112 began at dawn.";
    assert_ne!(role(far, "112").0.as_deref(), Some("evacuated"));
}

#[test]
fn who_did_it_does_not_count_what_it_did() {
    // The figure before an active verb is the doer; the figure after it is what befell.
    let attack = "Two gunmen killed 12 people in the attack on Monday, police said.";
    assert_eq!(role(attack, "Two"), pair("militants", "militants"));
    assert_eq!(role(attack, "12"), pair("killed", "people"));
    let lava = "The town is in danger, with 9 vents so far having destroyed 21 homes.";
    assert_eq!(role(lava, "9"), pair("vents", "vents"));
    assert_eq!(role(lava, "21").0.as_deref(), Some("damaged/destroyed"));
    // A passive verb is the figure's own, even with another figure after it.
    let police = "Twelve police officers were killed, 353 injured.";
    assert_eq!(role(police, "Twelve"), pair("killed", "police"));
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
fn an_elided_noun_comes_only_from_a_figure_that_counts_an_event() {
    // The figure before counts weapons, not who was shot: the toll counts people.
    let s = "Armed with a shotgun and two pistols, the man opened fire, killing nine and wounding four.";
    assert_eq!(role(s, "nine"), pair("killed", "people"));
    assert_eq!(role(s, "four"), pair("injured", "people"));
    let s = "Fire destroyed 30 homes and damaged 12.";
    assert_eq!(role(s, "12").1.as_deref(), Some("buildings"));
    // A figure that counts no toll takes the noun before it.
    let s = "That compares with 4 degrees on Monday and the average low of 29.";
    assert_eq!(role(s, "29"), pair("degrees", "degrees"));
}

#[test]
fn a_list_of_counts_per_place_counts_the_noun_of_its_first() {
    let s = "The outage hit 90,000 customers in Lake County, 41,000 in Cook County \
             and 12,000 in Evanston.";
    assert_eq!(role(s, "41,000").1.as_deref(), Some("customers"));
    assert_eq!(role(s, "12,000").1.as_deref(), Some("customers"));
    // a lower-case word after "in" is no place: "12 in total" stays a count of nothing
    let s = "Police counted 40 cars at the scene and 12 in total were towed.";
    assert_eq!(role(s, "12").1, None);
}

#[test]
fn an_event_named_by_a_plural_noun_is_the_figures_own_noun() {
    // "arrests" is what the count counts, not an ellipsis of the flights before it
    let s = "Airlines cancelled 1,400 flights on Tuesday, and police made some 5,000 arrests.";
    assert_eq!(role(s, "some 5,000"), pair("arrested/detained", "people"));
    // "delays" are not cancellations: the noun of "delayed" (of the same flights)
    let s = "Trackers said 1,400 flights were cancelled on Tuesday, along with some 5,000 delays.";
    assert_eq!(role(s, "some 5,000"), pair("stranded/delayed", "flights"));
    let s = "The agency recorded 40 flights grounded and 12 fatalities.";
    assert_eq!(role(s, "12").1.as_deref(), Some("people"));
    // a participle still leaves the noun to the figure before
    let s = "Fire destroyed 30 homes and damaged 12.";
    assert_eq!(role(s, "12").1.as_deref(), Some("buildings"));
}

#[test]
fn a_count_of_places_after_a_count_says_where_it_is_and_reports_no_event() {
    let s = "Health officials said that 212 people in 9 counties have fallen sick.";
    assert_eq!(role(s, "212"), pair("sickened", "people"));
    assert_eq!(role(s, "9"), pair("counties", "counties"));
    let s = "The flood destroyed 2,000 homes across 12 villages.";
    assert_eq!(role(s, "12"), pair("villages", "villages"));
    // a count after "in" with no count before it keeps its event
    let s = "Officials said 40 were killed in the blast and in 3 villages 12 were injured.";
    assert_eq!(role(s, "12").0.as_deref(), Some("injured"));
}

#[test]
fn a_count_told_with_the_verb_of_the_sentence_before_counts_its_noun() {
    let s = "The agency logged 2,340 complaints of fraud in 2019. It logged 1,905 in 2018.";
    assert_eq!(role(s, "1,905"), pair("complaints", "complaints"));
    let s = "Police arrested 40 protesters on Friday. They arrested 12 on Saturday.";
    assert_eq!(role(s, "12").0.as_deref(), Some("arrested/detained"));
    // another verb, or a sentence between, carries nothing
    let s = "The agency logged 2,340 complaints of fraud in 2019. It named 12 in its report.";
    assert_eq!(role(s, "12"), (None, None));
    let s =
        "The agency logged 2,340 complaints in 2019. The report is long. It logged 1,905 in 2018.";
    assert_eq!(role(s, "1,905"), (None, None));
}

#[test]
fn a_past_verb_ends_what_a_figure_counts_or_measures() {
    let s = "Nearly a foot of snow blanketed Vermont on Monday.";
    assert_eq!(role(s, "Nearly a foot").0.as_deref(), Some("snow"));
    let s = "About 10 tons of chlorine escaped from the tank.";
    assert_eq!(role(s, "About 10 tons").0.as_deref(), Some("chlorine"));
    // a participle before its noun is part of the phrase
    let s = "Crews removed two tons of contaminated soil.";
    assert_eq!(role(s, "two tons").0.as_deref(), Some("contaminated soil"));
    // and the place after the verb still scopes the count
    let s = "The outage left 90,000 customers affected in Lake County and 12,000 in \
             Evanston.";
    assert_eq!(
        find(s, "90,000").what.scope,
        Some(crossread::figures::Scope::Place("lake county".into()))
    );
}

#[test]
fn a_count_out_of_a_whole_counts_the_wholes_noun_as_a_part() {
    use crossread::figures::Scope;
    let s = "The ruling party won 52% of the vote, securing 163 of the 300 seats in parliament.";
    let f = find(s, "163");
    assert_eq!(f.what.unit.as_deref(), Some("seats"));
    assert_eq!(f.what.scope, Some(Scope::Part));
    let f = find("Three of its four carriages came off the rails.", "Three");
    assert_eq!(f.what.unit.as_deref(), Some("carriages"));
    // a share of a whole is a share, not a part of it
    let f = find(
        "About 30 percent of the 1,200 workers joined the strike.",
        "About 30 percent",
    );
    assert_eq!(f.what.scope, None);
}

#[test]
fn a_word_standing_in_for_a_quantity_is_not_what_it_measures() {
    let s = "In Denver, the figure is 14 inches.";
    assert_eq!(role(s, "14 inches"), (None, Some("inches".to_string())));
    let s = "The snowfall was 23 inches.";
    assert_eq!(role(s, "23 inches"), pair("snowfall", "inches"));
}

#[test]
fn lives_claimed_are_deaths_and_people_made_to_leave_their_homes_are_evacuated() {
    let s = "The toxic cloud has now claimed four lives.";
    assert_eq!(role(s, "four"), pair("killed", "people"));
    let s = "The storm cost 30 lives across the region.";
    assert_eq!(role(s, "30"), pair("killed", "people"));
    let s = "The flood is forcing about 6,000 residents to leave their homes.";
    assert_eq!(role(s, "about 6,000"), pair("evacuated", "people"));
}

#[test]
fn an_event_after_the_next_figure_across_a_clause_is_that_figures() {
    let s = "The leak sent more than 200 people to hospitals on Thursday, authorities said, \
             forcing about 6,000 residents to leave their homes.";
    assert_ne!(role(s, "more than 200").0.as_deref(), Some("evacuated"));
    assert_eq!(role(s, "about 6,000"), pair("evacuated", "people"));
    // A list shares the event after its last figure.
    let s = "Five Britons, three Americans and two Germans were killed.";
    assert_eq!(role(s, "Five").0.as_deref(), Some("killed"));
    assert_eq!(role(s, "three").0.as_deref(), Some("killed"));
}

#[test]
fn others_are_of_the_kind_counted_before() {
    let s = "At least 17 people were killed and 42 others are missing.";
    assert_eq!(role(s, "42"), pair("missing", "people"));
    let s = "Twelve police officers were killed and 20 others injured.";
    assert_eq!(role(s, "20"), pair("injured", "police"));
    let s = "Rescuers found 42 others.";
    assert_eq!(role(s, "42"), (None, None));
}

#[test]
fn an_event_past_a_colon_is_not_the_figures() {
    let s = "He faces several counts of two offences: arson resulting in death.";
    assert_ne!(role(s, "two").0.as_deref(), Some("killed"));
    let s = "Two hate crimes were reported; one attack resulted in death.";
    assert_ne!(role(s, "Two").0.as_deref(), Some("killed"));
}

#[test]
fn counts_after_a_number_are_charges() {
    let a = find("He faces 17 charges in all.", "17");
    let b = find("He was charged with 17 federal counts.", "17");
    assert_eq!(a.what.counts.as_deref(), Some("charges"));
    assert_eq!(b.what.counts, a.what.counts);
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
    assert_eq!(
        find(election, "52%").what.counts.as_deref(),
        Some("vote of ruling party")
    );
    let turnout = "Turnout was 61 percent, down from 67 percent in 2021.";
    assert_eq!(
        find(turnout, "61 percent").what.counts.as_deref(),
        Some("turnout")
    );
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
fn a_count_given_by_a_verb_of_amount_counts_the_noun_before_the_verb() {
    let s = "Car thefts accounted for 412, up 8% from the previous year.";
    assert_eq!(find(s, "412").what.counts.as_deref(), Some("thefts"));
    let s = "Its members numbered 300 at the last count.";
    assert_eq!(find(s, "300").what.counts.as_deref(), Some("members"));
    // a noun after the number is still what it counts
    let s = "The damage accounted for 40 homes on the coast.";
    assert_eq!(find(s, "40").what.counts.as_deref(), Some("buildings"));
}

#[test]
fn a_duration_placed_in_time_is_a_window_and_belongs_to_nothing_before_it() {
    for (text, duration) in [
        (
            "No new leaks have been found during the last 24 hours.",
            "24 hours",
        ),
        (
            "Protection will cost $2 million over the next 30 days.",
            "30 days",
        ),
        ("Prices doubled in the past two weeks.", "two weeks"),
    ] {
        let f = find(text, duration);
        assert_eq!(f.what.counts, None, "{text}");
    }
    // What follows still names what the duration belongs to, and a duration without such a
    // word still belongs to what is before it.
    let f = find(
        "Talks stalled in the first six months of the strike.",
        "six months",
    );
    assert_eq!(f.what.counts.as_deref(), Some("strike"));
    let f = find(
        "The government capped fuel prices for six months.",
        "six months",
    );
    assert_eq!(f.what.counts.as_deref(), Some("fuel prices"));
}

#[test]
fn ages_belong_to_the_person_named() {
    let f = find(
        "His 81-year-old benefactor, Nursultan Nazarbayev, stepped down.",
        "81-year-old",
    );
    assert_eq!(f.what.counts.as_deref(), Some("age of Nazarbayev"));
    // the name after a job or title, not the job's first word
    let f = find(
        "\"It sank fast,\" said a passenger, 34-year-old fish trader Muhammad Yusuf, who swam.",
        "34-year-old",
    );
    assert_eq!(f.what.counts.as_deref(), Some("age of Yusuf"));
    // a place before the noun is no name after a job
    let f = find(
        "A 64-year-old upstate Ohio woman was charged on Monday.",
        "64-year-old",
    );
    assert_eq!(f.what.counts.as_deref(), Some("age of woman"));
    let f = find(
        "A 22-year-old Chicago man was shot on Monday.",
        "22-year-old",
    );
    assert_eq!(f.what.counts.as_deref(), Some("age of man"));
    // a job noun named by the person after it
    let f = find(
        "Police said a 46-year-old driver, Tom Reyes, was arrested.",
        "46-year-old",
    );
    assert_eq!(f.what.counts.as_deref(), Some("age of driver"));
    let f = find(
        "The 46-year-old driver Tom Reyes was arrested.",
        "46-year-old",
    );
    assert_eq!(f.what.counts.as_deref(), Some("age of Reyes"));
    // a decade of life whose owner is not just before "in" is nobody's known age
    let f = find(
        "The driver, who was not named, was in his 50s, police said.",
        "50s",
    );
    assert_eq!(f.what.counts.as_deref(), Some("age"));
    let f = find(
        "Two women, one in her 30s and the other in her 50s, died on Friday.",
        "50s",
    );
    assert_eq!(f.what.counts.as_deref(), Some("age"));
    // no name after it: the person is the noun
    let f = find(
        "A 30-year-old man suffered burns in the fire.",
        "30-year-old",
    );
    assert_eq!(f.what.counts.as_deref(), Some("age of man"));
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
    // a year past a clause that moves on dates the later event, not the figure
    let s = "Exports will rise 9 percent to $40 billion, followed by a 3 percent rise in 2012.";
    assert_ne!(
        find(s, "$40 billion").scope_label().as_deref(),
        Some("in 2012")
    );
    assert_eq!(
        find(s, "3 percent").scope_label().as_deref(),
        Some("in 2012")
    );
    // so does one past ", and": each year dates its own clause
    let s = "In 2021 the company cut 3,000 jobs, and in 2023 another 2,500.";
    assert_eq!(find(s, "3,000").scope_label().as_deref(), Some("in 2021"));
    // a year before the figure still sets it, whatever clause comes between
    let f = find(
        "In 2009, after a long trial, the court fined the firm $3 million.",
        "$3 million",
    );
    assert_eq!(f.scope_label().as_deref(), Some("in 2009"));
}

#[test]
fn a_time_in_a_relative_clause_dates_only_that_clause() {
    // the departure days earlier is the boat's, the people aboard are today's story
    for s in [
        "The boat, which had set sail from Turkey four days earlier, was carrying about 200 people.",
        "The boat, which left Izmir days earlier, was carrying about 200 people.",
    ] {
        assert_eq!(find(s, "about 200").scope_label(), None, "{s}");
    }
    // outside a relative clause the time still sets the figure apart
    for s in [
        "Four days earlier, the boat was carrying about 200 people.",
        "Days earlier, the boat was carrying about 200 people.",
    ] {
        assert_eq!(
            find(s, "about 200").scope_label().as_deref(),
            Some("earlier"),
            "{s}"
        );
    }
}

#[test]
fn a_part_of_the_victims_counts_the_noun_after_its_verb() {
    for (s, figure) in [
        ("At least 14 of the dead were children.", "At least 14"),
        ("Fourteen of those killed were children.", "Fourteen"),
    ] {
        let f = find(s, figure);
        assert_eq!(f.what.unit.as_deref(), Some("children"), "{s}");
        assert_eq!(f.scope_label().as_deref(), Some("part"), "{s}");
    }
    let f = find("At least 14 of the victims were children.", "At least 14");
    assert_eq!(f.what.counts.as_deref(), Some("children"));
    // two sources' children among the dead meet
    let set = analyse(&corpus(&[
        "At least 59 people died, including 12 children, officials said.\n",
        "At least 59 people died. At least 14 of the dead were children.\n",
    ]));
    assert_eq!(verdict(&set, "12"), Some(true));
}

#[test]
fn a_clause_on_what_happened_in_a_year_is_set_in_it() {
    // "since" makes a year a reference point, but not for the clause telling that year's event
    let s = "It was the deadliest attack since the 2004 Beslan school siege, in which 334 people \
             were killed.";
    assert_eq!(find(s, "334").scope_label().as_deref(), Some("in 2004"));
    let s = "It was the deadliest attack since 2004, when 334 people were killed.";
    assert_eq!(find(s, "334").scope_label().as_deref(), Some("in 2004"));
    // a reference point with no such clause stays one
    let s = "It was the deadliest attack since 2004, and 137 people were killed.";
    assert_eq!(find(s, "137").scope_label(), None);
}

#[test]
fn a_year_opening_its_sentence_sets_every_figure_after_it() {
    // a count of another thing between the year and the figure does not end the year's reach
    let s = "In 2015, two earthquakes killed about 9,000 people and destroyed 600,000 homes.";
    assert_eq!(
        find(s, "about 9,000").scope_label().as_deref(),
        Some("in 2015")
    );
    assert_eq!(find(s, "600,000").scope_label().as_deref(), Some("in 2015"));
    let s = "In April 2015, two earthquakes killed about 9,000 people.";
    assert_eq!(
        find(s, "about 9,000").scope_label().as_deref(),
        Some("in 2015")
    );
    // a year inside the sentence reaches only as far as the walk from the figure goes
    let s = "Two earthquakes that struck in 2015 were followed by 300 aftershocks, and 40 people \
             died this week.";
    assert_eq!(find(s, "40").scope_label(), None);
}

#[test]
fn the_level_a_toll_rose_to_counts_the_toll_however_far_back_it_stands() {
    let s = "The death toll from a magnitude 5.6 earthquake that struck late on Friday rose to \
             157 on Sunday, officials said, as rescuers dug through collapsed homes.";
    assert_eq!(role(s, "157"), pair("killed", "people"));
    // a level with no event counts its subject; past a semicolon is another clause
    let cases = "Measles cases jumped to 146; a child was hospitalized.";
    assert_eq!(role(cases, "146"), pair("cases", "cases"));
    // the date the toll rose on, not the quake's
    let dated = format!("Reporting date 2023-11-06\n\n{s}");
    assert_eq!(
        find(&dated, "157").provenance.as_of.as_deref(),
        Some("2023-11-05")
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
    // but a count after a preposition is told for itself, not beside what came first
    let text = "Along with road closures, the gale cut power to more than 300,000 \
                homes on Tuesday.";
    assert_eq!(find(text, "more than 300,000").scope_label(), None);
    let text = "Nine people died and there are still 12 people missing.";
    assert_eq!(find(text, "12").scope_label().as_deref(), None);
    // what made a toll rise is not the toll
    let text = "The toll has risen to at least nine, after two injured passengers died.";
    assert_eq!(find(text, "two").scope_label().as_deref(), Some("part"));
    let text = "Two passengers died after the train left the tracks.";
    assert_eq!(find(text, "Two").scope_label().as_deref(), None);
}

#[test]
fn an_ordinal_that_numbers_deaths_is_the_running_toll() {
    let f = find("A fourth death has been linked to the outbreak.", "fourth");
    assert_eq!(
        (f.amount.value, f.what.counts.as_deref()),
        (Some(4.0), Some("killed"))
    );
    let text = "A man has become the fifth person in the county to die from it.";
    assert_eq!(find(text, "fifth").what.counts.as_deref(), Some("killed"));
    // other ordinals are not figures
    let all = figures("It was the first time the second-largest plant had closed.");
    assert!(all.is_empty(), "{all:?}");
}

#[test]
fn cancelled_flights_are_an_event() {
    let f = find(
        "Carriers have canceled more than 1,900 flights.",
        "more than 1,900",
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

#[test]
fn a_name_before_the_counted_noun_only_says_whose() {
    let planes = "Two Alaska Airlines aircraft got stuck in the ice at the gate.";
    assert_eq!(role(planes, "Two").1.as_deref(), Some("aircraft"));
    let grounded = "Two Airbus aircraft were grounded in Lisbon.";
    assert_eq!(role(grounded, "Two").1.as_deref(), Some("aircraft"));
}

#[test]
fn emergency_and_help_line_numbers_are_not_amounts() {
    for (text, number) in [
        (
            "Authorities sent emergency 112 text messages ordering residents to leave.",
            "112",
        ),
        ("Witnesses were asked to dial 999 at once.", "999"),
        ("Families can call the 1414 hotline for news.", "1414"),
        // A number one calls, with no noun after it.
        ("Meanwhile, a skier called 911.", "911"),
        (
            "Anyone who feels unwell should call 911 or see a doctor.",
            "911",
        ),
        ("Calls began coming in to 999 just before 10 a.m.", "999"),
    ] {
        let f = find(text, number);
        assert_eq!(f.what.kind, FigureKind::Other, "{text}");
    }
    // A count after the same words is still a count.
    let f = find("The emergency crews rescued 112 residents.", "112");
    assert_eq!(f.what.kind, FigureKind::Count);
    let f = find("The utility called 300 customers on Monday.", "300");
    assert_eq!(f.what.kind, FigureKind::Count);
    let f = find("Calls to the hotline rose to 300 on Monday.", "300");
    assert_eq!(f.what.kind, FigureKind::Count);
}

#[test]
fn a_linking_verb_is_never_the_counted_noun() {
    // "remain" links the count to its state: the count is of people, missing.
    let s = "At least 17 people are confirmed dead and dozens remain missing.";
    assert_eq!(role(s, "dozens"), pair("missing", "people"));
    let s = "Of the injured, 12 stayed in hospital overnight.";
    assert_ne!(role(s, "12").1.as_deref(), Some("stayed"));
}

#[test]
fn lives_saved_are_the_rescued() {
    // Translated copy puts the verb first; the plain active reads the same.
    let s = "According to him, were saved 236 persons in the incident.";
    assert_eq!(role(s, "236"), pair("rescued", "people"));
    let s = "Fishermen saved 40 passengers before the navy arrived.";
    assert_eq!(role(s, "40").0.as_deref(), Some("rescued"));
}

#[test]
fn a_gathering_names_what_its_crowd_counts() {
    let s = "In the capital, police say more than ten thousand people joined the march.";
    assert_eq!(
        role(s, "more than ten thousand"),
        pair("protesters", "people")
    );
    let s = "About 5,000 people attended a rally outside parliament.";
    assert_eq!(role(s, "About 5,000").0.as_deref(), Some("protesters"));
    // No crowd: protest as an idea, or the month.
    let s = "The 5 republics have been largely devoid of protest since independence.";
    assert_ne!(role(s, "5").0.as_deref(), Some("protesters"));
    let s = "Some 300 people are expected to return home by March.";
    assert_ne!(role(s, "Some 300").0.as_deref(), Some("protesters"));
}

#[test]
fn a_counted_noun_in_a_list_is_its_own_figures_event() {
    // "3 deaths, 41 cases": the cases are not deaths
    let f = find("The clinic has logged 3 deaths, 41 cases so far.", "41");
    assert_ne!(f.what.counts.as_deref(), Some("killed"));
    let f = find("The clinic has logged 3 deaths, 41 cases so far.", "3");
    assert_eq!(f.what.counts.as_deref(), Some("killed"));
    // an aside still takes the event before it
    let f = find("Police said 12 were killed, including 3 children.", "3");
    assert_eq!(f.what.counts.as_deref(), Some("killed"));
}

#[test]
fn people_made_ill_are_counted_as_sickened() {
    let f = find("Since March, the tainted oil has sickened 87 people.", "87");
    assert_eq!(f.what.counts.as_deref(), Some("sickened"));
    let f = find("Officials said 40 people in four towns fell ill.", "40");
    assert_eq!(f.what.counts.as_deref(), Some("sickened"));
}

#[test]
fn hospital_care_counts_the_injured_and_the_treated_apart() {
    let f = find(
        "Of the survivors, 31 were taken to the district hospital in Lamu.",
        "31",
    );
    assert_eq!(f.what.counts.as_deref(), Some("injured"));
    // the treated are wider than those kept in hospital
    let text =
        "Medics said 140 people were treated for smoke inhalation and 19 remained hospitalised.";
    assert_eq!(find(text, "140").what.counts.as_deref(), Some("treated"));
    assert_eq!(find(text, "19").what.counts.as_deref(), Some("injured"));
    let f = find(
        "Officials said 75 people were being treated in hospital for their burns.",
        "75",
    );
    assert_eq!(f.what.counts.as_deref(), Some("injured"));
    // the treated are not the rescued
    let f = find(
        "The survivors who were treated at the clinic numbered 27 persons.",
        "27",
    );
    assert_eq!(f.what.counts.as_deref(), Some("treated"));
    // the noun of "hospitalised" counts the same people
    let f = find(
        "By Friday 9 people still needed hospitalization, the clinic said.",
        "9",
    );
    assert_eq!(f.what.counts.as_deref(), Some("injured"));
    // doctors at a hospital are no patients
    let f = find("Some 12 doctors work at the hospital.", "Some 12");
    assert_ne!(f.what.counts.as_deref(), Some("injured"));
}

#[test]
fn homes_lost_to_fire_are_destroyed_not_evacuated() {
    // the nearer verb of fire, not an evacuation earlier in the sentence
    let s = "Two villages were told to evacuate after the blaze spread, burning down 30 homes.";
    assert_eq!(role(s, "30"), pair("damaged/destroyed", "buildings"));
    assert_eq!(
        role("Some forty homes have burned.", "Some forty"),
        pair("damaged/destroyed", "buildings")
    );
}

#[test]
fn people_whose_fate_is_unknown_are_the_missing() {
    let blast = "At least 29 miners died in the blast, and the fate of nine more is unknown.";
    assert_eq!(role(blast, "At least 29").0.as_deref(), Some("killed"));
    assert_eq!(role(blast, "nine").0.as_deref(), Some("missing"));
    let flood = "Six bodies were found, but the whereabouts of 14 villagers remain unclear.";
    assert_eq!(role(flood, "14").0.as_deref(), Some("missing"));
    // "unknown" alone says nothing of anyone's fate
    let fire = "Four people died in the fire, whose cause is unknown.";
    assert_eq!(role(fire, "Four").0.as_deref(), Some("killed"));
}

#[test]
fn a_count_with_a_state_of_its_own_is_not_the_toll_before_it() {
    let storm = "Delia leaves 11 dead and a million without power";
    assert_eq!(role(storm, "11").0.as_deref(), Some("killed"));
    assert_ne!(role(storm, "a million").0.as_deref(), Some("killed"));
    // without a state of its own, the count after "and" still shares the event
    let both = "The blast left 11 dead and 40 more across the district.";
    assert_eq!(role(both, "40").0.as_deref(), Some("killed"));
}

#[test]
fn shelters_right_after_a_number_are_what_it_counts() {
    let opened = "The governor said 3,000 troops had been deployed and 45 shelters opened.";
    assert_eq!(role(opened, "45").1.as_deref(), Some("shelters"));
    assert_ne!(role(opened, "45").0.as_deref(), Some("deployed"));
    // people in shelters are still the displaced
    let housed = "About 4,000 people were staying in shelters on Sunday.";
    assert_eq!(role(housed, "About 4,000").0.as_deref(), Some("displaced"));
}

#[test]
fn job_cuts_however_the_verb_and_the_noun_are_put() {
    for (text, number) in [
        ("Techline slashes 7,500 jobs as sales slow.", "7,500"),
        ("The carrier has laid off 6,149 flight attendants.", "6,149"),
        ("The bank is eliminating 900 positions this year.", "900"),
        (
            "The company said it would cut about 6,000 jobs.",
            "about 6,000",
        ),
    ] {
        assert_eq!(role(text, number).0.as_deref(), Some("cut"), "{text}");
    }
    // jobs, positions and workers cut are one class of thing
    assert_eq!(
        role("It will eliminate 7,500 positions.", "7,500").1,
        role("It will cut 6,000 jobs.", "6,000").1
    );
    // the people a company employs are its workers, as its employees are
    assert_eq!(
        role(
            "The company employs roughly 75,000 people.",
            "roughly 75,000"
        )
        .1,
        role("The company has about 76,000 employees.", "about 76,000").1
    );
}

#[test]
fn a_date_that_opens_or_closes_a_span_is_not_when_the_figure_holds() {
    // Saturday 2026-08-15
    let dated = |s: &str| format!("Reporting date 2026-08-15\n\n{s}");
    let since = dated("The fire has burned 48,000 acres since Tuesday, officials said.");
    assert_eq!(
        find(&since, "48,000 acres").provenance.as_of.as_deref(),
        Some("2026-08-15")
    );
    let started = dated("About 1,800 firefighters battled the blaze, which started on Tuesday.");
    assert_eq!(
        find(&started, "About 1,800").provenance.as_of.as_deref(),
        Some("2026-08-15")
    );
    // the date after the span's start is the figure's
    let both = dated("Since Tuesday the toll has risen to 12, police said on Friday.");
    assert_eq!(
        find(&both, "12").provenance.as_of.as_deref(),
        Some("2026-08-14")
    );
    // a plain weekday still dates it
    let plain = dated("The fire had burned 30,000 acres by Tuesday.");
    assert_eq!(
        find(&plain, "30,000 acres").provenance.as_of.as_deref(),
        Some("2026-08-11")
    );
}

#[test]
fn a_year_a_span_starts_or_ends_in_is_no_time_of_the_figure() {
    for (text, needle) in [
        (
            "Reporting date 2026-07-30\n\nIt was the tenth hike since early 2025, to 5.25%.",
            "5.25%",
        ),
        (
            "Reporting date 2026-07-30\n\nThe firm has cut 2,400 jobs since the end of 2001.",
            "2,400",
        ),
        (
            "Reporting date 2026-07-30\n\nThe rate will stay at 15 per cent until the start of 2008.",
            "15 per cent",
        ),
    ] {
        assert_eq!(find(text, needle).what.scope, None, "{text}");
    }
    // a year the figure is told in still sets it apart
    let f = find(
        "Reporting date 2026-07-30\n\nIn early 2025 the rate was 4 percent.",
        "4 percent",
    );
    assert!(f.what.scope.is_some());
}

#[test]
fn strike_news_words_its_strikers_demands_and_put_off_work_so() {
    let s = "About 25,000 nurses walked off the job on Tuesday.";
    assert_eq!(role(s, "About 25,000"), pair("on strike", "nurses"));
    let s = "Some 4,000 dockers downed tools at dawn.";
    assert_eq!(role(s, "Some 4,000").0.as_deref(), Some("on strike"));
    // an ordinal numbers strikes, not strikers; a number after "day" names one of a series
    for s in [
        "It was the first strike of its kind in decades.",
        "Day two of the strike began quietly.",
    ] {
        assert!(
            figures(s).iter().all(|f| f.what.kind != FigureKind::Count),
            "{s}"
        );
    }
    assert_eq!(
        role("On the day 40 people died, the city was silent.", "40"),
        pair("killed", "people")
    );
    // postponed is not cancelled
    let s = "About 3,000 operations had been postponed.";
    assert_eq!(role(s, "About 3,000"), pair("postponed", "operations"));
    // what a party wants is its demand, what it wants to do is no figure's
    let f = find("The union wants a 9% increase.", "9%");
    assert_eq!(f.what.scope, Some(crossread::figures::Scope::Sought));
    let f = find(
        "The state wants to cull deer in a 1,700-square-mile area.",
        "1,700-square-mile",
    );
    assert_eq!(f.what.scope, None);
    // a job names a person whose age is set off after it
    let f = find(
        "\"We are exhausted,\" said one nurse, 34, at a picket.",
        "34",
    );
    assert_eq!(f.what.kind, FigureKind::Age);
}

#[test]
fn a_word_of_the_present_ends_an_earlier_time() {
    let dated = |s: &str| format!("Reporting date 2027-05-01\n\n{s}");
    let now = dated("Mbeki, signed for 5 million euros last year, now has 18 goals.");
    assert_eq!(find(&now, "18").what.scope, None);
    let then = dated("Mbeki, signed for 5 million euros last year, scored 18 goals.");
    assert!(find(&then, "18").what.scope.is_some());
}

#[test]
fn a_year_a_span_opened_by_since_starts_in_is_no_time_of_the_figure() {
    let text = "Reporting date 2027-11-20\n\nUptake stood at 31.5 per cent, the lowest since records began in 2010.";
    assert_eq!(find(text, "31.5 per cent").what.scope, None);
    // a year the figure is told in still sets it apart
    let text = "Reporting date 2027-11-20\n\nUptake stood at 31.5 per cent in 2010.";
    assert!(find(text, "31.5 per cent").what.scope.is_some());
}

// Air-crash language: survivors, patients' conditions, those aboard, a crew's ages.

#[test]
fn a_condition_in_hospital_counts_the_injured_as_a_graded_part() {
    use crossread::figures::Scope;
    for (text, needle) in [
        (
            "Health officials said 30 were in a critical condition.",
            "30",
        ),
        ("Twelve people remain in serious condition.", "Twelve"),
    ] {
        let f = find(text, needle);
        assert_eq!(f.what.counts.as_deref(), Some("injured"), "{text}");
        assert_eq!(f.what.scope, Some(Scope::Part), "{text}");
    }
    let set = analyse(&corpus(&[
        "Crash\n\nRescue teams pulled 74 survivors from the wreckage, 31 of them in critical \
         condition.\n",
        "Crash\n\nSeventy-four people survived. Health officials said 30 were in a critical \
         condition.\n",
    ]));
    assert_eq!(verdict(&set, "30"), Some(true));
    assert_eq!(verdict(&set, "74"), Some(false));
}

#[test]
fn survivors_who_die_later_add_to_the_toll_without_being_it() {
    use crossread::figures::Scope;
    for text in [
        "Two survivors died in hospital overnight.",
        "Two of the injured later died in hospital.",
    ] {
        let f = find(text, "Two");
        assert_eq!(f.what.counts.as_deref(), Some("killed"), "{text}");
        assert_eq!(f.what.scope, Some(Scope::Part), "{text}");
    }
    // a count of another event that merely stands before a death is not among the dead
    let f = find("At least 40 injured and 3 killed.", "At least 40");
    assert_eq!(f.what.scope, None);
}

#[test]
fn of_those_aboard_a_count_with_its_own_event_is_that_events_whole() {
    use crossread::figures::Scope;
    let f = find("Of the 132 people aboard, 69 survived.", "69");
    assert_eq!(f.what.counts.as_deref(), Some("rescued"));
    assert_eq!(f.what.scope, None);
    let set = analyse(&corpus(&[
        "Crash\n\nOf the 132 people aboard, 69 survived.\n",
        "Crash\n\nSeventy-one people survived the crash.\n",
    ]));
    assert_eq!(verdict(&set, "69"), Some(true));
    // a kind of person among them stays a part
    let f = find("Of the 40 passengers, 12 were children.", "12");
    assert_eq!(f.what.scope, Some(Scope::Part));
}

#[test]
fn hospitals_counted_are_not_the_injured_nor_a_captains_age_a_count() {
    let f = find(
        "Survivors were taken to three hospitals in the city.",
        "three",
    );
    assert_ne!(f.what.counts.as_deref(), Some("injured"));
    let f = find("The captain, 52, had more than 14,000 flying hours.", "52");
    assert_eq!(f.what.kind, FigureKind::Age);
}

// Outage language: a record since a year, an estimate revised.

#[test]
fn a_year_after_since_dates_only_the_clause_it_opens() {
    let text = "Tuesday's outage, which lasted almost five hours, was the longest since 2021, when \
                a power failure cut service for three hours.";
    assert_eq!(find(text, "almost five hours").scope_label(), None);
    assert_eq!(
        find(text, "three hours").scope_label().as_deref(),
        Some("in 2021")
    );
}

#[test]
fn a_first_estimate_given_before_is_an_earlier_value() {
    use crossread::figures::Scope;
    for text in [
        "About 8,000 sites went down, up from its first estimate of 5,000.",
        "The toll rose to 63 from an initial 40.",
    ] {
        let all = figures(text);
        let last = all.last().unwrap();
        assert_eq!(last.what.scope, Some(Scope::Earlier), "{text}");
    }
    // a source after "from the first" is not
    let f = find("Data from the first 40 patients showed no harm.", "40");
    assert_ne!(f.what.scope, Some(Scope::Earlier));
}

// Election language: seats and shares of several parties in one sentence.

#[test]
fn a_year_before_a_contrasting_clause_dates_only_its_own() {
    let text = "The Social Democrats won 74 seats, down from 89 at the last election in 2022, \
                while the Greens took 31 seats.";
    assert_eq!(find(text, "31").scope_label(), None);
    // "then" after the year is that year: "The last disaster was in 2015, then 33 miners died."
    let text = "The previous big disaster was in 2015, then 33 miners died.";
    assert_eq!(find(text, "33").scope_label().as_deref(), Some("in 2015"));
    // a year opening the sentence still frames it
    let text = "In 2009, while the economy shrank, the firm cut 300 jobs.";
    assert_eq!(find(text, "300").scope_label().as_deref(), Some("in 2009"));
}

#[test]
fn seats_a_contender_won_are_that_contenders() {
    let text = "The Social Democrats came second with 74 seats, while the Green Alliance took 31 \
                seats and the nationalist Homeland party 23.";
    assert_eq!(
        role(text, "74").0.as_deref(),
        Some("seats of social democrats")
    );
    assert_eq!(
        role(text, "31").0.as_deref(),
        Some("seats of green alliance")
    );
    assert_eq!(
        role(text, "23").0.as_deref(),
        Some("seats of nationalist homeland party")
    );
    // an aside, a participle clause, a level moved to
    let aside = "The Greens, with 31 seats, are seen as the likeliest partner.";
    assert_eq!(role(aside, "31").0.as_deref(), Some("seats of greens"));
    let participle = "Civic Union emerged as the largest party, winning 112 seats.";
    assert_eq!(
        role(participle, "112").0.as_deref(),
        Some("seats of civic union")
    );
    let level = "The Greens doubled their seats to 31.";
    assert_eq!(role(level, "31").0.as_deref(), Some("seats of greens"));
    // the value before is the same holder's, earlier
    let before = find(
        "The Social Democrats came second with 74 seats, down from 89.",
        "89",
    );
    assert_eq!(
        before.what.counts.as_deref(),
        Some("seats of social democrats")
    );
    assert_eq!(before.scope_label().as_deref(), Some("earlier"));
    // a contender's part of the whole chamber is what it won
    let part = find("Civic Union won 112 of the 250 seats.", "112");
    assert_eq!(part.what.counts.as_deref(), Some("seats of civic union"));
    assert_eq!(part.scope_label(), None);
    // seats nobody won
    assert_eq!(
        role("The airline ordered 85 jets with 50 seats.", "50")
            .0
            .as_deref(),
        Some("seats")
    );
}

#[test]
fn alone_after_a_verb_narrows_nothing() {
    let text = "Civic Union won 112 seats, short of the 126 needed to govern alone.";
    assert_eq!(find(text, "112").scope_label(), None);
    let text = "In Nigeria alone, 300 people died.";
    assert_eq!(find(text, "300").scope_label().as_deref(), Some("part"));
}

// Flood language: more of an event not counted yet.

#[test]
fn another_count_of_an_event_not_counted_yet_is_all_of_it() {
    let text = "At least 38 people were killed. Another 12 people are missing.";
    assert_eq!(find(text, "12").scope_label(), None);
    // more of an event already counted adds to it
    let text =
        "At least 30 people were killed on Monday. Another 20 people were killed on Tuesday.";
    assert_eq!(find(text, "20").scope_label().as_deref(), Some("part"));
}

#[test]
fn another_count_with_nothing_counted_before_stays_a_part() {
    let text = "Police confirmed that another two had been arrested.";
    assert_eq!(find(text, "two").scope_label().as_deref(), Some("part"));
}
