//! Builds the report on a worker thread and reports progress over a channel, so the UI stays
//! responsive on large corpora and shows a progress bar. Everything the reader needs that grows
//! with an article (its highlights) is built here too, once, not on the UI thread.
//!
//! A panic in the worker is caught and reported as [`Update::Failed`]: reading goes on without
//! the analysis, and the terminal is left to the UI (see `panic_hook`).

use super::wrap::{self, Mark};
use crossread::align::Progress;
use crossread::corpus::Corpus;
use crossread::report::Report;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::{Duration, Instant};

pub enum Update {
    Progress {
        phase: &'static str,
        done: usize,
        total: usize,
    },
    Done {
        report: Box<Report>,
        /// The reader's highlights, by article.
        marks: Vec<Vec<Mark>>,
    },
    /// The analysis panicked; the message says where.
    Failed(String),
}

/// Name of the worker thread, so the panic hook can tell it from the UI thread.
pub const THREAD_NAME: &str = "crossread-analysis";

/// Starts building the report; the receiver gets progress reports and then the result.
pub fn spawn(corpus: Arc<Corpus>) -> Receiver<Update> {
    spawn_with(corpus, Report::build)
}

/// Runs `work` on the corpus on the worker thread (tests pass their own `work`).
pub fn spawn_with<W>(corpus: Arc<Corpus>, work: W) -> Receiver<Update>
where
    W: FnOnce(&Corpus, &mut dyn FnMut(Progress)) -> Report + Send + 'static,
{
    let (tx, rx) = mpsc::channel();
    let started = std::thread::Builder::new()
        .name(THREAD_NAME.into())
        .spawn(move || {
            let outcome = catch_unwind(AssertUnwindSafe(|| run(&corpus, work, &tx)));
            if let Err(payload) = outcome {
                let _ = tx.send(Update::Failed(panic_message(payload.as_ref())));
            }
        });
    match started {
        Ok(_) => rx,
        Err(e) => {
            let (tx, rx) = mpsc::channel();
            let _ = tx.send(Update::Failed(format!("cannot start the analysis: {e}")));
            rx
        }
    }
}

fn run<W>(corpus: &Corpus, work: W, tx: &Sender<Update>)
where
    W: FnOnce(&Corpus, &mut dyn FnMut(Progress)) -> Report,
{
    let mut last = Instant::now() - Duration::from_secs(1);
    let mut last_phase = "";
    let mut progress = |p: Progress| {
        // Enough for a smooth bar without flooding the channel; a new step always shows.
        if last.elapsed() >= Duration::from_millis(50) || p.done == p.total || p.phase != last_phase
        {
            last = Instant::now();
            last_phase = p.phase;
            let _ = tx.send(Update::Progress {
                phase: p.phase,
                done: p.done,
                total: p.total,
            });
        }
    };
    let result = work(corpus, &mut progress);
    let marks = wrap::article_marks(corpus, Some(&result.figures));
    let _ = tx.send(Update::Done {
        report: Box::new(result),
        marks,
    });
}

/// The text a panic carried (`panic!("…")` gives a `&str` or a `String`).
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown error".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_step_always_reaches_the_screen_however_soon_it_follows_the_last() {
        let corpus = Arc::new(Corpus::from_texts(&["Ten homes were flooded on Sunday."]));
        let rx = spawn_with(corpus, |corpus, progress| {
            for phase in ["aligning", "weighing the evidence", "grouping"] {
                progress(Progress {
                    done: 0,
                    total: 1,
                    phase,
                });
            }
            Report::build(corpus, &mut |_| {})
        });
        let mut phases = Vec::new();
        for update in rx {
            match update {
                Update::Progress { phase, .. } => phases.push(phase),
                Update::Done { .. } => break,
                Update::Failed(message) => panic!("{message}"),
            }
        }
        assert_eq!(phases, ["aligning", "weighing the evidence", "grouping"]);
    }
}
