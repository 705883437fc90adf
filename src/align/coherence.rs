//! Neighbour coherence, a second pass of the decision (as in parallel-text alignment): two
//! reports of one event that follow the same story order, or derive from the same wire copy,
//! state their facts in the same order. So a candidate pair (sentence i of one article,
//! sentence j of another) is likelier one fact when a pair a few sentences further on in both
//! articles (or a few back in both) is itself probably one fact. Pairs further on in one
//! article but back in the other say nothing of the kind, and do not count.
//!
//! The decision weighs the support with the pair's own evidence (`decision::second_pass`).
//!
//! Positions are each article's own order of content sentences, so the support does not
//! depend on the order the articles were given in. The work is a few binary searches per
//! candidate pair over the (sorted) candidate list: linear in the pairs.

use rayon::prelude::*;

/// How many sentences on, or back, in each article a supporting pair may lie. Leave-one-set-out
/// on the real clusters of ../shared/dev-sets with our sets (tests/golds), all weights refitted
/// with the support: mean pair F1 0.438 with 1, 0.446 with 2, 0.462 with 3 at the balanced
/// threshold (0.443 without); 4 was no better.
const WINDOW: usize = 3;

/// For each candidate pair `(i, j, _)` of the `sentences` content sentences (i < j, sorted as
/// `candidates::scored_pairs` returns them; consecutive indices of one article are consecutive
/// sentences, as `score::Vectors` holds them), the highest first-pass probability among the
/// candidate pairs up to [`WINDOW`] sentences on in both articles or back in both (0 when
/// none). `article` gives each sentence's article; `first` holds each pair's first-pass
/// probability.
pub fn support(
    sentences: usize,
    article: impl Fn(usize) -> usize + Sync,
    pairs: &[(usize, usize, f32)],
    first: &[f32],
) -> Vec<f32> {
    // Where each sentence's own pairs (as the smaller index) start in `pairs`.
    let mut row_start = vec![pairs.len(); sentences + 1];
    for (k, &(i, _, _)) in pairs.iter().enumerate().rev() {
        row_start[i] = k;
    }
    for i in (0..sentences).rev() {
        row_start[i] = row_start[i].min(row_start[i + 1]);
    }
    let row = |i: usize| &pairs[row_start[i]..row_start[i + 1]];
    let same_article = |a: usize, b: usize| article(a) == article(b);
    pairs
        .par_iter()
        .map(|&(i, j, _)| {
            let mut best = 0.0f32;
            for step in 1..=WINDOW {
                // Both on, then both back: the same direction in the two articles.
                let neighbours = [
                    (i.checked_add(step), j + 1, j + WINDOW),
                    (
                        i.checked_sub(step),
                        j.saturating_sub(WINDOW),
                        j.saturating_sub(1),
                    ),
                ];
                for (other, low, high) in neighbours {
                    let Some(other) = other.filter(|&o| o < sentences && same_article(o, i)) else {
                        continue;
                    };
                    let pairs_of = row(other);
                    let from = pairs_of.partition_point(|p| p.1 < low);
                    for (k, p) in pairs_of[from..].iter().enumerate() {
                        if p.1 > high {
                            break;
                        }
                        if same_article(p.1, j) {
                            best = best.max(first[row_start[other] + from + k]);
                        }
                    }
                }
            }
            best
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two articles of six sentences each: 0–5 and 6–11.
    fn article(i: usize) -> usize {
        i / 6
    }

    fn support_of(pairs: &[(usize, usize, f32)], first: &[f32], pair: (usize, usize)) -> f32 {
        let k = pairs
            .iter()
            .position(|p| (p.0, p.1) == pair)
            .expect("the pair is a candidate");
        support(12, article, pairs, first)[k]
    }

    #[test]
    fn a_sure_pair_just_before_in_both_articles_supports_the_next() {
        // Sentence 1 ~ sentence 7 for sure; 2 ~ 8 (both one on) and 2 ~ 10 (three on) lean on it.
        let pairs = [(1, 7, 0.5), (2, 8, 0.1), (2, 10, 0.1)];
        let first = [0.9, 0.2, 0.2];
        assert_eq!(support_of(&pairs, &first, (2, 8)), 0.9);
        assert_eq!(support_of(&pairs, &first, (2, 10)), 0.9);
        // And it is supported back by them.
        assert_eq!(support_of(&pairs, &first, (1, 7)), 0.2);
    }

    #[test]
    fn a_pair_told_in_the_other_order_gets_no_support() {
        // 2 ~ 6 is one on in the first article but one back in the second.
        let pairs = [(1, 7, 0.5), (2, 6, 0.1)];
        let first = [0.9, 0.2];
        assert_eq!(support_of(&pairs, &first, (2, 6)), 0.0);
    }

    #[test]
    fn neighbours_beyond_the_window_or_the_article_say_nothing() {
        // 5 ~ 11 is four sentences on from 1 ~ 7 in both articles: too far to lean on it.
        let pairs = [(1, 7, 0.5), (5, 11, 0.1), (5, 6, 0.1)];
        let first = [0.9, 0.2, 0.9];
        assert_eq!(support_of(&pairs, &first, (5, 11)), 0.0);
        // Sentence 6 opens the second article: nothing comes before it there.
        assert_eq!(support_of(&pairs, &first, (5, 6)), 0.0);
    }
}
