//! The report: everything crossread concludes about a corpus, built once by [`Report::build`]
//! and rendered by every face — CLI JSON and text, every TUI view, the Markdown and JSON-LD
//! exports. Faces read it and lay it out; they never recompute or re-derive a result. The
//! quantities' labels, values as written and timelines are made here, once, from the types.
//!
//! `document` holds the JSON documents of the contract (`list`, `align`, `figures`, `report`),
//! `notes` what a note's export quotes from the report (counterparts, conflicts).

pub mod document;
pub mod group_json;
mod notes;

use crate::align::{self, Alignment, PassageRef, Progress, Strictness};
use crate::corpus::Corpus;
use crate::figures::{self, Cells, FigureSet, QuantityRow, Verdict, format_value};
use serde::Serialize;

pub use notes::{export_markdown, export_web_annotation};

/// The analysis of one corpus, as every face shows it.
pub struct Report {
    /// Which passages report the same fact, with scores; its strictness can be moved.
    pub alignment: Alignment,
    /// Every figure with what it counts, and the comparisons across sources with verdicts.
    pub figures: FigureSet,
    /// Every quantity as faces show it: conflicts first, then agreements, then what only one
    /// source gives.
    pub quantities: Vec<QuantityReport>,
    /// Per article, the share of its passages another source reports the same (under the
    /// alignment's strictness in force).
    pub corroborated: Vec<f32>,
}

/// One quantity, ready to show: its label, verdict, the values each source gives and the
/// timeline of who gave which value when.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuantityReport {
    /// "killed (police) [in 2011]", from the quantity's types.
    pub label: String,
    #[serde(flatten)]
    pub row: QuantityRow,
    /// The values each article that gives the quantity gives, like `row.cells`.
    pub values: Cells<ShownFigure>,
    /// "40 (interior ministry, 8 Jan) → 164 (authorities, 10 Jan)": values in time order.
    pub timeline: String,
}

/// A figure of a quantity as written for people.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ShownFigure {
    pub id: usize,
    /// "at least 164", "dozens", "180 days".
    pub value: String,
    /// The event word as the source writes it ("detained"), when it has one.
    pub wording: Option<String>,
    /// Where it stands when a cell is cut to fit: numbers before vague amounts, 164 before a
    /// round 160, then text order.
    #[serde(skip)]
    precision: (bool, bool, usize),
}

impl ShownFigure {
    /// The value with the source's own event word: "4,404 detained".
    pub fn with_wording(&self) -> String {
        match &self.wording {
            Some(w) => format!("{} {w}", self.value),
            None => self.value.clone(),
        }
    }
}

impl QuantityReport {
    /// True when two or more sources give this quantity (it has a verdict).
    pub fn compared(&self) -> bool {
        self.row.verdict.is_some()
    }

    /// The values one article gives, each once, the most precise first, so the figure that
    /// matters survives when a cell is cut to fit.
    pub fn distinct_values(&self, article: usize) -> Vec<&str> {
        let mut shown: Vec<&ShownFigure> = self.values.get(article).iter().collect();
        shown.sort_by_key(|s| s.precision);
        let mut out: Vec<&str> = Vec::new();
        for s in shown {
            if !out.contains(&s.value.as_str()) {
                out.push(&s.value);
            }
        }
        out
    }

    /// The values one article gives with its own event words, in the article's order, each
    /// told once with how many times the article repeats it ("dozens killed ×2"): a headline,
    /// a lead and a summary restate one figure, which is one claim, not three.
    pub fn worded_values(&self, article: usize) -> Vec<String> {
        let mut told: Vec<(String, usize)> = Vec::new();
        for value in self
            .values
            .get(article)
            .iter()
            .map(ShownFigure::with_wording)
        {
            match told.iter_mut().find(|(v, _)| *v == value) {
                Some((_, n)) => *n += 1,
                None => told.push((value, 1)),
            }
        }
        told.into_iter()
            .map(|(v, n)| if n > 1 { format!("{v} ×{n}") } else { v })
            .collect()
    }

    /// The verdict's words ("disagree", "changed over time"), empty for a single source.
    pub fn verdict_label(&self) -> &'static str {
        self.row.verdict.map_or("", Verdict::label)
    }
}

impl Report {
    /// Aligns the corpus, then compares its figures with the help of the alignment, and lays
    /// out every quantity — reporting progress as it goes.
    pub fn build(corpus: &Corpus, progress: &mut dyn FnMut(Progress)) -> Report {
        // Figures are read once, for the alignment's shared quantities and for the comparison.
        let readings = figures::read_counting(corpus, &mut |done, total| {
            progress(Progress {
                done,
                total: total.max(1),
                phase: "reading figures",
            })
        });
        let alignment = align::align_with_readings(corpus, &readings, progress);
        // Steps that report only their names: each is one pass, a second or two on 10,000
        // articles.
        let step = |phase| Progress {
            done: 0,
            total: 1,
            phase,
        };
        progress(step("comparing figures"));
        let related = |a: (usize, usize), b: (usize, usize)| -> f32 {
            let passage = |(article, sentence)| PassageRef { article, sentence };
            alignment.similarity(passage(a), passage(b))
        };
        let figures = figures::compare_readings(corpus, &readings, Some(&related));
        progress(step("laying out quantities"));
        let quantities = quantities(corpus, &figures);
        let mut report = Report {
            alignment,
            figures,
            quantities,
            corroborated: Vec::new(),
        };
        report.corroborated = report.corroboration(corpus);
        report
    }

    /// Moves how sure the alignment must be that two passages report the same fact; the
    /// corroboration shares follow.
    pub fn set_strictness(&mut self, corpus: &Corpus, strictness: Strictness) {
        if self.alignment.strictness() == strictness {
            return;
        }
        self.alignment.set_strictness(corpus, strictness);
        self.corroborated = self.corroboration(corpus);
    }

    /// The quantities more than one source gives, in the comparisons' order (conflicts first).
    pub fn compared_quantities(&self) -> impl Iterator<Item = &QuantityReport> {
        self.quantities.iter().filter(|q| q.compared())
    }

    fn corroboration(&self, corpus: &Corpus) -> Vec<f32> {
        // On all cores: a look-up per passage, a fiftieth of the run on 1,000 articles in line.
        let articles: Vec<usize> = (0..corpus.articles.len()).collect();
        crate::parallel::map(&articles, |&a| self.alignment.corroborated_share(corpus, a))
    }
}

/// The quantity's label with the names its figures' sentences capitalise written so ("killed
/// (people) [in Syria]"): the label's words are the lowercase grouping key.
fn shown_label(corpus: &Corpus, set: &FigureSet, row: &QuantityRow) -> String {
    let sentences: Vec<&str> = row
        .cells
        .all()
        .filter_map(|&id| set.figures.get(id))
        .filter_map(|f| Some(corpus.articles.get(f.article)?.sentence_text(f.sentence)))
        .collect();
    crate::language::casing::as_written(&row.quantity.label(), &sentences)
}

/// Every quantity with its values and timeline, written once for every face (on all cores:
/// in line, they were a hundredth of the run on 1,000 articles).
fn quantities(corpus: &Corpus, set: &FigureSet) -> Vec<QuantityReport> {
    use rayon::prelude::*;
    set.all_rows()
        .into_par_iter()
        .map(|row| {
            let values = row.cells.map(|&id| {
                let f = set.figures.get(id)?;
                Some(ShownFigure {
                    id: f.id,
                    value: format_value(f),
                    wording: f.what.wording.clone(),
                    precision: (
                        f.amount.value.is_none(),
                        f.amount.value.is_some_and(|v| v % 10.0 == 0.0),
                        f.start,
                    ),
                })
            });
            QuantityReport {
                label: shown_label(corpus, set, &row),
                timeline: set.timeline(corpus, &row),
                values,
                row,
            }
        })
        .collect()
}
