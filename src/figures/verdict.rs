//! The verdict on figures of one quantity from several sources: agree, disagree, changed over
//! time, or unclear.

use super::units;
use super::{Figure, FigureKind, Verdict};

/// The interval a figure allows on the common scale of its dimension.
fn scaled(f: &Figure) -> (f64, f64) {
    let what = &f.what;
    let factor = match what.kind {
        FigureKind::Count | FigureKind::Age => 1.0,
        _ => what
            .unit
            .as_deref()
            .and_then(units::by_name)
            .map_or(1.0, |u| u.factor),
    };
    let high = round_floor_ceiling(f).unwrap_or(f.amount.high);
    (f.amount.low * factor, high * factor)
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

/// The verdict on figures of one quantity. Two figures from different articles *differ* when
/// they allow no common value (converted units get 3% slack, because articles round conversions:
/// "7,600 kilometre (4,700 mile)"). Differing values of two known dates changed over time; of
/// one date, the sources disagree; when a date is unknown and both are running tallies ("now
/// reports 2 deaths" / "has become the fourth to die") they are two snapshots of a moving count:
/// unclear, never a conflict, since a false conflict costs the analyst more than a missed one.
/// ("So far, 2,000 arrested" against a plain "4,404 detained" stays a disagreement.)
/// True when the figures conflict: they disagree, or changed over time (the Columns view's ≠).
/// True when two figures give one value on a common scale: "six months" and "180 days",
/// "164" and "164", but not "more than 160" and "160" (the qualifier is part of the value).
pub fn same_reading(a: &Figure, b: &Figure) -> bool {
    let slack = if a.what.unit == b.what.unit {
        1e-9
    } else {
        0.03
    };
    let close = |x: f64, y: f64| x == y || (x - y).abs() <= slack * x.abs().max(y.abs());
    let ((al, ah), (bl, bh)) = (scaled(a), scaled(b));
    close(al, bl) && close(ah, bh)
}

pub fn conflicting(figures: &[Figure], ids: &[usize]) -> bool {
    matches!(verdict(figures, ids), Verdict::Disagree | Verdict::Changed)
}

pub fn verdict(figures: &[Figure], ids: &[usize]) -> Verdict {
    let unit = |i: usize| &figures[i].what.unit;
    let mixed = ids.iter().any(|&i| unit(i) != unit(ids[0]));
    let slack = if mixed { 0.03 } else { 1e-9 };
    // Each interval on the common scale, widened by the slack, worked out once: the look-up of
    // a unit by name inside the loop over pairs was most of a comparison of thousands of
    // figures (10,000 articles).
    let bounds: Vec<(f64, f64)> = ids
        .iter()
        .map(|&i| {
            let (low, high) = scaled(&figures[i]);
            (low * (1.0 - slack), high * (1.0 + slack))
        })
        .collect();
    let (mut changed, mut unclear) = (false, false);
    for (xi, &x) in ids.iter().enumerate() {
        for (yi, &y) in ids.iter().enumerate() {
            let (a, b) = (&figures[x], &figures[y]);
            let apart = bounds[xi].1 < bounds[yi].0;
            if a.article == b.article || !apart {
                continue;
            }
            match (&a.provenance.as_of, &b.provenance.as_of) {
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
