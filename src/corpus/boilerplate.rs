//! Web-page leftovers: share buttons, comment notices, author boxes, photo credits and the bare
//! copies of captions, "Check Also" teasers. Recognised by general rules, never by this or that
//! site's text. A credited caption itself is prose: it reports the event.

use aho_corasick::AhoCorasick;

/// One non-empty line of an article, as the rules see it.
pub struct Line<'a> {
    pub text: &'a str,
    /// The line holds a photo credit. Searched once: the header, the marks and every sentence
    /// of the line ask (sentences never span lines, so a line without one has none in them).
    pub credited: bool,
}

impl<'a> Line<'a> {
    pub fn new(text: &'a str) -> Line<'a> {
        Line {
            text,
            credited: credited(text),
        }
    }

    /// A caption credit or a page-furniture phrase, whatever its position.
    pub fn is_furniture(&self) -> bool {
        self.credited
            || (self.text.split_whitespace().nth(12).is_none() && {
                let norm = normalise(self.text);
                UI_PHRASES.iter().any(|p| norm.starts_with(p))
            })
    }
}

/// Phrases that are page furniture when they make up (the start of) a short line.
const UI_PHRASES: &[&str] = &[
    "share this",
    "share on",
    "share:",
    "comments are closed",
    "about author",
    "about the author",
    "skip to content",
    "skip to main content",
    "related articles",
    "related posts",
    "related stories",
    "related:",
    "leave a reply",
    "leave a comment",
    "back to top",
    "check also",
    "show more",
    "read more",
    "read also",
    "see also",
    "you may also like",
    "more from",
    "most read",
    "recommended",
    "advertisement",
    "sponsored",
    "subscribe",
    "sign up for",
    "follow us",
    "your email address will not be published",
    "required fields are marked",
    "click here",
    "is there something in the text that is not correct",
    "contact us",
    "all rights reserved",
    "copyright ©",
    "©",
    "reading time:",
    "tags:",
    "filed under",
    "print this",
    "email this",
    "cookie",
    "accept all",
    "loading...",
    "post navigation",
    "previous article",
    "next article",
    "previous post",
    "next post",
    "trending",
    "newsletter",
    "download the app",
    "listen to this article",
];

/// A video player's labels, scraped into the text with the clip's title ("JUST WATCHED …
/// Replay More Videos … MUST WATCH … 01:24 PLAY VIDEO"): the title repeats a headline of
/// another story, not a sentence of this one.
const VIDEO_PLAYER: &[&str] = &["just watched", "replay more videos", "play video"];

/// Phrases after which the rest of a page is furniture (teasers, comments, footers).
const TAIL_MARKERS: &[&str] = &[
    "share this",
    "comments are closed",
    "about author",
    "about the author",
    "related articles",
    "related posts",
    "related stories",
    "leave a reply",
    "leave a comment",
    "check also",
    "you may also like",
    "more from",
    "most read",
    "read more",
    "read also",
    "show more",
    "post navigation",
    "previous article",
    "next article",
];

/// Credits that mark a line as a photo caption.
const CREDIT_MARKERS: &[&str] = &[
    "photo:",
    "photograph:",
    "{photograph}",
    "photo credit",
    "image:",
    "image credit",
    "credit:",
    "source: wikimedia",
    "getty images",
    "/ ap)",
    "/ap)",
    "/ reuters)",
    "/reuters)",
    "/ afp)",
    "/afp)",
    "via ap)",
    "via reuters)",
    "(ap photo",
    // "(Reuters/Jane Roe)", not the wire dateline "NAPA, California (Reuters) - …".
    "(reuters/",
    "(reuters /",
    "(afp/",
    "(afp /",
    "picture alliance",
    "shutterstock",
];

/// Returns, for each line, whether it is boilerplate. `title_line` is never marked.
pub fn mark_lines(lines: &[Line<'_>], title_line: Option<usize>) -> Vec<bool> {
    let n = lines.len();
    let mut marks = vec![false; n];
    let mut tail_from = n;
    for (i, line) in lines.iter().enumerate() {
        // Counted no further than the largest limit below (most lines are paragraphs).
        let words = crate::language::wordcount::word_count(line.text, 41);
        // A credited photo caption states the event's facts ("… on Friday, March 3, 2023.
        // (AP Photo/…)") and readers of the news count them: the caption stays prose and only
        // its credit is a leftover (`is_credit_only`, sentence by sentence).
        if line.credited {
            // A caption is often repeated as a bare line just above its credited copy.
            if i > 0
                && !ends_sentence(lines[i - 1].text)
                && shares_most_words(lines[i - 1].text, line.text)
            {
                marks[i - 1] = true;
            }
        }
        // Every rule below is for lines of at most 40 words: longer ones (most lines are
        // paragraphs) are not lowercased.
        if words > 40 {
            continue;
        }
        let norm = normalise(line.text);
        if words <= 16 && UI_PHRASES.iter().any(|p| norm.starts_with(p)) {
            marks[i] = true;
        }
        if VIDEO_PLAYER.iter().any(|p| norm.contains(p)) {
            marks[i] = true;
        }
        // "About Lillian Coomer": an author box near the end.
        if words <= 5 && norm.starts_with("about ") && !ends_sentence(line.text) && i * 2 >= n {
            marks[i] = true;
            tail_from = tail_from.min(i);
        }
        if i * 2 >= n && words <= 12 && TAIL_MARKERS.iter().any(|p| norm.starts_with(p)) {
            tail_from = tail_from.min(i);
        }
        // Outlet names and datelines above the title; bylines just below it; bare short
        // lines in the last three (buttons, author names).
        let short_bare = words <= 6 && !ends_sentence(line.text);
        let before_title = title_line.is_some_and(|t| i < t);
        let byline = words <= 6
            && norm.starts_with("by ")
            && title_line.is_some_and(|t| i > t && i <= t + 2);
        if (short_bare && (before_title || i + 3 >= n)) || byline {
            marks[i] = true;
        }
    }
    for m in marks.iter_mut().skip(tail_from) {
        *m = true;
    }
    if let Some(t) = title_line
        && t < n
    {
        marks[t] = false;
    }
    marks
}

/// A sentence that is only a photo credit: "Photo: Ezetok.", "(AP Photo/Maria K. Lund)
/// (Associated Press)", "Source: Wikimedia Commons." — at most four words, or nothing but
/// brackets and two words around them.
pub fn is_credit_only(sentence: &str) -> bool {
    if !credited(sentence) {
        return false;
    }
    let mut depth = 0usize;
    let mut outside = String::new();
    for c in sentence.chars() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    sentence.split_whitespace().count() <= 4 || outside.split_whitespace().count() <= 2
}

fn normalise(s: &str) -> String {
    s.trim().to_lowercase().replace('’', "'")
}

/// The only characters beyond ASCII whose lowercase holds ASCII ("İ" is "i̇", the Kelvin sign
/// "k"): without them, the ASCII of a lowercased text is its own ASCII, lowercased.
const LOWERCASE_TO_ASCII: [char; 2] = ['\u{130}', '\u{212a}'];

/// Whether the text, lowercased, holds a credit marker (all ASCII). Searched as it is, with ASCII
/// letters matched in either case, which is the same unless it has a [`LOWERCASE_TO_ASCII`]
/// character (lowercasing every line and sentence and searching it once per marker was a fifth
/// of loading 1,000 articles).
fn credited(text: &str) -> bool {
    static MARKERS: std::sync::OnceLock<AhoCorasick> = std::sync::OnceLock::new();
    let markers = MARKERS.get_or_init(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(CREDIT_MARKERS)
            .expect("the credit markers are a few short strings")
    });
    let has = |c: &char| {
        let mut buf = [0; 4];
        memchr::memmem::find(text.as_bytes(), c.encode_utf8(&mut buf).as_bytes()).is_some()
    };
    if text.is_ascii() || !LOWERCASE_TO_ASCII.iter().any(has) {
        markers.is_match(text)
    } else {
        markers.is_match(&text.to_lowercase())
    }
}

/// Does the line end like a sentence of running prose?
pub fn ends_sentence(s: &str) -> bool {
    let t = s
        .trim_end()
        .trim_end_matches(['"', '\'', '”', '’', ')', ']', '»']);
    t.ends_with(['.', '!', '?', '…', '。', '！', '？', ':', ';'])
}

fn shares_most_words(a: &str, b: &str) -> bool {
    let key = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let bw: std::collections::HashSet<String> = b.split_whitespace().map(key).collect();
    let aw: Vec<String> = a
        .split_whitespace()
        .map(key)
        .filter(|w| !w.is_empty())
        .collect();
    !aw.is_empty() && aw.iter().filter(|w| bw.contains(*w)).count() * 2 >= aw.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The marks of the text's lines as a picture, one character a line: `B` boilerplate,
    /// `.` prose.
    fn marks(text: &str, title: Option<usize>) -> String {
        let lines: Vec<Line> = text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(Line::new)
            .collect();
        let marks = mark_lines(&lines, title);
        marks.iter().map(|&b| if b { 'B' } else { '.' }).collect()
    }

    #[test]
    fn web_page_leftovers_are_marked_line_by_line() {
        // What each case shows, its text, its title line and the marks expected.
        let cases = [
            (
                "share and comment lines at the end are boilerplate",
                "Title\nBody sentence one is here.\nBody two is here too.\nMore body text follows here.\nComments are closed.\nShare this:",
                Some(0),
                "....BB",
            ),
            (
                "everything after check also is boilerplate",
                "Title\nA.\nB.\nC.\nD.\nAbout Jane Doe\nCheck Also\nSome teaser headline about games\nReading time: 2 minutes A teaser body.",
                Some(0),
                ".....BBBB",
            ),
            (
                "a caption's bare copy above its credited copy is boilerplate, the caption is not",
                "Title\nReal sentence.\nSmoke rises from the town hall\nSmoke rises from the town hall in the city (Jane Roe / AP)\nMore prose follows.\nAnd more.\nAnd more still.",
                Some(0),
                "..B....",
            ),
            (
                "a credited caption before the title is a line of prose (its credits are not: is_credit_only)",
                "Crowds fill the square. Photo: Someone. Source: Wikimedia Commons.\nThe headline\nBody.\nBody.\nBody.",
                Some(1),
                ".....",
            ),
            (
                "a scraped video player is boilerplate",
                "Title\nBody one.\nJUST WATCHED Flood waters rise Replay More Videos ... MUST WATCH Flood waters rise 01:24 PLAY VIDEO\nBody two.\nBody three.\nBody four.",
                Some(0),
                "..B...",
            ),
            (
                "outlet line above the title is boilerplate but not the title",
                "The Speaker\nWednesday, 29 November 2023\nWhat is happening?\nBody one.\nBody two.\nBody three.\nBody four.",
                Some(2),
                "BB.....",
            ),
        ];
        for (story, text, title, expected) in cases {
            assert_eq!(marks(text, title), expected, "{story}");
        }
    }

    #[test]
    fn only_the_listed_characters_beyond_ascii_lowercase_to_ascii() {
        let to_ascii: Vec<char> = (0x80..=0x10ffff)
            .filter_map(char::from_u32)
            .filter(|c| c.to_lowercase().any(|l| l.is_ascii()))
            .collect();
        assert_eq!(to_ascii, LOWERCASE_TO_ASCII);
        assert!(credited("(REUTERS/Jane Roe) “quoted”"));
        assert!(credited("PHOTO: İstanbul"));
        assert!(!credited("\u{130}MAGE: none"));
        assert!(credited("SHUTTERSTOC\u{212a}"));
    }

    #[test]
    fn a_credit_is_only_a_credit_when_little_else_is_said() {
        for credit in [
            "Photo: Someone.",
            "Source: Wikimedia Commons.",
            "(AP Photo/Maria K. Lund) (Associated Press)",
            "{Photograph}: Yan Blagov/AP",
            "(REUTERS/Jane Roe)",
        ] {
            assert!(is_credit_only(credit), "{credit}");
        }
        for caption in [
            "Smoke rises from City Hall during a protest in Almaty (Yan Blagov / AP)",
            "Crowds fill the square. Photo: Someone.",
            "Police said the bridge was closed.",
            "NAPA, California (Reuters) - Residents were alerted.",
            "PARIS (AFP) - Ministers met.",
        ] {
            assert!(!is_credit_only(caption), "{caption}");
        }
    }
}
