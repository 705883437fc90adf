//! Finds a decided pair by its passages in a few steps. The pairs are sorted by their first
//! passage, so each passage's pairs are one run; the index keeps where each run starts. A
//! binary search over all pairs was most of comparing figures on 10,000 articles (3 million
//! pairs, millions of look-ups).

use super::PassageRef;
use crate::corpus::Corpus;
use std::ops::Range;

pub struct PairIndex {
    /// Where each article's sentences start among all sentences, numbered in order.
    article_start: Vec<usize>,
    /// Where each sentence's run of pairs starts; one more entry ends the last run.
    run_start: Vec<usize>,
}

impl PairIndex {
    /// The index of `firsts`, the first passages of pairs sorted by them.
    pub fn new(corpus: &Corpus, firsts: impl Iterator<Item = PassageRef>) -> PairIndex {
        let article_start = corpus.sentence_starts();
        let total = *article_start.last().unwrap_or(&0);
        let mut run_start = vec![0; total + 1];
        let mut index = PairIndex {
            article_start,
            run_start: Vec::new(),
        };
        // Count each sentence's pairs, then add up: a run starts after all earlier ones.
        for p in firsts {
            if let Some(k) = index.number(p) {
                run_start[k + 1] += 1;
            }
        }
        for k in 1..run_start.len() {
            run_start[k] += run_start[k - 1];
        }
        index.run_start = run_start;
        index
    }

    /// The pairs whose first passage is `p`, as a range of the sorted pairs (empty for a
    /// passage outside the corpus).
    pub fn run(&self, p: PassageRef) -> Range<usize> {
        self.number(p)
            .map_or(0..0, |k| self.run_start[k]..self.run_start[k + 1])
    }

    /// The passage's number among all sentences, in order.
    fn number(&self, p: PassageRef) -> Option<usize> {
        let start = *self.article_start.get(p.article)?;
        let end = *self.article_start.get(p.article + 1)?;
        (start + p.sentence < end).then_some(start + p.sentence)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(article: usize, sentence: usize) -> PassageRef {
        PassageRef { article, sentence }
    }

    #[test]
    fn each_passage_finds_exactly_its_run_of_pairs() {
        let corpus = Corpus::from_texts(&[
            "One sentence here. Two sentences here. Three here.",
            "Another text. And more of it.",
        ]);
        let sentences: Vec<usize> = corpus.articles.iter().map(|a| a.sentences.len()).collect();
        assert!(sentences[0] >= 3 && sentences[1] >= 2, "{sentences:?}");
        let firsts = [at(0, 0), at(0, 0), at(0, 2), at(1, 0), at(1, 0), at(1, 0)];
        let index = PairIndex::new(&corpus, firsts.iter().copied());
        assert_eq!(index.run(at(0, 0)), 0..2);
        assert_eq!(index.run(at(0, 1)), 2..2);
        assert_eq!(index.run(at(0, 2)), 2..3);
        assert_eq!(index.run(at(1, 0)), 3..6);
        assert_eq!(index.run(at(1, 1)), 6..6);
        // Passages outside the corpus have no pairs.
        assert_eq!(index.run(at(1, 99)), 0..0);
        assert_eq!(index.run(at(7, 0)), 0..0);
    }
}
