//! The whole analysis of a corpus in one call: alignment first, then figures compared with
//! the help of the alignment. The CLI, the export and the TUI's worker all use this, so every
//! face shows the same results.

use crate::align::{self, Alignment, PassageRef, Progress};
use crate::corpus::Corpus;
use crate::figures::{self, FigureSet};

pub struct Analysis {
    pub alignment: Alignment,
    pub figures: FigureSet,
}

/// Aligns the corpus and analyses its figures, reporting progress as it goes.
pub fn analyse(corpus: &Corpus, progress: &mut dyn FnMut(Progress)) -> Analysis {
    let alignment = align::align_with_progress(corpus, progress);
    progress(Progress { done: 0, total: 1, phase: "figures" });
    let related = |a: (usize, usize), b: (usize, usize)| -> f32 {
        let a = PassageRef { article: a.0, sentence: a.1 };
        let b = PassageRef { article: b.0, sentence: b.1 };
        alignment.counterparts(a).iter().find(|c| c.passage == b).map_or(0.0, |c| c.score)
    };
    let figures = figures::analyse_with(corpus, Some(&related));
    progress(Progress { done: 1, total: 1, phase: "figures" });
    Analysis { alignment, figures }
}
