//! Who gives a claim, as its sentence says: "according to the interior ministry", "police
//! said", "said the ministry"; nobody when the sentence names nobody the reader can weigh ("he
//! said", a passive "were reported", "an estimated"). The one reader of attribution: the
//! figures' provenance and table and the difference summary's sources (`align::stance`) all
//! read it here, so a sentence has one source wherever it is shown.

mod speaker;

use super::provenance::weekday_number;
use super::words::{lowercase_is, turns_to_another_claim, word_spans};
use speaker::{
    Named, apposed_name, is_title, past_long_clause, speaker_after, speaker_before,
    speaker_before_aside,
};
use std::ops::Range;

/// Verbs that report who gives a claim. "mentioned" is how machine-spun copies say "said".
pub fn is_speech_verb(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "says"
            | "say"
            | "told"
            | "tells"
            | "reported"
            | "reports"
            | "announced"
            | "announces"
            | "confirmed"
            | "confirms"
            | "estimated"
            | "estimates"
            | "stated"
            | "added"
            | "claimed"
            | "claims"
            | "alleged"
            | "alleges"
            | "insisted"
            | "insists"
            | "noted"
            | "warned"
            | "warns"
            | "mentioned"
            | "explained"
            | "acknowledged"
            | "admitted"
    )
}

/// Verbs of saying that a speaker may follow ("…, said the governor", "added the spokesman",
/// "mentioned the ministry" in spun copies).
fn inverts_with_speaker(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "says"
            | "added"
            | "stated"
            | "explained"
            | "announced"
            | "reported"
            | "reports"
            | "insisted"
            | "insists"
            | "claimed"
            | "mentioned"
    )
}

/// One attribution in a sentence, as byte ranges of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribution {
    /// The phrase as written, its verb included: "according to the interior ministry", "the
    /// ministry also said", "said Dr. Ana Ruiz".
    pub phrase: Range<usize>,
    /// Who speaks, without an article before or an adverb or time after: "interior ministry",
    /// "ministry", "Dr. Ana Ruiz".
    pub speaker: Range<usize>,
    /// The verb of a name set off by commas before it ("Ana Ruiz, …, said"): the phrase is
    /// shown as the name and the verb.
    apposed_verb: Option<Range<usize>>,
}

impl Attribution {
    /// The attribution as the figures show it: "police said", "according to X", "Ana Ruiz said".
    pub fn shown(&self, sentence: &str) -> String {
        match &self.apposed_verb {
            Some(verb) => format!(
                "{} {}",
                &sentence[self.speaker.clone()],
                &sentence[verb.clone()]
            ),
            None => sentence[self.phrase.clone()].to_string(),
        }
    }

    /// Who speaks, as written.
    pub fn speaker<'s>(&self, sentence: &'s str) -> &'s str {
        &sentence[self.speaker.clone()]
    }
}

/// The first attribution of a sentence as written: "according to Kazakh authorities", "police
/// said", "the Ohio Department of Health reported", "said the ministry"; None when it
/// names nobody. Only the clause that names the source is kept.
pub fn attribution(sentence: &str) -> Option<String> {
    attributions_in(sentence, &word_spans(sentence))
        .first()
        .map(|a| a.shown(sentence))
}

/// A sentence's attributions with where it turns from one source's claim to another's, read
/// once for all its figures.
pub struct Sources {
    attributions: Vec<Attribution>,
    /// Per attribution, whether its verb takes a figure as its object ("the United States
    /// announced $1.5 million"): it then gives the figures of its own clause on, never one
    /// before it.
    forward_only: Vec<bool>,
    /// Byte offsets of the turns ([`contrast_turns`]); read only when two sources are named.
    turns: Vec<usize>,
}

impl Sources {
    /// Reads the sources of `sentence`, split into its [`word_spans`].
    pub fn of(sentence: &str, words: &[(usize, &str)]) -> Sources {
        let attributions = attributions_in(sentence, words);
        let forward_only = attributions
            .iter()
            .map(|a| takes_a_figure(sentence, a))
            .collect();
        let turns = if attributions.len() < 2 {
            Vec::new()
        } else {
            contrast_turns(sentence, words)
        };
        Sources {
            attributions,
            forward_only,
            turns,
        }
    }

    /// The attribution that gives the figure at byte `at`: the first in its part of a sentence
    /// that sets two sources against each other ("About 100,000 rallied, according to police,
    /// while unions said 300,000 had marched"; a protest pair written for this gave the unions'
    /// count to the police), else the sentence's first.
    pub fn giving(&self, at: usize) -> Option<&Attribution> {
        let part = |x: usize| self.turns.iter().filter(|&&t| t <= x).count();
        let own = part(at);
        let reaches = |(a, forward): &(&Attribution, &bool)| !**forward || a.phrase.start < at;
        let mut candidates = self
            .attributions
            .iter()
            .zip(&self.forward_only)
            .filter(reaches)
            .map(|(a, _)| a);
        let first = candidates.clone().next();
        candidates.find(|a| part(a.phrase.start) == own).or(first)
    }
}

/// "China pledged 100 million yuan, and the United States announced $1.5 million": an
/// attribution whose verb is followed at once by a number is the subject and verb of its own
/// figure's clause, not a report of the sentence (an earthquake trio written for this gave
/// China's pledge to the United States).
fn takes_a_figure(sentence: &str, a: &Attribution) -> bool {
    a.apposed_verb.is_none()
        && sentence
            .get(a.phrase.end..)
            .and_then(|rest| rest.trim_start().chars().next())
            .is_some_and(|c| c.is_ascii_digit() || matches!(c, '$' | '£' | '€' | '¥'))
}

/// Where a sentence turns from one source's claim to another's: a set-off "while", "whereas"
/// or "but" ([`turns_to_another_claim`]), a semicolon. Byte offsets of the turning word (or
/// the semicolon).
fn contrast_turns(sentence: &str, words: &[(usize, &str)]) -> Vec<usize> {
    let set_off = |at: usize| sentence[..at].trim_end().ends_with(',');
    let mut out: Vec<usize> = words
        .iter()
        .filter(|&&(at, w)| lowercase_is(w, turns_to_another_claim) && set_off(at))
        .map(|&(at, _)| at)
        .chain(sentence.match_indices(';').map(|(at, _)| at))
        .collect();
    out.sort_unstable();
    out
}

/// "police put the number at 80,000", "officials put the toll at 40": a figure given with
/// "put … at" is given by whoever puts it (how news reports a crowd or a toll estimate).
fn puts_a_figure(words: &[(usize, &str)], k: usize) -> bool {
    let figure_after = |j: usize| {
        words.get(j + 1).is_some_and(|&(_, w)| {
            w.starts_with(|c: char| c.is_ascii_digit())
                || lowercase_is(w, |w| {
                    matches!(
                        w,
                        "about"
                            | "around"
                            | "some"
                            | "nearly"
                            | "almost"
                            | "roughly"
                            | "more"
                            | "over"
                            | "up"
                            | "at"
                            | "fewer"
                            | "less"
                    ) || crate::language::numwords::parse(&[w]).is_some()
                })
        })
    };
    lowercase_is(words[k].1, |w| matches!(w, "put" | "puts"))
        && (k + 2..(k + 6).min(words.len()))
            .any(|j| lowercase_is(words[j].1, |w| w == "at") && figure_after(j))
}

/// Every attribution of a sentence split into its [`word_spans`]: "according to" first, then
/// each verb of saying that names its speaker, in order.
pub fn attributions_in(sentence: &str, words: &[(usize, &str)]) -> Vec<Attribution> {
    let mut out = Vec::new();
    // Found in the sentence itself: an offset in a lowercased copy may not be one in it (some
    // letters lowercase to more or fewer bytes).
    if let Some(at) = find_ascii_ignoring_case(sentence, "according to ") {
        let named = at + "according to ".len();
        let end = named + clause_end(&sentence[named..], 10);
        // "according to him" names nobody the reader can weigh, as "he said" does not
        if let Some(speaker) = speaker_after(sentence, words, named, end, Named::Always) {
            out.push(Attribution {
                phrase: at..speaker.end,
                speaker,
                apposed_verb: None,
            });
        }
    }
    for (k, &(at, w)) in words.iter().enumerate() {
        let speech = lowercase_is(w, is_speech_verb) && reports_speech(sentence, words, k);
        if !speech && !puts_a_figure(words, k) {
            continue;
        }
        let verb = at..at + w.len();
        // the speaker before the verb, back to the clause start ("…, police said")
        let clause_start = last_clause_opener(&sentence[..at]);
        let from = clause_start.map_or(0, |(c, ch)| c + ch.len_utf8());
        let from = past_lead_in(sentence, from, at);
        let Some(from) = past_relative_pronoun(sentence, from, at) else {
            continue;
        };
        let from = past_long_clause(sentence, from, at);
        let before = sentence[from..at].trim();
        let n = before.split_whitespace().count();
        if (1..=7).contains(&n) {
            if let Some(speaker) = speaker_before(sentence, words, from, at) {
                let start =
                    from + (sentence[from..at].len() - sentence[from..at].trim_start().len());
                out.push(Attribution {
                    phrase: start..verb.end,
                    speaker,
                    apposed_verb: None,
                });
            }
            continue;
        }
        if n > 0 {
            continue;
        }
        // "The head of the agency, Ana Ruiz, said …": the name set off before the verb
        if clause_start.is_some_and(|(_, ch)| ch == ',')
            && let Some(speaker) = apposed_name(sentence, from)
        {
            out.push(Attribution {
                phrase: speaker.start..verb.end,
                speaker,
                apposed_verb: Some(verb),
            });
            continue;
        }
        // "Jeffrey Knueppel, a deputy general manager, said …": the name before an aside
        if let Some(speaker) = speaker_before_aside(sentence, words, from) {
            out.push(Attribution {
                phrase: speaker.start..verb.end,
                speaker,
                apposed_verb: Some(verb),
            });
            continue;
        }
        // Only a verb that introduces a quote comes before its speaker ("…, said the
        // governor"): the object of "told" or "warned" is the listener, that of "confirmed"
        // or "estimated" what was said ("…, warned the public", "told the Associated Press").
        if !lowercase_is(w, inverts_with_speaker) {
            continue;
        }
        // "…, said the ministry"; "told reporters", "said in a statement" name nobody
        let end = at + clause_end(&sentence[at..], 10);
        let phrase = sentence[at..end].trim();
        if phrase.split_whitespace().nth(1).is_some()
            && names_a_speaker(phrase)
            && let Some(speaker) = speaker_after(sentence, words, verb.end, end, Named::IfNoun)
        {
            out.push(Attribution {
                phrase: at..speaker.end,
                speaker,
                apposed_verb: None,
            });
        }
    }
    out
}

/// The last punctuation in `s` that opens a clause (comma, semicolon, colon, dash, bracket,
/// quote, a page's » or |), with its byte offset.
fn last_clause_opener(s: &str) -> Option<(usize, char)> {
    s.char_indices().rev().find(|(_, c)| {
        matches!(
            c,
            ',' | ';' | ':' | '—' | '(' | '"' | '“' | '”' | '»' | '«' | '|'
        )
    })
}

/// True for a lower-case word that, right after a verb of saying, tells when it was said, not
/// who said it ("said Thursday morning that …", "said earlier", "said last week").
pub fn tells_when(lower: &str) -> bool {
    matches!(
        lower,
        "today" | "yesterday" | "tonight" | "earlier" | "later" | "last" | "this"
    ) || weekday_number(lower).is_some()
}

/// Whether the words after a speech verb name who speaks ("said the ministry", "said his
/// father"), not what was said or how: "said that …", "said she escaped …", "said in a
/// statement …", and a clause with its own verb ("stated a group of 70 activists had set off")
/// name nobody (our sets' wire and spun copies showed all four as sources).
fn names_a_speaker(phrase: &str) -> bool {
    let mut words = phrase.split_whitespace().skip(1);
    let first = words.next().unwrap_or("");
    let opens_otherwise = lowercase_is(first, |w| {
        matches!(
            w,
            "that"
                | "it"
                | "on"
                | "in"
                | "at"
                | "by"
                | "to"
                | "with"
                | "during"
                | "after"
                | "before"
                | "he"
                | "she"
                | "they"
                | "we"
                | "i"
                | "you"
                | "there"
        ) || tells_when(w)
    });
    let has_verb = phrase.split_whitespace().skip(1).any(|w| {
        lowercase_is(w, |w| {
            matches!(
                w,
                "had"
                    | "has"
                    | "have"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
                    | "would"
                    | "will"
                    | "could"
                    | "can"
                    | "should"
                    | "may"
                    | "might"
                    | "must"
                    | "did"
                    | "does"
            )
        })
    });
    !opens_otherwise && !has_verb && !has_past_verb(phrase)
}

/// An article or a possessive: what opens a noun phrase ("the", "a", "his", "their" …).
pub(super) fn is_determiner(lower: &str) -> bool {
    matches!(
        lower,
        "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our"
    )
}

/// Whether a word after the speech verb's first noun is a past-tense verb: "said the ship
/// overturned …", "said the boat sank …" report what happened, not who says it. A lowercase
/// "-ed" word right after a determiner is an adjective ("said the embattled minister").
fn has_past_verb(phrase: &str) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().skip(1).collect();
    words.iter().enumerate().skip(1).any(|(i, w)| {
        let after_determiner = lowercase_is(words[i - 1], is_determiner);
        let lower = w.starts_with(char::is_lowercase);
        lower
            && !after_determiner
            && (w.ends_with("ed")
                || matches!(
                    *w,
                    "sank"
                        | "began"
                        | "went"
                        | "came"
                        | "fell"
                        | "broke"
                        | "ran"
                        | "struck"
                        | "hit"
                ))
    })
}

/// Where the speaker starts in `sentence[from..to]`, past a joining word and a two-word time
/// phrase before it: "and by nightfall the authorities confirmed" is given by "the
/// authorities", "On Sunday police said" by "police" (our dam-breach set showed the first
/// whole as a source).
fn past_lead_in(sentence: &str, from: usize, to: usize) -> usize {
    let mut at = from;
    let next_word = |at: usize| {
        let rest = &sentence[at..to];
        let start = at + (rest.len() - rest.trim_start().len());
        let word_end = sentence[start..to]
            .find(char::is_whitespace)
            .map_or(to, |e| start + e);
        (start, word_end)
    };
    let (start, end) = next_word(at);
    if lowercase_is(&sentence[start..end], |w| {
        matches!(w, "and" | "but" | "yet" | "while" | "as" | "then" | "so")
    }) {
        at = end;
    }
    let (start, end) = next_word(at);
    if lowercase_is(&sentence[start..end], |w| {
        matches!(
            w,
            "by" | "on" | "at" | "in" | "after" | "before" | "since" | "until"
        )
    }) {
        let (_, time_end) = next_word(end);
        // Only when a speaker of its own is left: "In Almaty said" keeps its words.
        if sentence[time_end..to].split_whitespace().count() >= 1 {
            at = time_end;
        }
    }
    at
}

/// Where the speaker starts in `sentence[from..to]` past a relative pronoun: "…, which a
/// spokesman said" is given by "a spokesman"; None for "…, who announced" and "…, which says",
/// whose speaker is a clause back and whose words after the verb are what was said. Seen on
/// the MSRP news sentences of ../shared/dev-sets/paraphrase, where "who announced" was a source.
fn past_relative_pronoun(sentence: &str, from: usize, to: usize) -> Option<usize> {
    let rest = &sentence[from..to];
    let start = from + (rest.len() - rest.trim_start().len());
    let end = sentence[start..to]
        .find(char::is_whitespace)
        .map_or(to, |e| start + e);
    let relative = lowercase_is(&sentence[start..end], |w| {
        matches!(w, "who" | "whom" | "which" | "that")
    });
    if !relative {
        return Some(from);
    }
    (!sentence[end..to].trim().is_empty()).then_some(end)
}

/// Where ASCII `needle` first occurs in `haystack`, ignoring ASCII case. A match starts on
/// an ASCII byte, so always at a character boundary.
fn find_ascii_ignoring_case(haystack: &str, needle: &str) -> Option<usize> {
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// Whether the speech verb at `words[k]` has a speaker: after a form of "be" it is passive
/// ("17 people are confirmed dead", "it was reported"), and "claimed/cost … lives" is a toll,
/// not a claim ("the storm claimed 11 lives"). Found on our ferry set's analysis piece, whose
/// toll was shown as given by "At least 17 people are confirmed".
fn reports_speech(sentence: &str, words: &[(usize, &str)], k: usize) -> bool {
    let be = |i: usize| {
        lowercase_is(words[i].1, |w| {
            matches!(w, "is" | "are" | "was" | "were" | "be" | "been" | "being")
        })
    };
    // "an estimated 10,000 people": an adjective, nobody estimates in this sentence; so is
    // one after a preposition ("in reported hate crimes") or a count ("30 claims")
    let determiner = |i: usize| lowercase_is(words[i].1, |w| matches!(w, "a" | "an" | "the"));
    let preposition = |i: usize| {
        lowercase_is(words[i].1, |w| {
            matches!(
                w,
                "in" | "of" | "for" | "on" | "with" | "by" | "from" | "into"
            )
        })
    };
    let count = |i: usize| words[i].1.starts_with(|c: char| c.is_ascii_digit());
    // only the word right before, in one phrase with it: not "… in the 1980s," said
    let joined = |i: usize| {
        let (at, w) = words[i];
        sentence[at + w.len()..words[k].0].trim().is_empty()
    };
    if k > 0
        && joined(k - 1)
        && (be(k - 1) || determiner(k - 1) || preposition(k - 1) || count(k - 1))
    {
        return false;
    }
    // "reports of flooding", "claims of abuse": a noun
    let noun_form = lowercase_is(words[k].1, |w| w.ends_with('s') && w != "says");
    if noun_form
        && words
            .get(k + 1)
            .is_some_and(|&(_, w)| lowercase_is(w, |w| w == "of"))
    {
        return false;
    }
    let claims = lowercase_is(words[k].1, |w| w.starts_with("claim"));
    let lives = words[k + 1..]
        .iter()
        .take(4)
        .any(|&(_, w)| lowercase_is(w, |w| w == "lives" || w == "life"));
    !(claims && lives)
}

/// Where the clause that opens `s` ends: the first comma, full stop, semicolon or dash, or
/// after `max_words` words.
fn clause_end(s: &str, max_words: usize) -> usize {
    let stop = s
        .char_indices()
        .skip(1)
        .find(|&(i, c)| match c {
            '.' => ends_a_clause(s, i),
            // "a study of 58,000 adults": a comma between digits groups thousands
            ',' => !between_digits(s, i),
            _ => matches!(c, ';' | '—' | '(' | ')' | '"' | '”' | '\n'),
        })
        .map_or(s.len(), |(i, _)| i);
    let mut words = 0;
    for (i, c) in s.char_indices() {
        if c == ' ' {
            words += 1;
            if words >= max_words {
                return i.min(stop);
            }
        }
    }
    stop
}

/// Whether the character at byte `at` of `s` stands between two digits ("58,000").
fn between_digits(s: &str, at: usize) -> bool {
    let before = s[..at].chars().next_back();
    let after = s[at..].chars().nth(1);
    before.is_some_and(|c| c.is_ascii_digit()) && after.is_some_and(|c| c.is_ascii_digit())
}

/// Whether the full stop at byte `at` of `s` ends the clause: not inside "U.S." or "14.30",
/// nor after a title ("Dr. Ruiz", "Gov. Andrew Cuomo"). Sources were cut to "said Dr" and
/// "according to the U" on the MSRP news sentences of ../shared/dev-sets/paraphrase.
fn ends_a_clause(s: &str, at: usize) -> bool {
    if !s[at + 1..].chars().next().is_none_or(char::is_whitespace) {
        return false;
    }
    let word = s[..at]
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let initial = word.chars().count() == 1 && word.starts_with(char::is_uppercase);
    let title = lowercase_is(word, is_title);
    !initial && !title
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speech_verbs_are_found_in_any_case() {
        assert!(lowercase_is("SAID", is_speech_verb));
        assert!(lowercase_is("Told", is_speech_verb));
        assert!(!lowercase_is("Saidee", is_speech_verb));
        assert!(!lowercase_is(
            "a-very-long-word-past-the-stack-buffer",
            is_speech_verb
        ));
    }

    #[test]
    fn who_gives_the_figure() {
        let said_by = [
            (
                "At least 40 people died, according to the interior ministry.",
                Some("according to the interior ministry"),
            ),
            (
                "The toll rose to 164, police said on Sunday.",
                Some("police said"),
            ),
            (
                "Three were hurt, a spokeswoman told Khabar-24.",
                Some("a spokeswoman told"),
            ),
            (
                "The state health department reported 153 cases.",
                Some("The state health department reported"),
            ),
            ("Six people were killed in the blast.", None),
            ("Six were killed, he said.", None),
            ("According to him, 236 were saved.", None),
            // what was said or how, not who says it; "states" is a noun in news
            (
                "The river rose, said in a statement that it had acted.",
                None,
            ),
            (
                "Three died, stated a group of 70 activists had set off.",
                None,
            ),
            ("Nine died, like many other former Soviet states.", None),
            ("“We ran,” said his father, 71.", Some("said his father")),
            // the speaker, without the words that lead into the clause
            (
                "The river burst its banks, and by nightfall the authorities confirmed nine deaths.",
                Some("the authorities confirmed"),
            ),
            (
                "On Sunday police said 40 people had died.",
                Some("police said"),
            ),
            // letters whose lowercase is longer or shorter do not shift the source
            (
                "İİİ ȺȺ, according to police, 5 died.",
                Some("according to police"),
            ),
            // passive: nobody is named as giving it
            (
                "At least 17 people are confirmed dead and dozens remain missing.",
                None,
            ),
            ("Two deaths were reported in the county.", None),
            // a toll, not a claim
            ("The storm claimed 11 lives in Ohio.", None),
            (
                "The rebels claimed the attack, officials confirmed.",
                Some("The rebels claimed"),
            ),
            (
                "“It’s bad,” said resident Dana Whitfield, 61.",
                Some("said resident Dana Whitfield"),
            ),
            // a full stop inside a name or an abbreviation does not end the source
            (
                "Six died, said Dr. Ana Ruiz of the county hospital.",
                Some("said Dr. Ana Ruiz of the county hospital"),
            ),
            (
                "Nine were held, according to the U.S. embassy.",
                Some("according to the U.S. embassy"),
            ),
            // an adjective, and a time after the verb, name nobody
            ("An estimated 10,000 people fled the city.", None),
            (
                "Two carriers, said Friday that checks of 120 jets continue.",
                None,
            ),
            // a relative clause: its own subject speaks, or nobody it names
            (
                "Sales fell 9 percent, which a spokesman said was expected.",
                Some("a spokesman said"),
            ),
            ("The firm hired Ann Lee, who announced 300 job cuts.", None),
            // the name set off before the verb, not what follows it
            (
                "The head of the rescue agency, Ana Ruiz, said the boat overturned at 14.30 with 80 aboard.",
                Some("Ana Ruiz said"),
            ),
            (
                "Four died on the river, said the ship sank in minutes.",
                None,
            ),
            (
                "Nine were hurt, said the embattled minister.",
                Some("said the embattled minister"),
            ),
            // a comma that groups thousands ends no clause
            (
                "Risk fell 24 percent, according to a study of 58,000 adults.",
                Some("according to a study of 58,000 adults"),
            ),
            // a time set off by commas is no speaker
            (
                "Four were rescued; Monday, said the ministry.",
                Some("said the ministry"),
            ),
        ];
        for (sentence, who) in said_by {
            assert_eq!(attribution(sentence).as_deref(), who, "{sentence}");
        }
    }

    fn speakers(sentence: &str) -> Vec<&str> {
        attributions_in(sentence, &word_spans(sentence))
            .iter()
            .map(|a| a.speaker(sentence))
            .collect()
    }

    #[test]
    fn who_speaks_without_articles_adverbs_or_times() {
        let spoken_by = [
            (
                "At least 40 died, according to the interior ministry.",
                "interior ministry",
            ),
            (
                "Three were hurt, a spokeswoman told reporters.",
                "spokeswoman",
            ),
            ("Nine died, said the ministry.", "ministry"),
            (
                "The health department now reports 12 cases.",
                "health department",
            ),
            ("Police initially said 40 died.", "Police"),
            (
                "The Ministry of Affairs also announced that 40 people died.",
                "Ministry of Affairs",
            ),
            // a time after the verb, or after the speaker, is when it was said
            (
                "\"We will act,\" said the regional governor on Friday.",
                "regional governor",
            ),
            (
                "The government on Thursday announced 300 arrests.",
                "government",
            ),
            // the name set off by commas, with its article
            (
                "The regional bloc, the Eastern Union, said Thursday morning that it would help.",
                "Eastern Union",
            ),
            // the present tense, and the verbs of spun copies
            (
                "Provincial officials say about 12,000 kilos escaped.",
                "Provincial officials",
            ),
            (
                "No deaths were linked to it, the ministry mentioned.",
                "ministry",
            ),
            // a long clause before the verb: the speaker after its last "and"
            (
                "The storm dumped two feet of snow on the city overnight, and forecasters warned of more.",
                "forecasters",
            ),
            // a page's separator opens the clause
            (
                "Qazaqstan » A group of activists said 40 were held.",
                "group of activists",
            ),
            (
                "A participle before \"by\" ends the speaker, according to city officials quoted by the channel.",
                "city officials",
            ),
            // the speaker before an aside set off by commas: an apposition, a relative
            // clause, an adverb, a prepositional phrase
            (
                "Mykhailo Volynets, the head of the union, said workers had complained.",
                "Mykhailo Volynets",
            ),
            (
                "The mayor, visibly tired, said on Friday that roads were open.",
                "mayor",
            ),
            ("Police, however, said 12 were released.", "Police"),
            (
                "The ministry, in a statement, said 40 people were detained.",
                "ministry",
            ),
            (
                "Clorosur, which employs 340 people, said the plant was safe.",
                "Clorosur",
            ),
            // a clause set off is no aside: the speaker follows the verb
            ("The gunman opened fire, killing 11, said police.", "police"),
        ];
        for (sentence, who) in spoken_by {
            assert_eq!(speakers(sentence).first().copied(), Some(who), "{sentence}");
        }
        // a pronoun, a time, or a clause after the verb names nobody
        for sentence in [
            "He also said 40 died.",
            "Last week announced a curfew.",
            // after a verb whose object is the listener or what was said
            "Three died, told the Associated Press.",
            "The bridge is unsafe, warned the public.",
            "The damage is huge, confirmed the deaths of 12.",
            "As noted above, the toll rose.",
            // a coordinated verb's subject is further back; a clause is no name
            "Campaigners welcomed the arrest but warned that cases had collapsed.",
            "Renters were the targets of more reported scams than others.",
            "Prices rose, said businesses could not survive.",
            // a verb of saying used as an adjective or a noun
            "The agency showed an increase in reported crimes.",
            "It has 30 claims from two articles.",
            "Residents fled amid reports of flooding.",
            // an "and" between capitals is inside a name, not before a speaker
            "Last month, the state Department of Fish and Wildlife Protection warned of floods.",
        ] {
            assert!(
                speakers(sentence).is_empty(),
                "{sentence}: {:?}",
                speakers(sentence)
            );
        }
        // every verb of saying that names its speaker, in order
        assert_eq!(
            speakers("The rebels claimed the attack, officials confirmed."),
            ["rebels", "officials"]
        );
        // a verb of saying before another ends the second one's speaker
        assert_eq!(
            speakers("Klein said his mother told him to run."),
            ["Klein", "his mother"]
        );
        // a count or a title before the name
        assert_eq!(
            speakers("\"It sank,\" said one passenger, 34."),
            ["one passenger"]
        );
        // a quote's last words are not the verb's: a count or a preposition ends the quote
        assert_eq!(
            speakers("\"We work as in the 1980s,\" said one nurse, who asked not to be named."),
            ["one nurse"]
        );
        assert_eq!(
            speakers("Anybody can walk in,\" said Ann Lee, an assistant."),
            ["Ann Lee"]
        );
        assert_eq!(
            speakers("The mayor, Mr. Jon Lamb, stated that roads were shut."),
            ["Mr. Jon Lamb"]
        );
    }
}
