//! Words shared by alignment and figures: tokenising, normalising, stemming, stopwords.

use rust_stemmers::{Algorithm, Stemmer};
use std::sync::OnceLock;

/// A word or number in a text, with its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

impl Token<'_> {
    pub fn is_number(&self) -> bool {
        self.text.chars().next().is_some_and(|c| c.is_ascii_digit())
    }
}

/// Splits text into words and numbers. Numbers keep their inner separators ("4,404", "1.5");
/// words keep inner apostrophes and hyphens ("Kazakhstan’s", "Kassym-Jomart").
pub fn tokens(s: &str) -> Vec<Token<'_>> {
    // Read by byte offset with one character of look-ahead: no copy of the text's characters
    // (every sentence is tokenised several times over a corpus). Most characters of news are
    // ASCII, a byte each: those need no decoding.
    let bytes = s.as_bytes();
    let at = |i: usize| match bytes.get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => s.get(i..).and_then(|r| r.chars().next()),
        None => None,
    };
    // Room for a token per six bytes, about a word of news with its space: most sentences
    // need no regrowth (regrowing was a quarter of tokenising 1,000 articles).
    let mut out = Vec::with_capacity(s.len() / 6 + 1);
    let mut i = 0;
    while let Some(c) = at(i) {
        if !c.is_alphanumeric() {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let mut prev = c;
        let mut j = i + c.len_utf8();
        while let Some(ch) = at(j) {
            if ch.is_alphanumeric() {
                prev = ch;
                j += ch.len_utf8();
                continue;
            }
            let after = j + ch.len_utf8();
            let next = at(after);
            let next_alnum = next.is_some_and(char::is_alphanumeric);
            let numeric_sep = matches!(ch, '.' | ',')
                && prev.is_ascii_digit()
                && next.is_some_and(|n| n.is_ascii_digit());
            let word_joiner = matches!(ch, '\'' | '’' | '-' | '‑') && next_alnum;
            match next {
                // The separator and the character after it join the token.
                Some(n) if numeric_sep || word_joiner => {
                    prev = n;
                    j = after + n.len_utf8();
                }
                _ => break,
            }
        }
        out.push(Token {
            text: &s[start..j],
            start,
            end: j,
        });
        i = j;
    }
    out
}

/// Lowercase, straight apostrophes, no diacritics, no possessive "'s".
pub fn normalise(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars().flat_map(char::to_lowercase) {
        match c {
            '’' | '‘' | '`' => out.push('\''),
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => out.push('a'),
            'ç' | 'ć' | 'č' => out.push('c'),
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' | 'į' => out.push('i'),
            'ñ' | 'ń' | 'ň' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => out.push('o'),
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'š' | 'ś' | 'ş' => out.push('s'),
            'ž' | 'ź' | 'ż' => out.push('z'),
            'ğ' => out.push('g'),
            'ł' => out.push('l'),
            'ř' => out.push('r'),
            'ß' => out.push_str("ss"),
            '‑' | '–' => out.push('-'),
            c => out.push(c),
        }
    }
    if let Some(stripped) = out.strip_suffix("'s") {
        out.truncate(stripped.len());
    }
    out
}

fn stemmer() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::English))
}

/// English Snowball stem of a normalised word.
pub fn stem(normalised: &str) -> String {
    super::stems::cached(normalised, |w| stemmer().stem(w).into_owned())
}

/// Function words that say nothing about which fact a sentence reports.
const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "even",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "least",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "same",
    "she",
    "should",
    "since",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "thus",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "would",
    "yet",
    "you",
    "your",
    "yours",
    "said",
    "says",
    "say",
    "according",
    "told",
    "also",
    "still",
    "already",
    "many",
    "several",
    "another",
    "it's",
    "there's",
    "it'",
    "per",
    "via",
    "mr",
    "mrs",
    "ms",
];

pub fn is_stopword(normalised: &str) -> bool {
    STOPWORDS.contains(&normalised)
}

/// The stems of a text's content words, in order (numbers kept as written, without separators).
pub fn content_stems(s: &str) -> Vec<String> {
    tokens(s)
        .into_iter()
        .filter_map(|t| {
            if t.is_number() {
                return Some(t.text.replace(',', ""));
            }
            let n = normalise(t.text);
            (!is_stopword(&n)).then(|| stem(&n))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_numbers_and_compounds_whole() {
        let words: Vec<&str> = tokens("About 4,404 people (1.5%) — Kassym-Jomart’s 180-day cap.")
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            words,
            [
                "About",
                "4,404",
                "people",
                "1.5",
                "Kassym-Jomart’s",
                "180-day",
                "cap"
            ]
        );
    }

    #[test]
    fn token_spans_index_the_text() {
        let s = "Où est 12?";
        for t in tokens(s) {
            assert_eq!(&s[t.start..t.end], t.text);
        }
    }

    #[test]
    fn normalise_folds_case_accents_and_possessives() {
        assert_eq!(normalise("Kazakhstan’s"), "kazakhstan");
        assert_eq!(normalise("Zürich"), "zurich");
    }

    #[test]
    fn stems_join_inflections() {
        assert_eq!(stem("protests"), stem("protesting"));
        assert_eq!(stem("killed"), stem("killing"));
    }

    #[test]
    fn content_stems_drop_stopwords_and_keep_numbers() {
        assert_eq!(
            content_stems("The police arrested 2,000 of them"),
            ["polic", "arrest", "2000"]
        );
    }
}
