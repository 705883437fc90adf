//! How a passage holds its claim, read from general classes of news English: negated ("not",
//! "never", "denied"), hedged ("reportedly", "at least", "up to") and attributed to a source
//! ("police said", "according to activists"). Word classes only, never an event's vocabulary,
//! so two reports of one fact can be compared on what they commit to.

use crate::figures::attribution::{attributions_in, is_speech_verb};
use crate::figures::words::word_spans;
use crate::language::qualifiers;
use crate::language::text::{Token, is_stopword};
use std::ops::Range;

/// One item of a word class found in a passage: its name and the bytes it covers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// Canonical name ("at least" for "no fewer than", "not" for "n't"), or the source as
    /// written ("Kazakh authorities").
    pub name: String,
    pub span: Range<usize>,
    /// Content words of a source, folded, so "the interior ministry" meets "the ministry".
    pub keys: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stance {
    pub negations: Vec<Found>,
    pub hedges: Vec<Found>,
    pub sources: Vec<Found>,
}

/// Words that hedge a claim on their own: the reporter does not vouch for it.
const HEDGE_WORDS: &[&str] = &[
    "reportedly",
    "allegedly",
    "apparently",
    "purportedly",
    "supposedly",
    "seemingly",
    "possibly",
    "probably",
    "perhaps",
    "presumably",
    "likely",
    "unlikely",
    "may",
    "might",
    "unconfirmed",
    "unverified",
    "believed",
    "suspected",
];

/// Words that negate a clause (contractions are read apart: "wouldn't", "cannot"); the
/// decision's evidence reads the same list (`features`). Not "without": "fired without
/// warning" denies nothing (the summary told it as a negation on one side; leave-one-set-out
/// at pair level 0.446 without it against 0.444 with it, our sets 0.756 both, Dec 2026).
pub(super) const NEGATIONS: &[&str] = &[
    "not", "no", "never", "none", "nobody", "nothing", "neither", "nor",
];

/// Denial verbs negate what follows them as surely as "not".
const DENIALS: &[&str] = &["deny", "denies", "denied", "denying"];

/// True for a word of attribution (a verb of saying, "according"), so that word lists leave it
/// to the attribution.
pub fn is_say_verb(lower: &str) -> bool {
    lower == "according" || is_speech_verb(lower)
}

/// The canonical negation a lowercase word carries, if any.
fn negation(lower: &str) -> Option<&'static str> {
    if lower.ends_with("n't") || lower == "cannot" {
        return Some("not");
    }
    if DENIALS.contains(&lower) {
        return Some("denied");
    }
    NEGATIONS.iter().find(|n| **n == lower).copied()
}

/// Reads a passage's stance. `lowers` are the tokens normalised; `quantity[i]` is true where a
/// number starts, so that "about" or "up to" count as hedges only before one.
pub fn read(text: &str, tokens: &[Token<'_>], lowers: &[String], quantity: &[bool]) -> Stance {
    let words: Vec<&str> = lowers.iter().map(String::as_str).collect();
    let mut out = Stance::default();
    let mut in_qualifier = vec![false; tokens.len()];
    for i in 0..tokens.len() {
        if !quantity.get(i).copied().unwrap_or(false) {
            continue;
        }
        if let Some((start, name)) = qualifiers::before(&words, i) {
            in_qualifier[start..i].iter_mut().for_each(|q| *q = true);
            out.hedges.push(found(name.label(), tokens, start..i));
        }
    }
    for (i, w) in words.iter().enumerate() {
        if in_qualifier[i] {
            continue;
        }
        if let Some(n) = negation(w) {
            out.negations.push(found(n, tokens, i..i + 1));
        } else if HEDGE_WORDS.contains(w) {
            out.hedges.push(found(w, tokens, i..i + 1));
        }
    }
    // Who says it, as the figures read it (`figures::attribution`): one reader of sources.
    for said in attributions_in(text, &word_spans(text)) {
        let within = |t: &Token<'_>| t.start >= said.speaker.start && t.end <= said.speaker.end;
        let Some(first) = tokens.iter().position(within) else {
            continue;
        };
        let last = tokens.iter().rposition(within).unwrap_or(first);
        if let Some(source) = source_phrase(tokens, &words, first..last + 1) {
            out.sources.push(source);
        }
    }
    out
}

fn found(name: &str, tokens: &[Token<'_>], words: Range<usize>) -> Found {
    let start = tokens.get(words.start).map_or(0, |t| t.start);
    let end = tokens.get(words.end - 1).map_or(start, |t| t.end);
    Found {
        name: name.to_string(),
        span: start..end,
        keys: vec![],
    }
}

/// True when two sources share a content word, or one is the other's acronym ("ADL" /
/// "Anti-Defamation League").
pub fn same_source(a: &Found, b: &Found) -> bool {
    if a.keys.iter().any(|k| b.keys.contains(k)) {
        return true;
    }
    let initials = |f: &Found| -> String {
        f.name
            .split([' ', '-'])
            .filter_map(|w| w.chars().next())
            .filter(|c| c.is_uppercase())
            .collect()
    };
    let acronym = |f: &Found| {
        let n = f.name.as_str();
        n.chars().count() >= 2 && n.chars().all(|c| c.is_ascii_uppercase())
    };
    (acronym(a) && initials(b) == a.name) || (acronym(b) && initials(a) == b.name)
}

/// A source from a run of words, without the function words at its edges; None when no
/// content word is left (a pronoun: "he said").
fn source_phrase(tokens: &[Token<'_>], words: &[&str], mut run: Range<usize>) -> Option<Found> {
    while run.start < run.end && is_stopword(words[run.start]) {
        run.start += 1;
    }
    while run.end > run.start && is_stopword(words[run.end - 1]) {
        run.end -= 1;
    }
    if run.is_empty() {
        return None;
    }
    let keys: Vec<String> = words[run.clone()]
        .iter()
        .filter(|w| !is_stopword(w))
        .map(|w| crate::language::lexicon::concept(crate::language::text::stem(w)))
        .collect();
    let shown: Vec<&str> = tokens[run.clone()].iter().map(|t| t.text).collect();
    let mut f = found(&shown.join(" "), tokens, run);
    f.keys = keys;
    Some(f)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::text::{normalise, tokens};

    fn stance(s: &str) -> Stance {
        let toks = tokens(s);
        let lowers: Vec<String> = toks.iter().map(|t| normalise(t.text)).collect();
        let quantity: Vec<bool> = toks.iter().map(|t| t.is_number()).collect();
        read(s, &toks, &lowers, &quantity)
    }

    fn names(found: &[Found]) -> Vec<&str> {
        found.iter().map(|f| f.name.as_str()).collect()
    }

    #[test]
    fn sources_before_after_and_according_to() {
        assert_eq!(
            names(
                &stance("So far, 2,000 people have been arrested, the interior ministry said.")
                    .sources
            ),
            ["interior ministry"]
        );
        assert_eq!(
            names(&stance("According to Kazakh authorities, at least 164 people died.").sources),
            ["Kazakh authorities"]
        );
        assert_eq!(
            names(&stance("The Ministry of Affairs also announced that 40 people died.").sources),
            ["Ministry of Affairs"]
        );
        assert_eq!(
            names(&stance("\"We will act,\" said the regional governor on Friday.").sources),
            ["regional governor"]
        );
        assert!(
            stance("He said the government would act.")
                .sources
                .is_empty()
        );
        assert!(
            stance("Families were told that 21 had died.")
                .sources
                .is_empty()
        );
        // A time after the verb is when it was said, not who said it: the name set off by
        // commas before the verb is.
        assert_eq!(
            names(
                &stance(
                    "The regional bloc, the Eastern Union, said Thursday morning that it would help."
                )
                .sources
            ),
            ["Eastern Union"]
        );
        // The figures' reader (one for both): a present-tense verb, a name set off by
        // commas whose verb is followed by what was said.
        assert_eq!(
            names(&stance("Officials say 40 died.").sources),
            ["Officials"]
        );
        assert_eq!(
            names(&stance("The mayor, Ana Ruiz, said residents had no warning.").sources),
            ["Ana Ruiz"]
        );
        // Words set off by commas that are no name are an aside: the speaker is before them.
        assert_eq!(
            names(
                &stance("The mayor, visibly tired, said on Friday that roads were open.").sources
            ),
            ["mayor"]
        );
    }

    #[test]
    fn qualifiers_hedge_only_before_numbers_and_are_not_negations() {
        let s = stance("No fewer than 17 people were killed, officials talked about it.");
        assert_eq!(names(&s.hedges), ["at least"]);
        assert!(s.negations.is_empty(), "{:?}", s.negations);
        assert_eq!(
            names(&stance("Dozens were reportedly killed.").hedges),
            ["reportedly"]
        );
    }

    #[test]
    fn negations_read_contractions_and_denials() {
        assert_eq!(names(&stance("Greece wouldn't pay.").negations), ["not"]);
        assert_eq!(
            names(&stance("The ministry denied it.").negations),
            ["denied"]
        );
        assert!(stance("Greece will pay.").negations.is_empty());
        // a preposition of manner, not a denial of the clause
        assert!(stance("Troops fired without warning.").negations.is_empty());
    }
}
