//! What a sentence is compared by: stems of its content words (general-English synonyms and
//! "spun" substitutes folded together), its numbers (digits and number words alike), and its
//! names (capitalised words), which are also compared by character trigrams so that
//! transliterations (Kasym-Zhomart / Kassym-Jomart) still meet.

use crate::corpus::dates::month_number;
use crate::figures::attribution::attributions_in;
use crate::figures::words::word_spans;
use crate::language::lexicon::concept;
use crate::language::text::{is_stopword, normalise, stem, tokens};

/// Number words as values, so "Twelve" and "12" are the same evidence (the figures module
/// reads number words; single letters like "m" or "k" are not numbers in running text).
pub fn number_word(w: &str) -> Option<u64> {
    if w.chars().count() < 3 {
        return None;
    }
    crate::language::numwords::small_number(w)
        .or_else(|| crate::language::numwords::multiplier(w))
        .map(|v| v as u64)
}

/// One term of a sentence, before weighting.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Term {
    /// Shared, not copied: a sentence's words come from the memo, and copying each one was
    /// an allocation per word of the corpus. Compares and hashes as its text.
    Word(std::sync::Arc<str>),
    Number(String),
    /// A quantity the sentence gives a figure for, whatever the number (`quantities`).
    Quantity(String),
}

/// The comparable content of one sentence.
#[derive(Debug, Clone, Default)]
pub struct Features {
    pub terms: Vec<Term>,
    /// Lowercased capitalised words that are not sentence-initial function words.
    pub names: Vec<std::sync::Arc<str>>,
    /// The sentence denies something ("did not give a motive", "no one was hurt").
    pub negated: bool,
    /// The sentence says who says it ("police said", "according to officials").
    pub attributed: bool,
    /// The sentence is a direct question ([`asks`]): it asks, it reports nothing.
    pub asks: bool,
}

/// Words that open a direct question: interrogatives and the auxiliaries a yes/no question
/// starts with.
const QUESTION_OPENERS: &[&str] = &[
    "what", "why", "how", "who", "whom", "whose", "which", "when", "where", "is", "are", "was",
    "were", "do", "does", "did", "can", "could", "will", "would", "should", "has", "have",
];

/// A direct question: it opens with an interrogative or an auxiliary and ends with a question
/// mark ("Why so many floods this spring?"). A headline or aside that asks reports no
/// fact, so it never reports the same fact as another passage. A report that ends on a question
/// ("… and the questions are being asked: why did nobody stop the ship?") opens otherwise and
/// is no question; nor is a quoted question, which ends in its closing quote.
pub fn asks(sentence: &str) -> bool {
    let first = sentence.split_whitespace().next().unwrap_or("");
    sentence.trim_end().ends_with('?')
        && QUESTION_OPENERS
            .contains(&normalise(first.trim_matches(|c: char| !c.is_alphanumeric())).as_str())
}

/// Word terms already made from a word part, and all a word gives whatever sentence it is in:
/// over a corpus the same few thousand words recur in every article, and reading them again
/// (stemming, stop-word and number-word checks) was most of the cost of reading a sentence.
#[derive(Default)]
pub struct StemMemo {
    concepts: rustc_hash::FxHashMap<String, std::sync::Arc<str>>,
    /// Each word read, by its index in `readings`: a word met before is one look-up (a
    /// test then a look-up hashed and compared each word of the corpus twice).
    words: rustc_hash::FxHashMap<String, usize>,
    readings: Vec<WordReading>,
}

/// What one word (a token that is not a number) says on its own.
struct WordReading {
    negation: bool,
    attribution: bool,
    month: bool,
    /// Terms of its parts (a hyphenated word counts by its parts too).
    terms: Vec<Term>,
    /// The name it gives when it is capitalised and long enough, without hyphens.
    name: Option<std::sync::Arc<str>>,
    /// A stop word, never a name at the start of a sentence ("The", "In").
    stopword: bool,
}

impl StemMemo {
    fn concept_of(&mut self, part: &str) -> std::sync::Arc<str> {
        if let Some(c) = self.concepts.get(part) {
            return c.clone();
        }
        let c: std::sync::Arc<str> = concept(stem(part)).into();
        self.concepts.insert(part.to_string(), c.clone());
        c
    }

    fn reading(&mut self, word: &str) -> &WordReading {
        let k = match self.words.get(word).copied() {
            Some(k) => k,
            None => {
                let reading = self.read(word);
                self.readings.push(reading);
                self.words.insert(word.to_string(), self.readings.len() - 1);
                self.readings.len() - 1
            }
        };
        &self.readings[k]
    }

    fn read(&mut self, word: &str) -> WordReading {
        let n = normalise(word);
        let mut terms = Vec::new();
        // Hyphenated words count by their parts too: "anti-government" meets "government".
        for part in n.split('-').filter(|p| !p.is_empty()) {
            if let Some(v) = number_word(part) {
                if v >= 2 {
                    terms.push(Term::Number(v.to_string()));
                }
                continue;
            }
            if part.chars().count() < 2 || is_stopword(part) {
                continue;
            }
            terms.push(Term::Word(self.concept_of(part)));
        }
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        WordReading {
            negation: super::stance::NEGATIONS.contains(&n.as_str()) || n.ends_with("n't"),
            // a word that may attribute: the sentence is then read for a source (below)
            attribution: super::stance::is_say_verb(&n),
            month: month_number(word).is_some(),
            terms,
            name: (capital && n.chars().count() >= 4).then(|| n.replace('-', "").into()),
            stopword: is_stopword(&n),
        }
    }
}

pub fn features(sentence: &str) -> Features {
    features_with(sentence, &mut StemMemo::default())
}

/// [`features`] with a memo of the word terms, shared by the sentences one worker reads.
pub fn features_with(sentence: &str, memo: &mut StemMemo) -> Features {
    let mut out = Features {
        asks: asks(sentence),
        ..Features::default()
    };
    let all = tokens(sentence);
    let mut may_attribute = false;
    for (i, t) in all.iter().enumerate() {
        if t.is_number() {
            let digits: String = t
                .text
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
                .filter(|c| *c != ',')
                .collect();
            let digits = digits.trim_end_matches('.').to_string();
            // A day beside a month ("January 2", "2 January") is a date, not a count of two.
            let beside = |k: Option<usize>| {
                k.and_then(|k| all.get(k))
                    .and_then(|w| month_number(w.text))
            };
            if let Some(month) = beside(i.checked_sub(1)).or_else(|| beside(Some(i + 1)))
                && digits.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
            {
                out.terms
                    .push(Term::Number(format!("{month:02}-{digits:0>2}")));
                continue;
            }
            // Numbers under 2 carry no evidence ("1 of the …").
            if digits.len() > 1 || digits.parse::<u64>().is_ok_and(|v| v >= 2) {
                out.terms.push(Term::Number(digits));
            }
            continue;
        }
        let word = memo.reading(t.text);
        out.negated |= word.negation;
        may_attribute |= word.attribution;
        let beside_number = all.get(i + 1).is_some_and(|w| w.is_number())
            || i.checked_sub(1).is_some_and(|k| all[k].is_number());
        if beside_number && word.month {
            // The month is part of the date term.
            continue;
        }
        out.terms.extend(word.terms.iter().cloned());
        if let Some(name) = &word.name
            && (i > 0 || !word.stopword)
        {
            out.names.push(name.clone());
        }
    }
    // Who says it, as the figures and the summary read it (`figures::attribution`): a source
    // named, not a verb of saying alone ("he said", "were reported" name nobody).
    out.attributed = may_attribute && !attributions_in(sentence, &word_spans(sentence)).is_empty();
    out
}

/// Character trigrams of a name, padded, for fuzzy matching of transliterations.
pub fn trigrams(name: &str) -> Vec<[char; 3]> {
    let chars: Vec<char> = std::iter::once('^')
        .chain(name.chars())
        .chain(std::iter::once('$'))
        .collect();
    let mut out: Vec<[char; 3]> = chars.windows(3).map(|w| [w[0], w[1], w[2]]).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// A trigram as one integer (21 bits a character), ordered as the trigrams are: sets of them
/// compare in a fraction of the time, which matters for names met in every candidate pair.
pub fn packed(trigram: [char; 3]) -> u64 {
    (u64::from(trigram[0]) << 42) | (u64::from(trigram[1]) << 21) | u64::from(trigram[2])
}

/// Jaccard similarity of two trigram sets (sorted, deduplicated), as arrays or [`packed`].
pub fn trigram_similarity<T: Ord>(a: &[T], b: &[T]) -> f32 {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    // Steps without branches on which list is ahead: they went either way by chance, and
    // mispredicting them was most of comparing names in the candidate scan.
    while i < a.len() && j < b.len() {
        let (x, y) = (&a[i], &b[j]);
        shared += usize::from(x == y);
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    let union = a.len() + b.len() - shared;
    if union == 0 {
        0.0
    } else {
        shared as f32 / union as f32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<Term> {
        features(s).terms
    }

    #[test]
    fn attributed_when_a_source_is_named_not_for_a_verb_of_saying_alone() {
        assert!(features("Police said 40 people died.").attributed);
        assert!(features("At least 40 died, according to the ministry.").attributed);
        assert!(!features("He said 40 people died.").attributed);
        assert!(!features("Two deaths were reported in the county.").attributed);
        assert!(!features("Forty people died in the floods.").attributed);
    }

    #[test]
    fn a_direct_question_asks_and_a_report_ending_on_one_does_not() {
        assert!(features("Why so many floods this spring?").asks);
        assert!(asks("“Is the dam safe?"));
        assert!(asks("Did the governor declare an emergency? "));
        assert!(!asks("Why the dam broke is not yet known."));
        assert!(!asks(
            "Seventeen people died, and the questions are being asked: why did nobody stop the ship?"
        ));
        assert!(!asks("“Why now?” the minister asked."));
        assert!(!features("Twelve people died on Monday.").asks);
    }

    #[test]
    fn spun_synonyms_fold_onto_the_same_terms() {
        assert_eq!(
            words("a sharp rise in gasoline costs"),
            words("a steep rise in fuel prices")
        );
        assert_eq!(
            words("legislation enforcement officers"),
            words("law enforcement officers")
        );
    }

    #[test]
    fn number_words_and_digits_are_one_term() {
        assert!(words("Twelve police officers").contains(&Term::Number("12".into())));
        assert!(words("12 police officers").contains(&Term::Number("12".into())));
        assert!(words("4,404 people").contains(&Term::Number("4404".into())));
    }

    #[test]
    fn transliterated_names_are_close_by_trigrams() {
        let a = trigrams("kasymzhomart");
        let b = trigrams("kassymjomart");
        let c = trigrams("nazarbayev");
        assert!(
            trigram_similarity(&a, &b) > 0.3,
            "{}",
            trigram_similarity(&a, &b)
        );
        assert!(trigram_similarity(&a, &c) < 0.1);
        assert!(trigram_similarity(&trigrams("charipov"), &trigrams("sharipov")) > 0.5);
    }

    #[test]
    fn packed_trigrams_keep_their_order_and_similarity() {
        let pack = |name: &str| trigrams(name).into_iter().map(packed).collect::<Vec<_>>();
        for (x, y) in [
            ("kasymzhomart", "kassymjomart"),
            ("zürich", "zurich"),
            ("ab", "ba"),
        ] {
            let (a, b) = (trigrams(x), trigrams(y));
            let (pa, pb) = (pack(x), pack(y));
            assert!(pa.is_sorted() && pb.is_sorted());
            assert_eq!(trigram_similarity(&pa, &pb), trigram_similarity(&a, &b));
        }
        assert!(packed(['a', 'b', '\u{10ffff}']) < packed(['a', 'c', 'a']));
    }

    #[test]
    fn a_day_of_a_month_is_a_date_not_a_count() {
        assert_eq!(words("on January 2"), words("on 2 January"));
        assert!(!words("on January 2").contains(&Term::Number("2".into())));
        assert!(words("the 2 countries").contains(&Term::Number("2".into())));
    }

    #[test]
    fn names_are_capitalised_words() {
        let f = features("President Kassym-Jomart Tokayev met Putin.");
        assert!(f.names.contains(&"kassymjomart".into()));
        assert!(f.names.contains(&"tokayev".into()));
    }
}
