//! Alignment quality on annotated gold sets (../shared/gold-format.md): pair precision, recall
//! and F1, computed from the same groups `align --json` prints.

use crossread::align;
use crossread::corpus;
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::path::Path;

#[derive(Deserialize)]
struct Gold {
    articles: BTreeMap<String, String>,
    claims: Vec<Claim>,
}

#[derive(Deserialize)]
struct Claim {
    mentions: Vec<Mention>,
}

#[derive(Deserialize)]
struct Mention {
    article: String,
    quote: String,
}

type Span = (String, usize, usize);

fn covers(a: &Span, b: &Span) -> bool {
    let overlap = a.2.min(b.2) as i64 - a.1.max(b.1) as i64;
    a.0 == b.0 && overlap > 0 && overlap * 2 >= (a.2 - a.1).min(b.2 - b.1) as i64
}

/// (precision, recall, f1) of the alignment of the gold set's articles in `folder`.
fn score(gold_file: &str, folder: &str) -> (f64, f64, f64) {
    let gold: Gold = serde_json::from_str(&std::fs::read_to_string(gold_file).expect("gold file"))
        .expect("gold JSON");
    let paths: Vec<_> = gold
        .articles
        .values()
        .map(|f| Path::new(folder).join(f))
        .collect();
    let c = corpus::load(&paths).expect("articles load");
    let key_of: BTreeMap<String, String> = gold
        .articles
        .iter()
        .map(|(k, f)| {
            (
                Path::new(f)
                    .file_stem()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned(),
                k.clone(),
            )
        })
        .collect();
    let text = |k: &str| {
        c.articles
            .iter()
            .find(|a| key_of.get(&a.id).is_some_and(|x| x == k))
            .map(|a| a.text.clone())
            .expect("article of the gold set")
    };
    let claims: Vec<Vec<Span>> = gold
        .claims
        .iter()
        .map(|cl| {
            cl.mentions
                .iter()
                .map(|m| {
                    let start = text(&m.article)
                        .find(&m.quote)
                        .unwrap_or_else(|| panic!("quote not in {}: {}", m.article, m.quote));
                    (m.article.clone(), start, start + m.quote.len())
                })
                .collect()
        })
        .collect();
    // A gold pair is two mentions of one claim in different articles (so two sentences that
    // share two facts make two gold pairs).
    let mut gold_pairs: HashSet<(usize, Span, Span)> = HashSet::new();
    for (k, ms) in claims.iter().enumerate() {
        for (i, a) in ms.iter().enumerate() {
            for b in &ms[i + 1..] {
                if a.0 != b.0 {
                    let (x, y) = if a < b { (a, b) } else { (b, a) };
                    gold_pairs.insert((k, x.clone(), y.clone()));
                }
            }
        }
    }
    let al = align::align(&c);
    // A pair is counted once, however many groups hold it.
    let mut predicted: Vec<(Span, Span)> = Vec::new();
    for g in &al.groups {
        let spans: Vec<Span> = g
            .passages
            .iter()
            .map(|p| {
                let a = &c.articles[p.article];
                let s = &a.sentences[p.sentence];
                (key_of[&a.id].clone(), s.start, s.end)
            })
            .collect();
        for (i, x) in spans.iter().enumerate() {
            for y in &spans[i + 1..] {
                if x.0 != y.0 && !predicted.contains(&(x.clone(), y.clone())) {
                    predicted.push((x.clone(), y.clone()));
                }
            }
        }
    }
    let found = gold_pairs
        .iter()
        .filter(|(_, a, b)| {
            predicted
                .iter()
                .any(|(x, y)| (covers(x, a) && covers(y, b)) || (covers(x, b) && covers(y, a)))
        })
        .count();
    let correct = predicted
        .iter()
        .filter(|(x, y)| {
            claims
                .iter()
                .any(|ms| ms.iter().any(|m| covers(x, m)) && ms.iter().any(|m| covers(y, m)))
        })
        .count();
    let p = correct as f64 / predicted.len().max(1) as f64;
    let r = found as f64 / gold_pairs.len().max(1) as f64;
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    println!(
        "{gold_file}: {} gold pairs, {} predicted, precision {p:.3}, recall {r:.3}, F1 {f:.3}",
        gold_pairs.len(),
        predicted.len()
    );
    (p, r, f)
}

/// Mean F1 over gold sets stored as tests/golds/NAME.json with articles in tests/sets/NAME.
fn mean_f1(label: &str, sets: &[&str]) -> f64 {
    let f1s: Vec<f64> = sets
        .iter()
        .map(|s| score(&format!("tests/golds/{s}.json"), &format!("tests/sets/{s}")).2)
        .collect();
    let mean = f1s.iter().sum::<f64>() / f1s.len() as f64;
    println!("{label}: mean F1 {mean:.3}");
    mean
}

#[test]
fn alignment_quality_on_the_seeds() {
    let (p, _r, f) = score("tests/golds/seeds.json", "seeds");
    // The gold was completed by a second annotator, blind to the output (46 claims, 337
    // pairs). Measured 0.558 / 0.531 / 0.544 before the decision (`align::decision`), 0.698 /
    // 0.448 / 0.546 with it; floors sit below, so a regression fails.
    assert!(p >= 0.52, "precision {p:.3}");
    assert!(f >= 0.50, "F1 {f:.3}");
}

#[test]
fn alignment_quality_on_an_earthquake_set_annotated_after_tuning() {
    // Annotated after the first thresholds were fixed (F1 0.486 then); later choices were
    // made on this set too, so it is no longer unseen.
    let (p, _r, f) = score("tests/golds/van-quake.json", "tests/sets/van-quake");
    // Measured 0.957 / 0.926 / 0.941; with the decision 1.000 / 0.889 / 0.941.
    assert!(p >= 0.85, "precision {p:.3}");
    assert!(f >= 0.85, "F1 {f:.3}");
}

#[test]
fn alignment_quality_on_a_mine_blast_set_with_a_spun_copy() {
    // Written and annotated by a helper for its own engine; used here for the lexicon choices.
    let (p, _r, f) = score("tests/golds/mine-blast.json", "tests/sets/mine-blast");
    // Measured 0.818 / 0.824 / 0.821; with the decision 0.932 / 0.801 / 0.862.
    assert!(p >= 0.78, "precision {p:.3}");
    assert!(f >= 0.78, "F1 {f:.3}");
}

#[test]
fn alignment_quality_on_five_figure_heavy_sets() {
    // Annotated by a helper who never ran `align`; held out until the weight of shared
    // quantities (`align::quantities`) and the pair thresholds were chosen on them.
    let mean = mean_f1(
        "five figure-heavy sets",
        &[
            "dhaka-fire",
            "port-strike",
            "portugal-floods",
            "quake-two-countries",
            "snap-election",
        ],
    );
    // Measured 0.924, 0.889, 0.872, 0.857, 0.593: mean 0.827; with the decision 0.924, 0.889,
    // 0.894, 0.957, 0.706: mean 0.874.
    assert!(mean >= 0.76, "mean F1 {mean:.3}");
}

#[test]
fn alignment_quality_on_two_development_sets_with_translated_and_spun_copies() {
    // Annotated by a helper who never ran `align`; their errors informed lexicon entries and
    // the choice of pair thresholds.
    let mean = mean_f1(
        "two development sets",
        &["pakistan-rate-hike-protests", "xylokastro-wildfire"],
    );
    // Measured 0.637 and 0.673: mean 0.655; with the decision 0.635 and 0.702: mean 0.668.
    assert!(mean >= 0.60, "mean F1 {mean:.3}");
}

#[test]
fn alignment_quality_on_four_sets_never_used_for_tuning() {
    // Annotated by helpers who never ran `align`; their alignment errors were never inspected
    // and no alignment choice was made on them. (Their figure golds, written later, did show
    // figure-reading mistakes that were fixed, and figures feed the alignment: 0.717 → 0.730.)
    let mean = mean_f1(
        "four held-out sets",
        &[
            "olt-valley-derailment",
            "bulgaria-minister-arrest",
            "dam-breach-rusalovo",
            "hospital-ransomware-greece",
        ],
    );
    // Measured 0.806, 0.596, 0.780, 0.739: mean 0.730; with the decision 0.819, 0.607, 0.760,
    // 0.718: mean 0.726. (The decision's weights were fitted on all 16 golds and the real dev
    // clusters; leave-one-set-out, these four score 0.587, 0.809, 0.750, 0.718.)
    assert!(mean >= 0.67, "mean F1 {mean:.3}");
}

#[test]
fn alignment_quality_on_two_sets_written_after_every_choice() {
    // Written and annotated by a helper who never ran crossread, in session 4, after every
    // alignment choice was made; scored once, never tuned on (their figure golds prompted two
    // number-format fixes, and figures feed the alignment: no change in F1).
    let mean = mean_f1("two newest sets", &["ferry-capsize", "chlorine-leak"]);
    // Measured 0.721 and 0.592: mean 0.657; with the decision (fitted on all golds, these
    // included) 0.745 and 0.555: mean 0.650; leave-one-set-out 0.737 and 0.543.
    assert!(mean >= 0.60, "mean F1 {mean:.3}");
}
