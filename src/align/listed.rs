//! Each passage's counterparts down to [`RELATED_FLOOR`], most probable first (so the "same"
//! ones, at any strictness, are a prefix), in one flat table: passage `k` (numbered through
//! the articles in order) has `entries[start[k]..start[k + 1]]`. A map of a list per passage,
//! filled on one core, was most of grouping 1,000 articles.

use super::decision::RELATED_FLOOR;
use super::groups::Decided;
use super::{Counterpart, PassageRef};

pub struct Listed {
    /// Where each article's sentences start among all sentences; one more entry ends the last.
    article_start: Vec<usize>,
    /// Where each passage's counterparts start in `entries`; one more entry ends the last.
    start: Vec<usize>,
    entries: Vec<Counterpart>,
}

impl Listed {
    /// The counterparts of the passages among the decided `pairs`, passages numbered from
    /// where each article's sentences start (`Corpus::sentence_starts`).
    pub fn new(article_start: Vec<usize>, pairs: &[Decided]) -> Listed {
        let total = *article_start.last().unwrap_or(&0);
        let number = |p: PassageRef| number(&article_start, p);
        let kept = || pairs.iter().filter(|d| d.probability >= RELATED_FLOOR);
        let sides = |d: &Decided| [(d.a, d.b), (d.b, d.a)];
        // Count each passage's counterparts, then add up: a list starts after all earlier ones.
        let mut start = vec![0; total + 1];
        for (from, _) in kept().flat_map(sides) {
            if let Some(k) = number(from) {
                start[k + 1] += 1;
            }
        }
        for k in 1..start.len() {
            start[k] += start[k - 1];
        }
        let empty = Counterpart {
            passage: PassageRef {
                article: 0,
                sentence: 0,
            },
            score: 0.0,
            probability: 0.0,
        };
        let mut entries = vec![empty; start[total]];
        let mut fill = start.clone();
        for d in kept() {
            for (from, to) in sides(d) {
                if let Some(k) = number(from) {
                    entries[fill[k]] = Counterpart {
                        passage: to,
                        score: d.similarity,
                        probability: d.probability,
                    };
                    fill[k] += 1;
                }
            }
        }
        crate::parallel::for_each_run(&mut entries, &start, |list| {
            list.sort_by(|x, y| {
                y.probability
                    .total_cmp(&x.probability)
                    .then(x.passage.cmp(&y.passage))
            })
        });
        Listed {
            article_start,
            start,
            entries,
        }
    }

    /// The passage's counterparts (none for a passage outside the corpus).
    pub fn of(&self, p: PassageRef) -> &[Counterpart] {
        self.number(p)
            .map_or(&[][..], |k| &self.entries[self.start[k]..self.start[k + 1]])
    }

    /// The passage's number among all sentences, in order.
    fn number(&self, p: PassageRef) -> Option<usize> {
        number(&self.article_start, p)
    }
}

/// Passage `p`'s number among all sentences, in order, from where each article's sentences start
/// (`Corpus::sentence_starts`); none outside the corpus.
fn number(article_start: &[usize], p: PassageRef) -> Option<usize> {
    let start = *article_start.get(p.article)?;
    let end = *article_start.get(p.article + 1)?;
    (start + p.sentence < end).then_some(start + p.sentence)
}

#[cfg(test)]
mod tests {
    use crate::align::{self, PassageRef};

    #[test]
    fn counterparts_made_when_asked_are_those_made_beside_the_groups() {
        let c = crate::corpus::load_seeds();
        let asked = align::align(&c);
        let readings = crate::figures::read(&c);
        let beside = align::align_with_readings(&c, &readings, &mut |_| {});
        let mut listed = 0;
        for (a, article) in c.articles.iter().enumerate() {
            for sentence in 0..article.sentences.len() {
                let p = PassageRef {
                    article: a,
                    sentence,
                };
                assert_eq!(asked.counterparts(p), beside.counterparts(p));
                assert_eq!(asked.related(p), beside.related(p));
                listed += beside.counterparts(p).len();
            }
        }
        assert!(listed > 0, "the seeds' passages have counterparts");
    }
}
