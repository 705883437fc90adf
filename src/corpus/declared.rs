//! What an article declares about itself in `key: value` lines: a Markdown front matter block
//! (`title:`, `date:`, `site_name:` …, as read-it-later and clipping tools write it), or the
//! header lines news databases and scrapers put above a plain-text article ("Title: …",
//! "Source: …", "Date: …", "Byline: …"). Only flat keys are read, and only keys that name
//! an article's metadata: a header is never guessed from prose that happens to hold a colon.

use super::MetaHint;

/// The title, outlet and date the lines declare.
#[derive(Debug, Default, PartialEq)]
pub struct Declared {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub date: Option<String>,
}

/// Keys holding the title.
const TITLE_KEYS: &[&str] = &["title", "headline"];
/// Keys naming the publication, most specific first.
const OUTLET_KEYS: &[&str] = &[
    "site_name",
    "site",
    "publisher",
    "publication",
    "outlet",
    "newspaper",
];
/// Keys holding the publication date; "created", "clipped" or a database's "load-date" say
/// when it was saved, not published, and are not read.
const DATE_KEYS: &[&str] = &[
    "published",
    "date_published",
    "publication_date",
    "published_date",
    "pubdate",
    "date",
];
/// Keys holding the page's address, whose host names the outlet when no key does. "source"
/// is a publication's name as often as an address: a name is read when it is not one.
const URL_KEYS: &[&str] = &["source", "url", "link", "canonical"];
/// Other keys an article's header holds (people, sections, sizes, dates of saving): they mark
/// a line as header, and say nothing a reader of the list needs.
const OTHER_KEYS: &[&str] = &[
    "author",
    "authors",
    "by",
    "byline",
    "section",
    "length",
    "words",
    "word_count",
    "language",
    "lang",
    "tags",
    "keywords",
    "category",
    "copyright",
    "created",
    "clipped",
    "updated",
    "modified",
    "date_modified",
    "load_date",
];

impl Declared {
    /// The fields of a front matter block: its `key: value` lines, whatever their keys.
    pub fn parse(block: &str) -> Declared {
        let fields: Vec<(String, String)> = block.lines().filter_map(field).collect();
        Declared::from_fields(&fields)
    }

    fn from_fields(fields: &[(String, String)]) -> Declared {
        let first = |keys: &[&str]| {
            keys.iter()
                .find_map(|key| fields.iter().find(|(k, _)| k == key))
                .map(|(_, v)| v.clone())
        };
        let source_name = first(&["source"]).filter(|s| !is_address(s));
        Declared {
            title: first(TITLE_KEYS),
            outlet: first(OUTLET_KEYS)
                .or_else(|| first(URL_KEYS).and_then(|u| host_of(&u)))
                .or(source_name),
            date: first(DATE_KEYS),
        }
    }

    /// The article's text with the declared title as its first line (unless the text already
    /// starts with it), and the outlet and date as hints for the list.
    pub fn put_into(self, text: String) -> (String, MetaHint) {
        let text = match self.title {
            Some(title) if !text.trim_start().starts_with(title.as_str()) => {
                format!("{title}\n\n{}", text.trim_start())
            }
            _ => text,
        };
        let hint = MetaHint {
            outlet: self.outlet,
            date: self.date,
        };
        (text, hint)
    }
}

/// Splits the header lines above a plain-text article from its body: the first lines, each
/// `key: value` with a key of an article's metadata. One such line alone must be followed by a
/// blank line, so that a first sentence opening "Source: …" is not taken for a header. `None`
/// when the text has no header.
pub fn split_header(text: &str) -> Option<(Declared, &str)> {
    let mut fields = Vec::new();
    let mut body_start = 0;
    let mut offset = 0;
    let mut ended_by_blank_line = true;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        offset += line.len();
        if trimmed.is_empty() {
            if fields.is_empty() {
                continue;
            }
            break;
        }
        match field(trimmed).filter(|(key, _)| is_header_key(key)) {
            Some(f) => {
                fields.push(f);
                body_start = offset;
            }
            None => {
                ended_by_blank_line = false;
                break;
            }
        }
    }
    let is_header = fields.len() >= 2 || (fields.len() == 1 && ended_by_blank_line);
    is_header.then(|| (Declared::from_fields(&fields), &text[body_start..]))
}

/// A `key: value` line as its key (lower case, words joined by '_') and its unquoted value.
fn field(line: &str) -> Option<(String, String)> {
    let (key, value) = line.split_once(':')?;
    let key = key.trim().to_lowercase().replace([' ', '-'], "_");
    let value = unquote(value.trim());
    let is_key = !key.is_empty() && key.split('_').count() <= 3;
    (is_key && !value.is_empty()).then_some((key, value))
}

fn is_header_key(key: &str) -> bool {
    [TITLE_KEYS, OUTLET_KEYS, DATE_KEYS, URL_KEYS, OTHER_KEYS]
        .iter()
        .any(|keys| keys.contains(&key))
}

/// A YAML scalar without its quotes.
fn unquote(v: &str) -> String {
    let quoted = v.len() >= 2
        && ((v.starts_with('"') && v.ends_with('"')) || (v.starts_with('\'') && v.ends_with('\'')));
    if quoted { &v[1..v.len() - 1] } else { v }
        .trim()
        .to_string()
}

fn is_address(value: &str) -> bool {
    value.contains("://") || value.starts_with("www.")
}

/// "https://www.example-news.com/2022/01/…" → "example-news.com".
fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (is_address(url) && host.contains('.')).then(|| host.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_database_header_gives_title_outlet_and_date_and_leaves_the_body() {
        let text = "Title: Dam breach floods valley\nSource: The Valley Courier\nDate: March 4, 2024\nByline: A. Reporter\n\nWater reached the town at noon.\n";
        let (declared, body) = split_header(text).unwrap();
        assert_eq!(
            declared,
            Declared {
                title: Some("Dam breach floods valley".into()),
                outlet: Some("The Valley Courier".into()),
                date: Some("March 4, 2024".into()),
            }
        );
        assert_eq!(body, "\nWater reached the town at noon.\n");
    }

    #[test]
    fn a_source_that_is_an_address_names_its_host() {
        let (declared, _) =
            split_header("URL: https://www.courier.example/a/1\nauthor: B\n\nText.").unwrap();
        assert_eq!(declared.outlet.as_deref(), Some("courier.example"));
        let d = Declared::parse("source: www.courier.example/x");
        assert_eq!(d.outlet.as_deref(), Some("courier.example"));
    }

    #[test]
    fn prose_with_a_colon_is_no_header() {
        // An unknown key, a known key run into the prose, a header that does not start the text.
        assert_eq!(split_header("Update: the toll rose to 12.\n\nMore."), None);
        assert_eq!(
            split_header("Source: officials said the toll rose.\nRescuers dug on.\n"),
            None
        );
        assert_eq!(split_header("Rescuers dug on.\nDate: 2024-01-01\n"), None);
        assert_eq!(split_header("The mayor: we will rebuild.\n"), None);
    }

    #[test]
    fn a_single_header_line_needs_a_blank_line_after_it() {
        let (declared, body) = split_header("\n\nPublished: 2024-05-01\n\nText.").unwrap();
        assert_eq!(declared.date.as_deref(), Some("2024-05-01"));
        assert_eq!(body, "\nText.");
    }

    #[test]
    fn a_declared_title_becomes_the_first_line_once() {
        let title = |t: &str| Declared {
            title: Some(t.into()),
            ..Declared::default()
        };
        let (text, _) = title("Port strike ends").put_into("Dockers voted.".into());
        assert_eq!(text, "Port strike ends\n\nDockers voted.");
        let (text, _) = title("Port strike ends").put_into("\nPort strike ends\n\nDockers".into());
        assert_eq!(text, "\nPort strike ends\n\nDockers");
    }
}
