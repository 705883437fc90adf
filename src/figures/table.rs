//! The Figures view as data: one row per quantity compared across articles, one cell per article
//! holding that article's figure ids, conflicts first, in a stable order.

use super::quantity::{self, Scope};
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
    pub scope: Option<Scope>,
    pub conflict: bool,
    /// Figure ids per article, indexed like `corpus.articles`; empty where an article is silent.
    pub cells: Vec<Vec<usize>>,
}

impl QuantityRow {
    /// The unit worth showing beside the quantity: not when it repeats it ("helicopters").
    pub fn shown_unit(&self) -> Option<&str> {
        self.unit
            .as_deref()
            .filter(|u| !quantity::repeats(&self.counts, u))
    }

    /// What the row is about, as every face shows it: "killed (police) [in 2011]".
    pub fn label(&self) -> String {
        quantity::label(&self.counts, self.unit.as_deref(), self.scope.as_ref())
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_unit_that_repeats_the_quantity_is_not_shown() {
        let row = |counts: &str, unit: &str| QuantityRow {
            counts: counts.to_string(),
            kind: FigureKind::Count,
            unit: Some(unit.to_string()),
            scope: None,
            conflict: false,
            cells: vec![],
        };
        assert_eq!(row("helicopters", "helicopters").shown_unit(), None);
        assert_eq!(row("killed", "people").shown_unit(), Some("people"));
    }
}
