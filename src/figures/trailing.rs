//! What follows a number: a multiplier ("million"), the end of a range ("to 20"), a unit
//! ("kilometres", "%", "per cent"), "years old", "ago"; and from all that, the figure's kind.

use super::extract::{Found, Minus, Scan, lower};
use super::units::{self, Dimension};
use super::words::{age_noun_before, gap_before, month, parse_digits};
use super::{Amount, FigureKind, Qualifier};
use crate::language::numwords;
use crate::language::text::is_stopword;
use crate::language::vocabulary::is_change_verb;

/// Reads what follows the number: multiplier, range, unit, "years old", "ago"; then the kind.
pub fn finish(scan: &Scan, mut f: Found, year_like: bool) -> Found {
    let mut j = f.words.end;
    let mut whole = f.amount.value.map_or(0.0, |v| whole_rounding(v, false));
    // what the unit's reading multiplied the amount by ("42 cents" is 0.42 dollars)
    let mut unit_scale = 1.0;
    if let Some(m) = numwords::multiplier(lower(scan, j)).filter(|_| lower(scan, j).len() > 2) {
        whole = f.amount.value.map_or(0.0, |v| whole_rounding(v, true) * m);
        f.amount = f.amount.scaled(m);
        f.rounding *= m;
        j += 1;
    }
    if let Some((high, next)) = range_end(scan, &f, j) {
        f.amount = Amount::vague(f.amount.low, high);
        j = next;
    }
    let after = scan.text.get(scan.words[j - 1].end..).unwrap_or("");
    let percent = after.strip_prefix(' ').unwrap_or(after).starts_with('%');
    if f.unit.is_none() && percent {
        f.unit = units::unit_word("percent");
        f.end = scan.words[j - 1].end + after.find('%').unwrap_or(0) + '%'.len_utf8();
    } else if f.unit.is_none() && !f.compound {
        // "thousands of dollars", "millions of square miles": a vague amount of a unit
        if f.amount.value.is_none() && lower(scan, j) == "of" && unit_after(scan, j + 1).is_some() {
            j += 1;
        }
        // "six more weeks", "two additional days", "three straight years": a word that says
        // how the amount runs stands between the number and its unit.
        if is_run_word(lower(scan, j)) && unit_after(scan, j + 1).is_some() {
            j += 1;
        }
        let (a, b) = (lower(scan, j), lower(scan, j + 1));
        // "60 m.p.h.", "90 k.p.h.": letters joined by full stops name one unit together, or
        // none; the "m" they start with is no metre.
        let dotted = dotted_letters(scan, j);
        let dotted_unit = dotted
            .as_ref()
            .and_then(|(letters, words)| Some((units::unit_word(letters)?, *words)));
        if let Some((u, words)) = dotted_unit {
            f.unit = Some(u);
            j += words;
        } else if let Some((u, words)) = scan
            .words
            .get(j)
            .filter(|w| w.text.starts_with(|c: char| c.is_uppercase()) && !is_stopword(a))
            .filter(|_| gap_before(scan.text, scan.words, j, scan.floor) == " ")
            .and_then(|_| units::national_currency([a, b, lower(scan, j + 2)]))
        {
            // "3 billion Australian dollars", "500 million Hong Kong dollars"
            f.unit = Some(u);
            j += words;
        } else if let Some(u) = units::two_word_unit(a, b) {
            f.unit = Some(u);
            j += 2;
        } else if let Some((u, words)) = hundredths(a, b) {
            f.unit = Some(u);
            f.amount = f.amount.scaled(0.01);
            f.rounding *= 0.01;
            whole *= 0.01;
            unit_scale = 0.01;
            j += words;
        } else if let Some(u) = units::unit_word(a)
            .filter(|_| a.len() > 1 || (f.amount.value.is_some() && dotted.is_none()))
        {
            f.unit = Some(u);
            j += 1;
            if let Some(speed) = units::per_hour(u, lower(scan, j), lower(scan, j + 1)) {
                f.unit = Some(speed);
                j += 2;
            }
        } else if let Some((scale, _)) = scan
            .scale
            .filter(|&(scale, at)| units::is_degrees(a) && at < f.start && on_scale(&f, scale))
        {
            // "42 degrees in Madrid" in an article that gave "44C" before
            f.unit = Some(scale);
            j += 1;
        }
    } else if f.unit.is_some_and(|u| u.dimension == Dimension::Money) {
        // "US$5 billion dollars": a currency word repeating the symbol belongs to the figure
        if let Some(u) =
            units::unit_word(lower(scan, j)).filter(|u| u.dimension == Dimension::Money)
        {
            f.unit = Some(u);
            j += 1;
        }
    }
    if f.amount.value.is_some()
        && let Some(unit) = f.unit
        && let Some((high, next, end)) = range_repeating_unit(scan, &f, j, unit, unit_scale)
    {
        f.amount = Amount::vague(f.amount.low, high);
        f.end = f.end.max(end);
        j = next;
    }
    j = side_of_zero(scan, &mut f, j);
    below_zero(scan, &mut f, j);
    weight_in_pounds(scan, &mut f, j);
    if j > f.words.end {
        f.end = f.end.max(scan.words[j - 1].end);
        f.words.end = j;
    }
    classify(scan, &mut f, year_like);
    if f.kind == FigureKind::Share && f.rounding == 0.0 {
        // "52%" is usually a rounded 51.8%
        f.rounding = 0.5;
    }
    let amount = matches!(
        f.kind,
        FigureKind::Count | FigureKind::Money | FigureKind::Distance | FigureKind::Other
    );
    // "more than 3,600", "nearly 3,900", "about 15,000": a qualifier says how the written
    // number bounds the value, and "about" already allows more than rounding.
    if amount && f.rounding == 0.0 && f.qualifier.is_none() {
        f.rounding = whole;
    }
    if f.amount.value.is_some() {
        f.amount.low -= f.rounding;
        f.amount.high += f.rounding;
    }
    f
}

/// "42 cents", "15 Canadian cents", "85 pence": a sum in hundredths of a currency is money,
/// read in the currency itself (0.42 dollars), so that "down 42 cents" and "down $0.42" are
/// one move. News on prices and markets writes small sums so; the MSRP news sentences counted
/// them as things called cents. Returns the currency and how many words name it.
fn hundredths(a: &str, b: &str) -> Option<(units::Unit, usize)> {
    let cents = |w: &str| matches!(w, "cent" | "cents");
    let currency = match (a, b) {
        (a, _) if cents(a) => "USD",
        ("pence", _) => "GBP",
        ("canadian", b) if cents(b) => "CAD",
        ("australian", b) if cents(b) => "AUD",
        ("euro", b) if cents(b) => "EUR",
        _ => return None,
    };
    let unit = units::by_name(currency)?;
    Some((unit, if cents(a) || !cents(b) { 1 } else { 2 }))
}

/// Half a unit of the last written digit of a whole number that shows it was rounded: one
/// of two or more significant digits before a scale word ("$212 million" is $211.5–212.5
/// million), or ending in two or more zeros ("18,400" is 18,350–18,450, "4,400" 4,350–4,450).
/// A number of one significant digit ("300", "$3 million") or one trailing zero ("160") may
/// be exact, so it keeps its value, as does "$3.4 million" its written decimals. The same
/// principle as the decimals' rounding (`extract::Found::rounding`); the MSRP news
/// sentences paraphrase a sum given to a tenth of a million as the whole million, and a
/// five-digit sum as the hundred it rounds to.
pub(super) fn whole_rounding(value: f64, scaled: bool) -> f64 {
    if value.fract() != 0.0 || !(10.0..1e15).contains(&value) {
        return 0.0;
    }
    let (mut digits, mut zeros) = (value as u64, 0);
    while digits.is_multiple_of(10) {
        digits /= 10;
        zeros += 1;
    }
    if digits < 10 {
        0.0
    } else if scaled {
        0.5
    } else if zeros >= 2 {
        0.5 * 10f64.powi(zeros)
    } else {
        0.0
    }
}

/// "5,000 pounds of explosives", "thousands of pounds of fireworks": pounds of a thing are a
/// weight, not sterling ("5,000 pounds in compensation" stays money). So are the pounds a
/// thing weighs ("weighed 212 pounds", "weighing less than 40 pounds": read as sterling in
/// the MSRP news sentences). Only the word: "£5,000" is always money.
fn weight_in_pounds(scan: &Scan, f: &mut Found, j: usize) {
    let spelled = j > 0 && matches!(lower(scan, j - 1), "pound" | "pounds" | "lb" | "lbs");
    if !spelled || f.unit.is_none_or(|u| u.name != "GBP") {
        return;
    }
    // the verb or noun of weighing, at most three words before the figure
    let weighed = (f.words.start.saturating_sub(3)..f.words.start)
        .any(|k| lower(scan, k).starts_with("weigh"));
    if lower(scan, j) == "of" || weighed {
        f.unit = units::unit_word("lb");
    }
}

/// Whether the figure, read on a temperature `scale`, is a temperature the air can have (both
/// ends of a range, below zero when a minus comes before it).
fn on_scale(f: &Found, scale: units::Unit) -> bool {
    let sign = if f.minus.is_some() { -1.0 } else { 1.0 };
    [f.amount.low, f.amount.high]
        .iter()
        .all(|&v| units::plausible_air_temperature(sign * v, scale))
}

/// Single letters joined by full stops from word `j` on ("m.p.h", "U.S"), as one lower-case
/// word and the number of letters.
fn dotted_letters(scan: &Scan, j: usize) -> Option<(String, usize)> {
    let single = |k: usize| {
        let w = lower(scan, k);
        (w.len() == 1 && w.chars().all(|c| c.is_ascii_alphabetic())).then_some(w)
    };
    let mut letters = String::from(single(j)?);
    let mut k = j + 1;
    while k < scan.words.len() && gap_before(scan.text, scan.words, k, scan.floor) == "." {
        let Some(letter) = single(k) else { break };
        letters.push_str(letter);
        k += 1;
    }
    (k - j >= 2).then_some((letters, k - j))
}

/// Words that say how an amount runs or adds up, written between the number and its unit.
fn is_run_word(word: &str) -> bool {
    matches!(
        word,
        "more" | "additional" | "further" | "extra" | "straight" | "consecutive" | "full"
    )
}

/// The unit named at word `j`, in one word or two.
fn unit_after(scan: &Scan, j: usize) -> Option<units::Unit> {
    let (a, b) = (lower(scan, j), lower(scan, j + 1));
    units::two_word_unit(a, b).or_else(|| units::unit_word(a).filter(|_| a.len() > 1))
}

/// "12C below zero", "3 degrees below zero", "5F above zero": the side of zero is part of the
/// value. The words join the figure after its unit; after a bare "degrees" (no scale, so a
/// counted noun the roles read) the value is still signed. Returns the word after the figure.
fn side_of_zero(scan: &Scan, f: &mut Found, j: usize) -> usize {
    let bare_degrees = f.unit.is_none() && units::is_degrees(lower(scan, j));
    let k = j + usize::from(bare_degrees);
    if lower(scan, k + 1) != "zero" {
        return j;
    }
    match lower(scan, k) {
        "below" => f.amount = f.amount.negated(),
        "above" => {}
        _ => return j,
    }
    if bare_degrees { j } else { j + 2 }
}

/// "minus 3 degrees", "-3C", "−40 degrees Fahrenheit": a minus before a temperature (a scale
/// named, or a bare "degrees" at `j`) puts it below zero and joins the figure.
fn below_zero(scan: &Scan, f: &mut Found, j: usize) {
    let temperature =
        f.unit.is_some_and(|u| u.signed()) || f.unit.is_none() && units::is_degrees(lower(scan, j));
    let Some(minus) = f.minus.take().filter(|_| temperature) else {
        return;
    };
    f.amount = f.amount.negated();
    if f.qualifier.is_some() {
        return;
    }
    match minus {
        Minus::Word => {
            f.words.start -= 1;
            f.start = scan.words[f.words.start].start;
        }
        Minus::Sign => {
            f.start -= scan.text[..f.start]
                .chars()
                .next_back()
                .map_or(0, char::len_utf8)
        }
    }
}

/// Words before "X to Y" that make it a change from X to Y rather than a range.
fn is_change(word: &str) -> bool {
    is_change_verb(word)
        || matches!(
            word,
            "from" | "cut" | "raised" | "reduced" | "lowered" | "up" | "down" | "by"
        )
}

/// "10 to 20", "between 10 and 20", "10–20", "two or three" (but not "from 10 to 20", which is
/// a change).
fn range_end(scan: &Scan, f: &Found, j: usize) -> Option<(f64, usize)> {
    let joiner = lower(scan, j);
    let gap = gap_before(scan.text, scan.words, j + 1, scan.floor);
    let dash = gap_before(scan.text, scan.words, j, scan.floor).trim();
    let (next, ok) = match joiner {
        "to" => (
            j + 1,
            !is_change(f.words.start.checked_sub(1).map_or("", |k| lower(scan, k))),
        ),
        "and" => (j + 1, f.qualifier == Some(Qualifier::Between)),
        // "two or three days", "10 or 12 people": an estimate between the two, never set off
        // by a comma ("down $0.75, or 12 percent" gives one change in two measures)
        "or" => (j + 1, dash.is_empty()),
        _ => (j, matches!(dash, "–" | "—" | "-")),
    };
    // "between $6 and $14 a trip": the second end may repeat the first's currency sign
    let same_currency = || {
        let sign = gap.trim();
        sign.chars().count() == 1
            && units::currency_symbol(sign)
                .is_some_and(|u| f.unit.is_some_and(|fu| fu.name == u.name))
    };
    if !ok || (next == j + 1 && !gap.trim().is_empty() && !same_currency()) {
        return None;
    }
    let w = scan.words.get(next)?;
    let mut high = if w.is_digits() {
        parse_digits(w.text)?
    } else {
        numwords::small_number(&w.lower)?
    };
    let mut end = next + 1;
    if let Some(m) = numwords::multiplier(lower(scan, end)).filter(|_| lower(scan, end).len() > 2) {
        high *= m;
        end += 1;
    }
    (high > f.amount.low).then_some((high, end))
}

/// A range written with its unit after both ends ("11 percent to 12 percent", "13 cents to 14
/// cents", "between 3 per cent and 5 per cent"; `range_end` reads "10 to 20 miles" and "5% to
/// 8%"): the range the first end starts, when the second end (at `j`, after the first end's
/// unit) names the same unit. Returns the high end
/// (scaled as the unit scaled the first, `scale`), the word after the range and where its
/// text ends. News on prices and forecasts writes ranges so (the MSRP news sentences read
/// each end as a figure of its own).
fn range_repeating_unit(
    scan: &Scan,
    f: &Found,
    j: usize,
    unit: units::Unit,
    scale: f64,
) -> Option<(f64, usize, usize)> {
    let (high, next) = range_end(scan, f, j)?;
    let high = high * scale;
    if high <= f.amount.low {
        return None;
    }
    let last = scan.words[next - 1].end;
    let after = scan.text.get(last..).unwrap_or("");
    let sign = after.strip_prefix(' ').unwrap_or(after);
    if unit.name == "%" && sign.starts_with('%') {
        return Some((
            high,
            next,
            last + (after.len() - sign.len()) + '%'.len_utf8(),
        ));
    }
    let (a, b) = (lower(scan, next), lower(scan, next + 1));
    let (named, words) = if let Some(u) = units::two_word_unit(a, b) {
        (u, 2)
    } else if let Some((u, words)) = hundredths(a, b) {
        (u, words)
    } else {
        (units::unit_word(a).filter(|_| a.len() > 1)?, 1)
    };
    (named.name == unit.name).then(|| (high, next + words, scan.words[next + words - 1].end))
}

/// Settles the kind from the unit and the words around: years, ages, time offsets.
fn classify(scan: &Scan, f: &mut Found, year_like: bool) {
    let after = lower(scan, f.words.end);
    let before = f.words.start.checked_sub(1).map_or("", |k| lower(scan, k));
    if f.kind != FigureKind::Count {
        return;
    }
    match f.unit.map(|u| u.dimension) {
        Some(Dimension::Money) => f.kind = FigureKind::Money,
        Some(Dimension::Share) => f.kind = FigureKind::Share,
        Some(Dimension::Distance) => f.kind = FigureKind::Distance,
        Some(Dimension::Duration) => {
            f.kind = FigureKind::Duration;
            if after == "old" {
                f.kind = FigureKind::Age;
                f.words.end += 1;
                f.end = scan.words[f.words.end - 1].end;
            } else if matches!(after, "ago" | "earlier" | "later" | "previously") {
                f.relative = true;
            }
        }
        Some(_) => f.kind = FigureKind::Other,
        None if is_service_number(before, after) || phone_line(scan, f) => {
            f.kind = FigureKind::Other
        }
        None if before == "aged"
            || age_noun_before(f.words.start, |k| lower(scan, k)).is_some() =>
        {
            f.kind = FigureKind::Age;
            f.unit = units::unit_word("years");
            // "from 62 to 64": the age it was
            f.relative |= before == "from" && after == "to";
        }
        None if year_like && f.qualifier.is_none() && !looks_counted(scan, f, before) => {
            f.kind = FigureKind::Year;
        }
        None => {}
    }
}

/// "sent emergency 112 text messages", "dial 911", "the 1414 hotline": a number that names a
/// phone line or service, not an amount. General: emergency and help-line numbers are written
/// this way in any news; found on our xylokastro set, where 112 was read as 112 residents.
fn is_service_number(before: &str, after: &str) -> bool {
    matches!(before, "emergency" | "hotline" | "helpline")
        || is_dialling(before)
        || matches!(after, "hotline" | "helpline")
}

fn is_dialling(word: &str) -> bool {
    matches!(
        word,
        "dial" | "dials" | "dialed" | "dialled" | "dialing" | "dialling"
    )
}

/// "a skier called 911.", "call 911 or go to hospital", "calls started coming in to 911
/// after 8 a.m.": a number one calls is a phone line too, but only when no noun follows it
/// ("called 300 customers" counts them). Three real clusters of ../shared/dev-sets listed
/// "911" after "called", "call" and "coming in to" as a count of nothing.
fn phone_line(scan: &Scan, f: &Found) -> bool {
    let calling = |w: &str| {
        is_dialling(w)
            || matches!(
                w,
                "call" | "calls" | "called" | "calling" | "phoned" | "phoning" | "texted"
            )
    };
    let Some(before) = f.words.start.checked_sub(1) else {
        return false;
    };
    // "a call to 911", "calls came in to 911", "got through to 999"; not "calls rose to 300".
    let line_reached = matches!(lower(scan, before), "to" | "into")
        && before
            .checked_sub(1)
            .is_some_and(|k| calling(lower(scan, k)) || matches!(lower(scan, k), "in" | "through"))
        && (before.saturating_sub(6)..before).any(|k| calling(lower(scan, k)));
    let next = f.words.end;
    let nothing_counted = next >= scan.words.len()
        || !gap_before(scan.text, scan.words, next, scan.floor)
            .trim()
            .is_empty()
        || is_stopword(lower(scan, next));
    (calling(lower(scan, before)) || line_reached) && nothing_counted
}

/// "2000 people", "1500 protesters": a four-digit number followed by what it counts.
fn looks_counted(scan: &Scan, f: &Found, before: &str) -> bool {
    if month(before).is_some() {
        return false;
    }
    if matches!(
        before,
        "in" | "since"
            | "until"
            | "by"
            | "of"
            | "from"
            | "year"
            | "early"
            | "late"
            | "mid"
            | "before"
            | "after"
            | "and"
    ) {
        return false;
    }
    let next = lower(scan, f.words.end);
    crate::language::vocabulary::class_of(next).is_some()
        || crate::language::vocabulary::event_of(next).is_some()
}
