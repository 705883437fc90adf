//! Words shared by alignment and figures: tokenising, normalising, stemming, stopwords.

use rust_stemmers::{Algorithm, Stemmer};
use std::sync::OnceLock;

pub use super::tokens::{Token, tokens};

/// Lowercase, straight apostrophes, no diacritics, no possessive "'s".
pub fn normalise(word: &str) -> String {
    // ASCII words only lower and straighten, a byte at a time (through `char::to_lowercase`
    // and the table below, normalising the words of 250 articles took half as much again).
    if word.is_ascii() {
        let straight = |b: u8| if b == b'`' { '\'' } else { char::from(b) };
        let mut out: String = word
            .bytes()
            .map(|b| straight(b.to_ascii_lowercase()))
            .collect();
        if out.ends_with("'s") {
            out.truncate(out.len() - 2);
        }
        return out;
    }
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
