//! How widely a passage, or an article, is reported: by the counterparts and the copies of
//! its passages in other articles.

use super::{Alignment, PassageRef};
use crate::corpus::Corpus;

impl Alignment {
    /// How many other articles report the passage (its counterparts and its copies).
    pub fn coverage(&self, p: PassageRef) -> usize {
        let mut articles: Vec<usize> = self
            .counterparts(p)
            .iter()
            .map(|c| c.passage.article)
            .chain(self.copies_of(p).map(|q| q.article))
            .filter(|&a| a != p.article)
            .collect();
        articles.sort_unstable();
        articles.dedup();
        articles.len()
    }

    /// Whether another article reports the passage: [`Alignment::coverage`] is not 0 (without
    /// listing the articles, which was most of laying out 1,000 articles' quantities).
    fn covered(&self, p: PassageRef) -> bool {
        self.counterparts(p)
            .iter()
            .any(|c| c.passage.article != p.article)
            || self.copies_of(p).any(|q| q.article != p.article)
    }

    /// Share of an article's content sentences that another source also reports.
    pub fn corroborated_share(&self, corpus: &Corpus, article: usize) -> f32 {
        let Some(a) = corpus.articles.get(article) else {
            return 0.0;
        };
        let (mut total, mut covered) = (0usize, 0usize);
        for (s, _) in a.content_sentences() {
            total += 1;
            if self.covered(PassageRef {
                article,
                sentence: s,
            }) {
                covered += 1;
            }
        }
        if total == 0 {
            0.0
        } else {
            covered as f32 / total as f32
        }
    }
}
