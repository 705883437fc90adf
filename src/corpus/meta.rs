//! Title, outlet and date from the first lines of an article, by general rules:
//! "Title | Outlet", "Title – Outlet", an outlet line and a dateline above the title,
//! or no title line at all (then a shortened first sentence stands in). Dates are read by
//! [`super::dates`].

use super::boilerplate::ends_sentence;
use super::dates::{dateline, parse_date};
use super::wire;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Meta {
    pub title: String,
    /// Index of the line that holds the title, if the text has one.
    pub title_line: Option<usize>,
    pub outlet: Option<String>,
    /// ISO 8601 (YYYY-MM-DD).
    pub date: Option<String>,
    /// Header lines that are not prose: datelines and "Outlet — date" lines.
    pub header_lines: Vec<usize>,
}

/// How many leading lines may hold the header (outlet, dateline, title).
const HEADER_LINES: usize = 5;

/// Reads metadata from the article's non-empty lines, in order. `is_furniture` tells, by line
/// index, the lines that are photo credits or page furniture (the caller knows them already).
pub fn read(lines: &[&str], is_furniture: impl Fn(usize) -> bool) -> Meta {
    let mut meta = Meta::default();
    let head: Vec<(usize, &str)> = lines
        .iter()
        .copied()
        .enumerate()
        .take(HEADER_LINES)
        .filter(|&(i, _)| !is_furniture(i))
        .collect();

    meta.date = head.iter().find_map(|(_, l)| dateline(l));
    for &(i, l) in &head {
        if let Some(outlet) = outlet_of_dateline(l) {
            meta.outlet.get_or_insert(outlet);
            meta.header_lines.push(i);
        } else if dateline(l).is_some() && l.split_whitespace().count() <= 7 && !ends_sentence(l) {
            meta.header_lines.push(i);
        }
    }

    // "DAYTON (AP) — …": the wire's name in a dateline is the outlet when no header names one.
    if meta.outlet.is_none() {
        meta.outlet = head
            .iter()
            .find_map(|(_, l)| wire::dateline(l).map(|(o, _)| o));
    }

    // Outlet line, then a dateline, then the title.
    for w in head.windows(3) {
        let [(_, outlet), (_, date), (ti, title)] = [w[0], w[1], w[2]];
        if is_name_like(outlet) && dateline(date).is_some() && is_headline(title) {
            meta.outlet = Some(outlet.trim().to_string());
            meta.header_lines.retain(|&l| l != ti);
            set_title(&mut meta, ti, title);
            return meta;
        }
    }
    if let Some(outlet_line) = outlet_under_title(&head) {
        let (ti, title) = head[0];
        let (oi, outlet) = head[outlet_line];
        if looks_like_outlet(outlet) {
            meta.outlet = Some(outlet.trim().to_string());
        }
        meta.header_lines.push(oi);
        set_title(&mut meta, ti, title);
        return meta;
    }
    match head
        .iter()
        .find(|(i, l)| dateline(l).is_none() && !meta.header_lines.contains(i))
    {
        Some(&(i, l)) if is_headline(l) => set_title(&mut meta, i, l),
        _ => meta.title = capped(shortened_first_sentence(lines, &is_furniture)),
    }
    meta
}

/// "Headline / Reuters / 2025-08-14", "Headline / By Jane Roe / Reuters / 14 August 2025": the
/// layout of articles saved from a reader view or a news database puts the title first, then
/// who published it and when. Returns the index (in `head`) of the line between the title
/// (and a byline) and the dateline.
fn outlet_under_title(head: &[(usize, &str)]) -> Option<usize> {
    let (_, title) = *head.first()?;
    if dateline(title).is_some() || !is_headline(title) {
        return None;
    }
    let is_byline = |l: &str| {
        let t = l.trim_start().as_bytes();
        t.len() > 3 && t[..3].eq_ignore_ascii_case(b"by ")
    };
    let outlet = if head.get(1).is_some_and(|(_, l)| is_byline(l)) {
        2
    } else {
        1
    };
    let (_, line) = *head.get(outlet)?;
    let (_, date) = *head.get(outlet + 1)?;
    (is_name_like(line) && dateline(line).is_none() && dateline(date).is_some()).then_some(outlet)
}

/// Whether a name-like line under a title names a publisher rather than an author: one word
/// ("Reuters", "Bloomberg"), a name opened by "The", or one holding a word publishers name
/// themselves by. "Jane Roe" under a headline is a byline: a header line, but no outlet.
fn looks_like_outlet(line: &str) -> bool {
    const PUBLISHER_WORDS: &[&str] = &[
        "news",
        "times",
        "post",
        "press",
        "journal",
        "herald",
        "tribune",
        "daily",
        "gazette",
        "telegraph",
        "guardian",
        "chronicle",
        "observer",
        "standard",
        "express",
        "mail",
        "star",
        "review",
        "radio",
        "television",
        "tv",
        "broadcasting",
        "agency",
        "network",
        "media",
        "wire",
        "magazine",
        "weekly",
        "today",
        "online",
        "report",
        "insider",
        "courier",
        "independent",
        "bulletin",
        "dispatch",
        "record",
        "sun",
        "world",
        // a newsroom's desk signs its copy so: "Sports Desk", "Foreign Desk"
        "desk",
    ];
    let words: Vec<String> = line.split_whitespace().map(|w| w.to_lowercase()).collect();
    words.len() == 1
        || words.first().is_some_and(|w| w == "the")
        || words.iter().any(|w| PUBLISHER_WORDS.contains(&w.as_str()))
}

fn set_title(meta: &mut Meta, line: usize, text: &str) {
    let (title, outlet) = split_outlet(wire::without_label(text.trim()));
    meta.title = title;
    meta.title_line = Some(line);
    if meta.outlet.is_none() {
        meta.outlet = outlet;
    }
}

/// "Title | Section | Outlet" and "Title – Outlet": the last part is the outlet when it reads
/// like a name and is not just a word of the title (a section such as "| Kazakhstan").
fn split_outlet(title: &str) -> (String, Option<String>) {
    for sep in [" | ", " – ", " — ", " - ", " :: "] {
        let Some(at) = title.rfind(sep) else { continue };
        let suffix = title[at + sep.len()..].trim();
        let first = title.split(sep).next().unwrap_or(title).trim();
        if first.is_empty() || suffix.is_empty() {
            continue;
        }
        let in_title = first.to_lowercase().contains(&suffix.to_lowercase());
        if sep == " | " && in_title {
            return (first.to_string(), None);
        }
        if is_name_like(suffix) && !in_title {
            return (first.to_string(), Some(suffix.to_string()));
        }
    }
    (title.to_string(), None)
}

/// A short run of capitalised words without sentence punctuation: "The Speaker", "BBC News".
pub(super) fn is_name_like(s: &str) -> bool {
    const SMALL: &[&str] = &[
        "of", "the", "for", "and", "in", "on", "at", "de", "la", "&", "der", "di",
    ];
    // Outlets' names run to about 40 characters ("The Organization for World Peace").
    const MAX_NAME_CHARS: usize = 60;
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty()
        || words.len() > 6
        || s.chars().nth(MAX_NAME_CHARS).is_some()
        || ends_sentence(s)
        || s.chars().any(|c| c.is_ascii_digit())
    {
        return false;
    }
    let capital = |w: &&str| {
        w.chars()
            .next()
            // Capitalised, or from a script without case (CJK, Arabic …).
            .is_some_and(|c| !c.is_lowercase())
    };
    let big: Vec<&&str> = words
        .iter()
        .filter(|w| !SMALL.contains(&w.to_lowercase().as_str()))
        .collect();
    !big.is_empty() && big.into_iter().all(capital)
}

/// The longest title kept whole. Printed headlines run to about 150 characters; a longer
/// "title" is a run of text with no spaces (a pasted URL, encoded data), cut so that lists and
/// headers stay one line.
const MAX_TITLE_CHARS: usize = 160;

/// A headline: a single line of at most 25 words and [`MAX_TITLE_CHARS`] characters that does
/// not end with a period.
fn is_headline(s: &str) -> bool {
    let t = s.trim();
    let words = t.split_whitespace().take(26).count();
    (1..=25).contains(&words)
        && t.chars().nth(MAX_TITLE_CHARS).is_none()
        && !t.ends_with('.')
        && !t.ends_with(':')
}

/// The text cut to [`MAX_TITLE_CHARS`] characters, with an ellipsis when cut.
fn capped(title: String) -> String {
    match title.char_indices().nth(MAX_TITLE_CHARS) {
        Some((at, _)) => format!("{}…", &title[..at]),
        None => title,
    }
}

fn shortened_first_sentence(lines: &[&str], is_furniture: &impl Fn(usize) -> bool) -> String {
    let prose = || {
        lines
            .iter()
            .enumerate()
            .filter(|&(i, _)| !is_furniture(i))
            .map(|(_, &l)| l)
    };
    // The story starts at its wire dateline when the first lines hold one: photo captions
    // come before it in wire copy. Its words, not the dateline, are the title: "(CNN) The
    // shooting at…" reads "The shooting at…".
    let first = prose()
        .take(HEADER_LINES)
        .find_map(|l| wire::dateline(l).map(|(_, at)| &l[at..]))
        .or_else(|| prose().next().map(wire::without_label))
        .unwrap_or("");
    // Sentences end where the segmenter ends them, not at "Ave." or "U.S.".
    let sentence = super::segment::sentences(first)
        .first()
        .map_or(first, |s| &first[s.span.clone()])
        .trim();
    let words: Vec<&str> = sentence.split_whitespace().collect();
    const MAX_WORDS: usize = 10;
    if words.len() <= MAX_WORDS {
        sentence.trim_end_matches('.').to_string()
    } else {
        format!(
            "{}…",
            words[..MAX_WORDS]
                .join(" ")
                .trim_end_matches([',', ';', ':'])
        )
    }
}

/// "Meridian Wire — 13 October 2025", "Metro One News, 9 pm bulletin – 14 Oct 2025": a dateline
/// led by a name, which is the outlet.
fn outlet_of_dateline(line: &str) -> Option<String> {
    dateline(line)?;
    for sep in [" — ", " – ", " - ", " | "] {
        let Some((name, date)) = line.trim().split_once(sep) else {
            continue;
        };
        if parse_date(date).is_none() {
            continue;
        }
        // Drop what follows a comma or a bracket: "(translated from Urdu)", ", 9 pm bulletin".
        let name = name.split([',', '(']).next().unwrap_or("").trim();
        if is_name_like(name) {
            return Some(name.to_string());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(text: &str) -> Meta {
        let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        read(&lines, |i| lines[i].contains("Photo:"))
    }

    /// What is expected of a header: title, its line, outlet, date, header lines.
    fn expect(
        title: &str,
        title_line: usize,
        outlet: Option<&str>,
        date: &str,
        header_lines: &[usize],
    ) -> Meta {
        Meta {
            title: title.into(),
            title_line: Some(title_line),
            outlet: outlet.map(Into::into),
            date: Some(date.into()),
            header_lines: header_lines.to_vec(),
        }
    }

    #[test]
    fn a_wire_dateline_names_the_outlet_and_leaves_the_title() {
        let m = meta(
            "Mourners gather on Elm St. for a vigil after the fire.\nDAYTON (AP) — On weekdays, anyone who wanted to go inside had to ring a bell at the door of the hall.",
        );
        assert_eq!(m.outlet.as_deref(), Some("AP"));
        assert_eq!(
            m.title,
            "On weekdays, anyone who wanted to go inside had to…"
        );
    }

    #[test]
    fn outlet_dateline_then_title() {
        assert_eq!(
            meta(
                "The Speaker\nWednesday, 29 November 2023 – 13:06\n\nWhat is happening in Kazakhstan?\n\nDozens killed."
            ),
            expect(
                "What is happening in Kazakhstan?",
                2,
                Some("The Speaker"),
                "2023-11-29",
                &[1]
            )
        );
    }

    #[test]
    fn outlet_and_date_on_one_line_below_the_title() {
        let text =
            "Rates rise again\nMetro One News, 9 pm bulletin — 14 October 2025\n\nShops were shut.";
        let header = expect(
            "Rates rise again",
            0,
            Some("Metro One News"),
            "2025-10-14",
            &[1],
        );
        assert_eq!(meta(text), header);
        let text = "Rates rise again\nMarch 12, 2024\n\nShops were shut on 12 March 2024.";
        assert_eq!(
            meta(text),
            expect("Rates rise again", 0, None, "2024-03-12", &[1])
        );
    }

    /// Each first line, above a body, reads as this title and outlet.
    fn assert_titles_and_outlets(cases: &[(&str, &str, Option<&str>)]) {
        for (line, title, outlet) in cases {
            let m = meta(&format!("{line}\n\nBody."));
            assert_eq!((m.title.as_str(), m.outlet.as_deref()), (*title, *outlet));
        }
    }

    #[test]
    fn title_then_outlet_then_date_as_a_reader_view_saves_it() {
        let text = "Wildfire forces thousands to flee\nReuters\n2025-08-14\n\nA wildfire burned.";
        assert_eq!(
            meta(text),
            expect(
                "Wildfire forces thousands to flee",
                0,
                Some("Reuters"),
                "2025-08-14",
                &[2, 1]
            )
        );
        // a byline between the title and the outlet
        let text = "Fire grows\nBy Jane Roe\nThe Valley Courier\nAugust 14, 2025\n\nIt grew.";
        let m = meta(text);
        assert_eq!(m.outlet.as_deref(), Some("The Valley Courier"));
        assert!(m.header_lines.contains(&2));
        // an author's name under the title is a header line, never the outlet
        let m = meta("Fire grows\nJane Roe\n14 August 2025\n\nIt grew.");
        assert_eq!(m.outlet, None);
        assert!(m.header_lines.contains(&1));
        assert_eq!(m.title, "Fire grows");
        // a newsroom's desk signs as a publisher does
        let m = meta("Rovers reach the final\nSports Desk\n2026-04-18\n\nThey won.");
        assert_eq!(m.outlet.as_deref(), Some("Sports Desk"));
    }

    #[test]
    fn title_pipe_outlet_and_pipe_section() {
        assert_titles_and_outlets(&[
            (
                "Floods hit the coast | Coastal Herald",
                "Floods hit the coast",
                Some("Coastal Herald"),
            ),
            // A section name, not an outlet: the last part repeats a word of the title.
            (
                "Kazakhstan protests: president threatens crackdown | Kazakhstan",
                "Kazakhstan protests: president threatens crackdown",
                None,
            ),
        ]);
    }

    #[test]
    fn title_dash_outlet_only_when_the_suffix_is_a_name() {
        assert_titles_and_outlets(&[
            (
                "Growing Protests – The Organization for World Peace",
                "Growing Protests",
                Some("The Organization for World Peace"),
            ),
            (
                "Kazakhstan – a country in turmoil",
                "Kazakhstan – a country in turmoil",
                None,
            ),
        ]);
    }

    #[test]
    fn caption_before_the_title_is_skipped() {
        let m = meta(
            "A crowd. Photo: Someone.\n\nMore than 160 dead after protests\n\nBody text here.",
        );
        assert_eq!(m.title, "More than 160 dead after protests");
        assert_eq!(m.title_line, Some(1));
    }

    #[test]
    fn a_title_from_the_first_sentence_does_not_end_at_an_abbreviation() {
        let m = meta(
            "Crowds gathered on Elm St. in the evening to mourn the victims of the fire at the depot.",
        );
        assert_eq!(
            m.title,
            "Crowds gathered on Elm St. in the evening to mourn…"
        );
    }

    #[test]
    fn no_title_line_uses_a_shortened_first_sentence() {
        let m = meta(
            "Heavy rain flooded the northern districts of the city on Monday, officials said. More text.",
        );
        assert_eq!(
            m.title,
            "Heavy rain flooded the northern districts of the city on…"
        );
        assert_eq!(m.title_line, None);
    }

    #[test]
    fn a_line_of_text_without_spaces_gives_a_cut_title_and_no_outlet() {
        let blob = "Qxz".repeat(10_000);
        let m = meta(&format!("{blob}\n\nTwo people were hurt on Monday."));
        assert_eq!(m.title.chars().count(), MAX_TITLE_CHARS + 1);
        assert!(m.title.ends_with('…'));
        assert_eq!(m.title_line, None);
        // A name led dateline whose "name" is such a run names no outlet.
        let dated = meta(&format!("{blob} — 13 October 2025\n\nRiver rises\n\nBody."));
        assert_eq!(dated.outlet, None);
        assert_eq!(dated.title, "River rises");
    }
}
