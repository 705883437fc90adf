//! Why two sources differ: who gives a figure ("according to the interior ministry", "police
//! said") and as of when (a date or weekday in its sentence, else the article's date), and
//! whether it is a running tally ("now stands at", "a fourth death") that may simply have moved on.

use crate::corpus::dates::month_number;

/// Who gives a figure and as of when, read once for all the figures of a sentence.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Provenance {
    /// Who gives it, as the sentence says ("according to the interior ministry", "police said").
    pub attribution: Option<String>,
    /// The ISO date it stands for: from its sentence, else the article's date.
    pub as_of: Option<String>,
    /// A tally as at the time of writing ("now stands at", "a fourth death"): it may have moved.
    pub running: bool,
}

impl Provenance {
    /// The provenance a sentence gives its figures; `article_date` stands when it names none.
    pub fn of(sentence: &str, article_date: Option<&str>) -> Provenance {
        // The words are split once for both readings (split twice, a twentieth of figure reading).
        let words = word_spans(sentence);
        Provenance {
            attribution: attribution_in(sentence, &words),
            as_of: as_of_in(sentence, article_date, &words),
            running: super::tally::running_in(&sentence.to_lowercase()),
        }
    }
}

/// Verbs that report who gives a figure.
pub fn is_speech_verb(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "says"
            | "told"
            | "tells"
            | "reported"
            | "reports"
            | "announced"
            | "announces"
            | "confirmed"
            | "confirms"
            | "estimated"
            | "estimates"
            | "stated"
            | "added"
            | "claimed"
            | "claims"
    )
}

/// The attribution of a sentence as written: "according to Kazakh authorities", "police said",
/// "the Illinois Department of Public Health reported", "said the ministry"; None when it names
/// nobody. Only the clause that names the source is kept.
pub fn attribution(sentence: &str) -> Option<String> {
    attribution_in(sentence, &word_spans(sentence))
}

/// [`attribution`] of a sentence split into its [`word_spans`].
fn attribution_in(sentence: &str, words: &[(usize, &str)]) -> Option<String> {
    // Found in the sentence itself: an offset in a lowercased copy may not be one in it (some
    // letters lowercase to more or fewer bytes).
    if let Some(at) = find_ascii_ignoring_case(sentence, "according to ") {
        let rest = &sentence[at..];
        let end = clause_end(rest, 12);
        let source = rest[..end].trim();
        // "according to him" names nobody the reader can weigh, as "he said" does not
        let named = source["according to".len()..].trim();
        return (!starts_with_pronoun_only(named)).then(|| source.to_string());
    }
    for (k, &(at, w)) in words.iter().enumerate() {
        if !lowercase_is(w, is_speech_verb) || !reports_speech(words, k) {
            continue;
        }
        // the speaker before the verb, back to the clause start ("…, police said")
        let clause_start = sentence[..at]
            .char_indices()
            .rev()
            .find(|(_, c)| matches!(c, ',' | ';' | ':' | '—' | '(' | '"' | '“' | '”'));
        let from = clause_start.map_or(0, |(c, ch)| c + ch.len_utf8());
        let from = past_lead_in(sentence, from, at);
        let before = sentence[from..at].trim();
        let n = before.split_whitespace().count();
        if (1..=7).contains(&n) && !starts_with_pronoun_only(before) {
            let end = at + w.len();
            return Some(sentence[from..end].trim().to_string());
        }
        // "…, said the ministry", "told reporters" is not a source
        if n == 0 {
            let rest = &sentence[at..];
            let end = clause_end(rest, 10);
            let phrase = rest[..end].trim();
            let tail = phrase.split_whitespace().nth(1).unwrap_or("");
            if !tail.is_empty() && names_a_speaker(phrase) {
                return Some(phrase.to_string());
            }
        }
    }
    None
}

/// Whether the words after a speech verb name who speaks ("said the ministry", "said his
/// father"), not what was said or how: "said that …", "said she escaped …", "said in a
/// statement …", and a clause with its own verb ("stated a group of 70 activists had set off")
/// name nobody (our sets' wire and spun copies showed all four as sources).
fn names_a_speaker(phrase: &str) -> bool {
    let mut words = phrase.split_whitespace().skip(1);
    let first = words.next().unwrap_or("");
    let opens_otherwise = lowercase_is(first, |w| {
        matches!(
            w,
            "that"
                | "it"
                | "on"
                | "in"
                | "at"
                | "by"
                | "to"
                | "with"
                | "during"
                | "after"
                | "before"
                | "he"
                | "she"
                | "they"
                | "we"
                | "i"
                | "you"
                | "there"
        )
    });
    let has_verb = phrase.split_whitespace().skip(1).any(|w| {
        lowercase_is(w, |w| {
            matches!(
                w,
                "had" | "has" | "have" | "was" | "were" | "is" | "are" | "would" | "will"
            )
        })
    });
    !opens_otherwise && !has_verb
}

/// Where the speaker starts in `sentence[from..to]`, past a joining word and a two-word time
/// phrase before it: "and by nightfall the authorities confirmed" is given by "the
/// authorities", "On Sunday police said" by "police" (our dam-breach set showed the first
/// whole as a source).
fn past_lead_in(sentence: &str, from: usize, to: usize) -> usize {
    let mut at = from;
    let next_word = |at: usize| {
        let rest = &sentence[at..to];
        let start = at + (rest.len() - rest.trim_start().len());
        let word_end = sentence[start..to]
            .find(char::is_whitespace)
            .map_or(to, |e| start + e);
        (start, word_end)
    };
    let (start, end) = next_word(at);
    if lowercase_is(&sentence[start..end], |w| {
        matches!(w, "and" | "but" | "yet" | "while" | "as" | "then" | "so")
    }) {
        at = end;
    }
    let (start, end) = next_word(at);
    if lowercase_is(&sentence[start..end], |w| {
        matches!(
            w,
            "by" | "on" | "at" | "in" | "after" | "before" | "since" | "until"
        )
    }) {
        let (_, time_end) = next_word(end);
        // Only when a speaker of its own is left: "In Almaty said" keeps its words.
        if sentence[time_end..to].split_whitespace().count() >= 1 {
            at = time_end;
        }
    }
    at
}

/// Where ASCII `needle` first occurs in `haystack`, ignoring ASCII case. A match starts on
/// an ASCII byte, so always at a character boundary.
fn find_ascii_ignoring_case(haystack: &str, needle: &str) -> Option<usize> {
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// Whether the speech verb at `words[k]` has a speaker: after a form of "be" it is passive
/// ("17 people are confirmed dead", "it was reported"), and "claimed/cost … lives" is a toll,
/// not a claim ("the storm claimed 11 lives"). Found on our ferry set's analysis piece, whose
/// toll was shown as given by "At least 17 people are confirmed".
fn reports_speech(words: &[(usize, &str)], k: usize) -> bool {
    let be = |i: usize| {
        lowercase_is(words[i].1, |w| {
            matches!(w, "is" | "are" | "was" | "were" | "be" | "been" | "being")
        })
    };
    if k > 0 && be(k - 1) {
        return false;
    }
    let claims = lowercase_is(words[k].1, |w| w.starts_with("claim"));
    let lives = words[k + 1..]
        .iter()
        .take(4)
        .any(|&(_, w)| lowercase_is(w, |w| w == "lives" || w == "life"));
    !(claims && lives)
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

/// "he said", "they told": a pronoun names nobody the reader can weigh.
fn starts_with_pronoun_only(before: &str) -> bool {
    matches!(
        before.to_lowercase().as_str(),
        "he" | "she"
            | "they"
            | "it"
            | "we"
            | "i"
            | "you"
            | "officials have"
            | "this"
            | "him"
            | "her"
            | "them"
            | "us"
            | "me"
    ) || before.split_whitespace().count() > 7 && !before.starts_with(char::is_uppercase)
}

/// Words with their byte offsets.
fn word_spans(s: &str) -> Vec<(usize, &str)> {
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

/// Where the clause that opens `s` ends: the first comma, full stop, semicolon or dash, or
/// after `max_words` words.
fn clause_end(s: &str, max_words: usize) -> usize {
    let stop = s
        .char_indices()
        .skip(1)
        .find(|(_, c)| matches!(c, ',' | '.' | ';' | '—' | '(' | ')' | '"' | '”' | '\n'))
        .map_or(s.len(), |(i, _)| i);
    let mut words = 0;
    for (i, c) in s.char_indices() {
        if c == ' ' {
            words += 1;
            if words >= max_words {
                return i.min(stop);
            }
        }
    }
    stop
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
    if let Some(base) = base {
        for (i, &w) in words.iter().enumerate() {
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
            if is("yesterday") {
                return Some(base.minus_days(1).iso());
            }
        }
        return Some(base.iso());
    }
    None
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
    fn speech_verbs_are_found_in_any_case() {
        assert!(lowercase_is("SAID", is_speech_verb));
        assert!(lowercase_is("Told", is_speech_verb));
        assert!(!lowercase_is("Saidee", is_speech_verb));
        assert!(!lowercase_is(
            "a-very-long-word-past-the-stack-buffer",
            is_speech_verb
        ));
    }

    #[test]
    fn who_gives_the_figure() {
        let said_by = [
            (
                "At least 40 people died, according to the interior ministry.",
                Some("according to the interior ministry"),
            ),
            (
                "The toll rose to 164, police said on Sunday.",
                Some("police said"),
            ),
            (
                "Three were hurt, a spokeswoman told Khabar-24.",
                Some("a spokeswoman told"),
            ),
            (
                "The state health department reported 153 cases.",
                Some("The state health department reported"),
            ),
            ("Six people were killed in the blast.", None),
            ("Six were killed, he said.", None),
            ("According to him, 236 were saved.", None),
            // what was said or how, not who says it; "states" is a noun in news
            (
                "The river rose, said in a statement that it had acted.",
                None,
            ),
            (
                "Three died, stated a group of 70 activists had set off.",
                None,
            ),
            ("Nine died, like many other former Soviet states.", None),
            ("“We ran,” said his father, 71.", Some("said his father")),
            // the speaker, without the words that lead into the clause
            (
                "The river burst its banks, and by nightfall the authorities confirmed nine deaths.",
                Some("the authorities confirmed"),
            ),
            (
                "On Sunday police said 40 people had died.",
                Some("police said"),
            ),
            // letters whose lowercase is longer or shorter do not shift the source
            (
                "İİİ ȺȺ, according to police, 5 died.",
                Some("according to police"),
            ),
            // passive: nobody is named as giving it
            (
                "At least 17 people are confirmed dead and dozens remain missing.",
                None,
            ),
            ("Two deaths were reported in the county.", None),
            // a toll, not a claim
            ("The storm claimed 11 lives in Ohio.", None),
            (
                "The rebels claimed the attack, officials confirmed.",
                Some("The rebels claimed"),
            ),
            (
                "“It’s bad,” said resident Robynn Stagg, 58.",
                Some("said resident Robynn Stagg"),
            ),
        ];
        for (sentence, who) in said_by {
            assert_eq!(attribution(sentence).as_deref(), who, "{sentence}");
        }
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
        ];
        for (sentence, published, day) in dated {
            assert_eq!(as_of(sentence, published).as_deref(), day, "{sentence}");
        }
    }
}
