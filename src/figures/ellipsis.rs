//! A count whose noun was given in the sentence before: "The agency logged 2,340 complaints
//! of fraud in 2019. It logged 1,905 in 2018." Statistics are often told this way, a series
//! one sentence per value, the noun said once (a real cluster of ../shared/dev-sets listed
//! such a value as a count of nothing).

use super::{Figure, FigureKind, roles::Role};
use crate::corpus::Article;
use crate::language::text::{is_stopword, stem};

/// Gives each count of nothing (no noun, no event) the noun and event of a count in the
/// sentence right before it that follows the same verb ("found 1,986 cases" … "found 1,267").
/// `figures` are the article's, in reading order, with their `roles`.
pub fn carry_from_sentence_before(article: &Article, figures: &mut [Figure], roles: &mut [Role]) {
    for k in 0..figures.len() {
        let f = &figures[k];
        if f.what.kind != FigureKind::Count || f.what.counts.is_some() || f.sentence == 0 {
            continue;
        }
        let Some(verb) = verb_before(article, f) else {
            continue;
        };
        let before = (0..k)
            .rev()
            .take_while(|&j| figures[j].sentence + 1 >= f.sentence)
            .find(|&j| {
                let g = &figures[j];
                g.sentence + 1 == f.sentence
                    && g.what.kind == FigureKind::Count
                    && g.what.counts.is_some()
                    && verb_before(article, g).as_ref() == Some(&verb)
            });
        if let Some(j) = before {
            let (what, role) = (figures[j].what.clone(), roles[j].clone());
            let f = &mut figures[k];
            (f.what.counts, f.what.unit, f.what.wording) = (what.counts, what.unit, what.wording);
            (roles[k].counts, roles[k].class) = (role.counts, role.class);
        }
    }
}

/// The stem of the word right before the figure in its sentence, when it can be a verb (not a
/// preposition or other function word: "in 2016" names no verb).
fn verb_before(article: &Article, f: &Figure) -> Option<String> {
    let start = article.sentences.get(f.sentence)?.start;
    let before = article.text.get(start..f.start)?;
    let word = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .filter(|w| !w.is_empty())?
        .to_lowercase();
    (!is_stopword(&word) && word.len() > 2).then(|| stem(&word))
}
