//! Rows for a columns view of 2–4 articles: each article's content sentences in their own
//! order, aligned passages on the same row, gaps elsewhere. Articles are added one at a time
//! to the rows with a Needleman–Wunsch alignment that rewards counterparts and costs nothing
//! for gaps, so order is kept on every side.

use super::{Alignment, PassageRef};
use crate::corpus::Corpus;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColumnRow {
    /// Per chosen article: its sentences on this row (empty = gap).
    pub cells: Vec<Vec<usize>>,
}

pub fn column_rows(corpus: &Corpus, alignment: &Alignment, articles: &[usize]) -> Vec<ColumnRow> {
    let width = articles.len();
    let mut rows: Vec<ColumnRow> = Vec::new();
    for (col, &article) in articles.iter().enumerate() {
        let Some(a) = corpus.articles.get(article) else {
            continue;
        };
        let sentences: Vec<usize> = a.content_sentences().map(|(s, _)| s).collect();
        let score = |row: &ColumnRow, s: usize| -> f32 {
            let me = PassageRef {
                article,
                sentence: s,
            };
            alignment
                .counterparts(me)
                .iter()
                .filter(|c| {
                    articles[..col]
                        .iter()
                        .position(|&x| x == c.passage.article)
                        .is_some_and(|k| row.cells[k].contains(&c.passage.sentence))
                })
                .map(|c| c.score)
                .fold(0.0, f32::max)
        };
        // DP over (rows so far) × (this article's sentences).
        let (r, n) = (rows.len(), sentences.len());
        let mut dp = vec![vec![0.0f32; n + 1]; r + 1];
        for i in 1..=r {
            for j in 1..=n {
                let m = score(&rows[i - 1], sentences[j - 1]);
                let diag = if m > 0.0 {
                    dp[i - 1][j - 1] + m
                } else {
                    f32::MIN
                };
                dp[i][j] = dp[i - 1][j].max(dp[i][j - 1]).max(diag);
            }
        }
        // Trace back into a merged row list.
        let mut merged: Vec<ColumnRow> = Vec::with_capacity(r + n);
        let (mut i, mut j) = (r, n);
        while i > 0 || j > 0 {
            if i > 0 && j > 0 {
                let m = score(&rows[i - 1], sentences[j - 1]);
                if m > 0.0 && (dp[i][j] - (dp[i - 1][j - 1] + m)).abs() < 1e-6 {
                    let mut row = rows[i - 1].clone();
                    row.cells[col].push(sentences[j - 1]);
                    merged.push(row);
                    i -= 1;
                    j -= 1;
                    continue;
                }
            }
            if i > 0 && (j == 0 || dp[i][j] == dp[i - 1][j]) {
                merged.push(rows[i - 1].clone());
                i -= 1;
            } else {
                let mut cells = vec![Vec::new(); width];
                cells[col].push(sentences[j - 1]);
                merged.push(ColumnRow { cells });
                j -= 1;
            }
        }
        merged.reverse();
        rows = merged;
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus;

    #[test]
    fn every_content_sentence_appears_once_in_order() {
        let c = corpus::load_seeds();
        let al = super::super::align(&c);
        let chosen = [3, 4, 0];
        let rows = column_rows(&c, &al, &chosen);
        for (k, &a) in chosen.iter().enumerate() {
            let shown: Vec<usize> = rows.iter().flat_map(|r| r.cells[k].clone()).collect();
            let expected: Vec<usize> = c.articles[a].content_sentences().map(|(s, _)| s).collect();
            assert_eq!(shown, expected, "article {a}");
        }
        assert!(
            rows.iter()
                .any(|r| r.cells.iter().filter(|c| !c.is_empty()).count() >= 2),
            "some rows are aligned"
        );
    }
}
