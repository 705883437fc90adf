//! Word-level differences between two passages (the `similar` crate), compared case- and
//! punctuation-insensitively, so "Twelve police officers were killed" and "12 killed" line up
//! on what matters. Each side keeps its original text, whitespace included.

use similar::{Algorithm, DiffTag, capture_diff_slices};
use std::ops::Range;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    Same,
    Differs,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiffPiece {
    pub text: String,
    pub change: Change,
    /// The piece holds a number (digits or a number word): differing numbers matter most.
    pub number: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WordDiff {
    pub left: Vec<DiffPiece>,
    pub right: Vec<DiffPiece>,
}

/// A word with the whitespace that follows it, and the key it is compared by.
struct Word<'a> {
    text: &'a str,
    key: String,
    start: usize,
}

/// A stretch two passages word differently: byte ranges of each side (either may be empty).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    pub left: Range<usize>,
    pub right: Range<usize>,
}

fn words(s: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    // Leading whitespace belongs to a first, empty-keyed word so pieces concatenate back.
    while i < bytes.len() && bytes[i].1.is_whitespace() {
        i += 1;
    }
    if i > 0 {
        let end = bytes.get(i).map_or(s.len(), |&(b, _)| b);
        out.push(Word {
            text: &s[..end],
            key: String::new(),
            start: 0,
        });
        start = end;
    }
    while i < bytes.len() {
        while i < bytes.len() && !bytes[i].1.is_whitespace() {
            i += 1;
        }
        while i < bytes.len() && bytes[i].1.is_whitespace() {
            i += 1;
        }
        let end = bytes.get(i).map_or(s.len(), |&(b, _)| b);
        let text = &s[start..end];
        out.push(Word {
            text,
            key: key_of(text),
            start,
        });
        start = end;
    }
    out
}

fn key_of(word: &str) -> String {
    let core: String = word.chars().filter(|c| c.is_alphanumeric()).collect();
    let norm = crate::language::text::normalise(&core);
    if !norm.is_empty() && norm.chars().all(|c| c.is_ascii_digit()) {
        return format!("#{}", norm.trim_start_matches('0'));
    }
    match super::features::number_word(&norm) {
        Some(n) => format!("#{n}"),
        None => norm,
    }
}

fn is_number(text: &str) -> bool {
    let key = key_of(text);
    key.starts_with('#') || text.chars().any(|c| c.is_ascii_digit())
}

/// Diffs two passages word by word.
pub fn word_diff(left: &str, right: &str) -> WordDiff {
    let a = words(left);
    let b = words(right);
    let ka: Vec<&str> = a.iter().map(|w| w.key.as_str()).collect();
    let kb: Vec<&str> = b.iter().map(|w| w.key.as_str()).collect();
    let mut out = WordDiff {
        left: vec![],
        right: vec![],
    };
    for op in capture_diff_slices(Algorithm::Patience, &ka, &kb) {
        let (tag, old, new) = op.as_tag_tuple();
        let change = if tag == DiffTag::Equal {
            Change::Same
        } else {
            Change::Differs
        };
        push(&mut out.left, &a[old], &change);
        push(&mut out.right, &b[new], &change);
    }
    out
}

/// The stretches that differ, as byte ranges of each side (trailing spaces excluded).
pub fn edits(left: &str, right: &str) -> Vec<Edit> {
    let (a, b) = (words(left), words(right));
    let ka: Vec<&str> = a.iter().map(|w| w.key.as_str()).collect();
    let kb: Vec<&str> = b.iter().map(|w| w.key.as_str()).collect();
    let span = |ws: &[Word<'_>]| -> Range<usize> {
        match (ws.first(), ws.last()) {
            (Some(f), Some(l)) => f.start..l.start + l.text.trim_end().len(),
            _ => 0..0,
        }
    };
    capture_diff_slices(Algorithm::Patience, &ka, &kb)
        .into_iter()
        .filter_map(|op| {
            let (tag, old, new) = op.as_tag_tuple();
            let edit = Edit {
                left: span(&a[old]),
                right: span(&b[new]),
            };
            (tag != DiffTag::Equal && (!edit.left.is_empty() || !edit.right.is_empty()))
                .then_some(edit)
        })
        .collect()
}

/// Share of words the two passages have in common, in order: 2 × common / (words of both).
/// 1.0 for the same words, near 0 for different wordings.
pub fn word_similarity(left: &str, right: &str) -> f32 {
    let keys = |s: &str| -> Vec<String> {
        words(s)
            .into_iter()
            .map(|w| w.key)
            .filter(|k| !k.is_empty())
            .collect()
    };
    let (ka, kb) = (keys(left), keys(right));
    let total = ka.len() + kb.len();
    if total == 0 {
        return 1.0;
    }
    let common: usize = capture_diff_slices(Algorithm::Patience, &ka, &kb)
        .into_iter()
        .filter(|op| op.tag() == DiffTag::Equal)
        .map(|op| op.old_range().len())
        .sum();
    2.0 * common as f32 / total as f32
}

fn push(side: &mut Vec<DiffPiece>, words: &[Word<'_>], change: &Change) {
    for w in words {
        let number = is_number(w.text);
        match side.last_mut() {
            Some(last) if last.change == *change && last.number == number && !number => {
                last.text.push_str(w.text)
            }
            _ => side.push(DiffPiece {
                text: w.text.to_string(),
                change: change.clone(),
                number,
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(pieces: &[DiffPiece]) -> String {
        pieces.iter().map(|p| p.text.as_str()).collect()
    }

    #[test]
    fn pieces_concatenate_back_to_the_inputs() {
        let (l, r) = (
            "  Twelve police officers were killed in the unrest.",
            "Authorities say 353 were injured and 12 killed on Thursday.",
        );
        let d = word_diff(l, r);
        assert_eq!(joined(&d.left), l);
        assert_eq!(joined(&d.right), r);
    }

    #[test]
    fn number_words_equal_digits_and_case_is_ignored() {
        let d = word_diff("Twelve officers were Killed.", "12 officers were killed");
        assert!(
            d.right.iter().all(|p| p.change == Change::Same),
            "{:?}",
            d.right
        );
    }

    #[test]
    fn edits_point_at_the_changed_words() {
        let (l, r) = (
            "Rescuers had pulled 231 survivors from the water.",
            "Rescuers had hauled 231 survivors from the water.",
        );
        let e = edits(l, r);
        assert_eq!(e.len(), 1);
        assert_eq!(
            (&l[e[0].left.clone()], &r[e[0].right.clone()]),
            ("pulled", "hauled")
        );
        assert!(word_similarity(l, r) > 0.8);
        assert!(word_similarity(l, "Boats carried the injured ashore at dawn.") < 0.3);
    }

    #[test]
    fn differing_numbers_are_flagged() {
        let d = word_diff("at least 164 people died", "40 people died");
        let differing_numbers: Vec<&str> = d
            .right
            .iter()
            .filter(|p| p.number && p.change == Change::Differs)
            .map(|p| p.text.trim())
            .collect();
        assert_eq!(differing_numbers, ["40"]);
        assert!(
            d.left
                .iter()
                .any(|p| p.number && p.text.trim() == "164" && p.change == Change::Differs)
        );
    }
}
