//! A sentence as words with byte spans and lowercase forms, plus the little word lists that
//! extraction and roles share (months, weekdays, stopword checks, the text between words).

use crate::language::text::{normalise, tokens};
use std::borrow::Cow;

/// One word or number of a sentence; `start`/`end` are byte offsets into the article text.
#[derive(Debug, Clone)]
pub struct Word<'a> {
    pub text: &'a str,
    /// The normalised form; borrowed from the text when that is already it (most words).
    pub lower: Cow<'a, str>,
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

/// Separators between groups of three digits: "4,404", "500 000", "1 200 000" (also with
/// no-break spaces).
const GROUP_SEPARATORS: [char; 4] = [',', ' ', '\u{a0}', '\u{202f}'];

/// The words of `text[span]`, with offsets into `text`. Digit groups split by a space
/// ("500 000") are one number.
pub fn words(text: &str, span: std::ops::Range<usize>) -> Vec<Word<'_>> {
    let Some(sentence) = text.get(span.clone()) else {
        return Vec::new();
    };
    let tokens = tokens(sentence);
    // Stock tickers name a company again in a code: not words of the sentence
    let tickers = if sentence.contains(['<', '(', '=', '.']) {
        super::tickers::asides(sentence)
    } else {
        Vec::new()
    };
    // A word per token at most: room made once (grown word by word, the lists' regrowths were
    // a fiftieth of figure reading on 250 articles).
    let mut out: Vec<Word> = Vec::with_capacity(tokens.len());
    for t in tokens {
        if tickers.iter().any(|r| r.contains(&t.start)) {
            continue;
        }
        let (start, end) = (span.start + t.start, span.start + t.end);
        if let Some(last) = out.last_mut()
            && continues_digit_groups(text, last, start, t.text)
        {
            last.end = end;
            last.text = &text[last.start..end];
            last.lower = Cow::Borrowed(last.text);
            continue;
        }
        // "Rs500", "Rp50": a currency's letters written against the sum are a word of their
        // own, so that the sum is read as money in that currency
        let split = (matches!(t.text.as_bytes().first(), Some(b'R' | b'T' | b'K')))
            .then(|| t.text.find(|c: char| c.is_ascii_digit()))
            .flatten()
            .filter(|&at| at > 0 && super::units::letter_currency(&t.text[..at]).is_some());
        let mut start = start;
        if let Some(at) = split {
            out.push(Word {
                text: &text[start..start + at],
                lower: lower_form(&t.text[..at]),
                start,
                end: start + at,
            });
            start += at;
        }
        out.push(Word {
            text: &text[start..end],
            lower: lower_form(&text[start..end]),
            start,
            end,
        });
    }
    out
}

/// [`normalise`]d `word`, without a copy when it is lowercase ASCII not ending in "'s":
/// normalising leaves such a word as it is, and it is most words of a sentence (allocating
/// every word's form was a third of figure reading on 1,000 generated articles).
fn lower_form(word: &str) -> Cow<'_, str> {
    let unchanged = word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase() && b != b'`')
        && !word.ends_with("'s");
    if unchanged {
        return Cow::Borrowed(word);
    }
    // Other ASCII only needs lowering and the possessive cut, as `normalise` does.
    if word.bytes().all(|b| b.is_ascii() && b != b'`') {
        let mut lower = word.to_ascii_lowercase();
        if lower.ends_with("'s") {
            lower.truncate(lower.len() - 2);
        }
        return Cow::Owned(lower);
    }
    Cow::Owned(normalise(word))
}

/// "500" then "000" one space apart: another group of three digits of the same number.
fn continues_digit_groups(text: &str, last: &Word, start: usize, next: &str) -> bool {
    let digits = |g: &str| !g.is_empty() && g.chars().all(|c| c.is_ascii_digit());
    // The cheap checks first: this runs for every word of every sentence.
    if !(next.len() == 3 && digits(next)) {
        return false;
    }
    let gap = text.get(last.end..start).unwrap_or("");
    let one_space = gap.chars().count() == 1
        && gap
            .chars()
            .all(|c| c != ',' && GROUP_SEPARATORS.contains(&c));
    if !one_space {
        return false;
    }
    let groups: Vec<&str> = last.text.split(GROUP_SEPARATORS).collect();
    groups.iter().all(|g| digits(g))
        && groups[0].len() <= 3
        && groups[1..].iter().all(|g| g.len() == 3)
}

/// The text between word `i - 1` and word `i` (from `floor` for the first word), past a
/// stock ticker the words were read without (`tickers`).
pub fn gap_before<'a>(text: &'a str, words: &[Word], i: usize, floor: usize) -> &'a str {
    let from = if i == 0 {
        floor
    } else {
        words.get(i - 1).map_or(floor, |w| w.end)
    };
    let to = words.get(i).map_or(from, |w| w.start);
    super::tickers::past_asides(text.get(from..to).unwrap_or(""))
}

/// True when punctuation between two words ends a phrase (comma, colon, bracket, dash,
/// ellipsis …; "--" is the dash of plain-text wire copy). A lone full stop inside a sentence
/// closes an abbreviation ("9,000 U.S. sailors", "Velora Inc. shot up", "Mr. Lee"), not a
/// phrase: read as a break, the MSRP news sentences counted U.S. soldiers as things called "u".
pub fn breaks_phrase(gap: &str) -> bool {
    gap.chars().any(|c| {
        matches!(
            c,
            ',' | ';' | ':' | '(' | ')' | '–' | '—' | '"' | '“' | '”' | '…'
        )
    }) || gap.contains("--")
        || gap.contains("..")
}

pub fn month(word: &str) -> Option<u32> {
    crate::corpus::dates::month_number(word)
}

pub fn is_weekday(word: &str) -> bool {
    matches!(
        word,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// A word that names a time rather than a thing: a weekday, a month, a period ("year",
/// "quarter"), "today", "yesterday".
pub fn is_time_word(word: &str) -> bool {
    is_weekday(word)
        || month(word).is_some()
        || matches!(
            word,
            "year"
                | "years"
                | "month"
                | "months"
                | "week"
                | "weeks"
                | "quarter"
                | "quarters"
                | "day"
                | "today"
                | "yesterday"
        )
}

/// Parses digits with thousands separators and a decimal point: "4,404" → 4404, "1.5" → 1.5;
/// also the continental forms translations keep: "6.000" → 6000, "4,5" → 4.5.
pub fn parse_digits(s: &str) -> Option<f64> {
    if let Some(v) = continental(s) {
        return Some(v);
    }
    let mut parts = s.split('.');
    let whole = parts.next()?;
    let frac = parts.next();
    if parts.next().is_some() || whole.is_empty() {
        return None;
    }
    let groups: Vec<&str> = whole.split(GROUP_SEPARATORS).collect();
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

/// "6.000", "1.200.000" (dots between groups of three, the last group ending in "00", which an
/// English decimal would not write) and "4,5" (a comma before one digit, which an English
/// thousands separator never is; "12,34" stays unread).
fn continental(s: &str) -> Option<f64> {
    let digits = |g: &str| !g.is_empty() && g.chars().all(|c| c.is_ascii_digit());
    if let Some((whole, frac)) = s.split_once(',') {
        let decimal = digits(whole) && whole.len() <= 3 && digits(frac) && frac.len() == 1;
        return if decimal {
            format!("{whole}.{frac}").parse().ok()
        } else {
            None
        };
    }
    let groups: Vec<&str> = s.split('.').collect();
    let thousands = groups.len() >= 2
        && groups[0].len() <= 3
        && !groups[0].starts_with('0')
        && groups.iter().all(|g| digits(g))
        && groups[1..].iter().all(|g| g.len() == 3)
        && (groups.len() > 2 || groups[1].ends_with("00"));
    thousands.then(|| groups.concat().parse().ok()).flatten()
}

/// Splits a token such as "5bn", "10km", "8th" into its leading number and the letters after.
pub fn split_number_suffix(s: &str) -> (&str, &str) {
    let cut = s
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || GROUP_SEPARATORS.contains(&c)))
        .unwrap_or(s.len());
    (&s[..cut], &s[cut..])
}

/// Whether `word` lowercased passes `test`; a short ASCII word (most) is lowercased on the
/// stack, not in a new String (this runs for every word of the sentences with figures).
pub fn lowercase_is(word: &str, test: impl Fn(&str) -> bool) -> bool {
    let mut buffer = [0u8; 24];
    match buffer.get_mut(..word.len()) {
        Some(lower) if word.is_ascii() => {
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            std::str::from_utf8(lower).is_ok_and(test)
        }
        _ => test(&word.to_lowercase()),
    }
}

/// Words with their byte offsets.
pub fn word_spans(s: &str) -> Vec<(usize, &str)> {
    // Room for a word per six bytes, about a word of news with its space.
    let mut out = Vec::with_capacity(s.len() / 6 + 1);
    let mut start = None;
    for (i, c) in s.char_indices() {
        let part = c.is_alphanumeric() || c == '-' || c == '\'';
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                out.push((st, &s[st..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push((st, &s[st..]));
    }
    out
}

/// Where the noun "age" stands before a number that gives its value: "raise the retirement
/// age from 62 to 64", "the pension age to 64", "a voting age of 16". The number is an age, of
/// the thing named before "age", not a count (a protest pair written for this counted 64
/// protesters). `lower(k)` is word k lowercased; `start` the number's first word.
pub fn age_noun_before<'a>(start: usize, lower: impl Fn(usize) -> &'a str) -> Option<usize> {
    let mut k = start.checked_sub(1)?;
    for _ in 0..4 {
        match lower(k) {
            "age" | "ages" => return Some(k),
            "to" | "from" | "of" | "at" => {}
            w if w.starts_with(|c: char| c.is_ascii_digit()) => {}
            _ => return None,
        }
        k = k.checked_sub(1)?;
    }
    None
}

/// Words that, set off by a comma, turn a sentence from one claim to another ("100,000
/// rallied, according to police, while unions said 300,000"): each part has its own source and
/// its own sums.
pub fn turns_to_another_claim(word: &str) -> bool {
    matches!(word, "while" | "whereas" | "but")
}

/// Verb forms that make the figure after them a demand: "sought", "is demanding", "requested",
/// "proposed" (`scope::sought`; "ask" and "call" count only before "for"). Nouns that also
/// name markets ("demand rose 5%") are left out.
/// Words of custody a court's sentence is given in: "jailed", "sentenced", "prison", "custody".
pub fn is_custody_word(word: &str) -> bool {
    matches!(
        word,
        "prison"
            | "jail"
            | "gaol"
            | "custody"
            | "sentence"
            | "sentences"
            | "sentenced"
            | "imprisonment"
            | "imprisoned"
            | "imprison"
            | "jailed"
    )
}

pub fn is_verb_of_demand(word: &str) -> bool {
    matches!(
        word,
        "sought"
            | "seek"
            | "seeks"
            | "seeking"
            | "demanded"
            | "demanding"
            | "demands"
            | "requested"
            | "requesting"
            | "proposed"
            | "proposing"
            | "proposes"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_words_lowercase_form_is_its_normalised_form_copied_or_not() {
        for word in [
            "killed",
            "Police",
            "NASA",
            "police's",
            "Police's",
            "Kazakhstan’s",
            "Zürich",
            "ÉTÉ",
            "Straße",
            "twenty-five",
            "4,404",
            "1.5",
        ] {
            assert_eq!(lower_form(word), normalise(word), "{word}");
        }
        // the common case borrows the text instead of copying it
        assert!(matches!(lower_form("killed"), Cow::Borrowed(_)));
    }

    #[test]
    fn digits_with_separators() {
        assert_eq!(parse_digits("4,404"), Some(4404.0));
        assert_eq!(parse_digits("1.5"), Some(1.5));
        assert_eq!(parse_digits("1,000,000"), Some(1e6));
        assert_eq!(parse_digits("12,34"), None);
        assert_eq!(parse_digits("164"), Some(164.0));
        assert_eq!(parse_digits("500 000"), Some(500_000.0));
    }

    #[test]
    fn continental_number_forms_are_read() {
        assert_eq!(parse_digits("6.000"), Some(6000.0));
        assert_eq!(parse_digits("1.200.000"), Some(1_200_000.0));
        assert_eq!(parse_digits("4,5"), Some(4.5));
        assert_eq!(parse_digits("1.5"), Some(1.5));
        assert_eq!(parse_digits("2.125"), Some(2.125));
        assert_eq!(parse_digits("0.500"), Some(0.5));
        assert_eq!(parse_digits("4,404"), Some(4404.0));
    }

    #[test]
    fn digit_groups_split_by_spaces_are_one_number() {
        let text = "almost 500 000 leva, 1 200 000 people, in 2019 500 cars";
        let w = words(text, 0..text.len());
        let texts: Vec<&str> = w.iter().map(|w| w.text).collect();
        assert!(texts.contains(&"500 000"), "{texts:?}");
        assert!(texts.contains(&"1 200 000"), "{texts:?}");
        assert!(
            texts.contains(&"2019") && texts.contains(&"500"),
            "{texts:?}"
        );
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
