//! Figures: every number an article gives (counts, durations, distances, shares, money, ages,
//! dates, years, ordinals, and numbers lost to scraping), what each one counts, and where the
//! sources disagree about the same quantity.
//!
//! `reading` reads a whole corpus on all cores: `words` splits a sentence; `extract` finds
//! figures in it (with `dates`, `numwords`, `qualifiers`, `trailing` and `units`); `roles`
//! reads what each counts (with `events`, `lexicon`, `measures` and `limits`); `scope` keeps
//! figures about another time, place or part apart; `provenance` reads who gives a figure and
//! as of when; `compare` groups figures of one quantity across articles and `verdict` says
//! whether they conflict; `table` lays them out; `format` writes a value for people.

pub mod attribution;
pub mod cells;
pub mod compare;
mod contrast;
mod custody;
mod dates;
mod ellipsis;
mod events;
pub mod extract;
mod format;
mod gifts;
mod holders;
mod idioms;
mod limits;
mod measures;
pub mod parts;
pub mod provenance;
pub mod quantity;
mod reading;
pub mod roles;
mod scope;
mod setting;
pub mod table;
mod tally;
mod tickers;
mod trailing;
pub mod units;
mod verdict;
pub mod words;

use crate::corpus::Corpus;
use serde::Serialize;

pub use crate::language::amount::Amount;
pub use crate::language::qualifiers::{self, Qualifier};
pub use cells::Cells;
pub use format::{format_value, reading_note};
pub use provenance::Provenance;
pub use quantity::{Per, Quantity, QuantityKey, Scope};
pub use reading::{Readings, read, read_counting};
pub use table::QuantityRow;
pub use verdict::same_reading;

/// What sort of number a figure is. Only counts and measures are ever compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FigureKind {
    Count,
    Duration,
    Distance,
    Share,
    Money,
    Age,
    Date,
    Year,
    Ordinal,
    /// A clock time ("10 a.m.", "3pm"): read and shown, never compared (a live blog's entry
    /// times are no quantity of the event).
    Time,
    /// A number the scraper replaced ("January XNUMX"): its value is missing.
    Artefact,
    Other,
}

/// One figure in one article: where it stands, the amount it gives, what it counts (read by
/// `roles` and `scope`) and who gives it as of when (read by `provenance`).
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub id: usize,
    /// Index in `corpus.articles`.
    pub article: usize,
    /// Index in the article's `sentences`.
    pub sentence: usize,
    /// Byte span in the article's text; `text` is that slice.
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The number it stands for, in its unit (None for vague amounts and artefacts), and the
    /// interval it allows with its qualifier applied ("dozens" ≈ 24–99, "at least 164" = 164–∞).
    pub amount: Amount,
    pub qualifier: Option<Qualifier>,
    pub what: Counted,
    pub provenance: Provenance,
}

/// What a figure counts or measures, as its sentence reads.
#[derive(Debug, Clone, PartialEq)]
pub struct Counted {
    /// What is counted or measured, in the tool's words: "killed", "arrested/detained", "price cap".
    pub counts: Option<String>,
    /// What the number is measured in: "people", "police", "days", "km", "%", "USD".
    pub unit: Option<String>,
    pub kind: FigureKind,
    /// The event word as written ("detained" where `counts` says "arrested/detained").
    pub wording: Option<String>,
    /// Why the figure is kept apart from the main quantity: another year, a part, a place.
    pub scope: Option<Scope>,
}

impl Figure {
    /// The figure's byte span in its article's text.
    pub fn span(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// The scope as shown to the user ("in 2011", "part"), if any.
    pub fn scope_label(&self) -> Option<String> {
        self.what.scope.as_ref().map(Scope::label)
    }
}

/// Figures from at least two articles that speak of the same quantity.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// What its figures count, as faces name it.
    #[serde(flatten)]
    pub quantity: Quantity,
    /// The typed quantity its figures share.
    #[serde(skip)]
    pub key: QuantityKey,
    /// Figure ids, in article then text order.
    pub figures: Vec<usize>,
    /// True when two articles give values that cannot both hold (the verdict is disagree or
    /// changed).
    pub conflict: bool,
    /// Why the values differ, or that they agree.
    pub verdict: Verdict,
    /// Parts one source gives of the quantity ("five in hospital, another 13 released"): their
    /// figures are in `figures`, and only their sum was compared with the others' values.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sums: Vec<parts::PartSum>,
}

/// What a comparison says about its sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// Every source's value can hold at once.
    Agree,
    /// Two sources give values that cannot both hold, for the same time.
    Disagree,
    /// The values differ and stand for different dates (a rising toll).
    Changed,
    /// The values differ but at least one is a running tally of unknown date: it may have moved.
    Unclear,
}

impl Verdict {
    /// The words the faces show.
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Agree => "agree",
            Verdict::Disagree => "disagree",
            Verdict::Changed => "changed over time",
            Verdict::Unclear => "unclear",
        }
    }
}

/// All figures of a corpus and their comparisons (conflicts first).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FigureSet {
    pub figures: Vec<Figure>,
    pub comparisons: Vec<Comparison>,
    /// For each figure, the index of its comparison.
    membership: Vec<Option<usize>>,
}

/// A sentence similarity, 0..1, between two (article, sentence) pairs.
pub type Related<'a> = &'a dyn Fn((usize, usize), (usize, usize)) -> f32;

/// Finds every figure in the corpus and compares them across articles.
pub fn analyse(corpus: &Corpus) -> FigureSet {
    analyse_with(corpus, None)
}

/// Like [`analyse`], with a sentence similarity (0..1) for pairs of (article, sentence), such as
/// the alignment's, to decide which measures talk about the same thing.
pub fn analyse_with(corpus: &Corpus, related: Option<Related>) -> FigureSet {
    compare_readings(corpus, &read(corpus), related)
}

/// Compares figures already read, as [`analyse_with`] does.
pub fn compare_readings(
    corpus: &Corpus,
    readings: &Readings,
    related: Option<Related>,
) -> FigureSet {
    let figures = readings.figures.clone();
    let comparisons = compare::compare(corpus, &figures, &readings.roles, related);
    let mut membership = vec![None; figures.len()];
    for (c, comparison) in comparisons.iter().enumerate() {
        for &id in &comparison.figures {
            membership[id] = Some(c);
        }
    }
    FigureSet {
        figures,
        comparisons,
        membership,
    }
}

impl FigureSet {
    /// Figures of one sentence, in text order.
    pub fn in_sentence(&self, article: usize, sentence: usize) -> impl Iterator<Item = &Figure> {
        let from = self
            .figures
            .partition_point(|f| (f.article, f.sentence) < (article, sentence));
        self.figures[from..]
            .iter()
            .take_while(move |f| f.article == article && f.sentence == sentence)
    }

    /// True when the figure belongs to a comparison that is a conflict.
    pub fn is_conflicting(&self, figure: usize) -> bool {
        self.comparison_of(figure).is_some_and(|c| c.conflict)
    }

    /// True when two figures of one comparison allow no common value ("at least 164" and
    /// "40" killed): what the Columns view marks ≠ side by side.
    /// A part of a sum stands for the sum ("five" and "another 13" are 18 against 19).
    pub fn disagree(&self, x: usize, y: usize) -> bool {
        let Some(c) = self
            .comparison_of(x)
            .filter(|c| c.conflict && c.figures.contains(&y))
        else {
            return false;
        };
        let as_compared = |id: usize| match c.sums.iter().find(|s| s.figures.contains(&id)) {
            Some(sum) => parts::summed(&self.figures, sum, id),
            None => self.figures.get(id).cloned(),
        };
        match (as_compared(x), as_compared(y)) {
            (Some(a), Some(b)) => verdict::conflicting(&[a, b], &[0, 1]),
            _ => false,
        }
    }

    /// Conflicting figures in reading order (article, then text): what `]` and `[` step through.
    pub fn conflicting(&self) -> impl Iterator<Item = &Figure> {
        self.figures.iter().filter(|f| self.is_conflicting(f.id))
    }

    /// The comparison a figure belongs to, if any.
    pub fn comparison_of(&self, figure: usize) -> Option<&Comparison> {
        let c = (*self.membership.get(figure)?)?;
        self.comparisons.get(c)
    }

    /// Rows for the quantities compared across sources: one per quantity, conflicts first.
    pub fn table(&self) -> Vec<QuantityRow> {
        table::rows(self)
    }

    /// Rows for the Figures view: every quantity, conflicts, then agreements, then what only
    /// one source gives.
    pub fn all_rows(&self) -> Vec<QuantityRow> {
        table::all_rows(self)
    }

    /// A row's values in time order with who gives each ("40 (police, 8 Jan) → 164 (…)").
    pub fn timeline(&self, corpus: &Corpus, row: &QuantityRow) -> String {
        table::timeline(self, corpus, row)
    }
}
