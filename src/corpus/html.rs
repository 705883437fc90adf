//! HTML pages: the main text through a readability extractor (dom_smoothie), not a tag stripper.

use super::html_plain;
use dom_smoothie::{Config, Readability, TextMode};

/// The readable part of a page, and the metadata the page declares.
#[derive(Debug, Default)]
pub struct Extracted {
    /// Title line, a blank line, then the body with paragraphs separated by blank lines.
    pub text: String,
    pub site_name: Option<String>,
    pub published: Option<String>,
}

/// Extracts the article from an HTML page. Errors are phrased for the user.
pub fn extract(html: &str) -> Result<Extracted, String> {
    if too_costly_for_readability(&html_plain::shape(html), html.len()) {
        let page = html_plain::extract(html);
        if page.text.trim().is_empty() {
            return Err("no article text found in the page".into());
        }
        return Ok(page);
    }
    let cfg = Config {
        text_mode: TextMode::Formatted,
        ..Default::default()
    };
    let mut reader = Readability::new(html, None, Some(cfg))
        .map_err(|e| format!("not a readable HTML page ({e})"))?;
    let article = reader
        .parse()
        .map_err(|e| format!("no article text found in the page ({e})"))?;
    let body = tidy_paragraphs(&article.text_content);
    if body.trim().is_empty() {
        return Err("no article text found in the page".into());
    }
    let title = article.title.trim();
    let text = if title.is_empty() || body.trim_start().starts_with(title) {
        body
    } else {
        format!("{title}\n\n{body}")
    };
    Ok(Extracted {
        text,
        site_name: article
            .site_name
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty()),
        published: article.published_time,
    })
}

/// Nesting past which the readability extractor is not used. News pages measured for this nest
/// their article text 10 to 40 elements deep; the extractor's time grows with depth (a page of
/// 10,000 nested `<div>`s took 20 s), so far deeper pages are read plainly.
const MAX_READABLE_DEPTH: usize = 128;

/// The readability extractor's time, measured on generated pages of 1 MB nested 0 to 32 deep
/// (built like `benches/hostile.rs` builds them): about 13 µs per element plus 0.7 µs per
/// level of each element's depth. In those units (0.7 µs), a page may cost 1.5 per byte — about a second per MB — and
/// any page at least 200,000 (a small page always gets the extractor's better reading).
const COST_PER_ELEMENT: u64 = 19;
const BUDGET_PER_BYTE: f64 = 1.5;
const MIN_BUDGET: u64 = 200_000;

/// The readability extractor walks every element's ancestors, repeatedly: its time grows with
/// elements × depth. Pages past these bounds are read in one linear pass instead.
fn too_costly_for_readability(shape: &html_plain::Shape, bytes: usize) -> bool {
    let cost = (shape.elements as u64)
        .saturating_mul(COST_PER_ELEMENT)
        .saturating_add(shape.depth_sum);
    let budget = ((bytes as f64 * BUDGET_PER_BYTE) as u64).max(MIN_BUDGET);
    shape.max_depth > MAX_READABLE_DEPTH || cost > budget
}

/// Collapses runs of spaces inside lines and of blank lines between paragraphs.
pub(super) fn tidy_paragraphs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    for line in text.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank { "\n\n" } else { "\n" });
        }
        blank = false;
        out.push_str(&line);
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head><title>Storm floods the valley | Valley Times</title>
<meta property="og:site_name" content="Valley Times">
<meta property="article:published_time" content="2024-03-02T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> Subscribe now</nav>
<article><h1>Storm floods the valley</h1>
<p>Heavy rain flooded the valley on Saturday, forcing 1,200 people from their homes, officials said.</p>
<p>The river rose by 3.5 metres in six hours. Emergency crews worked through the night to reinforce the levees.</p>
<p>“We have never seen water this high,” said Mayor Ana Ruiz, who declared a state of emergency for 30 days.</p>
</article><footer>Share this: Facebook Twitter. Comments are closed.</footer></body></html>"#;

    #[test]
    fn extracts_main_text_without_navigation() {
        let e = extract(PAGE).expect("page is readable");
        assert!(e.text.contains("forcing 1,200 people"), "{}", e.text);
        assert!(e.text.contains("\n\n"), "paragraphs are kept: {}", e.text);
        assert!(
            !e.text.contains("Subscribe now"),
            "navigation dropped: {}",
            e.text
        );
        assert_eq!(e.site_name.as_deref(), Some("Valley Times"));
        assert!(
            e.published
                .as_deref()
                .is_some_and(|p| p.starts_with("2024-03-02"))
        );
    }
}
