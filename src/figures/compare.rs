//! Comparison across sources: figures of the same quantity (same role, unit dimension and
//! scope) are grouped; a group holding figures from two or more articles is a comparison, and it
//! is a conflict when two articles give intervals that cannot both hold (164 vs 40, "dozens" vs
//! 164) after converting units (six months = 180 days, 4,700 miles = 7,600 km).

use super::parts::{self, with_sums};
use super::quantity::{Measured, Quantity, QuantityKey, Scope, scale_of};
use super::roles::Role;
use super::units;
use super::verdict::verdict;
use super::{Comparison, Figure, FigureKind, Verdict};
use crate::corpus::Corpus;
use crate::language::lexicon::concept;
use crate::language::text::{content_stems, stem};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// How two figures under one key are tied together.
#[derive(Clone, Copy, PartialEq)]
pub enum Link {
    /// The key says it all: "164 people killed" and "40 people died".
    Always,
    /// Counts named only by a noun ("5 republics"): their sentences must be related.
    RelatedSentences,
    /// Measures: what they belong to must match ("price cap" / "fuel prices").
    SameSubject,
    /// What contenders won: the holders' names must match, one within the other ("Homeland"
    /// / "the nationalist Homeland party").
    SameHolder,
}

/// Far more figures of one quantity than a news article gives (in the dev sets' articles, at
/// most four); past it, an article's further figures of that quantity are not compared.
const MAX_FIGURES_PER_KEY_AND_ARTICLE: usize = 64;

type Similarity<'a> = dyn Fn((usize, usize), (usize, usize)) -> f32 + 'a;

/// Groups figures into comparisons, conflicts first.
pub fn compare(
    corpus: &Corpus,
    figures: &[Figure],
    roles: &[Role],
    related: Option<super::Related>,
) -> Vec<Comparison> {
    let fallback = StemOverlap::new(corpus);
    let fallback_fn = |a: (usize, usize), b: (usize, usize)| fallback.similarity(a, b);
    let similarity: &Similarity = match related {
        Some(r) => r,
        None => &fallback_fn,
    };
    // Parts one source gives of a whole are compared through their sum only: the sum stands in
    // as one more figure (ids past the real ones), its parts are kept out of the grouping.
    let sums = parts::find(corpus, figures);
    let (figures, roles, stand_ins) = with_sums(figures, roles, &sums);
    let (figures, roles): (&[Figure], &[Role]) = (&figures, &roles);
    let mut groups: HashMap<QuantityKey, (Link, Vec<usize>)> = HashMap::new();
    // What each sentence counts by bare noun ("six helicopters", "8 aircraft"), folded.
    let mut inventories: Inventories = HashMap::new();
    let mut per_article: HashMap<(QuantityKey, usize), usize> = HashMap::new();
    for (i, f) in figures.iter().enumerate() {
        if stand_ins.summed.contains(&i) {
            continue;
        }
        if let Some((key, link)) = key(f, &roles[i]) {
            // Tying figures is pairwise: a key is given at most so many figures per article,
            // so that one article repeating a quantity thousands of times stays linear.
            let seen = per_article.entry((key.clone(), f.article)).or_default();
            *seen += 1;
            if *seen > MAX_FIGURES_PER_KEY_AND_ARTICLE {
                continue;
            }
            if link == Link::RelatedSentences {
                let noun = counted_noun(f.what.counts.as_deref().unwrap_or_default());
                let nouns = inventories.entry((f.article, f.sentence)).or_default();
                if !nouns.contains(&noun) {
                    nouns.push(noun);
                }
            }
            groups.entry(key).or_insert((link, Vec::new())).1.push(i);
        }
    }
    let mut out = Vec::new();
    let mut keys: Vec<&QuantityKey> = groups.keys().collect();
    keys.sort();
    for key in keys {
        let (link, members) = &groups[key];
        let ties = Ties {
            roles,
            inventories: &inventories,
            similarity,
        };
        for component in components(figures, members, *link, &ties) {
            if let Some(c) = comparison(figures, &component, key) {
                out.push(stand_ins.replaced(c));
            }
        }
    }
    out.sort_by_key(|c| (!c.conflict, c.figures.first().copied()));
    out
}

/// The typed quantity of a figure and how its members are tied, or None when it is never
/// compared (years, dates, ordinals, artefacts, time offsets, figures whose role could not be
/// read: a figure with no known quantity is never part of a conflict).
pub fn key(f: &Figure, role: &Role) -> Option<(QuantityKey, Link)> {
    let what = &f.what;
    let counts = what.counts.as_deref()?;
    let scope = what.scope.clone();
    if scope == Some(Scope::Earlier) && what.kind == FigureKind::Duration {
        return None;
    }
    let (measured, link) = match what.kind {
        FigureKind::Count if role.held => {
            let noun = counted_noun(role.class.as_deref().unwrap_or(counts));
            (Measured::Held(noun), Link::SameHolder)
        }
        FigureKind::Count if role.wording.is_some() => {
            let event = counts.to_string();
            let class = arrested_suspects(&event, what.unit.clone().unwrap_or_default());
            (Measured::Event { event, class }, Link::Always)
        }
        // "31 people" with no event says too little to compare; "5 republics" does not
        FigureKind::Count if what.unit.as_deref() == Some("people") => return None,
        FigureKind::Count => (Measured::Noun(counted_noun(counts)), Link::RelatedSentences),
        // an age is compared only for someone named ("age of nazarbayev")
        FigureKind::Age if role.subject.is_empty() => return None,
        // "age of Marsh" and "age of MARSH" are one person's
        FigureKind::Age => (Measured::Age(counts.to_lowercase()), Link::Always),
        FigureKind::Duration
        | FigureKind::Distance
        | FigureKind::Share
        | FigureKind::Money
        | FigureKind::Other => {
            let unit = units::by_name(what.unit.as_deref()?)?;
            if role.held {
                (Measured::Given(scale_of(&unit)), Link::SameHolder)
            } else {
                (Measured::Measure(scale_of(&unit)), Link::SameSubject)
            }
        }
        _ => return None,
    };
    Some((QuantityKey { measured, scope }, link))
}

/// A counted noun folded, so that "160 firemen" meets "180 firefighters".
fn counted_noun(counts: &str) -> String {
    concept(stem(&counts.to_lowercase()))
}

/// Folded nouns counted in each sentence (article, sentence).
type Inventories = HashMap<(usize, usize), Vec<String>>;

/// What tells whether two figures under one key speak of the same thing.
struct Ties<'a> {
    roles: &'a [Role],
    inventories: &'a Inventories,
    similarity: &'a Similarity<'a>,
}

/// Two sentences that count two or more of the same things ("180 firefighters, eight planes
/// and six helicopters" / "160 firemen, 8 aircraft and 5 helicopters") list the same
/// resources, whatever else they say.
fn same_inventory(x: Option<&Vec<String>>, y: Option<&Vec<String>>) -> bool {
    let (Some(x), Some(y)) = (x, y) else {
        return false;
    };
    x.len() >= 2 && y.len() >= 2 && x.iter().filter(|noun| y.contains(noun)).count() >= 2
}

/// Connected groups of figures under one key, by the key's link rule.
fn components(figures: &[Figure], members: &[usize], link: Link, ties: &Ties) -> Vec<Vec<usize>> {
    let (roles, similarity) = (ties.roles, ties.similarity);
    if link == Link::Always {
        return vec![members.to_vec()];
    }
    let mut parent: Vec<usize> = (0..members.len()).collect();
    let place = |i: usize| (figures[i].article, figures[i].sentence);
    if link == Link::SameHolder {
        return same_holders(roles, members);
    }
    if link == Link::SameSubject {
        // a gust and a steady reading of one thing are two quantities: tie each with its own
        let gust: Vec<bool> = members
            .iter()
            .map(|&m| is_gust(&roles[m].subject))
            .collect();
        // Measures whose subjects are both known tie exactly when they share a word: joining
        // each member to the first one with each of its words gives the same groups in one
        // pass (a key can hold thousands of measures on a large corpus; pairs would not do).
        // ... and give it for one place: one company's or country's sales rise is not
        // another's (a place that is the story's setting was cleared by `scope`)
        let mut first_with: HashMap<(bool, &str, Option<&str>), usize> = HashMap::new();
        let lone = lone_defendant(roles, members);
        let plain_sentence = super::custody::unnamed_sentence();
        for (k, &m) in members.iter().enumerate() {
            for w in &roles[m].subject {
                // where one defendant is named, an unnamed sentence is theirs
                let w = match lone {
                    Some(name) if *w == plain_sentence => name,
                    _ => w.as_str(),
                };
                let place = roles[m].place.as_deref();
                let j = *first_with.entry((gust[k], w, place)).or_insert(k);
                join(&mut parent, k, j);
            }
        }
        // A measure whose subject is unknown ties with any whose sentence is related.
        for a in (0..members.len()).filter(|&a| roles[members[a]].subject.is_empty()) {
            for b in (0..members.len()).filter(|&b| b != a && gust[b] == gust[a]) {
                let (ra, rb) = (find_root(&mut parent, a), find_root(&mut parent, b));
                if ra != rb && similarity(place(members[a]), place(members[b])) >= 0.5 {
                    parent[ra] = rb;
                }
            }
        }
        return grouped(&mut parent, members);
    }
    // Each member's sentence inventory, looked up once rather than once per pair.
    let inventory: Vec<Option<&Vec<String>>> = members
        .iter()
        .map(|&m| ties.inventories.get(&place(m)))
        .collect();
    for a in 0..members.len() {
        for b in 0..a {
            let (ra, rb) = (find_root(&mut parent, a), find_root(&mut parent, b));
            if ra == rb {
                continue;
            }
            let (x, y) = (members[a], members[b]);
            // counts named only by a noun need a noun phrase of more than one word in common
            // ("Central Asian republics"), not just "seats", and related sentences
            let tied = ((shared_words(&roles[x].subject, &roles[y].subject) >= 2
                || same_exact_value(&figures[x], &figures[y]))
                && similarity(place(x), place(y)) >= 0.3)
                || same_inventory(inventory[a], inventory[b]);
            if tied {
                parent[ra] = rb;
            }
        }
    }
    grouped(&mut parent, members)
}

/// Most words of a holder's name whose every part is looked up: a name of four words has
/// fifteen parts (holders' names are read up to four words).
const MOST_HOLDER_WORDS: usize = 4;

/// Groups what contenders won, or donors gave, by holder: two figures are one holder's when
/// the words of one name are all in the other ("Homeland" / "Homeland nationalist"; "Social
/// Democrats" and "Christian Democrats" are two), or one is the other's initials ("EU" /
/// "European Union"). Each member is joined to the first member named by each
/// part of its name, so a key of thousands stays linear.
fn same_holders(roles: &[Role], members: &[usize]) -> Vec<Vec<usize>> {
    let initials = |m: usize| {
        roles[m]
            .subject
            .iter()
            .find_map(|w| w.strip_prefix(super::holders::INITIALS))
    };
    let names: Vec<Vec<&str>> = members
        .iter()
        .map(|&m| {
            let mut name: Vec<&str> = roles[m]
                .subject
                .iter()
                .map(String::as_str)
                .filter(|w| !w.starts_with(super::holders::INITIALS))
                .collect();
            name.sort_unstable();
            name.dedup();
            name.truncate(MOST_HOLDER_WORDS);
            name
        })
        .collect();
    let mut first_named: HashMap<&[&str], usize> = HashMap::new();
    for (k, name) in names.iter().enumerate() {
        first_named.entry(name.as_slice()).or_insert(k);
    }
    let mut parent: Vec<usize> = (0..members.len()).collect();
    for (k, name) in names.iter().enumerate() {
        for mask in 1..(1usize << name.len()) {
            let part: Vec<&str> = (0..name.len())
                .filter(|b| mask & (1 << b) != 0)
                .map(|b| name[b])
                .collect();
            if let Some(&j) = first_named.get(part.as_slice()) {
                join(&mut parent, k, j);
            }
        }
        // "European Union" meets "EU"
        if let Some(&j) = initials(members[k]).and_then(|i| first_named.get([i].as_slice())) {
            join(&mut parent, k, j);
        }
    }
    grouped(&mut parent, members)
}

/// Puts `a` and `b` of the union-find `parent` in one set.
fn join(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find_root(parent, a), find_root(parent, b));
    if ra != rb {
        parent[ra] = rb;
    }
}

fn find_root(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

/// The one defendant the sentences among `members` name ("sentence of marsh"), if exactly one
/// is named: a report of a trial with one defendant may name them in one sentence and not in
/// the next, and both are their sentence; with several named, an unnamed term is nobody's.
fn lone_defendant<'r>(roles: &'r [Role], members: &[usize]) -> Option<&'r str> {
    let mut named = members
        .iter()
        .flat_map(|&m| roles[m].subject.iter())
        .filter(|w| w.starts_with(super::custody::SENTENCE_OF))
        .map(String::as_str);
    let first = named.next()?;
    named.all(|w| w == first).then_some(first)
}

/// "Eight suspects were detained" / "Six people were arrested": whoever is arrested is a
/// suspect, so suspects arrested are people arrested (a drug-seizure trio written for this
/// never set the eight against the six). Elsewhere suspects stay apart: suspects killed in a
/// raid are no victims.
fn arrested_suspects(event: &str, class: String) -> String {
    if event == "arrested/detained" && matches!(class.as_str(), "suspects" | "suspect") {
        "people".to_string()
    } else {
        class
    }
}

/// Whether a measure is of a gust ("gusts of 80 mph", "winds gusted to 75 mph"): weather
/// reports give a storm's peak gusts beside its sustained winds, and the two are different
/// values of one wind, never a conflict ("winds reached 60 mph" / "gusts up to 80 mph"; a
/// storm sentence of the MSRP news pairs gives both). The lexicon folds gusts onto wind for
/// alignment; the figures must not.
fn is_gust(subject: &[String]) -> bool {
    subject
        .iter()
        .any(|w| matches!(w.as_str(), "gust" | "gusti"))
}

/// The members of each set of the union-find `parent`, in a stable order.
fn grouped(parent: &mut [usize], members: &[usize]) -> Vec<Vec<usize>> {
    let mut by_root: HashMap<usize, Vec<usize>> = HashMap::new();
    for (k, &member) in members.iter().enumerate() {
        let r = find_root(parent, k);
        by_root.entry(r).or_default().push(member);
    }
    let mut out: Vec<Vec<usize>> = by_root.into_values().collect();
    out.sort();
    out
}

/// Two counts of one noun with the same exact value ("faces 17 charges" / "faces 17 federal
/// counts"): in related sentences they report one fact, however each names it. Tying them can
/// only add an agreement, never a conflict, so the noun phrase need not match as well.
fn same_exact_value(x: &Figure, y: &Figure) -> bool {
    x.qualifier.is_none()
        && y.qualifier.is_none()
        && x.amount.value.is_some()
        && x.amount.value == y.amount.value
}

fn shared_words(a: &[String], b: &[String]) -> usize {
    a.iter().filter(|w| b.contains(w)).count()
}

/// A comparison when the figures come from two or more articles.
fn comparison(figures: &[Figure], ids: &[usize], key: &QuantityKey) -> Option<Comparison> {
    let first = figures[*ids.first()?].article;
    if ids.iter().all(|&i| figures[i].article == first) {
        return None;
    }
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    let what = |i: usize| &figures[i].what;
    let counts = most_common(ids.iter().filter_map(|&i| what(i).counts.as_deref()))?;
    let verdict = verdict(figures, &ids);
    Some(Comparison {
        quantity: Quantity {
            counts,
            kind: what(ids[0]).kind,
            unit: shared_unit(figures, &ids),
            scope: key.scope.clone(),
        },
        key: key.clone(),
        conflict: matches!(verdict, Verdict::Disagree | Verdict::Changed),
        verdict,
        figures: ids,
        sums: Vec::new(),
    })
}

fn most_common<'a>(items: impl Iterator<Item = &'a str>) -> Option<String> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for item in items {
        match counts.iter_mut().find(|(s, _)| *s == item) {
            Some(entry) => entry.1 += 1,
            None => counts.push((item, 1)),
        }
    }
    let best = counts.iter().map(|(_, n)| *n).max()?;
    counts
        .iter()
        .find(|(_, n)| *n == best)
        .map(|(s, _)| s.to_string())
}

/// The unit all figures share, else the common scale they were compared on ("days").
/// The unit a quantity's label names: the one its figures share, else the one most of them
/// are given in ("47,500 acres (19,200 hectares)" against "45,000 acres" is in acres, not in
/// the km² no source wrote), else the dimension's common scale ("six months" / "180-day":
/// days).
pub(super) fn shared_unit(figures: &[Figure], ids: &[usize]) -> Option<String> {
    let first = figures[ids[0]].what.unit.clone();
    if ids.iter().all(|&i| figures[i].what.unit == first) {
        return first;
    }
    let given = ids.iter().filter_map(|&i| figures[i].what.unit.as_deref());
    if let Some(most) = most_common(given.clone())
        && given.clone().filter(|&u| u == most).count() * 2 > ids.len()
    {
        return Some(most);
    }
    let unit = units::by_name(first.as_deref()?)?;
    Some(units::base_name(unit.dimension).to_string())
}

/// Sentence similarity when no alignment is given: shared content stems over the smaller set.
/// Each sentence's stems are read once and shared (a key of one quantity ties thousands of
/// figures pairwise on 10,000 articles; copying the stems for each pair was most of it).
struct StemOverlap<'c> {
    corpus: &'c Corpus,
    cache: RefCell<SentenceStems>,
}

/// The sorted content stems of each (article, sentence) read so far.
type SentenceStems = HashMap<(usize, usize), Rc<[String]>>;

impl<'c> StemOverlap<'c> {
    fn new(corpus: &'c Corpus) -> Self {
        StemOverlap {
            corpus,
            cache: RefCell::new(HashMap::new()),
        }
    }

    fn stems(&self, at: (usize, usize)) -> Rc<[String]> {
        if let Some(s) = self.cache.borrow().get(&at) {
            return Rc::clone(s);
        }
        let text = self
            .corpus
            .articles
            .get(at.0)
            .map_or("", |a| a.sentence_text(at.1));
        let mut stems: Vec<String> = content_stems(text)
            .into_iter()
            .filter(|s| !s.starts_with(|c: char| c.is_ascii_digit()))
            .collect();
        stems.sort();
        stems.dedup();
        let stems: Rc<[String]> = stems.into();
        self.cache.borrow_mut().insert(at, Rc::clone(&stems));
        stems
    }

    fn similarity(&self, a: (usize, usize), b: (usize, usize)) -> f32 {
        let (x, y) = (self.stems(a), self.stems(b));
        let smaller = x.len().min(y.len());
        if smaller == 0 {
            return 0.0;
        }
        let shared = x.iter().filter(|s| y.binary_search(s).is_ok()).count();
        shared as f32 / smaller as f32
    }
}
