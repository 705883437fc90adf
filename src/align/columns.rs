//! Rows for the Columns view of 2–4 articles. The first article is the one read: one row per
//! sentence of it, in its order, with the passages of the other articles that share an aligned
//! group with that sentence beside it. What the first article has no counterpart for — the
//! others' sentences it does not report, or that only they align among themselves — is kept
//! in runs between those rows, placed after the row that shows the passage before it in its
//! own article, so that nothing is lost and the first column never turns into a staircase.

// Most passages of one article beside a sentence: as many as a group holds.
use super::tuning::PER_ARTICLE;
use super::{Alignment, PassageRef};
use crate::corpus::Corpus;
use crate::figures::FigureSet;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColumnRow {
    /// Per chosen article: its sentences on this row (empty = silent).
    pub cells: Vec<Vec<usize>>,
}

impl ColumnRow {
    /// True when two or more articles have text on this row.
    pub fn is_aligned(&self) -> bool {
        self.cells.iter().filter(|c| !c.is_empty()).count() >= 2
    }

    /// The row's passages, column by column.
    pub fn passages<'a>(&'a self, articles: &'a [usize]) -> impl Iterator<Item = PassageRef> + 'a {
        self.cells
            .iter()
            .zip(articles)
            .flat_map(|(cell, &article)| {
                cell.iter()
                    .map(move |&sentence| PassageRef { article, sentence })
            })
    }
}

/// A sentence of the first article with the others' passages beside it, or a run of rows the
/// first article has no part in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Row(ColumnRow),
    Others(Vec<ColumnRow>),
}

/// Lays out `articles` (the first one read) as rows and runs of the others' rows.
pub fn column_blocks(corpus: &Corpus, alignment: &Alignment, articles: &[usize]) -> Vec<Block> {
    let Some(&first) = articles.first() else {
        return vec![];
    };
    let mates = Mates::new(alignment);
    let width = articles.len();
    let sentences = |a: usize| -> Vec<usize> {
        corpus
            .articles
            .get(a)
            .map(|art| art.content_sentences().map(|(s, _)| s).collect())
            .unwrap_or_default()
    };
    let mut rows: Vec<ColumnRow> = sentences(first)
        .into_iter()
        .map(|s| {
            let at = PassageRef {
                article: first,
                sentence: s,
            };
            let mut cells = vec![vec![s]];
            cells.extend(articles[1..].iter().map(|&a| mates.of(at, a)));
            ColumnRow { cells }
        })
        .collect();
    let mut placed: Vec<HashSet<usize>> = (0..width)
        .map(|k| {
            rows.iter()
                .flat_map(|r| r.cells[k].iter().copied())
                .collect()
        })
        .collect();
    // Runs of the others' rows, by the first-article row they follow (None: before all).
    let mut runs: HashMap<Option<usize>, Vec<ColumnRow>> = HashMap::default();
    for k in 1..width {
        for x in sentences(articles[k]) {
            if placed[k].contains(&x) {
                continue;
            }
            let after = rows.iter().rposition(|r| r.cells[k].iter().any(|&y| y < x));
            let mut cells = vec![Vec::new(); width];
            cells[k].push(x);
            placed[k].insert(x);
            let at = PassageRef {
                article: articles[k],
                sentence: x,
            };
            for j in k + 1..width {
                let free: Vec<usize> = mates
                    .of(at, articles[j])
                    .into_iter()
                    .filter(|y| !placed[j].contains(y))
                    .collect();
                placed[j].extend(free.iter().copied());
                cells[j] = free;
            }
            runs.entry(after).or_default().push(ColumnRow { cells });
        }
    }
    let mut blocks = Vec::with_capacity(rows.len() * 2);
    if let Some(run) = runs.remove(&None) {
        blocks.push(Block::Others(run));
    }
    for (r, row) in rows.drain(..).enumerate() {
        blocks.push(Block::Row(row));
        if let Some(run) = runs.remove(&Some(r)) {
            blocks.push(Block::Others(run));
        }
    }
    blocks
}

/// Each passage's group-mates in other articles, with how alike they are.
struct Mates<'a> {
    alignment: &'a Alignment,
    groups_of: HashMap<PassageRef, Vec<usize>>,
}

impl<'a> Mates<'a> {
    fn new(alignment: &'a Alignment) -> Mates<'a> {
        let mut groups_of: HashMap<PassageRef, Vec<usize>> = HashMap::default();
        for (g, group) in alignment.groups.iter().enumerate() {
            for &p in &group.passages {
                groups_of.entry(p).or_default().push(g);
            }
        }
        Mates {
            alignment,
            groups_of,
        }
    }

    /// Sentences of `article` in a group with `at`, the most alike first kept, in text order.
    fn of(&self, at: PassageRef, article: usize) -> Vec<usize> {
        let mut found: Vec<(usize, f32)> = Vec::new();
        for &g in self.groups_of.get(&at).map_or(&[][..], Vec::as_slice) {
            let group = &self.alignment.groups[g];
            for q in group.passages.iter().filter(|q| q.article == article) {
                // A kept pair scores what it scored; other group-mates, the group's mean.
                let score = self
                    .alignment
                    .counterparts(at)
                    .iter()
                    .find(|c| c.passage == *q)
                    .map_or(group.score, |c| c.score);
                match found.iter_mut().find(|(s, _)| *s == q.sentence) {
                    Some(entry) => entry.1 = entry.1.max(score),
                    None => found.push((q.sentence, score)),
                }
            }
        }
        found.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut out: Vec<usize> = found
            .into_iter()
            .take(PER_ARTICLE)
            .map(|(s, _)| s)
            .collect();
        out.sort_unstable();
        out
    }
}

/// Figures of the row that disagree with a figure in another of its cells (164 beside 40):
/// ids into `figures`, for the ≠ marks and the conflict jumps.
pub fn conflicting_figures(figures: &FigureSet, row: &ColumnRow, articles: &[usize]) -> Vec<usize> {
    let in_row: Vec<(usize, usize)> = row
        .cells
        .iter()
        .zip(articles)
        .enumerate()
        .flat_map(|(col, (cell, &article))| {
            cell.iter()
                .flat_map(move |&s| figures.in_sentence(article, s).map(move |f| (col, f.id)))
        })
        .collect();
    let mut out: Vec<usize> = in_row
        .iter()
        .filter(|(col, x)| {
            in_row
                .iter()
                .any(|(other, y)| other != col && figures.disagree(*x, *y))
        })
        .map(|&(_, id)| id)
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus;

    fn rows_of(blocks: &[Block]) -> Vec<&ColumnRow> {
        blocks
            .iter()
            .flat_map(|b| match b {
                Block::Row(r) => vec![r],
                Block::Others(run) => run.iter().collect(),
            })
            .collect()
    }

    #[test]
    fn the_first_article_reads_in_order_and_no_sentence_is_lost() {
        let c = corpus::load_seeds();
        let al = super::super::align(&c);
        let chosen = [3, 4, 0];
        let blocks = column_blocks(&c, &al, &chosen);
        let firsts: Vec<usize> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Row(r) => Some(r.cells[0].clone()),
                Block::Others(_) => None,
            })
            .flatten()
            .collect();
        let expected: Vec<usize> = c.articles[3].content_sentences().map(|(s, _)| s).collect();
        assert_eq!(firsts, expected);
        let rows = rows_of(&blocks);
        for (k, &a) in chosen.iter().enumerate() {
            let shown: HashSet<usize> = rows.iter().flat_map(|r| r.cells[k].clone()).collect();
            for (s, _) in c.articles[a].content_sentences() {
                assert!(shown.contains(&s), "article {a} sentence {s} is shown");
            }
        }
        for b in &blocks {
            if let Block::Others(run) = b {
                assert!(run.iter().all(|r| r.cells[0].is_empty()));
            }
        }
        assert!(rows.iter().filter(|r| r.is_aligned()).count() >= 5);
    }
}
