//! Reading the figures of a corpus, article by article on all cores: each number with what it
//! counts (its role) and what sets it apart (its scope), before any comparison.

use super::{
    Amount, Counted, Figure, FigureKind, Provenance, Scope, extract, qualifiers, roles, scope,
    words,
};
use crate::corpus::Corpus;
use crate::language::numwords;

/// Every figure of a corpus with what it counts, before any comparison: the costly part,
/// read once and compared as often as needed (without, then with the alignment's help).
pub struct Readings {
    pub(super) figures: Vec<Figure>,
    pub(super) roles: Vec<roles::Role>,
}

/// Reads every figure of the corpus and its role and scope.
pub fn read(corpus: &Corpus) -> Readings {
    read_counting(corpus, &mut |_, _| {})
}

/// [`read`], telling `progress` how far it has come as it goes (done, total): each article
/// counts once when its figures are read, once when its words have been searched for the
/// places the figures name, and once when their scopes are marked (a second or more each on
/// 10,000 articles; the bar sat still through the search, a quarter of reading, before it
/// counted).
pub fn read_counting(corpus: &Corpus, progress: &mut dyn FnMut(usize, usize)) -> Readings {
    let articles = corpus.articles.len();
    let total = 3 * articles;
    let (mut figures, roles) = read_all(corpus, &mut |done| progress(done, total));
    scope::mark(corpus, &mut figures, &roles, &mut |done| {
        progress(articles + done, total)
    });
    Readings { figures, roles }
}

/// Extracts figures and reads their roles, article by article (in parallel), sentence by
/// sentence; ids follow article then text order.
fn read_all(
    corpus: &Corpus,
    articles_read: &mut dyn FnMut(usize),
) -> (Vec<Figure>, Vec<roles::Role>) {
    let indices: Vec<usize> = (0..corpus.articles.len()).collect();
    let per_article = crate::parallel::counted(articles_read, |done| {
        crate::parallel::map(&indices, |&a| {
            let read = read_article(corpus, a);
            done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            read
        })
    });
    let mut figures = Vec::new();
    let mut all_roles = Vec::new();
    for (found, roles) in per_article {
        for mut f in found {
            f.id = figures.len();
            figures.push(f);
        }
        all_roles.extend(roles);
    }
    (figures, all_roles)
}

/// The figures of one article with their roles (ids still to be assigned).
fn read_article(corpus: &Corpus, a: usize) -> (Vec<Figure>, Vec<roles::Role>) {
    let article = &corpus.articles[a];
    let mut figures = Vec::new();
    let mut all_roles = Vec::new();
    for (s, sentence) in article.content_sentences() {
        let words = words::words(&article.text, sentence.span());
        let lowers: Vec<&str> = words.iter().map(|w| w.lower.as_ref()).collect();
        let scan = extract::Scan {
            text: &article.text,
            words: &words,
            lowers: &lowers,
            floor: sentence.start,
            artefacts: &article.artefacts,
        };
        let found = extract::figures(&scan);
        // Most sentences hold no figure: who says it and as of when is read only for those
        // that do (for every sentence, they took over a third of figure reading on 1,000
        // generated articles).
        if found.is_empty() {
            continue;
        }
        let said = Provenance::of(article.sentence_text(s), article.date.as_deref());
        let cx = roles::Context {
            text: &article.text,
            words: &words,
            floor: sentence.start,
            figures: &found,
        };
        let mut previous: Option<roles::Role> = None;
        for (k, f) in found.iter().enumerate() {
            let role = roles::role(&cx, k, previous.as_ref());
            let mut figure = figure(figures.len(), a, s, &article.text, f, &role);
            figure.provenance = Provenance {
                running: said.running || is_ordinal(&figure.text),
                ..said.clone()
            };
            figures.push(figure);
            previous = Some(role.clone());
            all_roles.push(role);
        }
    }
    (figures, all_roles)
}

fn figure(
    id: usize,
    article: usize,
    sentence: usize,
    text: &str,
    f: &extract::Found,
    role: &roles::Role,
) -> Figure {
    let (low, high) = qualifiers::interval(f.qualifier, f.amount.low, f.amount.high);
    let unit = match f.kind {
        FigureKind::Count => role.class.clone(),
        _ => f.unit.map(|u| u.name.to_string()),
    };
    Figure {
        id,
        article,
        sentence,
        start: f.start,
        end: f.end,
        text: text.get(f.start..f.end).unwrap_or("").to_string(),
        amount: Amount {
            value: f.amount.value,
            low,
            high,
        },
        qualifier: f.qualifier,
        what: Counted {
            counts: role.counts.clone(),
            unit,
            kind: f.kind,
            wording: role.wording.clone(),
            scope: f.relative.then_some(Scope::Earlier),
        },
        provenance: Provenance::default(),
    }
}

/// "fourth", "4th": an ordinal count is a running tally by nature.
fn is_ordinal(text: &str) -> bool {
    let lower = text.to_lowercase();
    numwords::ordinal(&lower).is_some()
        || (lower.starts_with(|c: char| c.is_ascii_digit())
            && ["st", "nd", "rd", "th"].iter().any(|s| lower.ends_with(s)))
}
