//! The verdict on figures of one quantity from several sources: agree, disagree, changed over
//! time, or unclear.

use super::units;
use super::{Figure, FigureKind, Scope, Verdict};
use std::collections::{HashMap, HashSet};

/// The unit a figure's value is measured in, when it is a measure (a count's "unit" is its
/// class of things).
fn unit_of(f: &Figure) -> Option<units::Unit> {
    match f.what.kind {
        FigureKind::Count | FigureKind::Age => None,
        _ => f.what.unit.as_deref().and_then(units::by_name),
    }
}

/// The interval a figure allows on the common scale of its dimension. The size of a change
/// ("10 degrees above normal", "warmer by 5.6C") is a difference: it converts by the unit's
/// factor alone, since a scale's zero cancels out of a difference (10 °F warmer is 5.6 °C
/// warmer, not -12.2 °C).
fn scaled(f: &Figure) -> (f64, f64) {
    let high = round_floor_ceiling(f).unwrap_or(f.amount.high);
    let change = f.what.scope == Some(Scope::Change);
    let convert = |u: units::Unit, v: f64| {
        if change { v * u.factor } else { u.to_base(v) }
    };
    match unit_of(f) {
        Some(u) => (convert(u, f.amount.low), convert(u, high)),
        None => (f.amount.low, high),
    }
}

/// The interval a written number stands for by rounding alone ("5 percent": 4.5 to 5.5, "6.1
/// percent": 6.05 to 6.15): one written value, no qualifier, no range, not an exact count.
fn rounding_interval(f: &Figure) -> Option<(f64, f64)> {
    let (low, high) = scaled(f);
    let single = f.qualifier.is_none() && f.amount.value.is_some();
    (single && low < high && high.is_finite()).then_some((low, high))
}

/// Converted units get slack, because articles round conversions: 3% of the value ("7,600
/// kilometre (4,700 mile)"), but half a degree for temperatures, whose zero is arbitrary
/// (3% of -3°C could not hold a "27F" rounded from it). Figures in one unit get none.
fn slack(value: f64, mixed: bool, temperature: bool) -> f64 {
    match (mixed, temperature) {
        (false, _) => 1e-9 * value.abs(),
        (true, true) => 0.5,
        (true, false) => 0.03 * value.abs(),
    }
}

fn is_temperature(f: &Figure) -> bool {
    unit_of(f).is_some_and(|u| u.signed())
}

/// The ceiling news implies for a round floor: a writer who knew of 42 missing would not say
/// "more than 30" but "more than 40", so "more than 30" and "at least 30" stay below 40, "more
/// than 1,000" below 2,000. Only a number with one significant digit, ten or more, is such a
/// floor ("more than 2,700", "at least 17" and "more than two" keep no ceiling). Chosen on our
/// ferry set, whose missing counts (42 against "more than 30") were judged to agree.
pub(super) fn round_floor_ceiling(f: &Figure) -> Option<f64> {
    use crate::language::qualifiers::Qualifier;
    let floor = matches!(f.qualifier, Some(Qualifier::MoreThan | Qualifier::AtLeast))
        && f.amount.high.is_infinite();
    let value = f
        .amount
        .value
        .filter(|v| floor && *v >= 10.0 && v.fract() == 0.0)?;
    // the largest power of ten the value is a whole multiple of, counted in integers (a
    // floating log10 may fall just short of a power of ten)
    let whole = value as u64;
    let mut step = 1u64;
    while whole.is_multiple_of(step * 10) {
        step *= 10;
    }
    (whole / step < 10).then_some((whole + step) as f64)
}

/// True when two figures give one value on a common scale: "six months" and "180 days",
/// "164" and "164", but not "more than 160" and "160" (the qualifier is part of the value).
pub fn same_reading(a: &Figure, b: &Figure) -> bool {
    let mixed = a.what.unit != b.what.unit;
    let temperature = is_temperature(a);
    let close =
        |x: f64, y: f64| x == y || (x - y).abs() <= slack(x.abs().max(y.abs()), mixed, temperature);
    let ((al, ah), (bl, bh)) = (scaled(a), scaled(b));
    close(al, bl) && close(ah, bh)
}

/// Each (figure's place in `ids`, article) such that the article gives a figure allowing a
/// common value with it.
fn values_also_given(
    figures: &[Figure],
    ids: &[usize],
    apart: &dyn Fn(usize, usize) -> bool,
) -> HashSet<(usize, usize)> {
    let mut given = HashSet::new();
    for (xi, &x) in ids.iter().enumerate() {
        for (zi, &z) in ids.iter().enumerate() {
            let overlap = !apart(xi, zi) && !apart(zi, xi);
            if overlap && figures[x].article != figures[z].article {
                given.insert((xi, figures[z].article));
            }
        }
    }
    given
}

/// True when article `by` gives again, number for number, every value article `of` gives of
/// the quantity ("$1.6 billion" against "the $90 million extension … to $1.6 billion"):
/// the other's extra value is of another thing the reading did not tell apart (a part, a
/// second person), and the sources agree on all `of` says. Found in the MSRP news sentences,
/// where a sentence naming two sums was read against its paraphrase naming one. Only written
/// numbers restate: "dozens" or "thousands" beside "42" allow every count and say nothing
/// again.
fn restated_in(figures: &[Figure], ids: &[usize], of: usize, by: usize) -> bool {
    let given = |f: &Figure| f.amount.value.is_some();
    let mut own = ids.iter().map(|&z| &figures[z]).filter(|f| f.article == of);
    own.all(|f| {
        given(f)
            && ids
                .iter()
                .map(|&w| &figures[w])
                .any(|w| w.article == by && given(w) && same_reading(f, w))
    })
}

/// Whether two figures of different dates may both hold because time passed between them:
/// always, but for ages, which grow by a year a year. "Mbeki, 22," one day and "the 21-year-old
/// Mbeki" the day before disagree (a match trio written for this called them changed): two
/// ages of one person stand a whole number of years apart, the years between their dates,
/// rounded.
fn could_have_aged(a: &Figure, b: &Figure) -> bool {
    if a.what.kind != FigureKind::Age {
        return true;
    }
    let day = |f: &Figure| {
        f.provenance
            .as_of
            .as_deref()
            .and_then(crate::calendar::Civil::parse)
            .map(|c| c.days())
    };
    let (Some(x), Some(y), Some(ax), Some(by)) = (day(a), day(b), a.amount.value, b.amount.value)
    else {
        return true;
    };
    let years = ((y - x) as f64 / 365.25).round();
    by - ax == years
}

/// True when the figures conflict: they disagree, or changed over time (the Columns view's ≠).
pub fn conflicting(figures: &[Figure], ids: &[usize]) -> bool {
    matches!(verdict(figures, ids), Verdict::Disagree | Verdict::Changed)
}

/// The verdict on figures of one quantity. Two figures from different articles *differ* when
/// they allow no common value (converted units get [`slack`]). Differing values of two known
/// dates changed over time; of one date, the sources disagree; when a date is unknown and both
/// are running tallies ("now reports 2 deaths" / "has become the fourth to die") they are two
/// snapshots of a moving count: unclear, never a conflict, since a false conflict costs the
/// analyst more than a missed one.
/// ("So far, 2,000 arrested" against a plain "4,404 detained" stays a disagreement.)
/// Two differing values that each article gives both of are no disagreement between them, nor
/// are an article's values that the other article gives all of.
pub fn verdict(figures: &[Figure], ids: &[usize]) -> Verdict {
    let unit = |i: usize| &figures[i].what.unit;
    let mixed = ids.iter().any(|&i| unit(i) != unit(ids[0]));
    let temperature = is_temperature(&figures[ids[0]]);
    // Each interval on the common scale, widened by the slack, worked out once: the look-up of
    // a unit by name inside the loop over pairs was most of a comparison of thousands of
    // figures (10,000 articles).
    let bounds: Vec<(f64, f64)> = ids
        .iter()
        .map(|&i| {
            let (low, high) = scaled(&figures[i]);
            (
                low - slack(low, mixed, temperature),
                high + slack(high, mixed, temperature),
            )
        })
        .collect();
    let rounded: Vec<Option<(f64, f64)>> = ids
        .iter()
        .map(|&i| rounding_interval(&figures[i]))
        .collect();
    // x lies wholly below y: their intervals allow no common value, or they are two rounded
    // values whose intervals only touch (half-open: 4.5 rounds to "5 percent", never to "4")
    let apart = |xi: usize, yi: usize| {
        bounds[xi].1 < bounds[yi].0
            || match (rounded[xi], rounded[yi], mixed) {
                (Some(x), Some(y), false) => x.1 <= y.0,
                _ => false,
            }
    };
    // (figure, article) when the figure's value is also given in that article, worked out on
    // the first pair of differing values.
    let mut also_given: Option<HashSet<(usize, usize)>> = None;
    // (article, article) → whether the second gives again every value of the first, worked out
    // once per pair of articles: a quantity of many figures has many pairs of differing values.
    let mut restated_by: HashMap<(usize, usize), bool> = HashMap::new();
    let (mut changed, mut unclear) = (false, false);
    for (xi, &x) in ids.iter().enumerate() {
        for (yi, &y) in ids.iter().enumerate() {
            let (a, b) = (&figures[x], &figures[y]);
            if a.article == b.article || !apart(xi, yi) {
                continue;
            }
            // Both articles give both values ("31 Greens and 24 …" in each): the two
            // values are of two things the quantity's reading did not tell apart, and the
            // sources agree on each. Found in the MSRP news sentences, where every list of two
            // counts or prices restated in a paraphrase was read as a conflict.
            let given = also_given.get_or_insert_with(|| values_also_given(figures, ids, &apart));
            if given.contains(&(xi, b.article)) && given.contains(&(yi, a.article)) {
                continue;
            }
            let mut restated = |of: usize, by: usize| {
                *restated_by
                    .entry((of, by))
                    .or_insert_with(|| restated_in(figures, ids, of, by))
            };
            if restated(a.article, b.article) || restated(b.article, a.article) {
                continue;
            }
            match (&a.provenance.as_of, &b.provenance.as_of) {
                (Some(p), Some(q)) if p != q && !could_have_aged(a, b) => {
                    return Verdict::Disagree;
                }
                (Some(p), Some(q)) if p != q => changed = true,
                (Some(_), Some(_)) => return Verdict::Disagree,
                _ if a.provenance.running && b.provenance.running => unclear = true,
                // The strongest verdict: no other pair can change it.
                _ => return Verdict::Disagree,
            }
        }
    }
    match (changed, unclear) {
        (true, _) => Verdict::Changed,
        (false, true) => Verdict::Unclear,
        (false, false) => Verdict::Agree,
    }
}
