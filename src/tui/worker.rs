//! Runs the analysis on a worker thread and reports progress over a channel, so the UI stays
//! responsive on large corpora and shows a progress bar.

use crate::analysis::{self, Analysis};
use crate::corpus::Corpus;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

pub enum Report {
    Progress {
        phase: &'static str,
        done: usize,
        total: usize,
    },
    Done(Box<Analysis>),
}

/// Starts the analysis; the receiver gets progress reports and then the result.
pub fn spawn(corpus: Arc<Corpus>) -> Receiver<Report> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut last = Instant::now() - Duration::from_secs(1);
        let mut progress = |p: crate::align::Progress| {
            // Enough for a smooth bar without flooding the channel.
            if last.elapsed() >= Duration::from_millis(50) || p.done == p.total {
                last = Instant::now();
                let _ = tx.send(Report::Progress {
                    phase: p.phase,
                    done: p.done,
                    total: p.total,
                });
            }
        };
        let result = analysis::analyse(&corpus, &mut progress);
        let _ = tx.send(Report::Done(Box::new(result)));
    });
    rx
}
