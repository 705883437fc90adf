//! HTML pages: the main text through a readability extractor (dom_smoothie), not a tag stripper.

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

/// Collapses runs of spaces inside lines and of blank lines between paragraphs.
fn tidy_paragraphs(text: &str) -> String {
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
