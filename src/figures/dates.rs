//! Dates, years and scraping artefacts: "January 2", "29 November", "1991", "January XNUMX".

use super::extract::{Scan, Step, simple};
use super::words::{Word, month, split_number_suffix};
use super::{Amount, FigureKind};

pub fn is_artefact(scan: &Scan, w: &Word) -> bool {
    scan.artefacts
        .iter()
        .any(|a| a.start >= w.start && a.end <= w.end)
}

/// "January XNUMX": a number the scraper replaced; reported so the reader knows one is missing.
pub fn artefact(scan: &Scan, i: usize) -> Step {
    let first = if i > 0 && month(scan.words[i - 1].lower.as_ref()).is_some() {
        i - 1
    } else {
        i
    };
    let amount = Amount::vague(0.0, f64::INFINITY);
    Step::Figure(simple(scan, first..i + 1, amount, FigureKind::Artefact))
}

pub fn day_number(s: &str) -> Option<f64> {
    let (digits, suffix) = split_number_suffix(s);
    let ok_suffix = matches!(suffix, "" | "st" | "nd" | "rd" | "th");
    let d: f64 = digits.parse().ok()?;
    (ok_suffix && (1.0..=31.0).contains(&d) && !digits.contains(',')).then_some(d)
}

pub fn is_year_like(number: &str) -> bool {
    number.len() == 4
        && number
            .parse::<u32>()
            .is_ok_and(|y| (1000..=2100).contains(&y))
}
