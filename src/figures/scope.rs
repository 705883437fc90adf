//! Scope: what keeps a figure apart from the main quantity although it counts the same thing.
//! "in December 2011 police … killing at least 16" is another event than today's toll; "a group
//! of 70 activists" is a part; "12 killed in Almaty" is one place when the others count a country.

use super::quantity::Scope;
use super::roles::Role;
use super::setting::{ArticleWords, widespread};
use super::words::{is_custody_word, is_verb_of_demand, lowercase_is};
use super::{Figure, FigureKind};
use crate::corpus::Corpus;
use crate::language::phrase::Phrases;
use std::collections::{HashMap, HashSet};

/// Sets `scope` on the figures that need one (ordered by article, as they are read), telling
/// `progress` how far it has come: each article counts once when its words have been searched
/// for the places the figures name (or at once when none needs it), and once when its
/// figures are marked.
/// A role's place that is the story's setting is cleared, so that what stays in a role is a
/// place that sets its figure apart (the comparison reads it for measures, whose scope may be
/// taken by a change: "Sales in Canada rose 6.7%" is not the U.S. sales' rise).
pub fn mark(
    corpus: &Corpus,
    figures: &mut [Figure],
    roles: &mut [Role],
    progress: &mut dyn FnMut(usize),
) {
    let places = places_by_quantity(figures, roles);
    let settings = settings(corpus, figures, roles, &places, &mut *progress);
    // "1,500 died in Turkey" and "810 in Syria" split a toll; a lone "in Kazakhstan" named by
    // most articles is the story's setting
    for (f, role) in figures.iter().zip(roles.iter_mut()) {
        let several = places.get(&quantity(f)).is_some_and(|set| set.len() > 1);
        let setting = |p: &String| settings.get(p).copied().unwrap_or(false);
        if !several && role.place.as_ref().is_some_and(setting) {
            role.place = None;
        }
    }
    let roles: &[Role] = roles;
    let searched = corpus.articles.len();
    progress(searched);
    // A sentence's scopes depend on its own figures and on the tables above only, so the
    // articles are marked on all cores.
    let mut articles: Vec<(&[Role], &mut [Figure])> = Vec::new();
    let mut roles_left = roles;
    for of_article in figures.chunk_by_mut(|a, b| a.article == b.article) {
        let (its_roles, rest) = roles_left.split_at(of_article.len());
        roles_left = rest;
        articles.push((its_roles, of_article));
    }
    // Articles without figures are counted as marked at once.
    let without = corpus.articles.len().saturating_sub(articles.len());
    crate::parallel::counted(&mut |done| progress(searched + without + done), |done| {
        crate::parallel::for_each_mut(&mut articles, |(roles, figures)| {
            mark_article(corpus, figures, roles);
            done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        })
    });
}

/// [`mark`] for the figures of one article, with their roles.
fn mark_article(corpus: &Corpus, figures: &mut [Figure], roles: &[Role]) {
    // the events the article has counted so far, for "another 12 are missing"
    let mut events_before: HashSet<String> = HashSet::new();
    let mut i = 0;
    while i < figures.len() {
        let key = (figures[i].article, figures[i].sentence);
        let end = i + figures[i..]
            .iter()
            .take_while(|f| (f.article, f.sentence) == key)
            .count();
        let article = &corpus.articles[key.0];
        let sentence_start = article.sentences.get(key.1).map_or(0, |s| s.start);
        let own = article.sentence_text(key.1);
        // A sentence of ASCII without the words as letters anywhere has none of them as words
        // (split and lowercased, every sentence was a third of marking 1,000 articles).
        let forecast_words: Vec<usize> =
            if !own.is_ascii() || phrases().forecast.any_in(own.as_bytes()) {
                let tokens = crate::language::text::tokens(own);
                tokens
                    .iter()
                    .enumerate()
                    .filter(|(_, t)| lowercase_is(t.text, |w| FORECAST.contains(&w)))
                    .filter(|&(k, _)| !names_who_speaks(&tokens, k))
                    .map(|(_, t)| sentence_start + t.start)
                    .collect()
            } else {
                Vec::new()
            };
        // Read once per sentence, not once per figure and word: a sentence may hold thousands.
        let forecast_owners: Vec<Option<usize>> = forecast_words
            .iter()
            .map(|&w| figure_named_by(&article.text, &figures[i..end], w))
            .collect();
        let current = article_year(corpus, key.0);
        // Read once per sentence, not once per figure: a sentence may hold thousands.
        let clues = SentenceClues::read(
            &article.text,
            sentence_start,
            article.sentence_text(key.1),
            &figures[i..end],
        );
        for k in i..end {
            if !comparable(figures[k].what.kind) || is_time_offset(&figures[k]) {
                continue;
            }
            let forecast = forecast_words
                .iter()
                .zip(&forecast_owners)
                .any(|(&w, owner)| {
                    !in_later_clause(&article.text, &figures[k], w)
                        && owner.is_none_or(|j| j == k - i)
                });
            let time = sentence_time(
                &article.text,
                sentence_start,
                forecast,
                &figures[i..end],
                k - i,
                current,
                &clues,
            )
            .or_else(|| conjoined_expectation(&article.text, &figures[i..k], &figures[k]));
            let role = &roles[k];
            // the role keeps only a place that sets the figure apart (`mark`)
            let place = role.place.as_ref();
            // "five critically injured": a grade names a part of the toll
            let graded = super::parts::graded(&article.text, &figures[k]);
            // "At least 38 were killed. Another 12 are missing.": more of an event the
            // article has not counted yet, after it has counted another, adds to that other
            // event's count and is all of its own (a flood trio written for this kept the 12
            // missing apart as a part). With nothing counted before ("another two had been
            // arrested" opening a report), more of what came before the report stays a part.
            let first_of_its_event = role.wording.is_some()
                && role.apart == Some(Scope::Part)
                && !events_before.is_empty()
                && after_another(&article.text, &figures[k])
                && figures[k]
                    .what
                    .counts
                    .as_ref()
                    .is_some_and(|c| !events_before.contains(c));
            figures[k].what.scope = if graded {
                Some(Scope::Part)
            } else {
                role.apart
                    .clone()
                    .filter(|_| !first_of_its_event)
                    .or_else(|| time.clone())
                    .or_else(|| place.map(|p| Scope::Place(p.clone())))
            };
        }
        for (f, role) in figures[i..end].iter().zip(&roles[i..end]) {
            if let Some(counts) = f.what.counts.as_ref().filter(|_| role.wording.is_some()) {
                events_before.insert(counts.clone());
            }
        }
        i = end;
    }
}

/// Whether the figure follows "another", "further" or "additional": more of something.
fn after_another(text: &str, f: &Figure) -> bool {
    before_lower(text, f.start, 12)
        .split_whitespace()
        .next_back()
        .is_some_and(|w| matches!(w, "another" | "further" | "additional"))
}

/// "expects to produce 50 million doses this year and 1.3 billion doses in 2021": a figure
/// joined by "and" or "or" to the one before it, with no punctuation between, is expected or
/// sought as that one is (the verb stands once, often past the eight words read back for it;
/// a vaccine trio written for this read the second forecast as a fact).
fn conjoined_expectation(text: &str, before: &[Figure], f: &Figure) -> Option<Scope> {
    let previous = before.last()?;
    let scope = previous.what.scope.clone()?;
    if !matches!(scope, Scope::Forecast | Scope::Sought) || previous.what.kind != f.what.kind {
        return None;
    }
    let between = text.get(previous.end..f.start)?;
    let words: Vec<&str> = between.split_whitespace().collect();
    let joined = words
        .last()
        .is_some_and(|w| lowercase_is(w, |w| matches!(w, "and" | "or")));
    let plain = !between.contains([',', ';', ':', '(', ')', '—', '–', '"']);
    (joined && plain && words.len() <= 8).then_some(scope)
}

/// For each place a figure may be scoped to (its quantity given for that place alone), whether
/// it is the story's setting, named by most articles: asked of the whole corpus once, before
/// the articles are marked apart.
fn settings(
    corpus: &Corpus,
    figures: &[Figure],
    roles: &[Role],
    places: &HashMap<(Option<String>, Option<String>), HashSet<String>>,
    articles_searched: &mut dyn FnMut(usize),
) -> HashMap<String, bool> {
    let asked: HashSet<&String> = figures
        .iter()
        .zip(roles)
        .filter(|(f, _)| comparable(f.what.kind) && !is_time_offset(f))
        .filter(|(f, _)| places.get(&quantity(f)).is_none_or(|set| set.len() <= 1))
        .filter_map(|(_, role)| role.place.as_ref())
        .collect();
    if asked.is_empty() {
        return HashMap::new();
    }
    let names: Vec<&str> = asked.iter().map(|p| p.as_str()).collect();
    let words = ArticleWords::of(corpus, &names, articles_searched);
    asked
        .into_iter()
        .map(|p| (p.clone(), widespread(&words, p)))
        .collect()
}

fn quantity(f: &Figure) -> (Option<String>, Option<String>) {
    (f.what.counts.clone(), f.what.unit.clone())
}

/// The places each quantity is given for, across the corpus.
fn places_by_quantity(
    figures: &[Figure],
    roles: &[Role],
) -> HashMap<(Option<String>, Option<String>), HashSet<String>> {
    let mut out: HashMap<_, HashSet<String>> = HashMap::new();
    for (f, role) in figures.iter().zip(roles) {
        if let Some(p) = &role.place {
            out.entry(quantity(f)).or_default().insert(p.clone());
        }
    }
    out
}

fn comparable(kind: FigureKind) -> bool {
    matches!(
        kind,
        FigureKind::Count
            | FigureKind::Duration
            | FigureKind::Distance
            | FigureKind::Share
            | FigureKind::Money
            | FigureKind::Other
    )
}

/// The year an article was dated, if known: years from then on are the present, not the past.
fn article_year(corpus: &Corpus, article: usize) -> f64 {
    corpus
        .articles
        .get(article)
        .and_then(|a| a.date.as_deref()?.get(..4)?.parse::<f64>().ok())
        .unwrap_or(f64::INFINITY)
}

/// What `sentence_time` asks of a whole sentence, read in one pass.
struct SentenceClues {
    /// Where the first phrase of [`EARLIER`] ends (absolute byte offset), if any.
    earlier_phrase_end: Option<usize>,
    /// Where the first word of the present after that phrase stands ([`back_to_now`]).
    now_after_earlier: Option<usize>,
    /// Where the first time offset ("ten years earlier") starts, if any.
    first_time_offset: Option<usize>,
    /// A phrase of [`EARLIER_ANYWHERE`] stands somewhere in the sentence, outside a relative
    /// clause.
    earlier_anywhere: bool,
    /// Spans (absolute) that an earlier time inside a relative clause dates: the clause of a
    /// phrase of [`EARLIER_ANYWHERE`], or from a time offset to its clause's end.
    earlier_within: Vec<std::ops::Range<usize>>,
}

impl SentenceClues {
    fn read(text: &str, sentence_start: usize, own: &str, figures: &[Figure]) -> SentenceClues {
        let sentence_end = figures
            .iter()
            .map(|f| f.end)
            .max()
            .unwrap_or(sentence_start);
        let sentence = text.get(sentence_start..).unwrap_or("");
        // The phrases are ASCII: matched case-insensitively on the bytes, offsets stay exact.
        let bytes = sentence.as_bytes();
        let starts = sentence_end.saturating_sub(sentence_start);
        let earlier_phrase_end = phrases()
            .earlier
            .first_end(bytes, starts)
            .map(|end| sentence_start + end);
        let now_after_earlier = earlier_phrase_end.and_then(|e| back_to_now(text, e, sentence_end));
        // The sentence itself (never more: segmentation bounds its length).
        let mut earlier_anywhere = false;
        let mut earlier_within = Vec::new();
        for (_, start, _) in phrases().earlier_anywhere.found_in(own) {
            match relative_clause_around(own, start) {
                Some(clause) => {
                    earlier_within.push(sentence_start + clause.start..sentence_start + clause.end)
                }
                None => earlier_anywhere = true,
            }
        }
        let mut first_time_offset = None;
        for offset in figures
            .iter()
            .filter(|f| is_time_offset(f))
            .map(|f| f.start)
        {
            match relative_clause_around(own, offset.saturating_sub(sentence_start)) {
                Some(clause) => earlier_within.push(offset..sentence_start + clause.end),
                None => {
                    first_time_offset =
                        Some(first_time_offset.map_or(offset, |o: usize| o.min(offset)))
                }
            }
        }
        SentenceClues {
            earlier_phrase_end,
            now_after_earlier,
            earlier_anywhere,
            first_time_offset,
            earlier_within,
        }
    }
}

/// ", which left Izmir four days earlier", ", who arrived days earlier": the relative clause
/// holding byte `at` of the sentence, from its comma to the next comma or the sentence's end.
/// A time in such a clause dates what the clause tells (the boat's departure), not the
/// sentence's main clause ("the boat, which left four days earlier, carried 200 people": a
/// migrant-boat trio written for this read the 200 aboard as a figure from before).
fn relative_clause_around(sentence: &str, at: usize) -> Option<std::ops::Range<usize>> {
    let head = sentence.get(..at)?;
    let comma = head.rfind([',', ';', '(', ')', '—', '–'])?;
    let opens = head[comma..].starts_with(',')
        && head[comma + 1..]
            .split_whitespace()
            .next()
            .is_some_and(is_relative_word);
    if !opens {
        return None;
    }
    let end = sentence[at..]
        .find([',', ';', '(', '—', '–'])
        .map_or(sentence.len(), |k| at + k);
    Some(comma..end)
}

/// How many figures either side of a figure are looked at for the year it stands in: far more
/// than any real sentence holds, and a bound that keeps a megabyte of numbers linear.
const YEAR_WINDOW: usize = 64;

/// A sentence set in a named year (before the article's own), or "ten years earlier", speaks of
/// another event than the one being reported: news gives today's toll without a year.
/// Years after "since" are a reference point, not the time of the figure; a time offset counts
/// only when it comes first ("Three years ago, 50 died …").
fn sentence_time(
    text: &str,
    sentence_start: usize,
    forecast: bool,
    figures: &[Figure],
    index: usize,
    current: f64,
    clues: &SentenceClues,
) -> Option<Scope> {
    let at = figures[index].start;
    let kind = figures[index].what.kind;
    // The nearest past year with no other figure of the same kind in between: walking out from
    // the figure, a figure of the same kind ends the walk on that side.
    let is_past_year = |y: &Figure| {
        y.what.kind == FigureKind::Year
            && y.amount.value.is_some_and(|v| v < current)
            && !after_since(text, y.start)
    };
    let own = &figures[index];
    // a turn of clause between the two, whichever comes first: "down from 89 at the last
    // election in 2022, while the Greens took 31 seats" dates the 89, not the 31 (an election
    // trio written for this set the Greens' seats in 2022)
    let turns = |j: usize| {
        if figures[j].start < at {
            turns_clause(text, &figures[j], own, CONTRASTING)
        } else {
            turns_clause(text, own, &figures[j], MOVING_ON)
        }
    };
    let nearest = |walk: &mut dyn Iterator<Item = usize>| {
        walk.take(YEAR_WINDOW)
            .filter(|&j| figures[j].start != at)
            .take_while(|&j| figures[j].what.kind != kind)
            .take_while(|&j| !turns(j))
            .find(|&j| is_past_year(&figures[j]))
    };
    let before = nearest(&mut (0..index).rev());
    // "the longest since 2021, when a power failure cut service for three hours": a year
    // after "since" dates the clause it opens, never a figure before it (an outage trio
    // written for this set the outage's five hours in 2021)
    let after = nearest(&mut (index + 1..figures.len()))
        .filter(|&y| !names_the_cause(text, sentence_start, own, &figures[y]))
        .filter(|&y| !names_a_reference(text, figures[y].start));
    let past_year = match (before, after) {
        (Some(b), Some(a)) if figures[a].start.abs_diff(at) < figures[b].start.abs_diff(at) => {
            Some(a)
        }
        (Some(b), _) => Some(b),
        (None, a) => a,
    }
    // only the sentence's first figure can open it
    .or_else(|| {
        figures
            .first()
            .filter(|y| y.start < at)
            .filter(|y| is_past_year(y) && frames_sentence(text, sentence_start, y, at))
            .map(|_| 0)
    })
    .and_then(|y| figures[y].amount.value);
    if let Some(y) = past_year {
        return Some(Scope::Year(y as i32));
    }
    if forecast
        || hypothetical(text, sentence_start, at)
        || estimated_sum(text, at, kind)
        || by_a_later_year(text, figures, index, current)
    {
        return Some(Scope::Forecast);
    }
    if sought(text, sentence_start, at) {
        return Some(Scope::Sought);
    }
    let offset = clues.first_time_offset.is_some_and(|o| o < at);
    let earlier = clues
        .earlier_phrase_end
        .is_some_and(|e| e <= at && clues.now_after_earlier.is_none_or(|now| now > at))
        || clues.earlier_anywhere
        || clues.earlier_within.iter().any(|span| span.contains(&at));
    (offset || earlier).then_some(Scope::Earlier)
}

/// "will save 14 billion euros by 2035", "to build 5,000 homes by 2030": a figure followed
/// closely by a year still to come after "by" (or "until", "through") is a target, not what
/// has been (a pension-protest trio written for this set the savings in the past, because the
/// sentence went on to say the bill passed last week). The year must be later than the
/// article's.
fn by_a_later_year(text: &str, figures: &[Figure], index: usize, current: f64) -> bool {
    const NEAR: usize = 4;
    let own = &figures[index];
    let Some(year) = figures
        .get(index + 1)
        .filter(|y| y.what.kind == FigureKind::Year && y.amount.value.is_some_and(|v| v > current))
    else {
        return false;
    };
    let between: Vec<&str> = text
        .get(own.end..year.start)
        .unwrap_or("")
        .split_whitespace()
        .collect();
    between.len() <= NEAR
        && !between.iter().any(|w| w.contains([',', ';']))
        && between
            .last()
            .is_some_and(|w| lowercase_is(w, |w| matches!(w, "by" | "until" | "through")))
}

/// "Mbeki, signed for €5m last year, now has 18 goals": a word of the present between an
/// earlier time and the figure brings the sentence back to now (a match trio written for this
/// set the goals last year). Profiles and results set a past fact beside a present one so.
/// Returns where the first such word between `from` and `to` stands; read once per sentence.
fn back_to_now(text: &str, from: usize, to: usize) -> Option<usize> {
    let between = text.get(from..to)?;
    between
        .split(|c: char| !c.is_alphabetic())
        .find(|w| lowercase_is(w, |w| matches!(w, "now" | "currently")))
        .map(|w| from + (w.as_ptr() as usize - between.as_ptr() as usize))
}

/// "sentenced to 12 years for his role in the 2019 dam collapse", "fined $5 million over the
/// 2010 spill": a penalty for an event named by its year after "for" or "over" is given now,
/// not when the event was (a court trio written for this set today's sentence in 2019). Only
/// a penalty: "marched in outrage over the 1989 massacre" were there in 1989 (MSRP).
fn names_the_cause(text: &str, sentence_start: usize, figure: &Figure, year: &Figure) -> bool {
    let (Some(between), Some(head)) = (
        text.get(figure.end..year.start),
        text.get(sentence_start..year.start),
    ) else {
        return false;
    };
    let penalty = head.split(|c: char| !c.is_alphabetic()).any(|w| {
        lowercase_is(w, |w| {
            is_custody_word(w)
                || matches!(
                    w,
                    "fined"
                        | "fine"
                        | "convicted"
                        | "ordered"
                        | "compensation"
                        | "damages"
                        | "penalty"
                )
        })
    });
    if !penalty {
        return false;
    }
    let words: Vec<&str> = between.split_whitespace().collect();
    words.len() <= 12
        && words.last().is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && words
            .iter()
            .any(|w| w.eq_ignore_ascii_case("for") || w.eq_ignore_ascii_case("over"))
        && !between.contains([',', ';'])
}

/// "In 2015, two earthquakes killed about 9,000 people": a year opening its sentence before a
/// comma ("In 2015,", "In March 2011,") sets every figure after it in that year, whatever
/// stands between (the walk out from a figure stops at one of its own kind, which kept the
/// 9,000 as today's toll in an earthquake trio written for this) up to a semicolon.
fn frames_sentence(text: &str, sentence_start: usize, year: &Figure, at: usize) -> bool {
    let Some(head) = text.get(sentence_start..year.start) else {
        return false;
    };
    let mut words = head.split_whitespace();
    let opens = words.next().is_some_and(|w| w.eq_ignore_ascii_case("in"))
        && match (words.next(), words.next()) {
            (None, _) => true,
            (Some(month), None) => crate::corpus::dates::month_number(month).is_some(),
            _ => false,
        };
    opens
        && text
            .get(year.end..)
            .is_some_and(|rest| rest.starts_with(','))
        && text
            .get(year.end..at)
            .is_some_and(|between| !between.contains(';'))
}

/// Words after a comma that move on to another event ("rise 17 percent to $181 billion next
/// year, followed by a 6 percent rise in 2005"; "cut 3,000 jobs, and in 2023 another 2,500"):
/// a year past them dates the later event. ", and" joined a job-cuts trio written for this
/// (the 3,000 were dated 2023) and MSRP sentences ("five slayings …, and also is suspected of
/// a 1997 killing"), each read right after it.
const MOVING_ON: &[&str] = &[
    "followed", "then", "while", "whereas", "but", "before", "after", "and",
];

/// Words after a comma that set a second clause against the first ("down from 89 at the last
/// election in 2022, while the Greens took 31 seats"): a year before them dates only the first.
/// Not "then" ("The last disaster was in 2015, then 33 miners died": then is that year) nor
/// "after" ("In 2009, after a long trial, the court fined …").
const CONTRASTING: &[&str] = &["while", "whereas", "but"];

/// Whether a new clause of its own starts between a figure and another figure after it in
/// its sentence: a semicolon, or a comma before one of `turns`. A year past a turn of
/// [`MOVING_ON`] dates the later event, not the figure (the MSRP news sentences dated a
/// forecast by its sequel's year); a comma alone does not ("$5 billion, a record, in 2005").
fn turns_clause(text: &str, figure: &Figure, other: &Figure, turns: &[&str]) -> bool {
    let from = figure.end;
    // A turn far from the figure is past any year of its own: a few hundred bytes are read.
    let to = floor_char_boundary(text, other.start.min(from + 400));
    let between = text.get(from.min(to)..to).unwrap_or("");
    between.contains(';')
        || between.split(',').skip(1).any(|after| {
            after
                .split_whitespace()
                .next()
                .is_some_and(|w| lowercase_is(w, |w| turns.contains(&w)))
        })
}

/// The eight words before byte `at` in its clause (back to a comma, semicolon or colon, or
/// the sentence's start), nearest first. Eight words are at most a few hundred bytes: only
/// those are read.
fn words_back_in_clause(text: &str, sentence_start: usize, at: usize) -> Vec<&str> {
    let from = floor_char_boundary(text, at.saturating_sub(400).max(sentence_start));
    let before = text.get(from..at).unwrap_or("");
    let clause = before.rsplit([',', ';', ':']).next().unwrap_or(before);
    clause.split_whitespace().rev().take(8).collect()
}

/// "a week-long stoppage could cost up to €3 billion": a modal verb in the figure's clause,
/// before it, makes the figure a possibility, not a fact ("would" is left out: reported speech,
/// "said families would receive 100,000 taka", states facts).
fn hypothetical(text: &str, sentence_start: usize, at: usize) -> bool {
    words_back_in_clause(text, sentence_start, at)
        .iter()
        .any(|w| {
            lowercase_is(w, |w| {
                matches!(
                    w,
                    "could"
                        | "might"
                        | "may"
                        // what someone expects is not yet a fact: "Acme expects revenue of
                        // $32 billion", "police expect 2,000 marchers" (business and event
                        // news; a results pair written for this compared a guidance with
                        // the quarter's revenue)
                        | "expect"
                        | "expects"
                        | "expected"
                        | "expecting"
                        | "anticipate"
                        | "anticipates"
                        | "anticipated"
                )
            })
        })
}

/// "Prosecutors had asked for 15 years", "the union is demanding a 10% raise", "the city
/// requested $2 million": a figure someone asks for, in the clause of the verb of asking,
/// is a demand, not what came of it (court, labour and budget news give both: "sought 15
/// years … sentenced to 12"; a court pair written for this compared the prosecutors' and the
/// defence's requests with the sentence). Nouns that also name markets ("demand rose 5%")
/// are left out: only the verbs' past and "-ing" forms, and "ask/call for".
fn sought(text: &str, sentence_start: usize, at: usize) -> bool {
    let words = words_back_in_clause(text, sentence_start, at);
    // "a proposed $2.8 billion merger": after an article, a participle describes the thing,
    // whose figure is a fact (the MSRP news sentences)
    let adjective = |k: usize| {
        words
            .get(k + 1)
            .is_some_and(|w| lowercase_is(w, |w| matches!(w, "a" | "an" | "the")))
    };
    words.iter().enumerate().any(|(k, w)| {
        !adjective(k)
            && lowercase_is(w, |w| {
                is_verb_of_demand(w)
                    || (matches!(
                        w,
                        "asked" | "asking" | "asks" | "called" | "calling" | "calls"
                    ) && k > 0
                        && lowercase_is(words[k - 1], |next| next == "for"))
                    // "the union wants a 9% increase": what a party wants is its demand (a
                    // nurses' strike trio written for this); "wants to kill the wolves in a
                    // 1,700-square-mile area" is an intention, its figure a fact (MSRP)
                    || (matches!(w, "want" | "wants" | "wanted")
                        && (k == 0 || !lowercase_is(words[k - 1], |next| next == "to")))
            })
    })
}

/// "beating analysts' average estimate of $30.9 billion", "against expectations of 3
/// percent": a sum or share named as an estimate or an expectation is what was foreseen, not
/// the result it is set against (company results give both in one sentence). Only sums and
/// shares: an "estimate of 40 dead" is how disaster news gives a toll.
fn estimated_sum(text: &str, at: usize, kind: FigureKind) -> bool {
    if !matches!(kind, FigureKind::Money | FigureKind::Share) {
        return false;
    }
    let before = before_lower(text, at, 24);
    let before = before.trim_end();
    before.strip_suffix(" of").is_some_and(|b| {
        [
            "estimate",
            "estimates",
            "expectations",
            "consensus",
            "forecast",
            "forecasts",
        ]
        .iter()
        .any(|w| b.ends_with(&format!(" {w}")))
    })
}

fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Whether the forecast word at `word` lies past the figure in a clause of its own, after a
/// word that ties a cause or a time to what came before: "shares rose 5 percent to $3.10
/// after the company raised its forecast" reports a price; the forecast is another event (the
/// business news of the MSRP sentences). "Profit will reach $5 billion, the company forecast"
/// stays a forecast, and so does a figure whose subordinate clause a comma closes before the
/// word ("sales hit $2 billion after a slow start, the company forecast"). A poll or survey is
/// where a whole sentence's figures come from ("38 percent believed it when asked in a
/// poll"): never cut so.
/// ("as" and "since" are no such word: "as much as 30 cm expected", as the snowstorm dev set
/// writes a forecast, "as forecast", "since 1991".)
fn in_later_clause(text: &str, figure: &Figure, word: usize) -> bool {
    let is_poll = text
        .get(word..)
        .and_then(|t| t.split(|c: char| !c.is_alphanumeric()).next())
        .is_some_and(|w| lowercase_is(w, |w| matches!(w, "poll" | "polls" | "survey")));
    if is_poll || word <= figure.end {
        return false;
    }
    let between = text.get(figure.end..word).unwrap_or("");
    let clause = between.rsplit(',').next().unwrap_or(between);
    clause.split_whitespace().any(|w| {
        lowercase_is(w, |w| {
            matches!(
                w,
                "after" | "because" | "when" | "following" | "while" | "whereas" | "but" | "before"
            )
        })
    })
}

/// "Net profit fell to 4.1 billion crowns, below the 4.6 billion forecast by analysts": a
/// forecast word right after a figure names that figure as the forecast (its index among
/// `figures`, in reading order); the result set against it is no forecast (a results trio
/// written for this scoped the profit as one). Company results give the outcome and the
/// expectation in one sentence so.
fn figure_named_by(text: &str, figures: &[Figure], word: usize) -> Option<usize> {
    let before = figures.partition_point(|f| f.end <= word);
    let j = before.checked_sub(1)?;
    text.get(figures[j].end..word)
        .is_some_and(|gap| gap.trim().is_empty())
        .then_some(j)
}

/// Whether the forecast word at token `k` ends the name of a body that speaks: "the U.S.
/// Geological Survey said", "the Ordnance Survey reported". Capitalised inside the sentence
/// and followed by a verb of saying, it names who gives the figures, not a poll they come
/// from (earthquake and flood reports cite a geological survey for every figure; a poll's
/// findings are "found" or "showed", not "said").
fn names_who_speaks(tokens: &[crate::language::text::Token], k: usize) -> bool {
    let capitalised = tokens[k].text.starts_with(|c: char| c.is_uppercase());
    let speaks = tokens.get(k + 1).is_some_and(|t| {
        lowercase_is(t.text, |w| {
            matches!(
                w,
                "said" | "says" | "reported" | "reports" | "recorded" | "measured"
            )
        })
    });
    k > 0 && capitalised && (speaks || cited_body(tokens, k))
}

/// "according to the U.S. Geological Survey": a capitalised Survey closing the name that
/// "according to" cites is a body that measures (geological and mapping surveys give quakes'
/// magnitudes, floods' levels), not a poll. A named poll stays one ("according to the Gallup
/// Poll"), and so does a survey that is no name ("according to a new survey").
fn cited_body(tokens: &[crate::language::text::Token], k: usize) -> bool {
    const LONGEST_NAME: usize = 6;
    let is = |j: usize, word: &str| lowercase_is(tokens[j].text, |w| w == word);
    if !is(k, "survey") {
        return false;
    }
    (k.saturating_sub(LONGEST_NAME + 2)..k.saturating_sub(1)).any(|j| {
        is(j, "according")
            && is(j + 1, "to")
            && (j + 2..k)
                .all(|n| is(n, "the") || tokens[n].text.starts_with(|c: char| c.is_uppercase()))
    })
}

/// Words that make a sentence's figures a poll or a forecast, not a result.
const FORECAST: &[&str] = &[
    "poll",
    "polls",
    "survey",
    "forecast",
    "forecasts",
    "projected",
    "projection",
    "predicted",
];

/// Phrases that set what follows them in another, earlier time.
const EARLIER: &[&str] = &[
    "last year",
    "a year ago",
    "a year earlier",
    "the previous year",
    "years ago",
    "in a similar",
];

/// Phrases that set a whole sentence in an earlier part of the story's week or month, wherever
/// they stand ("the 9 inches that fell earlier in the week", "brought 4 inches this past
/// Tuesday", "comes days after a storm left … under nearly a foot"; the snowstorm dev set).
const EARLIER_ANYWHERE: &[&str] = &[
    "earlier in the week",
    "earlier this week",
    "earlier this month",
    "earlier in the month",
    "last week",
    "this past ",
    "days after",
    "days earlier",
    "the previous week",
];

/// The phrase lists above, each searched for in one pass.
struct PhraseSets {
    forecast: Phrases,
    earlier: Phrases,
    earlier_anywhere: Phrases,
}

fn phrases() -> &'static PhraseSets {
    static SETS: std::sync::OnceLock<PhraseSets> = std::sync::OnceLock::new();
    SETS.get_or_init(|| PhraseSets {
        forecast: Phrases::new(FORECAST).expect("a few short phrases"),
        earlier: Phrases::new(EARLIER).expect("a few short phrases"),
        earlier_anywhere: Phrases::new(EARLIER_ANYWHERE).expect("a few short phrases"),
    })
}

/// Up to `n` bytes of `text` before `at`, lowercase (cut at a character boundary).
fn before_lower(text: &str, at: usize, n: usize) -> String {
    let mut from = at.saturating_sub(n);
    while from > 0 && !text.is_char_boundary(from) {
        from -= 1;
    }
    text.get(from..at).unwrap_or("").to_lowercase()
}

/// "the worst violence since 1991", "by the end of 2026" name a reference point; "since 1967,
/// when 460 died" does not.
fn after_since(text: &str, start: usize) -> bool {
    // The year, a short name and a relative word fit in a hundred bytes: only those are read
    // (the rest of the article may hold no comma at all).
    let end = floor_char_boundary(text, (start + 4 + 100).min(text.len()));
    let when = text
        .get(start + 4..end)
        .is_some_and(tells_what_happened_then);
    !when && names_a_reference(text, start)
}

/// Whether the year at `start` follows a word that makes it a reference point: "since 1991",
/// "until late 2027", "by the end of 2026".
fn names_a_reference(text: &str, start: usize) -> bool {
    let before = before_lower(text, start, 32);
    let mut before = before.trim_end();
    // "since early 2025", "since the start of 2019", "until late 2027": the words placing a
    // time within the year leave it a reference point (a rates trio written for this set a
    // rate "since early 2025" in 2025)
    while let Some(rest) = [
        "early",
        "late",
        "mid",
        "of",
        "start",
        "beginning",
        "middle",
        "end",
        "the",
    ]
    .iter()
    .find_map(|w| before.strip_suffix(w).and_then(|r| r.strip_suffix(' ')))
    {
        before = rest.trim_end();
    }
    let reference = ["since", "until", "before", "by"]
        .iter()
        .any(|w| before.ends_with(&format!(" {w}")) || before == *w)
        || since_then(text, start);
    reference || before.ends_with("by the end of")
}

/// "the lowest since records began in 2010", "the first since the war ended in 1995": a year
/// that dates the start of a span opened by "since" a few words before is a reference point
/// too (a vaccination trio written for this set that low in 2010). Health, economic and sports
/// news measure records so.
fn since_then(text: &str, year: usize) -> bool {
    let before = before_lower(text, year, 48);
    let mut words = before.split_whitespace().rev();
    words.next() == Some("in")
        && words
            .take(4)
            .take_while(|w| !w.ends_with([',', ';']))
            .any(|w| w == "since")
}

/// A word that opens a relative clause: ", which left …", ", when 460 died", ", where …".
fn is_relative_word(word: &str) -> bool {
    matches!(word, "which" | "who" | "whose" | "where" | "when")
}

/// ", when 460 died" right after a year, or after the event it names ("the 2004 Beslan school
/// siege, in which 334 people were killed"): a clause telling what happened then, so the year
/// dates its figures (an attack trio written for this compared the siege's toll with today's).
fn tells_what_happened_then(after_year: &str) -> bool {
    let (named, clause) = after_year.split_once(',').unwrap_or(("", after_year));
    let short_name = named.split_whitespace().count() <= 4
        && !named.contains([';', ':', '(', ')', '.', '"', '—', '–']);
    let mut words = clause.split_whitespace();
    let first = words.next().unwrap_or("");
    let opens = is_relative_word(first)
        || (matches!(first, "in" | "during" | "at") && words.next().is_some_and(is_relative_word));
    short_name && opens
}

/// "ten years earlier", "three decades ago" (marked when the figure was read).
fn is_time_offset(f: &Figure) -> bool {
    f.what.kind == FigureKind::Duration && f.what.scope == Some(Scope::Earlier)
}
