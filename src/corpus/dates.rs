//! Dates in free text: month names ("Sept.", "jan"), full dates in either order or ISO form,
//! and datelines (a short line that is mostly a date).

/// A short line that is mostly a date ("Wednesday, 29 November 2023 – 13:06",
/// "Published: Jan. 5, 2022"): its ISO date.
pub fn dateline(line: &str) -> Option<String> {
    // Counted no further than the limit: most lines are paragraphs.
    if line.split_whitespace().nth(10).is_some() {
        return None;
    }
    parse_date(line)
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A month's number from its name or three-letter abbreviation ("Jan.", "sept").
pub fn month_number(word: &str) -> Option<u32> {
    // Month names are ASCII, and no other character lowercases to one of their letters: only
    // an ASCII word can be one, and it is lowercased on the stack (this runs for every word
    // beside a number in every sentence).
    let word = word.trim_end_matches('.');
    // Most words are no month by their first letter: rejected before anything is copied.
    let first = word.as_bytes().first()?.to_ascii_lowercase();
    if !b"jfmasond".contains(&first) || !word.is_ascii() || word.len() > "september".len() {
        return None;
    }
    let mut buffer = [0u8; 9];
    let lower = &mut buffer[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    let w = std::str::from_utf8(lower).ok()?;
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| {
            *m == w || (w.len() >= 3 && m.starts_with(w) && (w.len() == 3 || w == "sept"))
        })
        .map(|i| i as u32 + 1)
}

/// Finds a full date (day, month name, year, in either order, or YYYY-MM-DD) in free text.
pub fn parse_date(s: &str) -> Option<String> {
    let tokens: Vec<&str> = s
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|t| !t.is_empty())
        .collect();
    for t in &tokens {
        if let Some(iso) = iso_date(t) {
            return Some(iso);
        }
    }
    let number = |t: &str| {
        t.trim_end_matches(|c: char| c.is_alphabetic())
            .parse::<u32>()
            .ok()
    };
    for (i, t) in tokens.iter().enumerate() {
        let Some(month) = month_number(t) else {
            continue;
        };
        let before = i.checked_sub(1).and_then(|j| number(tokens[j]));
        let after = tokens.get(i + 1).and_then(|t| number(t));
        let (day, year_at) = match (before, after) {
            (_, Some(d)) if (1..=31).contains(&d) => (d, i + 2),
            (Some(d), _) if (1..=31).contains(&d) => (d, i + 1),
            _ => continue,
        };
        let year = tokens.get(year_at).and_then(|t| t.parse::<u32>().ok());
        if let Some(y) = year.filter(|y| (1900..=2100).contains(y)) {
            return Some(format!("{y:04}-{month:02}-{day:02}"));
        }
    }
    None
}

fn iso_date(t: &str) -> Option<String> {
    let parts: Vec<&str> = t.split('-').collect();
    if parts.len() != 3 || parts[0].len() != 4 {
        return None;
    }
    let y: u32 = parts[0].parse().ok()?;
    let m: u32 = parts[1].parse().ok()?;
    let d: u32 = parts[2].get(..2).unwrap_or(parts[2]).parse().ok()?;
    ((1900..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_names_are_read_in_any_case_abbreviated_or_dotted() {
        assert_eq!(month_number("SEPTEMBER"), Some(9));
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("jan..."), Some(1));
        assert_eq!(month_number("Dec"), Some(12));
        assert_eq!(month_number("Ma"), None);
        assert_eq!(month_number("Mayday"), None);
        assert_eq!(month_number("Septembers"), None);
        // Letters outside ASCII never make a month name, even those that lowercase to ASCII.
        assert_eq!(month_number("Ma\u{212a}"), None);
        assert_eq!(month_number("Mär"), None);
    }

    #[test]
    fn dates_in_several_forms() {
        let dates = [
            ("Published Jan. 5, 2022 at 10:00", Some("2022-01-05")),
            ("2022-01-05T10:00:00Z", Some("2022-01-05")),
            ("5th March 2021", Some("2021-03-05")),
            ("in May the crowd", None),
            ("since December 16, 2011, when", Some("2011-12-16")),
        ];
        for (text, date) in dates {
            assert_eq!(parse_date(text).as_deref(), date, "{text}");
        }
        assert_eq!(
            dateline(
                "On December 16, 2011, oil workers in the region went on strike to protest against low wages"
            ),
            None
        );
    }
}
