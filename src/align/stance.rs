//! How a passage holds its claim, read from general classes of news English: negated ("not",
//! "never", "denied"), hedged ("reportedly", "at least", "up to") and attributed to a source
//! ("police said", "according to activists"). Word classes only, never an event's vocabulary,
//! so two reports of one fact can be compared on what they commit to.

use crate::figures::attribution::tells_when;
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
/// decision's evidence reads the same list (`features`).
pub(super) const NEGATIONS: &[&str] = &[
    "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without",
];

/// Denial verbs negate what follows them as surely as "not".
const DENIALS: &[&str] = &["deny", "denies", "denied", "denying"];

/// Verbs (and "according to") that attribute a claim to a source.
const SAY_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "stated",
    "claimed",
    "claims",
    "reported",
    "announced",
    "announces",
    "confirmed",
    "confirms",
    "alleged",
    "alleges",
    "insisted",
    "insists",
    "noted",
    "warned",
    "warns",
    "added",
    "mentioned",
    "explained",
    "acknowledged",
    "admitted",
    "according",
];

/// Words that sit between a source and its verb ("the ministry also said").
const BEFORE_VERB: &[&str] = &[
    "also",
    "has",
    "have",
    "had",
    "later",
    "earlier",
    "then",
    "further",
    "previously",
];

/// Forms of "be" before a verb of saying make it passive ("families were told", "17 are
/// confirmed dead"): the words before it are not its source.
const PASSIVE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// Most words a source phrase takes ("the leader of the Anti-Defamation League").
const SOURCE_WORDS: usize = 6;

/// True for a verb of saying, so that word lists leave it to the attribution.
pub fn is_say_verb(lower: &str) -> bool {
    SAY_VERBS.contains(&lower)
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
        } else if is_say_verb(w)
            && let Some(source) = source_of(text, tokens, &words, i)
        {
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

/// Punctuation between two tokens ends a phrase ("…, police said").
fn boundary(text: &str, tokens: &[Token<'_>], before: usize) -> bool {
    let (Some(a), Some(b)) = (tokens.get(before), tokens.get(before + 1)) else {
        return true;
    };
    text.get(a.end..b.start)
        .is_none_or(|gap| gap.chars().any(|c| !c.is_whitespace()))
}

/// The source a verb of saying at `verb` attributes to: the words before it ("the interior
/// ministry said"), or after it for "according to X" and the inverted "…," said X.
fn source_of(text: &str, tokens: &[Token<'_>], words: &[&str], verb: usize) -> Option<Found> {
    if words[verb] == "according" {
        if words.get(verb + 1) != Some(&"to") || boundary(text, tokens, verb) {
            return None;
        }
        return phrase_after(text, tokens, words, verb + 1);
    }
    let mut i = verb;
    while i > 0 && !boundary(text, tokens, i - 1) && BEFORE_VERB.contains(&words[i - 1]) {
        i -= 1;
    }
    if i > 0 && PASSIVE.contains(&words[i - 1]) {
        return None;
    }
    let mut start = i;
    while start > 0 && i - start < SOURCE_WORDS && !boundary(text, tokens, start - 1) {
        let w = words[start - 1];
        let joins = matches!(w, "of" | "the") && start < i;
        if is_stopword(w) && !joins {
            break;
        }
        start -= 1;
    }
    if let Some(source) = source_phrase(tokens, words, start..i) {
        return Some(source);
    }
    // "…," said the minister: only right after punctuation, so "he said the government…"
    // does not make the government the source. Else the name set off by commas before the
    // verb speaks ("The alliance, the Eastern Union, said on Thursday …").
    (verb > 0 && boundary(text, tokens, verb - 1))
        .then(|| {
            phrase_after(text, tokens, words, verb).or_else(|| apposed(text, tokens, words, verb))
        })
        .flatten()
}

/// The name set off by commas just before the verb at `verb`: up to [`SOURCE_WORDS`] words
/// after a comma, each content word capitalised ("…, the Eastern Union, said").
fn apposed(text: &str, tokens: &[Token<'_>], words: &[&str], verb: usize) -> Option<Found> {
    let comma_between = |before: usize| {
        let (a, b) = (tokens.get(before)?, tokens.get(before + 1)?);
        Some(text.get(a.end..b.start)?.trim() == ",")
    };
    if comma_between(verb - 1) != Some(true) {
        return None;
    }
    let mut start = verb - 1;
    while start > 0 && verb - start < SOURCE_WORDS && !boundary(text, tokens, start - 1) {
        start -= 1;
    }
    let set_off = start > 0 && comma_between(start - 1) == Some(true);
    let named = (start..verb)
        .all(|k| is_stopword(words[k]) || tokens[k].text.starts_with(char::is_uppercase));
    (set_off && named)
        .then(|| source_phrase(tokens, words, start..verb))
        .flatten()
}

/// The source phrase that starts after word `at`; none when it tells when, not who ("…,
/// said Thursday morning that …": the speaker stood before, set off by commas).
fn phrase_after(text: &str, tokens: &[Token<'_>], words: &[&str], at: usize) -> Option<Found> {
    if words.get(at + 1).is_some_and(|w| tells_when(w)) {
        return None;
    }
    let mut end = at + 1;
    while end < words.len() && end - at <= SOURCE_WORDS {
        let w = words[end];
        let joins = matches!(w, "of" | "the" | "a" | "an");
        // "officials quoted by the channel": the participle starts a modifier, not the source.
        let participle = w.ends_with("ed") && words.get(end + 1) == Some(&"by");
        if (is_stopword(w) && !joins) || participle {
            break;
        }
        end += 1;
        if boundary(text, tokens, end - 1) {
            break;
        }
    }
    source_phrase(tokens, words, at + 1..end)
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
        // Words set off by commas that are no name speak for nobody.
        assert!(
            stance("The mayor, visibly tired, said on Friday that roads were open.")
                .sources
                .is_empty()
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
    }
}
