//! A generated corpus for benchmarks: articles built from the bundled seeds with perturbations
//! (synonym swaps, changed numbers, dropped, reordered and borrowed sentences), so that every
//! article is about the same topic — the hard case for candidate generation.
#![allow(dead_code)]

use crossread::corpus::{self, Corpus};

/// Deterministic pseudo-random numbers (an LCG is plenty for shuffling text).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407))
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const SYNONYMS: &[(&str, &str)] = &[
    ("protests", "demonstrations"),
    ("police", "security forces"),
    ("killed", "slain"),
    ("city", "metropolis"),
    ("government", "administration"),
    ("president", "leader"),
    ("fuel", "gas"),
    ("prices", "costs"),
    ("arrested", "detained"),
    ("country", "nation"),
    ("people", "individuals"),
    ("said", "stated"),
    ("troops", "soldiers"),
    ("unrest", "turmoil"),
];

/// `n` articles of about `words` words each, as (file name, text).
pub fn generate(n: usize, words: usize) -> Vec<(String, String)> {
    let seeds = corpus::load_seeds();
    let pool: Vec<Vec<String>> = seeds
        .articles
        .iter()
        .map(|a| {
            a.content_sentences()
                .map(|(i, _)| a.sentence_text(i).to_string())
                .collect()
        })
        .collect();
    (0..n)
        .map(|k| {
            let mut rng = Rng::new(k as u64);
            let base = k % pool.len();
            let mut text = format!("Generated report {k} on the unrest\n\n");
            let mut count = 0;
            let mut i = 0;
            while count < words {
                let from = if rng.chance(20) {
                    rng.below(pool.len())
                } else {
                    base
                };
                let sentences = &pool[from];
                let s = &sentences[(i + rng.below(3)) % sentences.len()];
                i += 1;
                if rng.chance(15) {
                    continue;
                }
                let s = perturb(s, &mut rng);
                count += s.split_whitespace().count();
                text.push_str(&s);
                text.push_str(if rng.chance(25) { "\n\n" } else { " " });
            }
            (format!("gen_{k:04}.txt"), text)
        })
        .collect()
}

fn perturb(sentence: &str, rng: &mut Rng) -> String {
    let swap_numbers = rng.chance(30);
    sentence
        .split(' ')
        .map(|w| {
            let core = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            let tail = &w[core.len()..];
            if let (true, Ok(v)) = (swap_numbers, core.parse::<u64>()) {
                return format!("{}{tail}", v + 1 + rng.below(50) as u64);
            }
            match SYNONYMS.iter().find(|(a, _)| *a == core) {
                Some((_, b)) if rng.chance(30) => format!("{b}{tail}"),
                _ => w.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The generated articles loaded as a corpus, exactly as files would be.
pub fn corpus(n: usize, words: usize) -> Corpus {
    let mut corpus = Corpus::default();
    for (name, text) in generate(n, words) {
        corpus::load::add_file(&mut corpus, &name, text.as_bytes());
    }
    corpus
}

/// About `bytes` of news-like prose, in paragraphs of seven sentences.
pub fn long_report(bytes: usize) -> String {
    let units = [
        "Police said 164 people were killed in the unrest on Tuesday. ",
        "About 2,000 others were injured, officials told reporters. ",
        "The government resigned after 3 days of protests in the capital. ",
    ];
    let mut s = String::from("A very long report\n\n");
    let mut i = 0;
    while s.len() < bytes {
        s.push_str(units[i % units.len()]);
        i += 1;
        if i % 7 == 0 {
            s.push_str("\n\n");
        }
    }
    s.push_str("The last sentence of the report.");
    s
}
