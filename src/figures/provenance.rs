//! Why two sources differ: who gives a figure ("according to the interior ministry", "police
//! said") and as of when (a date or weekday in its sentence, else the article's date), and
//! whether it is a running tally ("now stands at", "a fourth death") that may simply have moved on.

use super::attribution::Sources;
use super::words::word_spans;
use crate::corpus::dates::month_number;

/// Who gives a figure and as of when, read once for all the figures of a sentence.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Provenance {
    /// Who gives it, as the sentence says ("according to the interior ministry", "police said").
    pub attribution: Option<String>,
    /// Who that is, without the verb or an article: "interior ministry", "police".
    pub speaker: Option<String>,
    /// The ISO date it stands for: from its sentence, else the article's date.
    pub as_of: Option<String>,
    /// A tally as at the time of writing ("now stands at", "a fourth death"): it may have moved.
    pub running: bool,
}

/// What a sentence says of its figures' provenance, read once for all of them: its
/// attributions, each figure given the one of its part of the sentence
/// ([`Sources::giving`]).
pub struct SentenceProvenance<'s> {
    sentence: &'s str,
    said: Sources,
    as_of: Option<String>,
    running: bool,
}

impl<'s> SentenceProvenance<'s> {
    /// Reads `sentence`; `article_date` stands when it names no date.
    pub fn of(sentence: &'s str, article_date: Option<&str>) -> Self {
        // The words are split once for both readings (split twice, a twentieth of figure reading).
        let words = word_spans(sentence);
        SentenceProvenance {
            sentence,
            said: Sources::of(sentence, &words),
            as_of: as_of_in(sentence, article_date, &words),
            running: super::tally::running_in(&sentence.to_lowercase()),
        }
    }

    /// The provenance of the figure at byte `at` of the sentence.
    pub fn at(&self, at: usize) -> Provenance {
        let said = self.said.giving(at);
        Provenance {
            attribution: said.map(|a| a.shown(self.sentence)),
            speaker: said.map(|a| a.speaker(self.sentence).to_string()),
            as_of: self.as_of.clone(),
            running: self.running,
        }
    }
}

/// The date a figure stands for: a full date in its sentence ("Oct. 27, 2018"), a day and month
/// in the article's year ("on March 7"), a weekday within the week up to the article's date ("on
/// Saturday", "by Monday evening"), "yesterday"/"today"; else the article's date. None when
/// nothing is known.
pub fn as_of(sentence: &str, article_date: Option<&str>) -> Option<String> {
    as_of_in(sentence, article_date, &word_spans(sentence))
}

/// [`as_of`] of a sentence split into its [`word_spans`].
fn as_of_in(sentence: &str, article_date: Option<&str>, spans: &[(usize, &str)]) -> Option<String> {
    // A full date has a year of four digits in a row: without one, there is nothing to parse.
    if has_four_digits(sentence)
        && let Some(d) = crate::corpus::dates::parse_date(sentence)
    {
        return Some(d);
    }
    let base = article_date.and_then(Civil::parse);
    // The words are compared without lowercasing copies: month names, weekdays, "may" and
    // "yesterday" are ASCII, and no character outside ASCII lowercases to one of their letters
    // (only the Kelvin sign lowercases to ASCII, to a "k"), so ASCII case folding decides alike.
    let words: Vec<&str> = spans.iter().map(|&(_, w)| w).collect();
    let base = base?;
    let date_at = |i: usize| {
        let w = words[i];
        let is = |word: &str| w.eq_ignore_ascii_case(word);
        if let Some(m) = month_number(w).filter(|_| w.len() >= 3 && !is("may")) {
            let day = words.get(i + 1).and_then(|d| d.parse::<u32>().ok());
            if let Some(d) = day.filter(|d| (1..=31).contains(d)) {
                return Some(
                    Civil {
                        month: m,
                        day: d,
                        ..base
                    }
                    .iso(),
                );
            }
        }
        if let Some(wd) = weekday_number(w) {
            let back = (base.weekday() + 7 - wd) % 7;
            return Some(base.minus_days(back).iso());
        }
        is("yesterday").then(|| base.minus_days(1).iso())
    };
    // A tally stands as at the latest date its sentence names: the event comes before the
    // count of it ("The toll from the quake that struck late on Friday rose to 157 on
    // Sunday": an earthquake trio written for this dated the 157 at Friday's quake).
    let mut latest: Option<String> = None;
    for i in 0..words.len() {
        if bounds_a_span(&words, i) {
            continue;
        }
        let Some(date) = date_at(i) else {
            continue;
        };
        if told_then(&words, i) {
            return Some(date);
        }
        // ISO dates order as text
        if latest.as_ref().is_none_or(|l| date > *l) {
            latest = Some(date);
        }
    }
    Some(latest.unwrap_or_else(|| base.iso()))
}

/// "killing at least 137 people on Friday evening …, officials said on Saturday": a date
/// the figures were given on is when the tally stood, before the date of the event (an
/// attack trio written for this dated a Saturday toll at Friday's shooting, and found it
/// "changed" against Saturday's tolls of other sources).
fn told_then(words: &[&str], i: usize) -> bool {
    let mut k = i;
    while k > 0 && words[k - 1].eq_ignore_ascii_case("on") {
        k -= 1;
    }
    let speech = |j: usize| super::attribution::is_speech_verb(&words[j].to_lowercase());
    let audience = |j: usize| {
        ["reporters", "journalists"]
            .iter()
            .any(|w| words[j].eq_ignore_ascii_case(w))
    };
    (k >= 1 && speech(k - 1)) || (k >= 2 && audience(k - 1) && speech(k - 2))
}

/// "has burned 48,000 acres since Tuesday", "tariffs rise to 25 percent starting June 15", "the
/// blaze, which started on Tuesday": a date that opens or closes a span, or says when something
/// began, is not the time the figure holds, which is the next date the sentence names or the
/// article's (a wildfire pair written for this set a Saturday toll at its Tuesday start, a
/// tariffs pair a Monday announcement at the date the tariff takes effect).
fn bounds_a_span(words: &[&str], i: usize) -> bool {
    let mut k = i;
    while k > 0 && words[k - 1].eq_ignore_ascii_case("on") {
        k -= 1;
    }
    k.checked_sub(1).is_some_and(|b| {
        [
            "since",
            "starting",
            "from",
            "effective",
            "until",
            "till",
            "started",
            "began",
            "begun",
        ]
        .iter()
        .any(|w| words[b].eq_ignore_ascii_case(w))
    })
}

/// Whether `s` has four ASCII digits in a row, as a year 1900–2100 needs.
fn has_four_digits(s: &str) -> bool {
    let mut run = 0;
    s.bytes().any(|b| {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        run == 4
    })
}

pub(super) fn weekday_number(w: &str) -> Option<u32> {
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
    .iter()
    .position(|d| d.eq_ignore_ascii_case(w))
    .map(|p| p as u32)
}

use crate::calendar::Civil;

impl Civil {
    /// 0 = Monday.
    fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (3)
        ((self.days() + 3).rem_euclid(7)) as u32
    }

    fn minus_days(self, n: u32) -> Civil {
        Civil::from_days(self.days() - i64::from(n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_date_is_read_only_when_a_year_is_written() {
        assert_eq!(
            as_of(
                "Police said on Oct. 27, 2018 that 11 died.",
                Some("2018-11-02")
            ),
            Some("2018-10-27".to_string())
        );
        assert!(has_four_digits("in 2018"));
        // "11" and "27" make no year: the date comes from the article's own
        assert!(!has_four_digits("on Oct. 27, 11 died, 1,500 hurt"));
        assert_eq!(
            as_of("On Oct. 27, 11 died.", Some("2018-11-02")),
            Some("2018-10-27".to_string())
        );
    }

    #[test]
    fn as_of_a_weekday_counts_back_from_the_article_date() {
        // 2024-01-10 was a Wednesday
        let wednesday = Some("2024-01-10");
        let dated = [
            ("40 died on Monday.", wednesday, Some("2024-01-08")),
            ("40 died on Wednesday.", wednesday, Some("2024-01-10")),
            ("By Saturday, 12 had died.", wednesday, Some("2024-01-06")),
            ("40 died.", wednesday, Some("2024-01-10")),
            (
                "On Jan. 8 police said 40 died.",
                wednesday,
                Some("2024-01-08"),
            ),
            (
                "on Saturday, Oct. 27, 2018, police said",
                None,
                Some("2018-10-27"),
            ),
            ("40 died on Monday.", None, None),
            // the day the figures were given is when the tally stood
            (
                "Gunmen opened fire on Monday, killing 40, officials said on Tuesday.",
                wednesday,
                Some("2024-01-09"),
            ),
            (
                "Gunmen opened fire on Monday, killing 40, the minister told reporters Tuesday.",
                wednesday,
                Some("2024-01-09"),
            ),
            // the event comes before the count of it: the latest day named
            (
                "The toll from the quake that struck on Monday rose to 157 on Tuesday.",
                wednesday,
                Some("2024-01-09"),
            ),
            (
                "On Tuesday the toll of Monday's quake rose to 157.",
                wednesday,
                Some("2024-01-09"),
            ),
        ];
        for (sentence, published, day) in dated {
            assert_eq!(as_of(sentence, published).as_deref(), day, "{sentence}");
        }
    }
}
