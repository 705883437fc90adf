//! The figures of small corpora written inline, for the rule stories in `reading`, `roles`,
//! `compare` and `temperatures`.

use crossread::corpus::{Corpus, load::add_file};
use crossread::figures::{Figure, FigureSet, analyse};

pub fn corpus(texts: &[&str]) -> Corpus {
    let mut c = Corpus::default();
    for (i, t) in texts.iter().enumerate() {
        add_file(&mut c, &format!("article_{i}.txt"), t.as_bytes());
    }
    c
}

/// The figures of one article made of `text` (after a neutral title line).
pub fn figures(text: &str) -> Vec<Figure> {
    let full = format!("A report on the events\n\n{text}\n");
    analyse(&corpus(&[&full])).figures
}

/// The figure whose text is exactly `needle`.
pub fn find(text: &str, needle: &str) -> Figure {
    let all = figures(text);
    all.iter()
        .find(|f| f.text == needle)
        .cloned()
        .unwrap_or_else(|| {
            let found: Vec<&str> = all.iter().map(|f| f.text.as_str()).collect();
            panic!("no figure {needle:?} in {found:?}")
        })
}

pub fn role(text: &str, needle: &str) -> (Option<String>, Option<String>) {
    let f = find(text, needle);
    (f.what.counts, f.what.unit)
}

pub fn pair(counts: &str, unit: &str) -> (Option<String>, Option<String>) {
    (Some(counts.to_string()), Some(unit.to_string()))
}

/// The comparison holding the figure with this text, and whether it conflicts.
pub fn verdict(set: &FigureSet, text: &str) -> Option<bool> {
    let f = set.figures.iter().find(|f| f.text == text)?;
    set.comparison_of(f.id).map(|c| c.conflict)
}
