//! Whether a figure is a running tally as at the time of writing: a toll that has risen, "now
//! stands at", "so far", "the latest", a count kept since a date. Such a figure may simply have
//! moved on between two reports.

use super::provenance::weekday_number;
use crate::corpus::dates::month_number;
use aho_corasick::AhoCorasick;

/// Phrases that make a figure a running tally, in lowercase.
const MARKS: &[&str] = &[
    " now ",
    "so far",
    "to date",
    "as of ",
    "has risen",
    "have risen",
    "rose to",
    "risen to",
    "climbed to",
    "has climbed",
    "latest toll",
    "latest figure",
    "latest count",
    "has become",
    "continues to",
    "toll stands",
];

/// Whether a sentence, given `lower`cased, gives its figures as a running tally. The phrases
/// are found in one pass (searched one by one, they were a third of reading provenance).
pub fn running_in(lower: &str) -> bool {
    static FINDER: std::sync::OnceLock<AhoCorasick> = std::sync::OnceLock::new();
    let marks = FINDER.get_or_init(|| {
        AhoCorasick::new(MARKS).expect("the running-tally phrases are a few short strings")
    });
    marks.is_match(lower) || counts_since_a_date(lower)
}

/// "Since March 7, … have sickened 153": a count kept from a date up to the time of writing.
fn counts_since_a_date(lower: &str) -> bool {
    lower.match_indices("since ").any(|(at, m)| {
        let next = lower[at + m.len()..]
            .split_whitespace()
            .next()
            .unwrap_or("");
        month_number(next).is_some() || weekday_number(next.trim_end_matches(',')).is_some()
    })
}

#[cfg(test)]
mod tests {
    fn is_running_tally(sentence: &str) -> bool {
        super::running_in(&sentence.to_lowercase())
    }

    #[test]
    fn running_tallies() {
        assert!(is_running_tally("The death toll now stands at 14."));
        assert!(is_running_tally("The toll has risen to nine."));
        assert!(!is_running_tally("The employers' latest offer is 6%."));
        assert!(is_running_tally(
            "Since March 7, it has sickened 153 people."
        ));
        assert!(!is_running_tally("The worst floods since 1991 killed 40."));
        assert!(!is_running_tally("Nine people were killed in the crash."));
    }
}
