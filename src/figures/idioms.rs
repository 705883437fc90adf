//! Figures English says without a cardinal number: one unit ("nearly a century", "a foot of
//! snow"), an ordinal that gives a running count ("a fourth death", "the first person to die")
//! a decade of life ("a woman in her 30s") and a share as a ratio ("one in five adults") or a
//! fraction ("two-thirds of voters").

use super::dates::is_year_like;
use super::extract::{Found, Scan, lower, simple};
use super::provenance::weekday_number;
use super::units::{self, Dimension};
use super::words::{gap_before, month, parse_digits, split_number_suffix};
use super::{Amount, FigureKind};
use crate::language::numwords;
use crate::language::qualifiers;
use crate::language::text::is_stopword;
use crate::language::vocabulary::{class_of, event_of, is_person_noun};

/// "a foot of snow", "nearly a century ago", "as much as a foot", "to a foot": "a"/"an" and a
/// unit of length or time is one of that unit — when a qualifier, "of", "ago"/"away" or a range's
/// "to" shows it is a size; "a mile or two" (or "another mile or two") is one to two of it;
/// "a day and a half" is 1.5 days. Alone ("twice a day", "30
/// tablets a day") it is a rate, not a figure.
#[inline]
pub fn one_unit(scan: &Scan, i: usize) -> Option<Found> {
    let another = lower(scan, i) == "another";
    if !matches!(lower(scan, i), "a" | "an") && !another {
        return None;
    }
    let unit = units::unit_word(lower(scan, i + 1))
        .filter(|u| matches!(u.dimension, Dimension::Distance | Dimension::Duration))?;
    let qualified = qualifiers::before(scan.lowers, i).is_some();
    // "a mile or two", "a day or three": one to a few of the unit, always a size.
    let few = (lower(scan, i + 2) == "or")
        .then(|| numwords::small_number(lower(scan, i + 3)))
        .flatten()
        .filter(|n| (2.0..=10.0).contains(n));
    // "another mile or two" is a size too (the eruption dev set gives one); "another day"
    // alone is not.
    if another && few.is_none() {
        return None;
    }
    // "a day and a half", "a mile and a half": one and a half of the unit, always a size.
    let half = few.is_none()
        && lower(scan, i + 2) == "and"
        && lower(scan, i + 3) == "a"
        && lower(scan, i + 4) == "half";
    let words = if few.is_some() {
        4
    } else if half {
        5
    } else {
        2
    };
    let after = lower(scan, i + words);
    let before = i.checked_sub(1).map_or("", |k| lower(scan, k));
    let sized = few.is_some()
        || half
        || qualified
        || matches!(after, "of" | "ago" | "away" | "earlier" | "later")
        || before == "to";
    if !sized {
        return None;
    }
    let (value, unit) = units::one_in_smaller(unit);
    let amount = match few {
        Some(n) => Amount::vague(value, value * n),
        None if half => Amount::exact(value * 1.5),
        None => Amount::exact(value),
    };
    let mut f = simple(scan, i..i + words, amount, FigureKind::Count);
    if let Some((first, name)) = qualifiers::before(scan.lowers, i) {
        f.words.start = first;
        f.start = scan.words[first].start;
        f.qualifier = Some(name);
    }
    f.unit = Some(unit);
    f.kind = match unit.dimension {
        Dimension::Duration => FigureKind::Duration,
        _ => FigureKind::Distance,
    };
    f.relative = unit.dimension == Dimension::Duration && matches!(after, "ago" | "earlier");
    Some(f)
}

/// "a fourth death", "the first death in this outbreak", "the fifth person in the county to die",
/// "4th victim": an ordinal that numbers deaths, injuries or people affected gives the running
/// total when it was written. Other ordinals ("the first time", "second-largest") are not figures.
#[inline]
pub fn ordinal_count(scan: &Scan, i: usize) -> Option<Found> {
    let w = &scan.words[i];
    let value = if w.is_digits() {
        let (digits, suffix) = split_number_suffix(w.text);
        if !matches!(suffix.to_lowercase().as_str(), "st" | "nd" | "rd" | "th") {
            return None;
        }
        digits.parse::<f64>().ok()?
    } else {
        numwords::ordinal(&w.lower)?
    };
    let next = lower(scan, i + 1);
    // an ordinal numbers strikes, not strikers ("the first strike of its kind": a nurses'
    // strike trio written for this counted one person on strike)
    let counts_event = event_of(next).is_some_and(|e| !matches!(e, "cut" | "on strike"));
    // "the fourth person … to die": a person numbered by what happens to them later in the clause
    let person = (class_of(next).is_some()
        || matches!(next, "person" | "man" | "woman" | "victim"))
        && (i + 2..(i + 10).min(scan.words.len()))
            .any(|k| lower(scan, k - 1) == "to" && event_of(lower(scan, k)).is_some());
    (counts_event || person)
        .then(|| simple(scan, i..i + 1, Amount::exact(value), FigureKind::Count))
}

/// "Daniel Marsh, 46, faces …", "said resident Dana Whitfield, 61.": a bare whole number set off
/// by commas right after a name is that person's age (news style gives ages so). Read as a
/// count it became "58 evacuated people" or a count of nothing. Only a number from 1 to 120,
/// closed by a comma or the sentence's end, after a capitalised word that is not a month or a
/// day ("May 6, 2018" is a date), so "In Chicago, 56 cases" (a noun follows) stays a count.
/// Chosen on the real clusters of ../shared/dev-sets, where every such number (five) is an age.
#[inline]
pub fn apposed_age(scan: &Scan, i: usize) -> Option<Found> {
    let w = &scan.words[i];
    if i == 0 || !w.text.bytes().all(|b| b.is_ascii_digit()) || w.text.len() > 3 {
        return None;
    }
    let value: f64 = w.text.parse().ok()?;
    let before = &scan.words[i - 1];
    if !(1.0..=120.0).contains(&value)
        || !(before.is_capitalised() || is_person_noun(&before.lower))
        || month(&before.text.to_lowercase()).is_some()
        || weekday_number(before.text).is_some()
        || gap_before(scan.text, scan.words, i, scan.floor).trim() != ","
    {
        return None;
    }
    let after = gap_before(scan.text, scan.words, i + 1, scan.floor).trim_start();
    let closed = i + 1 == scan.words.len() || after.starts_with(',') || after.starts_with('.');
    if !closed {
        return None;
    }
    let mut f = simple(scan, i..i + 1, Amount::exact(value), FigureKind::Age);
    f.unit = units::unit_word("years");
    Some(f)
}

/// "in her 30s", "in their early 20s", "in his sixties": an age given as a decade of life,
/// read as a vague age over the decade.
#[inline]
pub fn decade_of_life(scan: &Scan, i: usize) -> Option<Found> {
    let w = &scan.words[i];
    // Checked first as they are cheap: only digits ("60s") or a word ending like a decade's
    // name ("sixties") can give a decade.
    let decade = if w.is_digits() {
        let (digits, suffix) = split_number_suffix(w.text);
        if !matches!(suffix, "s" | "'s" | "’s") {
            return None;
        }
        let decade: f64 = digits.parse().ok()?;
        if !(10.0..=90.0).contains(&decade) || decade % 10.0 != 0.0 {
            return None;
        }
        decade
    } else if w.lower.ends_with("ties") {
        crate::language::numwords::decade_name(&w.lower)?
    } else {
        return None;
    };
    let mut k = i.checked_sub(1)?;
    if matches!(lower(scan, k), "early" | "mid" | "late") {
        k = k.checked_sub(1)?;
    }
    let possessive = matches!(lower(scan, k), "his" | "her" | "their" | "its");
    if !possessive || k == 0 || lower(scan, k - 1) != "in" {
        return None;
    }
    // Vague, as the gold format counts it ("sixties": no single value), over the decade.
    let mut f = simple(
        scan,
        i..i + 1,
        Amount::vague(decade, decade + 9.0),
        FigureKind::Age,
    );
    f.unit = units::unit_word("years");
    Some(f)
}

/// How far a share said as a ratio may stand from its exact value: "two in three" is said of
/// 64% or 68% as much as of 66.7%. Two and a half points either side, as a share rounded to
/// the nearest five would allow, but no more than 15% of a small share ("one in 10" is
/// 8.5–11.5%, "one in 400" no 2.5%).
const RATIO_SLACK: f64 = 2.5;
const RATIO_SLACK_SHARE: f64 = 0.15;

/// "only two in three over-65s", "one in five adults", "three out of 10 schools": a share said
/// as a ratio ("one in 2,000"), compared with shares in percent (a vaccination trio written for this counted
/// two of something and three over-65s). Health, polling and social news give shares so. A
/// time after the second number ("three in four days") makes it no ratio, and neither does a
/// year ("killed 1 in 2015").
#[inline]
pub fn ratio(scan: &Scan, i: usize) -> Option<Found> {
    let number = |k: usize| {
        let w = lower(scan, k);
        numwords::small_number(w).or_else(|| parse_digits(w).filter(|v| v.fract() == 0.0))
    };
    let of = match (lower(scan, i + 1), lower(scan, i + 2)) {
        ("in", _) => i + 2,
        ("out", "of") => i + 3,
        _ => return None,
    };
    let n = number(i)?;
    let m = number(of)?;
    let timed = units::unit_word(lower(scan, of + 1)).is_some();
    if !(n >= 1.0 && n < m) || timed || is_year_like(lower(scan, of)) {
        return None;
    }
    Some(share_in_words(scan, i..of + 1, 100.0 * n / m))
}

/// A share said in words over `words` ("one in three", "two-thirds"), in percent, with the
/// ratios' slack and the qualifier before it.
fn share_in_words(scan: &Scan, words: std::ops::Range<usize>, share: f64) -> Found {
    let slack = RATIO_SLACK.min(RATIO_SLACK_SHARE * share);
    let first = words.start;
    let mut f = simple(
        scan,
        words,
        Amount {
            value: Some(share),
            low: share - slack,
            high: share + slack,
        },
        FigureKind::Share,
    );
    f.unit = units::unit_word("percent");
    f.rounding = slack;
    qualified_share(scan, &mut f, first);
    f
}

/// "nearly one in three", "more than a third": a qualifier before a share said in words is
/// read as before a number.
fn qualified_share(scan: &Scan, f: &mut Found, i: usize) {
    let Some((first, name)) = qualifiers::before(scan.lowers, i) else {
        return;
    };
    f.words.start = first;
    f.start = scan.words[first].start;
    f.qualifier = Some(name);
}

/// "two-thirds of voters", "a quarter of the homes", "half of all adults", "fell by more than
/// a third", "cut by half": a fraction said in words is a share in percent, compared with
/// shares written as numbers ("68%"). Only before "of" (but not "of a century", "of a
/// million euros": a fraction of one thing) or after "by" or "than" with no noun of its own:
/// "a third person", "by a third movie", "a quarter point", "the first half of the year" are
/// no shares. Polling, economic and social news give shares so (a pension
/// trio and a job-cuts trio written for this read "two-thirds of Valdorans" and "more than a
/// third" as nothing). Its slack is the ratio's: a fraction is a loose rounding.
#[inline]
pub fn fraction(scan: &Scan, i: usize) -> Option<Found> {
    let word = lower(scan, i);
    if !word.starts_with(['a', 'o', 't', 'h', 'f']) {
        return None;
    }
    let (n, d, end) = fraction_words(scan, i)?;
    let before = i.checked_sub(1).map_or("", |k| lower(scan, k));
    // "a quarter of a century", "a quarter of a million euros": a fraction of one thing
    let of_one = matches!(lower(scan, end + 1), "a" | "an");
    let share_of = lower(scan, end) == "of" && !of_one;
    // "cut by half", "by more than a third in a year", but not "followed by a third movie"
    let after = lower(scan, end);
    let bare = after.is_empty()
        || is_stopword(after)
        || gap_before(scan.text, scan.words, end, scan.floor).trim() != "";
    let by_so_much = matches!(before, "by" | "than") && bare;
    // "the first half", "the other half", "the second half of the season", "the western
    // half of the territory" (the seeds): a half named by its place or turn is a part
    let a_part_named = d == 2.0
        && end == i + 1
        && matches!(
            before,
            "the"
                | "first"
                | "second"
                | "other"
                | "last"
                | "latter"
                | "former"
                | "back"
                | "front"
                | "western"
                | "eastern"
                | "northern"
                | "southern"
                | "upper"
                | "lower"
                | "top"
                | "bottom"
                | "left"
                | "right"
        );
    if !(share_of || by_so_much) || a_part_named {
        return None;
    }
    Some(share_in_words(scan, i..end, 100.0 * n / d))
}

/// The numerator, the denominator and the word after a fraction at word `i`: "two-thirds",
/// "a third", "three quarters", "half".
fn fraction_words(scan: &Scan, i: usize) -> Option<(f64, f64, usize)> {
    let word = lower(scan, i);
    let numerator = |w: &str| match w {
        "a" | "one" => Some(1.0),
        "two" => Some(2.0),
        "three" => Some(3.0),
        "four" => Some(4.0),
        _ => None,
    };
    let denominator = |w: &str| match w {
        "third" | "thirds" => Some(3.0),
        "quarter" | "quarters" => Some(4.0),
        "fifth" | "fifths" => Some(5.0),
        _ => None,
    };
    let (n, d, end) = if word == "half" {
        (1.0, 2.0, i + 1)
    } else if let Some((n, d)) = word.split_once('-') {
        (numerator(n)?, denominator(d)?, i + 1)
    } else {
        (numerator(word)?, denominator(lower(scan, i + 1))?, i + 2)
    };
    (n < d).then_some((n, d, end))
}
