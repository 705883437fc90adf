//! Names that differ in spelling but share most character trigrams (Charipov / Sharipov,
//! Kasym-Zhomart / Kassym-Jomart): credit that a pair of sentences earns for them.

use super::features::trigram_similarity;
use super::score::{Name, Vector};
use super::tuning::NAME_MATCH;

/// Credit for the names of `a` that `b` lacks but spells otherwise.
pub fn fuzzy_names(a: &Vector, b: &Vector) -> f32 {
    if a.names.is_empty() {
        return 0.0;
    }
    // Which names of each side the other has, as bits (one pass over the pairs of names; a
    // check of `a`'s names for every pair of names was most of the names' cost in the scan).
    match shared_names(&a.names, &b.names) {
        Some((a_shared, b_shared)) => fuzzy_names_sharing(a, b, a_shared, b_shared),
        None => slow_fuzzy_names(a, b),
    }
}

/// [`fuzzy_names`] of sentences of at most 64 names each, given which names of each the other
/// has: bit `k` of `a_shared` for `a.names[k]`, and likewise for `b`.
pub fn fuzzy_names_sharing(a: &Vector, b: &Vector, a_shared: u64, b_shared: u64) -> f32 {
    // Only a name of `b` that `a` lacks can be met by spelling: most candidate pairs have
    // none (a tenth of scoring on 1,000 articles when checked name by name).
    // All of `b`'s bits set, compared whole rather than counted.
    let all_of_b = u64::MAX.checked_shr(64 - b.names.len() as u32).unwrap_or(0);
    if b_shared == all_of_b {
        return 0.0;
    }
    let mut credit = 0.0;
    for (ia, na) in a.names.iter().enumerate() {
        if a_shared >> ia & 1 == 1 {
            continue;
        }
        let best = b
            .names
            .iter()
            .enumerate()
            .filter(|&(ib, nb)| b_shared >> ib & 1 == 0 && may_match(na, nb))
            .map(|(_, nb)| (trigram_similarity(&na.trigrams, &nb.trigrams), nb.weight))
            .fold((0.0f32, 0.0f32), |acc, x| if x.0 > acc.0 { x } else { acc });
        credit += credit_for(na, best);
    }
    credit
}

/// For each side, a bit per name (in order) that the other side has too; `None` past 64 names.
fn shared_names(a: &[Name], b: &[Name]) -> Option<(u64, u64)> {
    if a.len() > 64 || b.len() > 64 {
        return None;
    }
    let (mut a_shared, mut b_shared) = (0u64, 0u64);
    for (ia, na) in a.iter().enumerate() {
        for (ib, nb) in b.iter().enumerate() {
            if na.id == nb.id {
                a_shared |= 1 << ia;
                b_shared |= 1 << ib;
            }
        }
    }
    Some((a_shared, b_shared))
}

/// [`fuzzy_names`] name by name, for sentences with more names than bits.
fn slow_fuzzy_names(a: &Vector, b: &Vector) -> f32 {
    if b.names
        .iter()
        .all(|nb| a.names.iter().any(|x| x.id == nb.id))
    {
        return 0.0;
    }
    let mut credit = 0.0;
    for na in &a.names {
        if b.names.iter().any(|nb| nb.id == na.id) {
            continue;
        }
        let best = b
            .names
            .iter()
            .filter(|nb| !a.names.iter().any(|x| x.id == nb.id))
            .filter(|nb| may_match(na, nb))
            .map(|nb| (trigram_similarity(&na.trigrams, &nb.trigrams), nb.weight))
            .fold((0.0f32, 0.0f32), |acc, x| if x.0 > acc.0 { x } else { acc });
        credit += credit_for(na, best);
    }
    credit
}

/// What name `na` earns with its best match (similarity, weight): nothing below [`NAME_MATCH`].
fn credit_for(na: &Name, best: (f32, f32)) -> f32 {
    if best.0 >= NAME_MATCH {
        na.weight.min(best.1) * na.weight.min(best.1) * best.0
    } else {
        0.0
    }
}

/// One bit of 64 for each trigram of a name (sorted, [`packed`](super::features::packed)).
pub fn trigram_mask(trigrams: &[u64]) -> u64 {
    trigrams.iter().fold(0, |mask, &t| mask | (1 << bit(t)))
}

fn bit(trigram: u64) -> u64 {
    trigram.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 58
}

/// Whether two names can reach [`NAME_MATCH`]. Their Jaccard similarity is at most the smaller
/// size over the larger, and the trigrams they share are among those of `a` whose bit `b` has
/// too: a bound read without merging the two lists. A name that cannot reach it is never the
/// best match that earns credit, so leaving it out changes no score; most pairs of names
/// differ this much (merging their trigrams was a twentieth of the run on 1,000 articles).
fn may_match(a: &Name, b: &Name) -> bool {
    let (x, y) = (a.trigrams.len(), b.trigrams.len());
    // Each is as it would be with `most` shared; the similarity only grows with it.
    let reachable = |most: usize| most as f32 / (x + y - most).max(1) as f32 >= NAME_MATCH;
    if (x.min(y) as f32 / x.max(y).max(1) as f32) < NAME_MATCH {
        return false;
    }
    // Each bit one name has and the other lacks stands for at least one trigram not shared:
    // a bound from the masks alone, which turns most pairs away before the trigrams are read.
    // A mask has at most a bit per trigram; the bits one has alone are its bits less those
    // in common (one count of bits per pair, not two: counting them is a dozen instructions).
    let common = (a.mask & b.mask).count_ones();
    let only = |n: &Name| (n.mask_ones - common) as usize;
    let bound = (x - only(a)).min(y - only(b));
    if !reachable(bound) {
        return false;
    }
    let most = a.trigrams.iter().filter(|&&t| b.mask >> bit(t) & 1 == 1);
    reachable(most.count().min(y))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::features::{packed, trigrams};

    fn name(text: &str) -> Name {
        let grams: Vec<u64> = trigrams(text).into_iter().map(packed).collect();
        Name {
            id: 0,
            mask: trigram_mask(&grams),
            mask_ones: trigram_mask(&grams).count_ones(),
            trigrams: grams.into(),
            weight: 1.0,
        }
    }

    #[test]
    fn names_that_match_are_never_left_out() {
        let words = [
            "kasymzhomart",
            "kassymjomart",
            "charipov",
            "sharipov",
            "nazarbayev",
            "tokayev",
            "tokaev",
            "almaty",
            "alma",
            "astana",
            "nursultan",
            "kazakhstan",
            "kazakh",
            "zürich",
            "zurich",
            "moscow",
            "moskva",
            "abcdefghijklmnopqrstuvwxyz",
            "aaaa",
        ];
        let mut left_out = 0;
        for x in words {
            for y in words {
                let (a, b) = (name(x), name(y));
                let similarity = trigram_similarity(&a.trigrams, &b.trigrams);
                if similarity >= NAME_MATCH {
                    assert!(may_match(&a, &b), "{x} {y}");
                }
                left_out += usize::from(!may_match(&a, &b));
            }
        }
        assert!(left_out > words.len() * words.len() / 2, "{left_out}");
    }
}
