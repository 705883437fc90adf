//! The decision on real-looking news: a pair is "the same fact" on its own evidence, not
//! because it is the best match available; below the decision, matches are only "related",
//! and the analyst's strictness setting moves the line.

use crossread::align::{self, PassageRef, Relation, Strictness, decision};
use crossread::corpus::Corpus;

fn at(article: usize, sentence: usize) -> PassageRef {
    PassageRef { article, sentence }
}

/// Two reports of a bridge collapse. They share one fact (the four dead workers); the mayor's
/// promise about reopening appears in only one of them, whose best match in the other is a
/// sentence on the same topic that says something else.
fn bridge() -> Corpus {
    Corpus::from_texts(&[
        "Four workers were killed when the Elmford bridge collapsed on Tuesday morning. \
         The mayor said the bridge would reopen to traffic by the end of next year.",
        "The Elmford bridge gave way on Tuesday morning, killing four workers. \
         Engineers had warned the mayor about cracks in the bridge last spring.",
    ])
}

#[test]
fn the_shared_fact_is_the_same_and_the_topical_neighbour_is_only_related() {
    let c = bridge();
    let al = align::align(&c);
    let deaths = al.counterparts(at(0, 0));
    assert_eq!(deaths.len(), 1, "{deaths:?}");
    assert_eq!(deaths[0].passage, at(1, 0));
    assert!(deaths[0].probability >= Strictness::Balanced.threshold());
    // The reopening promise has no counterpart: it stays alone, and is single-sourced.
    assert!(
        al.counterparts(at(0, 1)).is_empty(),
        "{:?}",
        al.counterparts(at(0, 1))
    );
    assert_eq!(al.coverage(at(0, 1)), 0);
    assert!(
        al.listed(at(0, 1)).all(|(_, r)| r == Relation::Related),
        "only related passages are listed"
    );
}

/// Reports of one event tell it in much the same order: a pair of sentences that both come
/// right after a shared fact is likelier one fact too than the same two sentences placed
/// against the order (the shared fact after one of them, before the other).
#[test]
fn a_pair_told_in_the_same_order_as_a_shared_fact_is_surer_than_one_told_out_of_order() {
    let shared = "Four workers were killed when the Elmford bridge collapsed on Tuesday morning.";
    let promise = "The mayor said the bridge would reopen to traffic by the end of next year.";
    let closing = "Rain fell across the valley for most of the week.";
    let other = "The Elmford bridge gave way on Tuesday morning, killing four workers. \
                 Engineers had warned the mayor about cracks in the bridge last spring. \
                 Shops in the old town stayed shut on Wednesday.";
    let probability = |first: &str| {
        let c = Corpus::from_texts(&[first, other]);
        let al = align::align(&c);
        al.listed(at(0, 1))
            .find(|(p, _)| p.passage == at(1, 1))
            .map(|(p, _)| p.probability)
            .expect("the warning is listed against the promise")
    };
    let in_order = probability(&format!("{shared} {promise} {closing}"));
    let out_of_order = probability(&format!("{closing} {promise} {shared}"));
    assert!(
        in_order > out_of_order,
        "in order {in_order:.3}, out of order {out_of_order:.3}"
    );
}

/// Two facts in common (the deaths, the reopening) and a pair of closing sentences that are
/// only related (roads by the river: closed in one, busy in the other), which only a lenient
/// reader counts.
#[test]
fn a_lenient_reader_sees_more_corroboration_than_a_strict_one() {
    let c = Corpus::from_texts(&[
        "Four workers were killed when the Elmford bridge collapsed on Tuesday morning. \
         The mayor said the bridge would reopen to traffic by the end of next year. \
         Police closed the roads around the river and asked drivers to avoid the area.",
        "The Elmford bridge gave way on Tuesday morning, killing four workers. \
         The mayor promised that the bridge would carry traffic again next year. \
         Divers searched the river on Wednesday while traffic queued on roads nearby.",
    ]);
    let mut al = align::align(&c);
    let mut shares = Vec::new();
    for s in [
        Strictness::Lenient,
        Strictness::Balanced,
        Strictness::Strict,
    ] {
        al.set_strictness(&c, s);
        assert_eq!(al.strictness(), s);
        let same: usize = (0..3).map(|k| al.counterparts(at(0, k)).len()).sum();
        shares.push((same, al.corroborated_share(&c, 0)));
        // Every "same" pair is in a group; every group holds only "same" pairs.
        for g in &al.groups {
            for (i, &x) in g.passages.iter().enumerate() {
                for &y in &g.passages[i + 1..] {
                    if x.article != y.article {
                        assert!(al.counterparts(x).iter().any(|c| c.passage == y));
                    }
                }
            }
        }
    }
    assert!(
        shares[0].0 >= shares[1].0 && shares[1].0 >= shares[2].0,
        "{shares:?}"
    );
    assert!(shares[0].1 >= shares[2].1, "{shares:?}");
    assert!(
        shares[0].0 > shares[2].0,
        "strictness changes nothing: {shares:?}"
    );
}

/// A wire story of `sentences` sentences, each of distinct made-up words (a fixed generator,
/// so no two sentences resemble each other more than two real ones would).
fn wire_story(sentences: usize) -> String {
    const WORDS: &[&str] = &[
        "harbour",
        "council",
        "engineers",
        "evacuated",
        "northern",
        "bridge",
        "officials",
        "warned",
        "residents",
        "flooding",
        "river",
        "overnight",
        "emergency",
        "crews",
        "roads",
        "closed",
        "schools",
        "power",
        "restored",
        "thousands",
        "homes",
        "shelters",
        "opened",
        "volunteers",
        "rescued",
        "families",
        "district",
        "mayor",
        "announced",
        "funding",
        "repairs",
        "damage",
        "estimated",
        "insurers",
        "farmers",
        "crops",
        "livestock",
        "drowned",
        "forecasters",
        "expect",
        "rain",
        "weekend",
        "levels",
        "peak",
        "Thursday",
        "police",
        "patrols",
        "looting",
        "arrested",
        "suspects",
        "hospital",
        "treated",
        "injuries",
        "minor",
        "railway",
        "suspended",
        "services",
        "commuters",
        "stranded",
        "airport",
        "flights",
        "cancelled",
        "minister",
        "visited",
        "promised",
        "inquiry",
        "defences",
        "failed",
    ];
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..sentences)
        .map(|_| {
            let words: Vec<&str> = (0..14)
                .map(|_| WORDS[(next() % WORDS.len() as u64) as usize])
                .collect();
            let mut s = words.join(" ");
            s[..1].make_ascii_uppercase();
            s + "."
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_hundred_syndicated_copies_put_every_sentence_of_the_first_in_one_group() {
    // 100 overlapping windows of one wire story, as outlets republish it: each sentence is
    // carried by dozens of articles, far more than any sentence's best few candidates.
    let story = wire_story(160);
    let cuts: Vec<usize> = std::iter::once(0)
        .chain(story.match_indices(". ").map(|(i, _)| i + 2))
        .collect();
    let copies: Vec<String> = (0..100)
        .map(|k| {
            let from = cuts[k * (cuts.len() - 30) / 100];
            let to = cuts
                .iter()
                .copied()
                .find(|&c| c >= from + 4_000)
                .unwrap_or(story.len());
            story[from..to].trim().to_string()
        })
        .collect();
    let texts: Vec<&str> = copies.iter().map(String::as_str).collect();
    let c = Corpus::from_texts(&texts);
    let al = align::align(&c);
    let first = &c.articles[0];
    let mut republished = 0;
    for (s, _) in first.content_sentences() {
        let text = first.sentence_text(s);
        if !c.articles[1..].iter().any(|a| a.text.contains(text)) {
            continue; // the story's opening lines are only in the first window
        }
        republished += 1;
        let p = at(0, s);
        assert!(
            al.groups.iter().any(|g| g.passages.contains(&p)),
            "sentence {s} of the first copy is grouped"
        );
        assert!(al.copies_of(p).count() >= 1, "sentence {s} has copies");
        assert!(al.coverage(p) >= 1);
    }
    assert!(republished >= 20, "{republished} sentences republished");
    // One group per republished sentence (plus whatever the decision adds), not one per pair.
    let sentences = story.matches(". ").count() + 1;
    assert!(
        al.groups.len() < sentences * 3,
        "{} groups",
        al.groups.len()
    );
}

/// Two reports of a ferry accident, each of eight sentences on different things, with one fact
/// in common placed either where news states its facts (the top) or deep in the background.
fn ferry(fact_on_top: bool) -> Corpus {
    let a = [
        "Harbour officials opened an inquiry into the timetable of the coastal service.",
        "Divers searched the wreck until the light failed over the estuary.",
        "The operator's shares fell sharply in early trading in Lisbon.",
        "Relatives gathered outside the port authority building with photographs.",
        "A regional minister cut short a visit abroad to return home.",
        "Engineers will examine the hull once the vessel is towed ashore.",
        "Fishermen said currents near the sandbar are notoriously strong.",
    ];
    let b = [
        "Unions have long complained about crew shortages on island routes.",
        "Weather forecasters expect calmer seas by the weekend.",
        "The vessel was built in a Norwegian yard three decades ago.",
        "Schools on the island closed for the day as a mark of respect.",
        "Insurers declined to estimate the cost of the salvage operation.",
        "A memorial service is planned at the cathedral next month.",
        "Tourism bodies fear bookings for the summer season will suffer.",
    ];
    let fact_a = "Nine passengers drowned when the Marisol ferry capsized off Peniche.";
    let fact_b = "The Marisol ferry overturned near Peniche and nine passengers drowned.";
    let story = |fact: &str, rest: &[&str]| {
        let mut s: Vec<&str> = rest.to_vec();
        if fact_on_top {
            s.insert(0, fact);
        } else {
            s.push(fact);
        }
        s.join(" ")
    };
    Corpus::from_texts(&[&story(fact_a, &a), &story(fact_b, &b)])
}

fn probability_of_the_shared_fact(c: &Corpus) -> f32 {
    let pairs = align::pair_evidence(c, decision::CANDIDATE_FLOOR);
    let fact = |p: PassageRef| {
        c.articles[p.article]
            .sentence_text(p.sentence)
            .contains("Marisol")
    };
    let pair = pairs
        .iter()
        .find(|p| fact(p.a) && fact(p.b))
        .expect("the shared fact is a candidate pair");
    decision::probability(&pair.evidence)
}

#[test]
fn a_fact_both_articles_lead_with_is_surer_than_the_same_words_deep_in_the_background() {
    let top = probability_of_the_shared_fact(&ferry(true));
    let deep = probability_of_the_shared_fact(&ferry(false));
    assert!(top > deep, "top {top:.3}, deep {deep:.3}");
    // Either way the shared fact is reported by both.
    assert!(deep >= Strictness::Balanced.threshold(), "deep {deep:.3}");
}

/// A headline that asks ("Why did the Elmford bridge collapse?") shares its words with the
/// report of the collapse but reports nothing: the two are related, never the same fact.
#[test]
fn a_question_is_only_related_to_the_fact_it_asks_about() {
    let c = Corpus::from_texts(&[
        "Why did the Elmford bridge collapse on Tuesday morning? \
         Four workers were killed when the Elmford bridge collapsed on Tuesday morning.",
        "The Elmford bridge collapsed on Tuesday morning, killing four workers. \
         Engineers had warned the mayor about cracks in the bridge last spring.",
    ]);
    let al = align::align(&c);
    let asked: Vec<_> = al.listed(at(0, 0)).collect();
    assert!(
        !asked.is_empty(),
        "the question is listed against the report"
    );
    assert!(
        asked.iter().all(|(_, r)| *r == Relation::Related),
        "{asked:?}"
    );
    assert!(al.groups.iter().all(|g| !g.passages.contains(&at(0, 0))));
    // The report it asks about is still the same fact as the other article's.
    assert_eq!(al.counterparts(at(0, 1))[0].passage, at(1, 0));
}

/// A page that printed a paragraph twice: the repeat is the same fact as the other article's
/// report, but a group lists the first copy only, never one sentence of one article twice.
#[test]
fn a_sentence_an_article_repeats_word_for_word_is_grouped_once() {
    let fact = "Four workers were killed when the Elmford bridge collapsed on Tuesday morning.";
    let c = Corpus::from_texts(&[
        &format!("{fact} The mayor visited the site at noon. {fact}"),
        "The Elmford bridge collapsed on Tuesday morning, killing four workers. \
         Engineers had warned the mayor about cracks in the bridge last spring.",
    ]);
    let al = align::align(&c);
    let holding: Vec<_> = al
        .groups
        .iter()
        .filter(|g| g.passages.contains(&at(1, 0)))
        .collect();
    assert_eq!(holding.len(), 1, "{:?}", al.groups);
    assert_eq!(holding[0].passages, vec![at(0, 0), at(1, 0)]);
    assert!(al.groups.iter().all(|g| !g.passages.contains(&at(0, 2))));
    // The repeat keeps its counterpart: reading it, the analyst still sees it corroborated.
    assert_eq!(al.counterparts(at(0, 2))[0].passage, at(1, 0));
}

/// A live page tells one fact twice in nearly the same words, far apart; another article tells
/// it once. The other article's telling is the best match of the first telling only, yet both
/// tellings are the same fact as it, and the group holds both.
#[test]
fn a_fact_an_article_restates_finds_its_counterpart_from_both_tellings() {
    let live = "Workers moved flammable propane out of the Harlow chemical depot on Thursday. \
                Crews closed two roads near the coast after new cracks opened in the asphalt. \
                The county opened a second shelter at the community centre in Millbrook. \
                Residents were told to keep windows shut because of the smoke. \
                Schools in the district will stay closed until further notice. \
                Workers moved the flammable propane out of the Harlow chemical depot, officials said.";
    let other = "Flammable propane stored at the Harlow chemical depot was moved out by workers \
                 on Thursday as the fire crept closer. Schools on the island stayed open all week.";
    let c = Corpus::from_texts(&[live, other]);
    let al = align::align(&c);
    for telling in [at(0, 0), at(0, 5)] {
        let found = al.counterparts(telling);
        assert!(
            found.iter().any(|c| c.passage == at(1, 0)),
            "{telling:?}: {found:?}"
        );
    }
    assert!(
        al.groups
            .iter()
            .any(|g| g.passages == [at(0, 0), at(0, 5), at(1, 0)]),
        "{:?}",
        al.groups
    );
}
