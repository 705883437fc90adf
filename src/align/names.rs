//! Names that differ in spelling but share most character trigrams (Charipov / Sharipov,
//! Kasym-Zhomart / Kassym-Jomart): credit that a pair of sentences earns for them.

use super::features::trigram_similarity;
use super::score::{Name, Vector};
use super::tuning::NAME_MATCH;

/// Credit for the names of `a` that `b` lacks but spells otherwise.
pub fn fuzzy_names(a: &Vector, b: &Vector) -> f32 {
    // Only a name of `b` that `a` lacks can be met by spelling: most candidate pairs have
    // none, and were checked name by name before (a tenth of scoring on 1,000 articles).
    if a.names.is_empty()
        || b.names
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
        if best.0 >= NAME_MATCH {
            credit += na.weight.min(best.1) * na.weight.min(best.1) * best.0;
        }
    }
    credit
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
    if x.min(y) as f32 / x.max(y).max(1) as f32 >= NAME_MATCH {
        let most = a.trigrams.iter().filter(|&&t| b.mask >> bit(t) & 1 == 1);
        let most = most.count().min(y);
        // Each is as it would be with `most` shared; the similarity only grows with it.
        let union = (x + y - most).max(1);
        most as f32 / union as f32 >= NAME_MATCH
    } else {
        false
    }
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
