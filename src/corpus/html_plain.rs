//! A plain, linear-time reading of HTML for pages the readability extractor cannot take in
//! time (thousands of nested elements make it quadratic or worse): a single pass over the
//! tags measures the page's shape, and a second keeps the text of the body, one line per
//! block, without navigation, scripts and styles.

use super::html::Extracted;
use super::html_entities::decode_entities;
use super::html_tags::{KNOWN, closes_itself, is_block, is_paragraph, is_skipped, is_void};

/// How deep and how large a page's element tree is, read from its tags alone.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    /// Deepest nesting of elements that need an end tag.
    pub max_depth: usize,
    /// Elements opened.
    pub elements: usize,
    /// Sum over elements of their depth: the work of walking every element's ancestors.
    pub depth_sum: u64,
}

/// Measures the page's element tree. Void elements and elements whose end tag may be left out
/// (`<p>`, `<li>`, `<td>` …) do not deepen it: a parser closes those itself.
pub fn shape(html: &str) -> Shape {
    let mut s = Shape::default();
    let mut depth = 0usize;
    for token in Tokens::new(html) {
        match token {
            Token::Open { name, self_closing } => {
                s.elements += 1;
                if self_closing || is_void(name) || closes_itself(name) {
                    s.depth_sum += depth as u64 + 1;
                    continue;
                }
                depth += 1;
                s.depth_sum += depth as u64;
                s.max_depth = s.max_depth.max(depth);
            }
            Token::Close { name } if !is_void(name) && !closes_itself(name) => {
                depth = depth.saturating_sub(1)
            }
            _ => {}
        }
    }
    s
}

/// The page's title and body text: a line per block element, blank lines between paragraphs,
/// with the text of navigation, headers, footers, forms, scripts and styles left out.
pub fn extract(html: &str) -> Extracted {
    let mut title = String::new();
    let mut body = String::new();
    let mut site_name = None;
    let mut published = None;
    // Depth inside elements whose text is not article text.
    let mut skipped = 0usize;
    let mut in_title = false;
    for token in Tokens::new(html) {
        match token {
            Token::Open { name, .. } if is_skipped(name) && !is_void(name) => skipped += 1,
            Token::Close { name } if is_skipped(name) => skipped = skipped.saturating_sub(1),
            // The head's end tag may be left out: the body opens after it.
            Token::Open { name: "body", .. } => skipped = 0,
            Token::Open { name: "title", .. } => in_title = true,
            Token::Close { name: "title" } => in_title = false,
            Token::Meta { property, content } => match property.as_str() {
                "og:site_name" => site_name = Some(decode_entities(content)),
                "article:published_time" => published = Some(decode_entities(content)),
                _ => {}
            },
            Token::Open { name, .. } | Token::Close { name } if is_block(name) => {
                body.push_str(if is_paragraph(name) { "\n\n" } else { "\n" })
            }
            Token::Open { name: "br", .. } => body.push('\n'),
            Token::Text(t) if in_title => title.push_str(&decode_entities(t)),
            Token::Text(t) if skipped == 0 => body.push_str(&decode_entities(t)),
            _ => {}
        }
    }
    let body = super::html::tidy_paragraphs(&body);
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = if title.is_empty() || body.trim_start().starts_with(&title) {
        body
    } else {
        format!("{title}\n\n{body}")
    };
    Extracted {
        text,
        site_name: site_name
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty()),
        published,
    }
}

enum Token<'a> {
    Text(&'a str),
    Open {
        name: &'a str,
        self_closing: bool,
    },
    Close {
        name: &'a str,
    },
    /// `<meta property=… content=…>` (also reported as an `Open` of `meta`: see `Tokens`).
    Meta {
        property: String,
        content: &'a str,
    },
}

/// HTML tokens from one left-to-right pass. Tag names are lowercase ASCII slices of the page
/// when the page wrote them so; other spellings are matched case-insensitively by `name_of`.
struct Tokens<'a> {
    html: &'a str,
    pos: usize,
    /// A `meta` element's open tag is followed by its `Meta` token.
    pending: Option<Token<'a>>,
    /// Inside `<script>`, `<style>`, `<textarea>` or `<title>`: text up to its end tag.
    raw_until: Option<&'static str>,
}

impl<'a> Tokens<'a> {
    fn new(html: &'a str) -> Self {
        Tokens {
            html,
            pos: 0,
            pending: None,
            raw_until: None,
        }
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        if let Some(t) = self.pending.take() {
            return Some(t);
        }
        let rest = self.html.get(self.pos..)?;
        if rest.is_empty() {
            return None;
        }
        if let Some(end_tag) = self.raw_until.take() {
            let end = find_ascii_ci(rest, end_tag).unwrap_or(rest.len());
            self.pos += end;
            return Some(Token::Text(&rest[..end]));
        }
        if !rest.starts_with('<') {
            let end = rest.find('<').unwrap_or(rest.len());
            self.pos += end;
            return Some(Token::Text(&rest[..end]));
        }
        if let Some(body) = rest.strip_prefix("<!--") {
            let end = body.find("-->").map_or(rest.len(), |e| 4 + e + 3);
            self.pos += end;
            return self.next();
        }
        // "a < b" in text: a "<" that opens no tag is text.
        if !rest[1..].starts_with(|c: char| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?'))
        {
            self.pos += 1;
            return Some(Token::Text("<"));
        }
        let end = tag_end(rest);
        let inner_end = if rest.as_bytes()[end - 1] == b'>' {
            end - 1
        } else {
            end
        };
        let tag = &rest[1..inner_end.max(1)];
        self.pos += end;
        if let Some(name) = tag.strip_prefix('/') {
            return Some(Token::Close {
                name: name_of(name),
            });
        }
        if tag.starts_with(['!', '?']) {
            // "<!doctype …>", "<?xml …?>"
            return self.next();
        }
        let name = name_of(tag);
        self.raw_until = match name {
            "script" => Some("</script"),
            "style" => Some("</style"),
            "textarea" => Some("</textarea"),
            "title" => Some("</title"),
            _ => None,
        };
        if name == "meta" {
            let property = attribute(tag, "property").or_else(|| attribute(tag, "name"));
            if let (Some(property), Some(content)) = (property, attribute(tag, "content")) {
                self.pending = Some(Token::Meta {
                    property: property.to_ascii_lowercase(),
                    content,
                });
            }
        }
        Some(Token::Open {
            name,
            self_closing: tag.ends_with('/'),
        })
    }
}

/// The byte just past a tag's `>`, skipping `>` inside quoted attribute values.
fn tag_end(s: &str) -> usize {
    let mut quote = None;
    for (i, b) in s.bytes().enumerate().skip(1) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), b) if b == q => quote = None,
            (None, b'>') => return i + 1,
            _ => {}
        }
    }
    s.len()
}

/// The tag name, lowercased when the page did not write it in lowercase (names we compare
/// against are ASCII).
fn name_of(tag: &str) -> &str {
    let end = tag
        .find(|c: char| c.is_whitespace() || c == '/' || c == '>')
        .unwrap_or(tag.len());
    let name = &tag[..end];
    KNOWN
        .iter()
        .find(|k| k.eq_ignore_ascii_case(name))
        .copied()
        .unwrap_or(name)
}

/// An attribute's value in a tag's text (`content="…"`, `content='…'` or bare).
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = tag;
    while let Some(i) = find_ascii_ci(rest, name) {
        let before_ok = rest[..i].ends_with(|c: char| c.is_whitespace());
        let after = rest[i + name.len()..].trim_start();
        rest = &rest[i + name.len()..];
        let Some(value) = after.strip_prefix('=').filter(|_| before_ok) else {
            continue;
        };
        let value = value.trim_start();
        return Some(match value.chars().next() {
            Some(q @ ('"' | '\'')) => value[1..].split(q).next().unwrap_or(""),
            _ => value
                .split(|c: char| c.is_whitespace() || c == '>' || c == '/')
                .next()
                .unwrap_or(""),
        });
    }
    None
}

/// Byte offset of an ASCII needle in `hay`, ignoring ASCII case.
fn find_ascii_ci(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.is_empty() || h.len() < n.len() {
        return None;
    }
    (0..=h.len() - n.len()).find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shape_counts_nesting_but_not_void_or_self_closing_elements() {
        let s = shape("<html><body><div><div><p>a<br><img src=x><p>b</div></div></body></html>");
        assert_eq!(s.max_depth, 2);
        assert_eq!(s.elements, 8);
    }

    #[test]
    fn plain_extraction_keeps_blocks_and_drops_furniture() {
        let page = r#"<!doctype html><html><head><title>Storm &amp; flood</title>
<meta property="og:site_name" content="Valley &#84;imes">
<script>var x = "<p>not text</p>";</script></head>
<body><nav><a href="/">Home</a></nav><div><div><h1>Storm &amp; flood</h1>
<p>Rain forced 1,200 people from their homes.</p><p>The river rose by 3.5 metres.</p>
</div></div><footer>Share this</footer></body></html>"#;
        let e = extract(page);
        assert_eq!(
            e.text,
            "Storm & flood\n\nRain forced 1,200 people from their homes.\n\nThe river rose by 3.5 metres.\n"
        );
        assert_eq!(e.site_name.as_deref(), Some("Valley Times"));
    }

    #[test]
    fn entities_decode_and_broken_ones_stay() {
        assert_eq!(
            decode_entities("a &lt;b&gt; &#x41;&#27;[2J & c &zz;"),
            "a <b> A\u{1b}[2J & c &zz;"
        );
    }
}
