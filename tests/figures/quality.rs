//! Figure quality on the gold sets (tests/golds/*-figures.json), measured exactly as
//! /work/shared/gold-format.md defines it, from what `crossread figures --json` prints:
//! figure recall, conflict recall and conflict precision.

use assert_cmd::Command;
use serde_json::Value;
use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// A gold value located in its article: byte span and normalised number (None = vague).
struct GoldValue {
    quantity: usize,
    article: String,
    start: usize,
    end: usize,
    value: Option<f64>,
}

struct Gold {
    values: Vec<GoldValue>,
    conflicts: Vec<usize>,
}

/// A figure as printed by `figures --json`.
struct Printed {
    article: String,
    start: usize,
    end: usize,
    value: Option<f64>,
}

fn read_gold(gold_path: &Path, folder: &Path) -> Gold {
    let gold: Value = serde_json::from_str(&fs::read_to_string(gold_path).expect("gold file"))
        .expect("gold is JSON");
    let files = gold["articles"].as_object().expect("articles map");
    let mut values = Vec::new();
    let mut conflicts = Vec::new();
    for (q, quantity) in gold["figures"]
        .as_array()
        .expect("figures")
        .iter()
        .enumerate()
    {
        if quantity["conflict"].as_bool() == Some(true) {
            conflicts.push(q);
        }
        for v in quantity["values"].as_array().expect("values") {
            let key = v["article"].as_str().expect("article key");
            let file = files[key].as_str().expect("file name");
            let raw = fs::read_to_string(folder.join(file)).expect("article file");
            let text = raw.strip_prefix('\u{feff}').unwrap_or(&raw);
            let quote = v["quote"].as_str().expect("quote");
            let figure = v["figure"].as_str().expect("figure");
            let at = text
                .find(quote)
                .unwrap_or_else(|| panic!("quote not in {file}: {quote}"));
            let inner = quote.find(figure).expect("figure inside its quote");
            let id = Path::new(file).file_stem().expect("stem").to_string_lossy();
            values.push(GoldValue {
                quantity: q,
                article: id.into_owned(),
                start: at + inner,
                end: at + inner + figure.len(),
                value: v["normalized"].as_f64(),
            });
        }
    }
    Gold { values, conflicts }
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

fn same_value(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(x), Some(y)) => (x - y).abs() <= 1e-6 * x.abs().max(1.0),
        _ => false,
    }
}

fn matches(p: &Printed, g: &GoldValue) -> bool {
    p.article == g.article
        && overlaps((p.start, p.end), (g.start, g.end))
        && same_value(p.value, g.value)
}

/// A conflict comparison is right for quantity `q` when it holds values of `q` from two
/// articles and no value of another quantity.
fn holds_conflict(members: &[&Printed], gold: &Gold, q: usize) -> bool {
    let mut articles: Vec<&str> = gold
        .values
        .iter()
        .filter(|g| g.quantity == q && members.iter().any(|p| matches(p, g)))
        .map(|g| g.article.as_str())
        .collect();
    articles.sort();
    articles.dedup();
    let other = gold.values.iter().any(|g| {
        g.quantity != q
            && members
                .iter()
                .any(|p| p.article == g.article && overlaps((p.start, p.end), (g.start, g.end)))
    });
    articles.len() >= 2 && !other
}

struct Scores {
    figures_found: usize,
    figures: usize,
    conflicts_found: usize,
    conflicts: usize,
    flagged_correct: usize,
    flagged: usize,
}

fn measure(folder: &Path, gold_path: &Path) -> Scores {
    let gold = read_gold(gold_path, folder);
    let out = Command::cargo_bin("crossread")
        .expect("binary")
        .args(["figures", "--json"])
        .arg(folder)
        .output()
        .expect("runs");
    assert!(out.status.success(), "figures --json failed");
    let json: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let printed: HashMap<u64, Printed> = json["figures"]
        .as_array()
        .expect("figures")
        .iter()
        .map(|f| {
            let p = Printed {
                article: f["article"].as_str().expect("article").to_string(),
                start: f["start"].as_u64().expect("start") as usize,
                end: f["end"].as_u64().expect("end") as usize,
                value: f["value"].as_f64(),
            };
            (f["id"].as_u64().expect("id"), p)
        })
        .collect();
    let figures_found = gold
        .values
        .iter()
        .filter(|g| printed.values().any(|p| matches(p, g)))
        .count();
    let flagged: Vec<Vec<&Printed>> = json["comparisons"]
        .as_array()
        .expect("comparisons")
        .iter()
        .filter(|c| c["conflict"].as_bool() == Some(true))
        .map(|c| {
            c["figures"]
                .as_array()
                .expect("ids")
                .iter()
                .filter_map(|id| printed.get(&id.as_u64().expect("id")))
                .collect()
        })
        .collect();
    let conflicts_found = gold
        .conflicts
        .iter()
        .filter(|&&q| flagged.iter().any(|m| holds_conflict(m, &gold, q)))
        .count();
    let flagged_correct = flagged
        .iter()
        .filter(|m| gold.conflicts.iter().any(|&q| holds_conflict(m, &gold, q)))
        .count();
    Scores {
        figures_found,
        figures: gold.values.len(),
        conflicts_found,
        conflicts: gold.conflicts.len(),
        flagged_correct,
        flagged: flagged.len(),
    }
}

/// Every gold file with the folder of articles it describes.
fn gold_sets() -> Vec<(String, PathBuf, PathBuf)> {
    let golds = Path::new(ROOT).join("tests/golds");
    let mut sets: Vec<(String, PathBuf, PathBuf)> = fs::read_dir(&golds)
        .expect("tests/golds")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let set = name.strip_suffix("-figures.json")?.to_string();
            let folder = if set == "seeds" {
                Path::new(ROOT).join("seeds")
            } else {
                Path::new(ROOT).join("tests/sets").join(&set)
            };
            Some((set, folder, e.path()))
        })
        .collect();
    sets.sort();
    sets
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// Sets whose figure golds were written after the rules (the last two in session 4) (by a helper who never ran
/// crossread); their misses show where the rules stop, so they have floors of their own.
const LATER_SETS: &[&str] = &[
    "bulgaria-minister-arrest",
    "dam-breach-rusalovo",
    "hospital-ransomware-greece",
    "olt-valley-derailment",
    "pakistan-rate-hike-protests",
    "xylokastro-wildfire",
    "ferry-capsize",
    "chlorine-leak",
];

impl Scores {
    fn add(&mut self, s: &Scores) {
        self.figures_found += s.figures_found;
        self.figures += s.figures;
        self.conflicts_found += s.conflicts_found;
        self.conflicts += s.conflicts;
        self.flagged_correct += s.flagged_correct;
        self.flagged += s.flagged;
    }

    fn print(&self, name: &str) {
        println!(
            "{name:<28} figure recall {}/{} = {:.3}  conflict recall {}/{} = {:.3}  conflict precision {}/{} = {:.3}",
            self.figures_found,
            self.figures,
            ratio(self.figures_found, self.figures),
            self.conflicts_found,
            self.conflicts,
            ratio(self.conflicts_found, self.conflicts),
            self.flagged_correct,
            self.flagged,
            ratio(self.flagged_correct, self.flagged),
        );
    }
}

fn empty() -> Scores {
    Scores {
        figures_found: 0,
        figures: 0,
        conflicts_found: 0,
        conflicts: 0,
        flagged_correct: 0,
        flagged: 0,
    }
}

#[test]
fn figures_are_found_and_real_conflicts_flagged_without_false_alarms() {
    let sets: Vec<_> = gold_sets()
        .into_iter()
        .filter(|(name, _, _)| !LATER_SETS.contains(&name.as_str()))
        .collect();
    assert!(sets.len() >= 2, "the seeds and at least one other set");
    let mut total = empty();
    for (name, folder, gold) in sets {
        let s = measure(&folder, &gold);
        s.print(&name);
        assert!(
            ratio(s.figures_found, s.figures) >= 0.95,
            "{name}: figure recall"
        );
        assert!(
            ratio(s.flagged_correct, s.flagged) >= 0.8,
            "{name}: conflict precision"
        );
        total.add(&s);
    }
    total.print("all sets");
    // The target is every real conflict; the floor is what the rules honestly reach today
    // (snap-election's "163 of the 300 seats" vs "on course for 161 seats" is missed: counts
    // named by a bare noun are not compared, to keep false alarms out).
    assert!(
        ratio(total.conflicts_found, total.conflicts) >= 0.9,
        "conflict recall"
    );
    assert!(
        ratio(total.flagged_correct, total.flagged) >= 0.75,
        "conflict precision"
    );
}

#[test]
fn figures_on_sets_annotated_after_the_rules_were_written() {
    let mut total = empty();
    for (name, folder, gold) in gold_sets() {
        if LATER_SETS.contains(&name.as_str()) {
            let s = measure(&folder, &gold);
            s.print(&name);
            total.add(&s);
        }
    }
    total.print("eight later sets");
    // Measured on the eight: 245/258 = 0.950, conflicts 12/23 = 0.522, flagged 12/15 = 0.800.
    // The first six: 130/139, conflicts 10/14, flagged 10/11 (8/14 and 8/10 before sentences
    // listing the same resources compared them: 180 firefighters / 160 firemen, six / 5
    // helicopters; and before "detained still two persons" was read as an increment). The two
    // newest (ferry-capsize, chlorine-leak) were scored once as written: 113/119, conflicts
    // 2/9, flagged 2/5; continental numbers ("6.000", "2.000 meters") were then read.
    // Misses: counts named by different nouns in one sentence each (160 passengers / 170
    // people, "42 others" / "35 people" missing), translated verbs before the number ("were
    // saved 236 persons"), round figures both hedged ("around 2,300" / "some 2,500", while
    // "around 48,000" / "some 45,000" agree in another gold), vague words ("a number of").
    assert!(
        ratio(total.figures_found, total.figures) >= 0.9,
        "figure recall"
    );
    assert!(
        ratio(total.conflicts_found, total.conflicts) >= 0.5,
        "conflict recall"
    );
    assert!(
        ratio(total.flagged_correct, total.flagged) >= 0.75,
        "conflict precision"
    );
}
