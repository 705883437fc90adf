//! A passage read for comparison of its content: its numbers, names,
//! content words folded by stem and synonym, and its stance (negation, hedges, sources).

use super::features::{trigram_similarity, trigrams};
use super::stance::{self, Stance};
use super::tuning::{HEADLINE_SHARE, SAME_NAME};
use crate::language::lexicon::concept;
use crate::language::numwords;
use crate::language::text::{Token, is_stopword, normalise, stem, tokens};
use std::ops::Range;

/// A number in a passage.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// The value ("164", "1500000"), or the interval of a vague amount ("24..99").
    pub value: String,
    /// As written ("4,404", "dozens", "1.5 million").
    pub shown: String,
    pub span: Range<usize>,
}

pub struct Content<'a> {
    pub tokens: Vec<Token<'a>>,
    pub lowers: Vec<String>,
    /// Folded key of each token (concept of its stem); empty for numbers and stopwords.
    pub keys: Vec<String>,
    pub quantities: Vec<Quantity>,
    /// Tokens that are names (capitalised, not a headline's capitals).
    pub names: Vec<usize>,
    pub stance: Stance,
    /// Tokens that belong to a number, hedge, negation or source.
    claimed: Vec<bool>,
}

impl<'a> Content<'a> {
    pub fn read(text: &'a str) -> Content<'a> {
        let tokens = tokens(text);
        let lowers: Vec<String> = tokens.iter().map(|t| normalise(t.text)).collect();
        let mut claimed = vec![false; tokens.len()];
        let quantities = quantities(text, &tokens, &lowers, &mut claimed);
        let mut starts = vec![false; tokens.len()];
        for q in &quantities {
            if let Some(i) = tokens.iter().position(|t| t.start == q.span.start) {
                starts[i] = true;
            }
        }
        let stance = stance::read(text, &tokens, &lowers, &starts);
        for f in stance
            .negations
            .iter()
            .chain(&stance.hedges)
            .chain(&stance.sources)
        {
            for (i, t) in tokens.iter().enumerate() {
                if t.start >= f.span.start && t.end <= f.span.end {
                    claimed[i] = true;
                }
            }
        }
        let keys: Vec<String> = lowers
            .iter()
            .zip(&tokens)
            .map(|(w, t)| {
                // A lone letter is an initial or a piece of "U.S.", never a word said
                if t.is_number()
                    || is_stopword(w)
                    || stance::is_say_verb(w)
                    || w.chars().count() < 2
                {
                    String::new()
                } else {
                    concept(stem(w))
                }
            })
            .collect();
        let capital = |i: usize| {
            tokens[i]
                .text
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        };
        // The first word of a sentence is capitalised whatever it is.
        let initial = |i: usize| {
            i == 0
                || text
                    .get(tokens[i - 1].end..tokens[i].start)
                    .is_some_and(|gap| gap.contains(['.', '!', '?']))
        };
        let content: Vec<usize> = (0..tokens.len()).filter(|&i| !keys[i].is_empty()).collect();
        let capitals = content.iter().filter(|&&i| capital(i)).count();
        let headline =
            content.len() >= 3 && capitals as f32 >= HEADLINE_SHARE * content.len() as f32;
        let names = if headline {
            vec![]
        } else {
            content
                .iter()
                .copied()
                .filter(|&i| {
                    !initial(i) && capital(i) && !claimed[i] && lowers[i].chars().count() >= 3
                })
                .collect()
        };
        Content {
            tokens,
            lowers,
            keys,
            quantities,
            names,
            stance,
            claimed,
        }
    }

    /// True when the byte range holds numbers and nothing else.
    pub fn only_numbers(&self, range: Range<usize>) -> bool {
        let inside: Vec<&Token> = self
            .tokens
            .iter()
            .filter(|t| t.start >= range.start && t.end <= range.end)
            .collect();
        !inside.is_empty()
            && inside.iter().all(|t| {
                self.quantities
                    .iter()
                    .any(|q| q.span.start <= t.start && t.end <= q.span.end)
            })
    }

    /// True when any token of the other passage is this name, spelt alike or folded alike.
    fn has_name(&self, name: usize, of: &Content) -> bool {
        let (key, lower) = (&of.keys[name], &of.lowers[name]);
        let grams = trigrams(&lower.replace('-', ""));
        self.keys.iter().zip(&self.lowers).any(|(k, w)| {
            !k.is_empty()
                && (k == key
                    || w == lower
                    || trigram_similarity(&trigrams(&w.replace('-', "")), &grams) >= SAME_NAME)
        })
    }

    /// Names of this passage the other does not mention, and their marks.
    pub fn names_missing_from(
        &self,
        other: &Content,
    ) -> (Vec<String>, Vec<super::difference::Mark>) {
        let mut shown = Vec::new();
        let mut marks = Vec::new();
        for &i in &self.names {
            if other.has_name(i, self) {
                continue;
            }
            let t = &self.tokens[i];
            if !shown.contains(&t.text.to_string()) {
                shown.push(t.text.to_string());
            }
            marks.push(super::difference::Mark {
                span: t.start..t.end,
                number: false,
            });
        }
        (shown, marks)
    }

    /// Content words of this passage whose folded stem the other lacks (names, numbers and
    /// stance words are told apart), and their marks.
    pub fn words_missing_from(
        &self,
        other: &Content,
    ) -> (Vec<String>, Vec<super::difference::Mark>) {
        let theirs = other.all_keys();
        let mut shown: Vec<String> = Vec::new();
        let mut seen: Vec<&str> = Vec::new();
        let mut marks = Vec::new();
        for (i, key) in self.keys.iter().enumerate() {
            if key.is_empty() || self.claimed[i] || self.names.contains(&i) {
                continue;
            }
            let parts_known = self.lowers[i]
                .split('-')
                .filter(|p| !p.is_empty())
                .any(|p| theirs.contains(&concept(stem(p))));
            if theirs.contains(key) || parts_known {
                continue;
            }
            let t = &self.tokens[i];
            marks.push(super::difference::Mark {
                span: t.start..t.end,
                number: false,
            });
            if !seen.contains(&key.as_str()) {
                seen.push(key);
                shown.push(t.text.to_string());
            }
        }
        (shown, marks)
    }

    /// Every folded key, hyphenated words also by their parts ("anti-government": government).
    fn all_keys(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .keys
            .iter()
            .filter(|k| !k.is_empty())
            .cloned()
            .collect();
        for (w, k) in self.lowers.iter().zip(&self.keys) {
            if !k.is_empty() && w.contains('-') {
                out.extend(
                    w.split('-')
                        .filter(|p| !p.is_empty())
                        .map(|p| concept(stem(p))),
                );
            }
        }
        out
    }
}

/// The numbers of a passage, in digits ("4,404", "1.5 million") or words ("twelve",
/// "dozens", "several thousand"), each with what it counts.
fn quantities(
    text: &str,
    tokens: &[Token<'_>],
    lowers: &[String],
    claimed: &mut [bool],
) -> Vec<Quantity> {
    let words: Vec<&str> = lowers.iter().map(String::as_str).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let read = if tokens[i].is_number() {
            digits(&tokens[i].text.replace(',', "")).map(|v| {
                let next = words.get(i + 1).copied().unwrap_or("");
                match numwords::multiplier(next).filter(|_| next.len() > 2) {
                    Some(m) => (format_value(v * m), 2),
                    None => (format_value(v), 1),
                }
            })
        } else {
            numwords::parse(&words[i..])
                // A lone "one" or "a" is rarely a count ("one of the", "a dozen" is parsed).
                .filter(|(a, used)| !(a.value == Some(1.0) && *used == 1))
                .map(|(a, used)| {
                    let value = match a.value {
                        Some(v) => format_value(v),
                        None => format!("{}..{}", format_value(a.low), format_value(a.high)),
                    };
                    (value, used)
                })
        };
        let Some((value, used)) = read else {
            i += 1;
            continue;
        };
        let end = (i + used).min(tokens.len());
        claimed[i..end].iter_mut().for_each(|c| *c = true);
        let span = tokens[i].start..tokens[end - 1].end;
        out.push(Quantity {
            value,
            shown: text[span.clone()].to_string(),
            span,
        });
        i = end;
    }
    out
}

fn digits(s: &str) -> Option<f64> {
    let s = s.trim_end_matches(|c: char| !c.is_ascii_digit());
    let numeric: String = s
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    numeric.parse().ok()
}

fn format_value(v: f64) -> String {
    format!("{v}")
}
