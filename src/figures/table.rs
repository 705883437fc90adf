//! The Figures view as data: one row per quantity compared across articles, one cell per article
//! holding that article's figure ids, conflicts first, in a stable order.

use super::cells::Cells;
use super::compare;
use super::parts::{self, PartSum};
use super::quantity::{self, Quantity, Scope};
use super::units;
use super::{Figure, FigureSet, Verdict, format_value};
use crate::corpus::Corpus;
use serde::Serialize;
use std::collections::HashMap;

/// One quantity and what each article says about it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuantityRow {
    #[serde(flatten)]
    pub quantity: Quantity,
    pub conflict: bool,
    /// The comparison's verdict; None for a quantity only one source gives.
    pub verdict: Option<Verdict>,
    /// Figure ids per article that gives the quantity.
    pub cells: Cells<usize>,
    /// Parts a source gives, compared through their sum (see [`super::parts`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sums: Vec<PartSum>,
}

/// Rows in the comparisons' order (conflicts first, then by first mention).
pub fn rows(set: &FigureSet) -> Vec<QuantityRow> {
    compared(set)
        .into_iter()
        .filter(|r| r.verdict.is_some())
        .collect()
}

/// Every quantity: conflicts, then agreements, then what only one source gives (one row per
/// source and quantity, in reading order).
pub fn all_rows(set: &FigureSet) -> Vec<QuantityRow> {
    let mut out = compared(set);
    out.sort_by_key(|r| !r.conflict);
    let mut single: Vec<QuantityRow> = Vec::new();
    let mut row_of: HashMap<SingleKey, usize> = HashMap::new();
    for f in &set.figures {
        let Some(counts) = f.what.counts.as_deref() else {
            continue;
        };
        if set.comparison_of(f.id).is_some() || !quantity::comparable(f) {
            continue;
        }
        // One measure given in two units ("two to three miles (3.2 to 4.8 km)") is one row.
        let scale = f.what.unit.as_deref().map(|u| match units::by_name(u) {
            Some(unit) => UnitKey::Scale(quantity::scale_of(&unit)),
            None => UnitKey::Name(u),
        });
        let key = (counts, scale, f.what.scope.as_ref(), f.article);
        match row_of.get(&key) {
            Some(&row) => {
                let row = &mut single[row];
                row.cells.push(f.article, f.id);
                if row.quantity.unit != f.what.unit {
                    let ids: Vec<usize> = row.cells.all().copied().collect();
                    row.quantity.unit = compare::shared_unit(&set.figures, &ids);
                }
            }
            None => {
                row_of.insert(key, single.len());
                let mut cells = Cells::default();
                cells.push(f.article, f.id);
                single.push(QuantityRow {
                    quantity: Quantity {
                        counts: counts.to_string(),
                        kind: f.what.kind,
                        unit: f.what.unit.clone(),
                        scope: f.what.scope.clone(),
                    },
                    conflict: false,
                    verdict: None,
                    cells,
                    sums: Vec::new(),
                });
            }
        }
    }
    out.extend(single);
    out
}

/// What one source alone gives: what is counted, the scale of its unit, scope, and the source.
type SingleKey<'a> = (&'a str, Option<UnitKey<'a>>, Option<&'a Scope>, usize);

/// A unit as rows group it: by the scale it converts to, or by its name when it is no known unit.
#[derive(PartialEq, Eq, Hash)]
enum UnitKey<'a> {
    Scale(quantity::Scale),
    Name(&'a str),
}

/// The row's values ordered by the date they stand for, each with who gives it and when:
/// "40 (interior ministry, 8 Jan) → 164 (authorities, 10 Jan)". Values of unknown date follow.
pub fn timeline(set: &FigureSet, corpus: &Corpus, row: &QuantityRow) -> String {
    let mut figures: Vec<&Figure> = row
        .cells
        .all()
        .filter_map(|&id| set.figures.get(id))
        .collect();
    figures.sort_by(|a, b| {
        (
            a.provenance.as_of.is_none(),
            &a.provenance.as_of,
            a.article,
            a.start,
        )
            .cmp(&(
                b.provenance.as_of.is_none(),
                &b.provenance.as_of,
                b.article,
                b.start,
            ))
    });
    let mut dated: Vec<String> = Vec::new();
    let mut undated: Vec<String> = Vec::new();
    for f in figures {
        // parts show once, as their sum: "5 + another 13 = 18 (officials, 8 Jan)"
        let sum = row.sums.iter().find(|s| s.figures.contains(&f.id));
        if sum.is_some_and(|s| s.figures.first() != Some(&f.id)) {
            continue;
        }
        let value = match sum {
            Some(s) => summed_value(set, s),
            None => format_value(f),
        };
        let shown = sum
            .and_then(|s| parts::summed(&set.figures, s, f.id))
            .unwrap_or_else(|| f.clone());
        let who = shown
            .provenance
            .speaker
            .clone()
            .unwrap_or_else(|| corpus.articles[f.article].short_label());
        let (text, list) = match shown.provenance.as_of.as_deref().and_then(short_date) {
            Some(d) => (format!("{value} ({who}, {d})"), &mut dated),
            None => (format!("{value} ({who})"), &mut undated),
        };
        if !list.contains(&text) {
            list.push(text);
        }
    }
    let mut out = dated.join(" → ");
    if !out.is_empty() && !undated.is_empty() {
        out.push_str(" · ");
    }
    out.push_str(&undated.join(" · "));
    out
}

/// Parts and their sum as written for people: "five + another 13 = 18".
fn summed_value(set: &FigureSet, sum: &PartSum) -> String {
    let parts: Vec<String> = sum
        .figures
        .iter()
        .filter_map(|&id| set.figures.get(id))
        .map(format_value)
        .collect();
    format!("{} = {}", parts.join(" + "), sum.value)
}

/// "2024-01-08" → "8 Jan".
pub fn short_date(iso: &str) -> Option<String> {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month: usize = iso.get(5..7)?.parse().ok()?;
    let day: u32 = iso.get(8..10)?.parse().ok()?;
    Some(format!("{day} {}", MONTHS.get(month.checked_sub(1)?)?))
}

/// Rows for the comparisons, in their order.
fn compared(set: &FigureSet) -> Vec<QuantityRow> {
    set.comparisons
        .iter()
        .map(|c| {
            let mut cells = Cells::default();
            for &id in &c.figures {
                if let Some(f) = set.figures.get(id) {
                    cells.push(f.article, id);
                }
            }
            QuantityRow {
                quantity: c.quantity.clone(),
                conflict: c.conflict,
                verdict: Some(c.verdict),
                cells,
                sums: c.sums.clone(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_few_words() {
        assert_eq!(short_date("2024-01-08").as_deref(), Some("8 Jan"));
    }
}
