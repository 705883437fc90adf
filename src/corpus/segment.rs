//! Paragraphs, lines and sentences as byte spans into the decoded text.
//!
//! A paragraph is text between blank lines. Every line break also ends a sentence, because in
//! scraped news a line is a headline, a caption or a paragraph. Inside a line, a sentence ends
//! at `.`, `!`, `?` or `…` (plus closing quotes and brackets) followed by a space and a capital,
//! digit or opening quote — unless the period belongs to an abbreviation, an initial or an
//! acronym such as "U.S.".

use std::ops::Range;

/// One sentence as found by the segmenter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawSentence {
    pub span: Range<usize>,
    pub paragraph: usize,
    pub line: usize,
    /// True when the sentence is the whole of its line.
    pub whole_line: bool,
}

/// Non-empty lines as trimmed byte spans, with the paragraph each belongs to.
pub fn lines(text: &str) -> Vec<(Range<usize>, usize)> {
    let mut out = Vec::new();
    let mut paragraph = 0usize;
    let mut blank_run = true;
    let mut pos = 0usize;
    for raw in text.split_inclusive('\n') {
        let start = pos;
        pos += raw.len();
        let trimmed = trim_span(text, start..start + raw.len());
        if trimmed.is_empty() {
            blank_run = true;
            continue;
        }
        if blank_run && !out.is_empty() {
            paragraph += 1;
        }
        blank_run = false;
        out.push((trimmed, paragraph));
    }
    out
}

/// Splits the text into sentences.
pub fn sentences(text: &str) -> Vec<RawSentence> {
    let mut out = Vec::new();
    for (line_no, (line, paragraph)) in lines(text).into_iter().enumerate() {
        let pieces = split_line(text, line.clone());
        let whole_line = pieces.len() == 1;
        for span in pieces {
            out.push(RawSentence {
                span,
                paragraph,
                line: line_no,
                whole_line,
            });
        }
    }
    out
}

/// Paragraph spans (first sentence start to last sentence end) by paragraph number.
pub fn paragraph_spans(sentences: &[RawSentence]) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for s in sentences {
        match out.get_mut(s.paragraph) {
            Some(p) => p.end = s.span.end,
            None => out.push(s.span.clone()),
        }
    }
    out
}

fn trim_span(text: &str, span: Range<usize>) -> Range<usize> {
    let slice = &text[span.clone()];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if lead == slice.len() {
        return span.start..span.start;
    }
    span.start + lead..span.end - trail
}

const TERMINALS: &[char] = &['.', '!', '?', '…', '。', '！', '？'];
const CLOSERS: &[char] = &[
    '"', '\'', '”', '’', ')', ']', '»', '›', '}', '」', '』', '）', '】', '》', '〉',
];
const OPENERS: &[char] = &[
    '"', '\'', '“', '‘', '(', '[', '«', '‹', '¿', '¡', '—', '-', '「', '『', '（', '【', '《', '〈',
];

/// Splits one trimmed line into trimmed sentence spans, none longer than [`MAX_SENTENCE_BYTES`].
/// Read by byte offset, the ASCII bytes that are no terminal and no quotation mark skipped by
/// one test (a vector of the line's characters per line was half of segmenting).
fn split_line(text: &str, line: Range<usize>) -> Vec<Range<usize>> {
    let s = &text[line.clone()];
    let char_at = |at: usize| s[at..].chars().next();
    let mut out = Vec::new();
    let mut sentence_start = 0usize;
    // Quotation marks between the sentence's start and `i`, counted as we go: one pass per line.
    let mut quotes = Quotes::default();
    let mut i = 0usize;
    while let Some(&b) = s.as_bytes().get(i) {
        if b.is_ascii() && !matches!(b, b'.' | b'!' | b'?' | b'"') {
            i += 1;
            continue;
        }
        let c = char_at(i).unwrap_or_default();
        if !TERMINALS.contains(&c) {
            quotes.add(c);
            i += c.len_utf8();
            continue;
        }
        // Run of terminals and closers: "?!", "...", ".”", "?)"; it ends at byte `end`.
        let mut end = i + c.len_utf8();
        while let Some(n) = char_at(end).filter(|n| TERMINALS.contains(n) || CLOSERS.contains(n)) {
            end += n.len_utf8();
        }
        let run = &s[i..end];
        let cjk = matches!(c, '。' | '！' | '？');
        let after = char_at(end);
        let mut split = false;
        if after.is_some_and(|n| n.is_whitespace() || cjk) {
            let rest = s[end..].trim_start_matches(char::is_whitespace);
            let mut next = rest.chars();
            let (next, next2) = (next.next(), next.next());
            let starts_new = cjk || next.is_some_and(|n| begins_sentence(n, next2));
            let run_is_dots = run.chars().all(|ch| ch == '.' || CLOSERS.contains(&ch));
            let abbreviation = run == "." && is_abbreviation(&s[sentence_start..i]);
            // "… I plan to …" inside a quotation is a pause, not an ending.
            let dots = run.bytes().filter(|&ch| ch == b'.').count();
            let pause = (c == '…' || dots >= 3) && quotes.open();
            let single_dot_in_run = run_is_dots && dots == 1;
            split = starts_new && !pause && !(abbreviation && single_dot_in_run);
        }
        if split {
            push_bounded(&mut out, line.start, s, sentence_start..end);
            sentence_start = end;
            quotes = Quotes::default();
        } else {
            run.chars().for_each(|ch| quotes.add(ch));
        }
        i = end;
    }
    push_bounded(&mut out, line.start, s, sentence_start..s.len());
    out
}

/// Longest span analysed as one sentence. The longest sentence in the dev sets is under 400
/// bytes; a "sentence" of megabytes (a page without full stops) would make every per-sentence
/// scan of alignment and figures quadratic, so it is cut into clauses of at most this size.
pub const MAX_SENTENCE_BYTES: usize = 1_000;

/// Pushes a trimmed sentence span, cut into pieces of at most [`MAX_SENTENCE_BYTES`]: after
/// the last clause mark (`,` `;` `:`) in the second half of the window, else at the last space,
/// else at a character boundary.
fn push_bounded(out: &mut Vec<Range<usize>>, base: usize, s: &str, span: Range<usize>) {
    let mut span = trim_span(s, span);
    while span.len() > MAX_SENTENCE_BYTES {
        let window_end = floor_boundary(s, span.start + MAX_SENTENCE_BYTES);
        let window = &s[span.start..window_end];
        let half = window.len() / 2;
        let cut = window
            .rmatch_indices([',', ';', ':'])
            .map(|(i, _)| i + 1)
            .find(|&i| i >= half && window[i..].starts_with(char::is_whitespace))
            .or_else(|| window.rfind(char::is_whitespace).filter(|&i| i > 0))
            .unwrap_or(window.len());
        push_trimmed(out, base, s, span.start..span.start + cut);
        span = trim_span(s, span.start + cut..span.end);
    }
    push_trimmed(out, base, s, span);
}

fn floor_boundary(s: &str, mut at: usize) -> usize {
    at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn push_trimmed(out: &mut Vec<Range<usize>>, base: usize, s: &str, span: Range<usize>) {
    let t = trim_span(s, span);
    if !t.is_empty() {
        out.push(base + t.start..base + t.end);
    }
}

/// Quotation marks seen so far in a sentence.
#[derive(Default)]
struct Quotes {
    opening: usize,
    closing: usize,
    straight: usize,
}

impl Quotes {
    fn add(&mut self, c: char) {
        match c {
            '“' => self.opening += 1,
            '”' => self.closing += 1,
            '"' => self.straight += 1,
            _ => {}
        }
    }

    /// Is a quotation opened and not yet closed?
    fn open(&self) -> bool {
        self.opening > self.closing || self.straight % 2 == 1
    }
}

fn begins_sentence(n: char, after: Option<char>) -> bool {
    if OPENERS.contains(&n) {
        return after.is_some_and(|a| can_start_sentence(a) || OPENERS.contains(&a));
    }
    can_start_sentence(n)
}

/// A capital, a digit, or any letter of a script without case (CJK, Arabic …).
fn can_start_sentence(c: char) -> bool {
    c.is_uppercase() || c.is_ascii_digit() || (c.is_alphabetic() && !c.is_lowercase())
}

/// Words that end with a period without ending the sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "col",
    "sgt", "capt", "cmdr", "adm", "maj", "rev", "hon", "pres", "supt", "insp", "no", "nos", "vs",
    "approx", "dept", "est", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "mt", "ft", "ave", "blvd", "corp", "messrs", "mme", "mlle", "cf", "al",
    "op", "vol", "pp", "ch",
];

/// Is the last word before a period an abbreviation, an initial or a dotted acronym?
fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || OPENERS.contains(&c))
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return false;
    }
    // "U.S" "e.g" "a.m" — letters separated by dots.
    if word.contains('.')
        && word
            .split('.')
            .all(|p| p.chars().count() <= 2 && p.chars().all(char::is_alphabetic))
    {
        return true;
    }
    let mut letters = word.chars();
    if let (Some(first), None) = (letters.next(), letters.next()) {
        return first.is_uppercase();
    }
    ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|s| &text[s.span]).collect()
    }

    #[test]
    fn splits_plain_sentences() {
        assert_eq!(
            texts("One two. Three four! Five?"),
            ["One two.", "Three four!", "Five?"]
        );
    }

    #[test]
    fn abbreviations_initials_and_acronyms_do_not_split() {
        let t = "Mr. Tokayev met U.S. officials on Jan. 5 with J. Smith. Then he left.";
        assert_eq!(
            texts(t),
            [
                "Mr. Tokayev met U.S. officials on Jan. 5 with J. Smith.",
                "Then he left."
            ]
        );
    }

    #[test]
    fn decimals_do_not_split() {
        assert_eq!(
            texts("Prices rose 1.5 times. It hurt."),
            ["Prices rose 1.5 times.", "It hurt."]
        );
    }

    #[test]
    fn quotes_that_end_a_sentence_stay_with_it() {
        let t = "He said: “We will win.” The crowd cheered. \"Go home.\" She left.";
        assert_eq!(
            texts(t),
            [
                "He said: “We will win.”",
                "The crowd cheered.",
                "\"Go home.\"",
                "She left."
            ]
        );
    }

    #[test]
    fn a_question_in_quotes_followed_by_lowercase_does_not_split() {
        assert_eq!(
            texts("“Why?” he asked. Nobody knew."),
            ["“Why?” he asked.", "Nobody knew."]
        );
    }

    #[test]
    fn ellipses_split_only_before_a_capital() {
        assert_eq!(
            texts("Wait... and see. Then… Nothing."),
            ["Wait... and see.", "Then…", "Nothing."]
        );
    }

    #[test]
    fn an_ellipsis_inside_a_quotation_does_not_split() {
        assert_eq!(
            texts("“As head of state … I will act.” Then he left."),
            ["“As head of state … I will act.”", "Then he left."]
        );
    }

    #[test]
    fn lines_without_punctuation_are_their_own_sentences() {
        let t = "Headline without stop\n\nBody starts here. Ends here\nCaption line";
        assert_eq!(
            texts(t),
            [
                "Headline without stop",
                "Body starts here.",
                "Ends here",
                "Caption line"
            ]
        );
    }

    #[test]
    fn spans_index_the_original_text_with_crlf() {
        let t = "Title\r\n\r\nFirst one. Second one.\r\n";
        let s = sentences(t);
        assert_eq!(s.len(), 3);
        assert_eq!(&t[s[0].span.clone()], "Title");
        assert_eq!(s[1].paragraph, 1);
        assert_eq!(&t[s[2].span.clone()], "Second one.");
    }

    #[test]
    fn cjk_sentences_split_without_spaces() {
        assert_eq!(
            texts("抗议活动蔓延。政府辞职。"),
            ["抗议活动蔓延。", "政府辞职。"]
        );
        // A quotation in CJK brackets after a sentence in another script starts one of its own.
        assert_eq!(
            texts("Crowds gathered. 「东京」发生火灾。「救援」继续。"),
            ["Crowds gathered.", "「东京」发生火灾。", "「救援」继续。"]
        );
    }

    #[test]
    fn a_sentence_without_full_stops_is_cut_into_clauses_of_bounded_size() {
        let clause = "officials said 164 people were killed in 12 cities, ";
        let text = clause.repeat(200);
        let spans = sentences(&text);
        assert!(spans.len() >= 10, "{} pieces", spans.len());
        for s in &spans {
            assert!(s.span.len() <= MAX_SENTENCE_BYTES, "{:?}", s.span);
            assert!(text[s.span.clone()].ends_with(','), "cut after a clause");
        }
        let covered: usize = spans.iter().map(|s| s.span.len()).sum();
        assert_eq!(covered, text.trim_end().len() - (spans.len() - 1));
    }

    #[test]
    fn a_word_longer_than_the_bound_is_cut_at_a_character_boundary() {
        let text = "é".repeat(MAX_SENTENCE_BYTES);
        for s in sentences(&text) {
            assert!(s.span.len() <= MAX_SENTENCE_BYTES);
            assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        }
    }

    #[test]
    fn paragraphs_are_numbered_by_blank_lines() {
        let s = sentences("A.\nB.\n\n\nC.");
        let paras: Vec<usize> = s.iter().map(|s| s.paragraph).collect();
        assert_eq!(paras, [0, 0, 1]);
        assert_eq!(paragraph_spans(&s).len(), 2);
    }
}
