//! Parts summed into a total: "five were in hospital, while another 13 were released" gives 18
//! wounded, "five critically injured and 12 with minor injuries" 17. Such parts are compared with
//! another source's total only through their sum, never one by one as if each were the total.
//!
//! Only figures the text itself marks as parts of one whole are summed, by two general patterns
//! of English: an increment ("another", "a further", "additional", "N more", "N others") that
//! follows a figure of the same event, and figures graded by severity ("critically" / "minor")
//! in one sentence. A subset marker between them ("including", "of whom", "among them") means
//! the second is inside the first, and nothing is summed. Precision first: a sum that is not one
//! makes a false conflict.

use super::quantity::Scope;
use super::roles::Role;
use super::{Amount, Comparison, Counted, Figure, FigureKind, Provenance};
use crate::corpus::Corpus;
use serde::Serialize;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

/// Figures of one article that are parts of one whole, and what they add up to.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PartSum {
    /// The parts' figure ids, in text order.
    pub figures: Vec<usize>,
    /// The sum of the parts' values (of their lower bounds when they are vague upwards).
    pub value: f64,
}

/// Words that put a figure after another one of the same event: "another 13", "a further 80".
const INCREMENT_BEFORE: &[&str] = &["another", "further", "additional", "other"];
/// "13 more", "13 others".
const INCREMENT_AFTER: &[&str] = &["more", "others", "other"];
/// Words that join two parts: "and", "while", "whereas", or a comma or sentence break alone.
const JOINERS: &[&str] = &["and", "while", "whereas", "but", "plus"];
/// Words that make the second figure a subset of the first ("19 injured, including five", "of
/// whom five", "among them five").
const SUBSET_MARKERS: &[&str] = &["including", "among", "whom", "them", "those", "which"];
/// Grades of injury or damage the news gives parts of a toll by.
const GRADES: &[(&str, &str)] = &[
    ("critically", "severe"),
    ("critical", "severe"),
    ("seriously", "severe"),
    ("serious", "severe"),
    ("severely", "severe"),
    ("severe", "severe"),
    ("gravely", "severe"),
    ("grave", "severe"),
    ("moderately", "moderate"),
    ("moderate", "moderate"),
    ("minor", "light"),
    ("lightly", "light"),
    ("light", "light"),
    ("slightly", "light"),
    ("slight", "light"),
];

/// Sets of parts in each article: consecutive counts of one event (same `counts` and unit), in
/// one sentence or two adjacent ones, that the text marks as parts of one whole.
pub fn find(corpus: &Corpus, figures: &[Figure]) -> Vec<PartSum> {
    // Figures come in article then text order, so the figures between two lie between their
    // indices; checked once, so that any other order is still read right (by a full scan).
    let in_text_order = figures
        .windows(2)
        .all(|w| (w[0].article, w[0].start) <= (w[1].article, w[1].start));
    let mut out = Vec::new();
    let mut current: Vec<usize> = Vec::new();
    for (i, f) in figures.iter().enumerate() {
        if !summable(f) {
            continue;
        }
        let joined = current.last().is_some_and(|&p| {
            let between = if in_text_order {
                &figures[p + 1..i]
            } else {
                figures
            };
            next_part(corpus, between, &figures[p], f)
        });
        if joined {
            current.push(i);
            continue;
        }
        // a figure of the same event that is no part ends the set: "another 13" after it would
        // add to it, not to the set before
        let same_event = current
            .last()
            .is_some_and(|&p| same_quantity(&figures[p], f));
        if !same_event || current.len() >= 2 {
            close(figures, &mut current, &mut out);
        } else {
            current.clear();
        }
        current.push(i);
    }
    close(figures, &mut current, &mut out);
    out
}

fn close(figures: &[Figure], current: &mut Vec<usize>, out: &mut Vec<PartSum>) {
    if current.len() >= 2 {
        let value = current.iter().map(|&i| figures[i].amount.low).sum();
        out.push(PartSum {
            figures: current.clone(),
            value,
        });
    }
    current.clear();
}

/// A count of an event with a known lower bound, about the main quantity or a part of it.
fn summable(f: &Figure) -> bool {
    f.what.kind == FigureKind::Count
        && f.what.wording.is_some()
        && f.amount.low.is_finite()
        && f.amount.low > 0.0
        && matches!(f.what.scope, None | Some(Scope::Part))
}

fn same_quantity(a: &Figure, b: &Figure) -> bool {
    a.article == b.article && a.what.counts == b.what.counts && a.what.unit == b.what.unit
}

/// True when `f` is the next part after `p`: same event, at most one sentence on, joined by a
/// joiner with no subset marker between, and marked as an increment or graded apart from `p`.
/// `others` holds at least every figure that lies between the two.
fn next_part(corpus: &Corpus, others: &[Figure], p: &Figure, f: &Figure) -> bool {
    if !same_quantity(p, f) || f.sentence > p.sentence + 1 || f.start < p.end {
        return false;
    }
    // another figure of this event between them belongs to neither pattern
    if others
        .iter()
        .any(|g| same_quantity(g, p) && g.start > p.start && g.start < f.start)
    {
        return false;
    }
    let Some(article) = corpus.articles.get(f.article) else {
        return false;
    };
    let text = &article.text;
    let between: Vec<String> = words(text.get(p.end..f.start).unwrap_or("")).collect();
    if between.iter().any(|w| SUBSET_MARKERS.contains(&w.as_str())) {
        return false;
    }
    let joined = f.sentence != p.sentence
        || between.iter().any(|w| JOINERS.contains(&w.as_str()))
        || text
            .get(p.end..f.start)
            .is_some_and(|g| g.contains([',', ';']));
    if !joined {
        return false;
    }
    let increment = between
        .last()
        .is_some_and(|w| INCREMENT_BEFORE.contains(&w.as_str()))
        || words_until(text, f.end, SENTENCE_ENDS)
            .next()
            .is_some_and(|w| INCREMENT_AFTER.contains(&w.as_str()));
    let graded = f.sentence == p.sentence
        && match (grade(text, p), grade(text, f)) {
            (Some(a), Some(b)) => a != b,
            _ => false,
        };
    increment || graded
}

/// True when a count is graded by severity ("five critically injured"): a part of the toll,
/// never the toll itself.
pub fn graded(text: &str, f: &Figure) -> bool {
    f.what.kind == FigureKind::Count && grade(text, f).is_some()
}

/// The grade of a figure: a grade word right before it or within three words after it, in its
/// clause ("critically injured five", "five critically injured", "12 with minor injuries"; not
/// "19 injured, five critically"). A relative clause describes something else: "41 patients whose
/// severe burns" is the whole outbreak (a real cluster of ../shared/dev-sets set it apart).
fn grade(text: &str, f: &Figure) -> Option<&'static str> {
    let lookup = |w: &str| GRADES.iter().find(|(g, _)| *g == w).map(|(_, c)| *c);
    let after: Vec<String> = words_until(text, f.end, &[',', '(', ')', '.', '!', '?', ';'])
        .take(CONDITION_WORDS)
        .take_while(|w| !matches!(w.as_str(), "who" | "whose" | "which" | "that" | "whom"))
        .collect();
    after
        .iter()
        .take(3)
        .find_map(|w| lookup(w))
        .or_else(|| condition_grade(&after))
        .or_else(|| last_word(text.get(..f.start).unwrap_or("")).and_then(|w| lookup(&w)))
}

/// How far after a count its patients' condition may be given: "twelve people remain in
/// serious condition", "30 were in a critical condition".
const CONDITION_WORDS: usize = 6;

/// The grade of "in (a) critical condition" among the words after a count: hospitals report
/// the injured by their condition (a crash trio written for this compared 30 in a critical
/// condition with the 74 survivors).
fn condition_grade(after: &[String]) -> Option<&'static str> {
    let at = after.iter().position(|w| w == "condition")?;
    let grade = at.checked_sub(1).map(|g| after[g].as_str())?;
    let opened = after[..at - 1].iter().rev().take(2).any(|w| w == "in");
    let grade = match grade {
        "critical" | "serious" | "grave" | "life-threatening" => "severe",
        "stable" | "fair" => "moderate",
        _ => return None,
    };
    opened.then_some(grade)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-'
}

/// The words of `s`, lowercased, read lazily: callers look at the first few of a long text.
fn words(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// The last word of `s`, lowercased, found from its end (not by reading all that precedes).
fn last_word(s: &str) -> Option<String> {
    let trimmed = s.trim_end_matches(|c: char| !is_word_char(c));
    let word = trimmed.rsplit(|c: char| !is_word_char(c)).next()?;
    (!word.is_empty()).then(|| word.to_lowercase())
}

const SENTENCE_ENDS: &[char] = &['.', '!', '?', ';'];

/// The words after byte `from` up to the first of `stops`, read lazily: a text with no stop
/// for megabytes is not scanned to find one when the caller wants the next word.
fn words_until<'a>(
    text: &'a str,
    from: usize,
    stops: &'a [char],
) -> impl Iterator<Item = String> + 'a {
    let rest = text.get(from..).unwrap_or("");
    let mut stopped = false;
    rest.split_inclusive(|c: char| !is_word_char(c))
        .map_while(move |piece| {
            if stopped {
                return None;
            }
            stopped = piece.ends_with(stops);
            Some(piece.trim_end_matches(|c: char| !is_word_char(c)))
        })
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// A figure standing for a set of parts: the sum as one value, placed where the first part is,
/// dated and attributed like it when the parts agree on it.
pub fn summed(figures: &[Figure], sum: &PartSum, id: usize) -> Option<Figure> {
    let first = figures.get(*sum.figures.first()?)?;
    let parts: Vec<&Figure> = sum.figures.iter().filter_map(|&i| figures.get(i)).collect();
    let high: f64 = parts.iter().map(|f| f.amount.high).sum();
    let same = |get: fn(&Figure) -> &Option<String>| {
        parts
            .iter()
            .all(|f| get(f) == get(first))
            .then(|| get(first).clone())
            .flatten()
    };
    Some(Figure {
        id,
        amount: Amount {
            value: (high == sum.value).then_some(sum.value),
            low: sum.value,
            high,
        },
        qualifier: None,
        what: Counted {
            scope: None,
            ..first.what.clone()
        },
        provenance: Provenance {
            as_of: same(|f| &f.provenance.as_of),
            attribution: same(|f| &f.provenance.attribution),
            speaker: same(|f| &f.provenance.speaker),
            running: parts.iter().any(|f| f.provenance.running),
        },
        ..first.clone()
    })
}

/// The sums standing in for their parts: which figure ids are parts, and which id stands for
/// which sum.
pub struct StandIns<'a> {
    pub summed: HashSet<usize>,
    by_id: HashMap<usize, &'a PartSum>,
}

impl StandIns<'_> {
    /// The comparison with each stand-in replaced by its parts, and the sum recorded.
    pub fn replaced(&self, mut c: Comparison) -> Comparison {
        let mut ids = Vec::new();
        for &id in &c.figures {
            match self.by_id.get(&id) {
                Some(sum) => {
                    ids.extend(sum.figures.iter().copied());
                    c.sums.push((*sum).clone());
                }
                None => ids.push(id),
            }
        }
        ids.sort_unstable();
        c.figures = ids;
        c
    }
}

/// The figures and roles with one stand-in figure per sum appended (borrowed when there is none).
pub fn with_sums<'a>(
    figures: &'a [Figure],
    roles: &'a [Role],
    sums: &'a [PartSum],
) -> (Cow<'a, [Figure]>, Cow<'a, [Role]>, StandIns<'a>) {
    let mut stand_ins = StandIns {
        summed: HashSet::new(),
        by_id: HashMap::new(),
    };
    if sums.is_empty() {
        return (Cow::Borrowed(figures), Cow::Borrowed(roles), stand_ins);
    }
    let mut all = figures.to_vec();
    let mut all_roles = roles.to_vec();
    for sum in sums {
        let (Some(f), Some(role)) = (
            summed(figures, sum, all.len()),
            sum.figures.first().and_then(|&i| roles.get(i)),
        ) else {
            continue;
        };
        stand_ins.by_id.insert(all.len(), sum);
        stand_ins.summed.extend(sum.figures.iter().copied());
        all.push(f);
        all_roles.push(role.clone());
    }
    (Cow::Owned(all), Cow::Owned(all_roles), stand_ins)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_after_a_figure_end_at_the_first_stop_and_keep_the_word_before_it() {
        let text = "12 critically injured, two more; a third. Then nine";
        let all: Vec<String> = words_until(text, 2, SENTENCE_ENDS).collect();
        assert_eq!(all, ["critically", "injured", "two", "more"]);
        let clause: Vec<String> = words_until(text, 2, &[',', '.']).collect();
        assert_eq!(clause, ["critically", "injured"]);
        let last: Vec<String> = words_until(text, 42, SENTENCE_ENDS).collect();
        assert_eq!(
            last,
            ["then", "nine"],
            "no stop: the words run to the text's end"
        );
    }
}
