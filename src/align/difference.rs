//! What differs in content between two passages that report the same fact: numbers, names,
//! negation, hedges, attribution, and the words one says that the other does not (after
//! folding stems and synonyms). Paraphrases share few words in few places, so a token diff of
//! them marks almost everything; near-copies (wire copy republished, lightly edited) are best
//! shown by the token diff itself. [`differences`] picks by how alike the two wordings are.
//!
//! `left` is the passage read (the reference), `right` the one compared with it; the summary
//! speaks from the right one's side ("only here" = in the right passage only).
//!
//! Which numbers are one quantity is the figures module's reading ([`FigureReading`], from the
//! report's comparisons): "164 killed" against "40 died" is a change, "12 police officers died"
//! against "160 dead" is not (another population), and "six months" is "180 days".

use super::content::{Content, Quantity};
use super::diff::{self, word_similarity};
use super::stance::{self, Found};
use crate::figures::{Figure, FigureSet, same_reading};
use crate::language::text::{normalise, tokens};
use std::collections::BTreeMap;
use std::ops::Range;

pub use super::tuning::NEAR_COPY;

/// Words listed per side in a summary before "+N".
const LISTED: usize = 4;

/// A byte span of one side that differs; `number` for numbers, which matter most.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    pub span: Range<usize>,
    pub number: bool,
}

/// Items found in one passage only.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OneSided {
    /// Only in the left (reference) passage.
    pub left: Vec<String>,
    /// Only in the right passage.
    pub right: Vec<String>,
}

impl OneSided {
    fn is_empty(&self) -> bool {
        self.left.is_empty() && self.right.is_empty()
    }
}

/// Numbers of one quantity that differ ("164" vs "40" killed); a side is empty when the other
/// gives a number it has no counterpart for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumberChange {
    pub left: Vec<String>,
    pub right: Vec<String>,
}

/// How the figures module reads the two passages' figures against each other, as spans in
/// each passage's text ([`figure_reading`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FigureReading {
    /// Figures of one quantity whose values differ, one entry per quantity: told "164 vs 40".
    pub differing: Vec<SideSpans>,
    /// Figures whose value the other passage gives for the same quantity, perhaps in other
    /// words ("six months" / "180 days"): neither told nor marked.
    pub agreeing: SideSpans,
}

/// Spans of the left passage and of the right one.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SideSpans {
    pub left: Vec<Range<usize>>,
    pub right: Vec<Range<usize>>,
}

/// A figure of a passage, with its span in the passage's text.
pub type PassageFigure<'f> = (&'f Figure, Range<usize>);

/// Reads two passages' figures by the report's comparisons: `left` and `right` are each
/// passage's figures with their spans in its text. Two figures are one quantity only when they
/// are in one comparison.
pub fn figure_reading(
    figures: &FigureSet,
    left: &[PassageFigure],
    right: &[PassageFigure],
) -> FigureReading {
    // Each side's figures by comparison, a comparison known by its first figure's id.
    type Sides<'a, 'f> = (Vec<&'a PassageFigure<'f>>, Vec<&'a PassageFigure<'f>>);
    let mut by_comparison: BTreeMap<usize, Sides> = BTreeMap::new();
    for (side, items) in [(0, left), (1, right)] {
        for item in items {
            let Some(c) = figures.comparison_of(item.0.id) else {
                continue;
            };
            let entry = by_comparison.entry(c.figures[0]).or_default();
            if side == 0 {
                &mut entry.0
            } else {
                &mut entry.1
            }
            .push(item);
        }
    }
    let mut reading = FigureReading::default();
    for (ls, rs) in by_comparison.values() {
        if ls.is_empty() || rs.is_empty() {
            continue;
        }
        let (agree_l, differ_l) = split_by_value(ls, rs);
        let (agree_r, differ_r) = split_by_value(rs, ls);
        reading.agreeing.left.extend(agree_l);
        reading.agreeing.right.extend(agree_r);
        if !differ_l.is_empty() && !differ_r.is_empty() {
            reading.differing.push(SideSpans {
                left: differ_l,
                right: differ_r,
            });
        }
    }
    reading
}

/// The spans of `mine` whose value one of `theirs` gives, and those of the others.
fn split_by_value(
    mine: &[&PassageFigure],
    theirs: &[&PassageFigure],
) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
    let (agree, differ): (Vec<_>, Vec<_>) = mine
        .iter()
        .partition(|m| theirs.iter().any(|t| same_reading(m.0, t.0)));
    let spans = |v: Vec<&&PassageFigure>| v.into_iter().map(|m| m.1.clone()).collect();
    (spans(agree), spans(differ))
}

#[derive(Clone, Debug, PartialEq)]
pub struct Differences {
    /// Share of words in common, in order (0..1).
    pub similarity: f32,
    pub near_copy: bool,
    pub numbers: Vec<NumberChange>,
    pub negations: OneSided,
    pub hedges: OneSided,
    /// Sources the claim is attributed to, when they differ or one side names none.
    pub sources: OneSided,
    pub names: OneSided,
    /// Content words (paraphrases) or edited words (near-copies) of one side only.
    pub words: OneSided,
    /// Near-copies: each edit, as (left words, right words); either may be empty.
    pub edits: Vec<(String, String)>,
    /// Near-copies: words one side gives elsewhere in the sentence ("began on Monday in the
    /// south" against "began in the south on Monday"): moved, neither added nor removed.
    pub moved: Vec<String>,
    pub left_marks: Vec<Mark>,
    pub right_marks: Vec<Mark>,
}

/// Compares two passages' content, their numbers as `figures` reads them.
pub fn differences(left: &str, right: &str, figures: &FigureReading) -> Differences {
    let (l, r) = (Content::read(left), Content::read(right));
    let similarity = word_similarity(left, right);
    let near_copy = similarity >= NEAR_COPY;
    let mut d = Differences {
        similarity,
        near_copy,
        numbers: number_changes(left, right, &l, &r, figures),
        negations: by_name(&l.stance.negations, &r.stance.negations),
        hedges: by_name(&l.stance.hedges, &r.stance.hedges),
        sources: sources(&l.stance.sources, &r.stance.sources),
        names: OneSided::default(),
        words: OneSided::default(),
        edits: vec![],
        moved: vec![],
        left_marks: vec![],
        right_marks: vec![],
    };
    mark_stance(&mut d, &l, &r, figures);
    if near_copy {
        edits(&mut d, left, right, &l, &r);
    } else {
        let (names_l, marks_l) = l.names_missing_from(&r);
        let (names_r, marks_r) = r.names_missing_from(&l);
        let (words_l, wmarks_l) = l.words_missing_from(&r);
        let (words_r, wmarks_r) = r.words_missing_from(&l);
        d.names = OneSided {
            left: names_l,
            right: names_r,
        };
        d.words = OneSided {
            left: words_l,
            right: words_r,
        };
        d.left_marks.extend(marks_l.into_iter().chain(wmarks_l));
        d.right_marks.extend(marks_r.into_iter().chain(wmarks_r));
    }
    for marks in [&mut d.left_marks, &mut d.right_marks] {
        marks.sort_by_key(|m| (m.span.start, m.span.end));
        marks.dedup_by(|b, a| b.span.start < a.span.end);
    }
    d
}

/// The figures of one quantity that differ, paired ("164 vs 40"), then the numbers of one side
/// whose value the other does not give ("only here: 4,404"). Numbers are paired only as the
/// figures read them, never a ship's name "3" with a time "1 p.m.".
fn number_changes(
    left: &str,
    right: &str,
    l: &Content,
    r: &Content,
    figures: &FigureReading,
) -> Vec<NumberChange> {
    // A figure is told by its number ("164" of "at least 164": the hedge is told apart).
    let shown = |text: &str, p: &Content, spans: &[Range<usize>]| -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for s in spans {
            let number = p
                .quantities
                .iter()
                .find(|q| overlaps(std::slice::from_ref(s), &q.span));
            push_once(
                &mut out,
                number.map_or_else(|| text[s.clone()].to_string(), |q| q.shown.clone()),
            );
        }
        out
    };
    // Figures that differ by their qualifier alone ("about 3,000" / "3,000") show the same
    // numbers: the hedge tells them apart, "3,000 vs 3,000" would not.
    let mut changes: Vec<NumberChange> = figures
        .differing
        .iter()
        .map(|d| NumberChange {
            left: shown(left, l, &d.left),
            right: shown(right, r, &d.right),
        })
        .filter(|c| !same_numbers(&c.left, &c.right))
        .collect();
    let read_l: Vec<Range<usize>> = figures
        .differing
        .iter()
        .flat_map(|d| d.left.clone())
        .collect();
    let read_r: Vec<Range<usize>> = figures
        .differing
        .iter()
        .flat_map(|d| d.right.clone())
        .collect();
    let missing =
        |p: &Content, other: &Content, told: &[Range<usize>], agreeing: &[Range<usize>]| {
            let mut out: Vec<String> = Vec::new();
            for q in unmatched(p, other, agreeing).filter(|q| !overlaps(told, &q.span)) {
                push_once(&mut out, q.shown.clone());
            }
            out
        };
    let only_l = missing(l, r, &read_l, &figures.agreeing.left);
    let only_r = missing(r, l, &read_r, &figures.agreeing.right);
    for (left, right) in [(vec![], only_r), (only_l, vec![])] {
        if !left.is_empty() || !right.is_empty() {
            changes.push(NumberChange { left, right });
        }
    }
    changes
}

/// The numbers of `p` whose value `other` does not give, unless the figures read them as
/// agreeing with the other's (spans `agreeing`).
fn unmatched<'c>(
    p: &'c Content,
    other: &'c Content,
    agreeing: &'c [Range<usize>],
) -> impl Iterator<Item = &'c Quantity> {
    p.quantities.iter().filter(move |q| {
        !other.quantities.iter().any(|o| o.value == q.value) && !overlaps(agreeing, &q.span)
    })
}

/// Do two lists name the same numbers, in any order and case?
fn same_numbers(a: &[String], b: &[String]) -> bool {
    let has = |xs: &[String], y: &String| xs.iter().any(|x| x.to_lowercase() == y.to_lowercase());
    a.iter().all(|x| has(b, x)) && b.iter().all(|y| has(a, y))
}

/// Adds `item` unless told already, in any case ("Dozens" in a headline, "dozens" after it).
fn push_once(out: &mut Vec<String>, item: String) {
    if !out.iter().any(|o| o.to_lowercase() == item.to_lowercase()) {
        out.push(item);
    }
}

fn overlaps(spans: &[Range<usize>], x: &Range<usize>) -> bool {
    spans.iter().any(|s| s.start < x.end && x.start < s.end)
}

/// Items named on one side only (hedges, negations), by canonical name.
fn by_name(left: &[Found], right: &[Found]) -> OneSided {
    let only = |a: &[Found], b: &[Found]| -> Vec<String> {
        let mut out: Vec<String> = a
            .iter()
            .filter(|x| !b.iter().any(|y| y.name == x.name))
            .map(|x| x.name.clone())
            .collect();
        out.dedup();
        out
    };
    OneSided {
        left: only(left, right),
        right: only(right, left),
    }
}

/// Sources differ when no source of one side shares a content word with one of the other.
fn sources(left: &[Found], right: &[Found]) -> OneSided {
    let agree = left
        .iter()
        .any(|a| right.iter().any(|b| stance::same_source(a, b)));
    if agree {
        return OneSided::default();
    }
    OneSided {
        left: left.iter().map(|f| f.name.clone()).collect(),
        right: right.iter().map(|f| f.name.clone()).collect(),
    }
}

/// Marks the spans of numbers, hedges, negations and sources that differ.
fn mark_stance(d: &mut Differences, l: &Content, r: &Content, figures: &FigureReading) {
    for (p, other, agreeing, marks, hedges, negations, sources) in [
        (
            l,
            r,
            &figures.agreeing.left,
            &mut d.left_marks,
            &d.hedges.left,
            &d.negations.left,
            &d.sources.left,
        ),
        (
            r,
            l,
            &figures.agreeing.right,
            &mut d.right_marks,
            &d.hedges.right,
            &d.negations.right,
            &d.sources.right,
        ),
    ] {
        for q in unmatched(p, other, agreeing) {
            marks.push(Mark {
                span: q.span.clone(),
                number: true,
            });
        }
        let s = &p.stance;
        for (found, names) in [
            (&s.hedges, hedges),
            (&s.negations, negations),
            (&s.sources, sources),
        ] {
            for f in found.iter().filter(|f| names.contains(&f.name)) {
                marks.push(Mark {
                    span: f.span.clone(),
                    number: false,
                });
            }
        }
    }
}

/// Takes out of the edits each removal that comes back as an insertion of the same words (case
/// and punctuation aside) and lists it as moved: a reordered clause is no news.
fn take_moved(d: &mut Differences) {
    let key = |s: &str| -> Vec<String> { tokens(s).iter().map(|t| normalise(t.text)).collect() };
    let mut i = 0;
    while i < d.edits.len() {
        let (a, b) = &d.edits[i];
        let (lone, removed) = match (a.is_empty(), b.is_empty()) {
            (false, true) => (a.clone(), true),
            (true, false) => (b.clone(), false),
            _ => {
                i += 1;
                continue;
            }
        };
        let words = key(&lone);
        let back = d.edits.iter().position(|(x, y)| {
            let other = if removed { (x, y) } else { (y, x) };
            other.0.is_empty() && !other.1.is_empty() && key(other.1) == words
        });
        match back {
            Some(j) if !words.is_empty() => {
                let shown = if removed { d.edits[j].1.clone() } else { lone };
                d.moved.push(shown);
                let (first, second) = (i.min(j), i.max(j));
                d.edits.remove(second);
                d.edits.remove(first);
                i = first;
            }
            _ => i += 1,
        }
    }
}

/// Near-copies: the token diff's edits, and every edited word marked.
fn edits(d: &mut Differences, left: &str, right: &str, l: &Content, r: &Content) {
    for e in diff::edits(left, right) {
        mark_words(&mut d.left_marks, l, e.left.clone());
        mark_words(&mut d.right_marks, r, e.right.clone());
        let (a, b) = (
            left.get(e.left.clone()).unwrap_or("").trim(),
            right.get(e.right.clone()).unwrap_or("").trim(),
        );
        // Edits of numbers alone are told by the numbers ("164 vs 40").
        let wordless = !a.chars().chain(b.chars()).any(char::is_alphanumeric);
        let numbers = |c: &Content, r: Range<usize>| r.is_empty() || c.only_numbers(r);
        let only_numbers = numbers(l, e.left.clone()) && numbers(r, e.right.clone());
        if !wordless && !only_numbers {
            d.edits.push((a.to_string(), b.to_string()));
        }
    }
    take_moved(d);
    let side = |pick: fn(&(String, String)) -> &String| -> Vec<String> {
        d.edits
            .iter()
            .map(pick)
            .filter(|s| !s.is_empty())
            .cloned()
            .collect()
    };
    d.words = OneSided {
        left: side(|e| &e.0),
        right: side(|e| &e.1),
    };
}

/// Marks each token inside `range` (numbers as numbers).
fn mark_words(marks: &mut Vec<Mark>, p: &Content, range: Range<usize>) {
    for t in p
        .tokens
        .iter()
        .filter(|t| t.start >= range.start && t.end <= range.end)
    {
        marks.push(Mark {
            span: t.start..t.end,
            number: t.is_number(),
        });
    }
}

impl Differences {
    /// True when the passages differ in a claim, not only in wording: numbers, negation,
    /// hedges, sources or names.
    pub fn in_substance(&self) -> bool {
        !self.numbers.is_empty()
            || !self.negations.is_empty()
            || !self.hedges.is_empty()
            || !self.sources.is_empty()
            || !self.names.is_empty()
    }

    /// One line that tells what differs, from the right passage's side:
    /// "164 vs 40 · source: police vs activists · only here: 'reportedly' · missing here: …".
    pub fn summary(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        let mut only: Vec<String> = Vec::new();
        let mut missing: Vec<String> = Vec::new();
        if self.near_copy {
            parts.push("near copy".into());
        }
        for c in &self.numbers {
            match (c.left.is_empty(), c.right.is_empty()) {
                (false, false) => {
                    parts.push(format!("{} vs {}", c.left.join(", "), c.right.join(", ")))
                }
                (true, false) => only.extend(c.right.iter().cloned()),
                (false, true) => missing.extend(c.left.iter().cloned()),
                (true, true) => {}
            }
        }
        for n in &self.negations.right {
            parts.push(format!("'{n}' only here"));
        }
        for n in &self.negations.left {
            parts.push(format!("'{n}' missing here"));
        }
        match (self.sources.left.first(), self.sources.right.first()) {
            (Some(a), Some(b)) => parts.push(format!("source: {a} vs {b}")),
            (None, Some(b)) => parts.push(format!("source only here: {b}")),
            (Some(a), None) => parts.push(format!("source missing here: {a}")),
            (None, None) => {}
        }
        let quoted = |v: &[String]| v.iter().map(|w| format!("'{w}'")).collect::<Vec<_>>();
        if self.near_copy {
            for m in self.moved.iter().take(LISTED) {
                parts.push(format!("moved '{m}'"));
            }
            for (a, b) in self.edits.iter().take(LISTED) {
                parts.push(match (a.is_empty(), b.is_empty()) {
                    (false, false) => format!("'{a}' → '{b}'"),
                    (true, _) => format!("+'{b}'"),
                    (_, true) => format!("−'{a}'"),
                });
            }
        } else {
            only.extend(quoted(&self.hedges.right));
            only.extend(quoted(&self.names.right));
            only.extend(quoted(&self.words.right));
            missing.extend(quoted(&self.hedges.left));
            missing.extend(quoted(&self.names.left));
            missing.extend(quoted(&self.words.left));
        }
        for (label, items) in [("only here", only), ("missing here", missing)] {
            if items.is_empty() {
                continue;
            }
            let mut text = items[..items.len().min(LISTED)].join(", ");
            if items.len() > LISTED {
                text.push_str(&format!(" +{}", items.len() - LISTED));
            }
            parts.push(format!("{label}: {text}"));
        }
        if parts.is_empty() || parts == ["near copy"] {
            return if self.near_copy {
                "same words".into()
            } else {
                "same content, other words".into()
            };
        }
        parts.join(" · ")
    }
}

#[cfg(test)]
#[path = "difference_tests.rs"]
mod tests;
