//! Reading the figures of a corpus, article by article on all cores: each number with what it
//! counts (its role) and what sets it apart (its scope), before any comparison.

use super::units::{self, Unit};
use super::{
    Amount, Counted, Figure, FigureKind, Provenance, Scope, ellipsis, extract,
    provenance::SentenceProvenance, qualifiers, roles, scope, words,
};
use crate::corpus::{Article, Corpus};
use crate::language::numwords;
use std::ops::Range;

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
    let (mut figures, mut roles) = read_all(corpus, &mut |done| progress(done, total));
    scope::mark(corpus, &mut figures, &mut roles, &mut |done| {
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
    let scales = crate::parallel::map(&indices, |&a| {
        units::first_scale_named(&corpus.articles[a].text)
    });
    let repeated = repeated(corpus, &scales);
    // A memo per thread, kept from article to article (see `Memo`).
    let memos = crate::parallel::PerThread::new(Memo::default);
    let per_article = crate::parallel::counted(articles_read, |done| {
        crate::parallel::map(&indices, |&a| {
            let read = read_article(corpus, a, scales[a], &repeated, &mut memos.get());
            done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            read
        })
    });
    // Room made once: grown as they filled, the two lists were copied over and over.
    let total = per_article.iter().map(|(found, _)| found.len()).sum();
    let mut figures = Vec::with_capacity(total);
    let mut all_roles = Vec::with_capacity(total);
    for (found, roles) in per_article {
        for mut f in found {
            f.id = figures.len();
            figures.push(f);
        }
        all_roles.extend(roles);
    }
    (figures, all_roles)
}

/// The temperature scale an article names first, and where (`units::first_scale_named`).
type Scale = Option<(Unit, usize)>;

/// The article's scale as far as the sentence at `span` is concerned: none when it is named
/// only after the sentence.
fn in_force(scale: Scale, span: Range<usize>) -> Scale {
    scale.filter(|&(_, at)| at < span.end)
}

/// What a sentence's figures are read from ([`key`]).
type Key<'a> = (
    &'a str,
    Option<&'a str>,
    Option<(&'static str, Option<usize>)>,
);

/// Each sentence read before that is read again elsewhere, by [`key`]: its figures (offsets
/// from the sentence's start) and their roles. Syndicated copies repeat sentences across
/// articles (on 2,000 copies of one wire story, reading figures went from 200–280 to 70–95 ms).
type Memo<'a> = rustc_hash::FxHashMap<Key<'a>, Vec<(Figure, roles::Role)>>;

/// The keys of the sentences read more than once in the corpus: only those are kept (keeping
/// every sentence's reading, and copying it out, made 10,000 generated articles 5% slower).
fn repeated<'a>(corpus: &'a Corpus, scales: &[Scale]) -> rustc_hash::FxHashSet<Key<'a>> {
    let mut seen = rustc_hash::FxHashSet::default();
    let mut again = rustc_hash::FxHashSet::default();
    for (article, &scale) in corpus.articles.iter().zip(scales) {
        for (_, sentence) in article.content_sentences() {
            if let Some(k) = key(article, sentence.span(), in_force(scale, sentence.span()))
                && !seen.insert(k)
            {
                again.insert(k);
            }
        }
    }
    again
}

/// The figures of one article with their roles (ids still to be assigned).
fn read_article<'a>(
    corpus: &'a Corpus,
    a: usize,
    scale: Scale,
    repeated: &rustc_hash::FxHashSet<Key<'a>>,
    memo: &mut Memo<'a>,
) -> (Vec<Figure>, Vec<roles::Role>) {
    let article = &corpus.articles[a];
    let mut figures = Vec::new();
    let mut all_roles = Vec::new();
    for (s, sentence) in article.content_sentences() {
        let scale = in_force(scale, sentence.span());
        let read = match key(article, sentence.span(), scale).filter(|k| repeated.contains(k)) {
            Some(key) => memo
                .entry(key)
                .or_insert_with(|| read_sentence(article, s, scale))
                .clone(),
            None => read_sentence(article, s, scale),
        };
        for (mut figure, role) in read {
            figure.id = figures.len();
            (figure.article, figure.sentence) = (a, s);
            figure.start += sentence.start;
            figure.end += sentence.start;
            figures.push(figure);
            all_roles.push(role);
        }
    }
    ellipsis::carry_from_sentence_before(article, &mut figures, &mut all_roles);
    (figures, all_roles)
}

/// What a sentence's figures are read from, when that is all: its text with the two characters
/// after it (a unit is looked for that far past its last number: " %"), the article's date
/// (figures "as of" a day) and its temperature scale (a bare "degrees" is on it). None when a
/// scraping artefact touches it: those are marked in the article.
fn key(article: &Article, span: Range<usize>, scale: Scale) -> Option<Key<'_>> {
    let text = &article.text;
    let after = text.get(span.end..).unwrap_or("").char_indices().nth(2);
    let end = after.map_or(text.len(), |(k, _)| span.end + k);
    let touched = |r: &Range<usize>| r.start < end && span.start < r.end;
    if article.artefacts.iter().any(touched) {
        return None;
    }
    Some((
        text.get(span.start..end)?,
        article.date.as_deref(),
        scale.map(|(u, at)| (u.name, at.checked_sub(span.start))),
    ))
}

/// The figures of sentence `s` with their roles, offsets from the sentence's start.
fn read_sentence(article: &Article, s: usize, scale: Scale) -> Vec<(Figure, roles::Role)> {
    let sentence = &article.sentences[s];
    let words = words::words(&article.text, sentence.span());
    let lowers: Vec<&str> = words.iter().map(|w| w.lower.as_ref()).collect();
    let scan = extract::Scan {
        text: &article.text,
        words: &words,
        lowers: &lowers,
        floor: sentence.start,
        artefacts: &article.artefacts,
        scale,
    };
    let found = extract::figures(&scan);
    // Most sentences hold no figure: who says it and as of when is read only for those that do
    // (for every sentence, they took over a third of figure reading on 1,000 generated
    // articles).
    if found.is_empty() {
        return Vec::new();
    }
    let said = SentenceProvenance::of(article.sentence_text(s), article.date.as_deref());
    let cx = roles::Context {
        text: &article.text,
        words: &words,
        floor: sentence.start,
        figures: &found,
    };
    let mut read = Vec::with_capacity(found.len());
    let mut earlier: Vec<roles::Role> = Vec::with_capacity(found.len());
    for (k, f) in found.iter().enumerate() {
        let role = roles::role(&cx, k, &earlier);
        let mut figure = figure(0, 0, s, &article.text, f, &role);
        let said = said.at(f.start.saturating_sub(sentence.start));
        figure.provenance = Provenance {
            running: said.running || is_ordinal(&figure.text),
            ..said
        };
        figure.start -= sentence.start;
        figure.end -= sentence.start;
        earlier.push(role.clone());
        read.push((figure, role));
    }
    read
}

fn figure(
    id: usize,
    article: usize,
    sentence: usize,
    text: &str,
    f: &extract::Found,
    role: &roles::Role,
) -> Figure {
    let signed = f.unit.is_some_and(|u| u.signed());
    // "more than 7%", "at least 1.5 million", "more than a third": a floor or a ceiling is the
    // written number itself, not the span it would stand for alone (a writer who saw 6.8%
    // would not say "more than 7%")
    let (low, high) = match (f.qualifier, f.amount.value) {
        (Some(q), Some(v)) if q.is_bound() => (v, v),
        _ => (f.amount.low, f.amount.high),
    };
    let (low, high) = qualifiers::interval(f.qualifier, low, high, signed);
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

#[cfg(test)]
mod tests {
    use crate::corpus::Corpus;

    #[test]
    fn a_sentence_repeated_across_articles_reads_as_each_article_alone_reads_it() {
        let wire = "Police said on Tuesday that 164 people had been killed and 2,000 arrested.";
        // Copies of one sentence: at an article's start and after another sentence (read once
        // for both), followed by more text (read again: what follows can be its unit), and in
        // articles of another date ("on Tuesday" is then another day).
        let mut c = Corpus::from_texts(&[
            wire,
            &format!("Officials met on Monday. {wire}"),
            &format!("{wire} Another 12 were hurt."),
            wire,
            wire,
        ]);
        for (a, date) in [
            (0, "2022-01-07"),
            (1, "2022-01-07"),
            (3, "2022-01-12"),
            (4, "2022-01-12"),
        ] {
            c.articles[a].date = Some(date.into());
        }
        let together = super::read(&c).figures;
        for (a, article) in c.articles.iter().enumerate() {
            let alone = Corpus {
                articles: vec![article.clone()],
                ..Corpus::default()
            };
            let expected: Vec<_> = super::read(&alone).figures;
            let got: Vec<_> = together.iter().filter(|f| f.article == a).collect();
            assert_eq!(got.len(), expected.len(), "article {a}");
            for (g, e) in got.into_iter().zip(&expected) {
                let g = super::Figure {
                    id: e.id,
                    article: 0,
                    ..g.clone()
                };
                assert_eq!(&g, e, "article {a}");
            }
        }
        for f in &together {
            assert_eq!(c.articles[f.article].text[f.start..f.end], f.text, "{f:?}");
        }
        let as_of = |a: usize| {
            let f = together.iter().find(|f| f.article == a).unwrap();
            f.provenance.as_of.clone()
        };
        assert_ne!(as_of(1), as_of(4), "each copy is dated by its own article");
    }
}
