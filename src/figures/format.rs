//! Writing a figure's value for people: "at least 164", "dozens", "180 days", "more than USD
//! 1.5 million".

use super::{Amount, Figure, FigureKind};

/// The value of a figure as a reader would say it.
pub fn format_value(f: &Figure) -> String {
    match f.what.kind {
        FigureKind::Artefact => return "number missing".to_string(),
        FigureKind::Date | FigureKind::Ordinal | FigureKind::Time => return f.text.clone(),
        FigureKind::Year => return f.amount.value.map_or(f.text.clone(), number),
        _ => {}
    }
    let Amount { value, low, high } = f.amount;
    // "two-thirds", "one in three": a share said in words keeps its words, with the percent
    // it was read as ("more than a third (33%)", not "more than 33.33%"); a percent written
    // in words ("twenty-three and a half percent") is a number like any other
    let in_words = f.what.kind == FigureKind::Share
        && !has_digits(&f.text)
        && !f.text.to_lowercase().contains("per");
    if let Some(v) = value.filter(|_| in_words) {
        return format!("{} ({}%)", f.text.to_lowercase(), number(v.round()));
    }
    let digits = value.is_some() || low.is_finite() && high.is_finite() && has_digits(&f.text);
    let magnitude = f.what.unit.as_deref() == Some("magnitude");
    let amount = match value {
        // a point on a quake's scale is written to a tenth: "magnitude 7.0", not "7"
        Some(v) if magnitude && (v * 10.0).fract() == 0.0 => format!("{v:.1}"),
        Some(v) if f.what.kind == FigureKind::Money => money(v),
        Some(v) => number(v),
        None if digits => format!("{}–{}", number(low), number(high)),
        // "several inches", "thousands of dollars": vague words name their unit themselves
        None => vague_words(f),
    };
    let unit = f.what.unit.as_deref().filter(|_| digits);
    // the currency goes with the number: "more than USD 2.9 million"
    let amount = match (f.what.kind, unit) {
        (FigureKind::Money, Some(u)) => format!("{u} {amount}"),
        _ => amount,
    };
    let qualified = match f.qualifier {
        Some(q) if value.is_some() => format!("{} {amount}", q.label()),
        _ => amount,
    };
    match (f.what.kind, unit) {
        (FigureKind::Age, _) => format!("aged {qualified}"),
        (FigureKind::Count | FigureKind::Money, _) | (_, None) => qualified,
        (_, Some("%")) => format!("{qualified}%"),
        (_, Some("magnitude")) => format!("magnitude {qualified}"),
        (_, Some(u)) if value == Some(1.0) => format!("{qualified} {}", singular(u)),
        (_, Some(u)) => format!("{qualified} {u}"),
    }
}

/// A unit's name for one of it: "1 decade", not "1 decades" ("jailed for a decade").
fn singular(unit: &str) -> String {
    let (head, last) = unit.rsplit_once(' ').unwrap_or(("", unit));
    let one = match last {
        "feet" => "foot".to_string(),
        "centuries" => "century".to_string(),
        w if w.ends_with("ches") => w[..w.len() - 2].to_string(),
        w if w.len() > 3 && w.ends_with('s') && w.bytes().all(|b| b.is_ascii_lowercase()) => {
            w[..w.len() - 1].to_string()
        }
        w => w.to_string(),
    };
    if head.is_empty() {
        one
    } else {
        format!("{head} {one}")
    }
}

/// How the comparison reads a value beyond its words, for the analyst who wonders why "more
/// than 30" and 42 disagree: "read as below 40" (`verdict::round_floor_ceiling`).
pub fn reading_note(f: &Figure) -> Option<String> {
    super::verdict::round_floor_ceiling(f).map(|c| format!("read as below {}", number(c)))
}

fn has_digits(s: &str) -> bool {
    s.chars().any(|c| c.is_ascii_digit())
}

/// The vague words of the figure ("dozens", "tens of thousands"), without a leading qualifier.
fn vague_words(f: &Figure) -> String {
    let lower = f.text.to_lowercase();
    match f.qualifier {
        Some(q) => lower
            .strip_prefix(q.label())
            .map_or(lower.clone(), |s| s.trim().to_string()),
        None => lower,
    }
}

/// 4404 → "4,404"; 1500000 → "1.5 million"; 1.5 → "1.5".
fn number(v: f64) -> String {
    for (size, name) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] {
        if v.abs() >= size {
            let scaled = v / size;
            let shown = format!("{scaled:.2}");
            let shown = shown.trim_end_matches('0').trim_end_matches('.');
            return format!("{shown} {name}");
        }
    }
    if v.fract() != 0.0 {
        let shown = format!("{v:.2}");
        return shown
            .trim_end_matches('0')
            .trim_end_matches('.')
            .to_string();
    }
    let digits = format!("{}", v as i64);
    let (sign, digits) = match digits.strip_prefix('-') {
        Some(d) => ("-", d.to_string()),
        None => ("", digits),
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    format!("{sign}{out}")
}

/// A sum with cents keeps both digits ("27.40", "1,234.50"); whole sums and millions read as
/// other numbers ("USD 26 million").
fn money(v: f64) -> String {
    let cents = (v * 100.0).round() / 100.0;
    if v.abs() >= 1e6 || cents.fract() == 0.0 {
        return number(v);
    }
    let whole = number(cents.trunc());
    let whole = if cents < 0.0 && !whole.starts_with('-') {
        format!("-{whole}")
    } else {
        whole
    };
    format!(
        "{whole}.{:02}",
        ((cents.abs().fract()) * 100.0).round() as u32
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sum_with_cents_keeps_both_digits() {
        assert_eq!(money(27.4), "27.40");
        assert_eq!(money(1234.5), "1,234.50");
        assert_eq!(money(0.05), "0.05");
        assert_eq!(money(-0.5), "-0.50");
        assert_eq!(money(26.0), "26");
        assert_eq!(money(2_500_000.0), "2.5 million");
    }

    #[test]
    fn negative_numbers_keep_their_sign_and_groups() {
        assert_eq!(number(-4404.0), "-4,404");
        assert_eq!(number(-3.0), "-3");
    }

    #[test]
    fn one_of_a_unit_is_named_in_the_singular() {
        for (unit, one) in [
            ("decades", "decade"),
            ("inches", "inch"),
            ("cubic feet", "cubic foot"),
            ("basis points", "basis point"),
            ("km", "km"),
            ("mph", "mph"),
            ("centuries", "century"),
        ] {
            assert_eq!(singular(unit), one);
        }
    }

    #[test]
    fn numbers_read_naturally() {
        assert_eq!(number(4404.0), "4,404");
        assert_eq!(number(164.0), "164");
        assert_eq!(number(1.5), "1.5");
        assert_eq!(number(1_500_000.0), "1.5 million");
        assert_eq!(number(2e9), "2 billion");
    }
}
