//! The Figures view as data: one row per quantity compared across articles, one cell per article
//! holding that article's figure ids, conflicts first, in a stable order.

use super::{FigureKind, FigureSet};
use crate::corpus::Corpus;
use serde::Serialize;

/// One quantity and what each article says about it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuantityRow {
    pub counts: String,
    pub kind: FigureKind,
    pub unit: Option<String>,
    /// Another time, place or part ("in 2011"), shown beside the quantity.
    pub scope: Option<String>,
    pub conflict: bool,
    /// Figure ids per article, indexed like `corpus.articles`; empty where an article is silent.
    pub cells: Vec<Vec<usize>>,
}

/// Rows in the comparisons' order (conflicts first, then by first mention).
pub fn rows(set: &FigureSet, corpus: &Corpus) -> Vec<QuantityRow> {
    set.comparisons
        .iter()
        .map(|c| {
            let mut cells = vec![Vec::new(); corpus.articles.len()];
            for &id in &c.figures {
                if let Some(cell) = set.figures.get(id).and_then(|f| cells.get_mut(f.article)) {
                    cell.push(id);
                }
            }
            QuantityRow {
                counts: c.counts.clone(),
                kind: c.kind,
                unit: c.unit.clone(),
                scope: c.scope.clone(),
                conflict: c.conflict,
                cells,
            }
        })
        .collect()
}
