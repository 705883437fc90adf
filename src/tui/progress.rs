//! The analysis's progress as the UI shows it: phase, share done, and an estimate of the time
//! left in the phase at the rate so far. Timed when a report arrives (in the loop), so drawing
//! only reads it.

use std::time::{Duration, Instant};

/// Below this much time in a phase, the rate is too young to extrapolate from.
const SETTLE: Duration = Duration::from_millis(500);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub phase: &'static str,
    pub done: usize,
    pub total: usize,
    /// When this phase began.
    pub since: Instant,
    /// Time left in this phase at the rate so far, once there is a rate to go by.
    pub left: Option<Duration>,
}

impl Progress {
    /// The report `done` of `total` in `phase`, timed against the previous one of that phase.
    pub fn next(
        previous: Option<Progress>,
        phase: &'static str,
        done: usize,
        total: usize,
        now: Instant,
    ) -> Progress {
        let since = match previous {
            Some(p) if p.phase == phase => p.since,
            _ => now,
        };
        let elapsed = now.saturating_duration_since(since);
        let left = (done > 0 && done < total && elapsed >= SETTLE)
            .then(|| elapsed.mul_f64((total - done) as f64 / done as f64));
        Progress {
            phase,
            done,
            total,
            since,
            left,
        }
    }

    /// A step that reports only its name (done 0 of 1): no share of it is known.
    pub fn is_uncounted(&self) -> bool {
        self.total <= 1 && self.done == 0
    }

    pub fn percent(&self) -> usize {
        (self.done * 100).checked_div(self.total).unwrap_or(0)
    }

    /// "~12 s left", "~3 min left", or nothing before there is an estimate.
    pub fn left_text(&self) -> String {
        match self.left {
            Some(d) if d.as_secs() >= 90 => format!(" ~{} min left", d.as_secs().div_ceil(60)),
            Some(d) => format!(" ~{} s left", d.as_secs().max(1)),
            None => String::new(),
        }
    }

    /// "aligning ▕████░░░░░░░░▏  40% ~12 s left " — text, so it reads without colour.
    pub fn bar(&self) -> String {
        const CELLS: usize = 12;
        if self.is_uncounted() {
            return format!("{} … ", self.phase);
        }
        let filled = (self.done * CELLS)
            .checked_div(self.total)
            .unwrap_or(0)
            .min(CELLS);
        format!(
            "{} ▕{}{}▏ {:>3}%{} ",
            self.phase,
            "█".repeat(filled),
            "░".repeat(CELLS - filled),
            self.percent(),
            self.left_text()
        )
    }
}

/// "aligning … 40% (about 3 s left)" while the analysis runs; empty when it is not running.
pub fn text(progress: Option<Progress>) -> String {
    match progress {
        Some(p) if !p.is_uncounted() => format!("{} … {}%{}", p.phase, p.percent(), p.left_text()),
        Some(p) => format!("{} …", p.phase),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_estimate_extrapolates_the_rate_of_the_phase_and_restarts_with_a_new_phase() {
        let t0 = Instant::now();
        let first = Progress::next(None, "aligning", 0, 100, t0);
        assert_eq!(first.left, None, "nothing done yet: no rate");
        let early = Progress::next(
            Some(first),
            "aligning",
            5,
            100,
            t0 + Duration::from_millis(100),
        );
        assert_eq!(early.left, None, "too early to tell");
        let later = Progress::next(
            Some(early),
            "aligning",
            40,
            100,
            t0 + Duration::from_secs(4),
        );
        assert_eq!(later.left, Some(Duration::from_secs(6)));
        assert!(later.bar().contains(" 40% ~6 s left"), "{}", later.bar());
        let next_phase = Progress::next(Some(later), "figures", 0, 1, t0 + Duration::from_secs(5));
        assert_eq!(next_phase.since, t0 + Duration::from_secs(5));
        assert_eq!(next_phase.left, None);
    }

    #[test]
    fn a_step_that_reports_only_its_name_shows_no_share() {
        let step = Progress::next(None, "grouping", 0, 1, Instant::now());
        assert_eq!(step.bar(), "grouping … ");
        let counted = Progress::next(None, "indexing", 0, 2, Instant::now());
        assert!(counted.bar().contains("  0%"), "{}", counted.bar());
    }

    #[test]
    fn long_estimates_are_in_minutes() {
        let t0 = Instant::now();
        let p = Progress::next(None, "aligning", 0, 100, t0);
        let p = Progress::next(Some(p), "aligning", 10, 100, t0 + Duration::from_secs(60));
        assert_eq!(p.left_text(), " ~9 min left");
    }
}
