//! A sentence as words with byte spans and lowercase forms, plus the little word lists that
//! extraction and roles share (months, weekdays, stopword checks, the text between words).

use crate::text::{normalise, tokens};

/// One word or number of a sentence; `start`/`end` are byte offsets into the article text.
#[derive(Debug, Clone)]
pub struct Word<'a> {
    pub text: &'a str,
    pub lower: String,
    pub start: usize,
    pub end: usize,
}

impl Word<'_> {
    pub fn is_digits(&self) -> bool {
        self.text.starts_with(|c: char| c.is_ascii_digit())
    }

    pub fn is_capitalised(&self) -> bool {
        self.text.starts_with(|c: char| c.is_uppercase())
    }
}

/// The words of `text[span]`, with offsets into `text`.
pub fn words(text: &str, span: std::ops::Range<usize>) -> Vec<Word<'_>> {
    let Some(sentence) = text.get(span.clone()) else {
        return Vec::new();
    };
    tokens(sentence)
        .into_iter()
        .map(|t| Word {
            text: &text[span.start + t.start..span.start + t.end],
            lower: normalise(t.text),
            start: span.start + t.start,
            end: span.start + t.end,
        })
        .collect()
}

/// The text between word `i - 1` and word `i` (from `floor` for the first word).
pub fn gap_before<'a>(text: &'a str, words: &[Word], i: usize, floor: usize) -> &'a str {
    let from = if i == 0 {
        floor
    } else {
        words.get(i - 1).map_or(floor, |w| w.end)
    };
    let to = words.get(i).map_or(from, |w| w.start);
    text.get(from..to).unwrap_or("")
}

/// True when punctuation between two words ends a phrase (comma, colon, bracket, dash …).
pub fn breaks_phrase(gap: &str) -> bool {
    gap.chars().any(|c| {
        matches!(
            c,
            ',' | ';' | ':' | '(' | ')' | '.' | '–' | '—' | '"' | '“' | '”'
        )
    })
}

pub fn month(word: &str) -> Option<u32> {
    crate::corpus::meta::month_number(word)
}

pub fn is_weekday(word: &str) -> bool {
    matches!(
        word,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// Parses digits with thousands separators and a decimal point: "4,404" → 4404, "1.5" → 1.5.
pub fn parse_digits(s: &str) -> Option<f64> {
    let mut parts = s.split('.');
    let whole = parts.next()?;
    let frac = parts.next();
    if parts.next().is_some() || whole.is_empty() {
        return None;
    }
    let groups: Vec<&str> = whole.split(',').collect();
    let grouped_ok =
        groups.len() == 1 || (groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3));
    if !grouped_ok || !groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit())) {
        return None;
    }
    let mut digits: String = groups.concat();
    if let Some(f) = frac {
        if f.is_empty() || !f.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        digits.push('.');
        digits.push_str(f);
    }
    digits.parse().ok()
}

/// Splits a token such as "5bn", "10km", "8th" into its leading number and the letters after.
pub fn split_number_suffix(s: &str) -> (&str, &str) {
    let cut = s
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(s.len());
    (&s[..cut], &s[cut..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_with_separators() {
        assert_eq!(parse_digits("4,404"), Some(4404.0));
        assert_eq!(parse_digits("1.5"), Some(1.5));
        assert_eq!(parse_digits("1,000,000"), Some(1e6));
        assert_eq!(parse_digits("12,34"), None);
        assert_eq!(parse_digits("164"), Some(164.0));
    }

    #[test]
    fn suffixes_split_off() {
        assert_eq!(split_number_suffix("5bn"), ("5", "bn"));
        assert_eq!(split_number_suffix("8th"), ("8", "th"));
        assert_eq!(split_number_suffix("4,404"), ("4,404", ""));
    }

    #[test]
    fn words_carry_article_offsets() {
        let text = "Intro. About 4,404 people.";
        let ws = words(text, 7..text.len());
        assert_eq!(ws[1].text, "4,404");
        assert_eq!(&text[ws[1].start..ws[1].end], "4,404");
        assert_eq!(gap_before(text, &ws, 1, 7), " ");
        assert_eq!(month("Dec".to_lowercase().as_str()), Some(12));
    }
}
