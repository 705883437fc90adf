//! Markdown articles (saved pages, clipped articles, an analyst's own transcriptions): read as
//! the prose they render to, so that "# Title", "**bold**" and "[text](https://…)" do not show
//! up as the title's hash, stray asterisks, or URLs compared as words. Front matter
//! (`---` … `---` with `title:`, `date:`, `site_name:` …, as read-it-later and clipping tools
//! write it) gives the title, outlet and date the text itself may not state.

use super::declared::Declared;
use super::{MetaHint, html_plain};
use pulldown_cmark::{Event, MetadataBlockKind, Options, Parser, Tag, TagEnd};

/// A Markdown file as an article's text and what its front matter declared.
#[derive(Debug, Default)]
pub struct Rendered {
    /// The title line (when the front matter gives one the text does not start with), then
    /// one block per paragraph, heading, list item or table row, separated by blank lines.
    pub text: String,
    pub hint: MetaHint,
}

/// Renders Markdown to plain article text. Never fails: any text is Markdown.
pub fn read(markdown: &str) -> Rendered {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    let mut blocks = Blocks::default();
    let mut front_matter = String::new();
    let mut in_front_matter = false;
    // Image descriptions are alt text ("image", "photo by …"), not the article's prose.
    let mut in_image = 0usize;
    let mut html_block = String::new();
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(Tag::MetadataBlock(MetadataBlockKind::YamlStyle)) => {
                in_front_matter = true
            }
            Event::End(TagEnd::MetadataBlock(_)) => in_front_matter = false,
            Event::Text(t) if in_front_matter => front_matter.push_str(&t),
            Event::Start(Tag::Image { .. }) => in_image += 1,
            Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
            _ if in_image > 0 => {}
            Event::Text(t) | Event::Code(t) => blocks.push_inline(&t),
            Event::SoftBreak | Event::HardBreak => blocks.line_break(),
            Event::Start(Tag::TableCell) => blocks.push_inline(" "),
            Event::End(TagEnd::TableCell) => blocks.push_inline(" "),
            Event::Start(tag) if starts_block(&tag) => blocks.end_block(),
            Event::End(tag) if ends_block(tag) => blocks.end_block(),
            Event::Rule => blocks.end_block(),
            // An inline tag is markup: the text between tags arrives as its own Text events
            // and is kept. A tag still separates words ("one<br>two").
            Event::InlineHtml(_) => blocks.push_inline(" "),
            // A block of HTML (<p>, <figure>, a comment) is read as an HTML page is, whole.
            Event::Start(Tag::HtmlBlock) => blocks.end_block(),
            Event::Html(html) => html_block.push_str(&html),
            Event::End(TagEnd::HtmlBlock) => {
                for paragraph in html_plain::extract(&std::mem::take(&mut html_block))
                    .text
                    .split("\n\n")
                {
                    blocks.push_inline(paragraph);
                    blocks.end_block();
                }
            }
            _ => {}
        }
    }
    blocks.end_block();
    let (text, hint) = Declared::parse(&front_matter).put_into(blocks.text);
    Rendered { text, hint }
}

/// Tags whose start begins a new block of text.
fn starts_block(tag: &Tag) -> bool {
    matches!(
        tag,
        Tag::Paragraph
            | Tag::Heading { .. }
            | Tag::Item
            | Tag::TableRow
            | Tag::TableHead
            | Tag::CodeBlock(_)
            | Tag::BlockQuote(_)
            | Tag::FootnoteDefinition(_)
    )
}

/// Tags whose end closes a block of text.
fn ends_block(tag: TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::Paragraph
            | TagEnd::Heading(_)
            | TagEnd::Item
            | TagEnd::TableRow
            | TagEnd::TableHead
            | TagEnd::CodeBlock
            | TagEnd::BlockQuote(_)
            | TagEnd::FootnoteDefinition
    )
}

/// The rendered text, built block by block.
#[derive(Default)]
struct Blocks {
    text: String,
    current: String,
    /// A line break seen in the first block, not yet known to end a title line.
    first_break_pending: bool,
    first_break_seen: bool,
}

impl Blocks {
    fn push_inline(&mut self, s: &str) {
        if std::mem::take(&mut self.first_break_pending) && opens_a_title_body(&self.current, s) {
            self.end_block();
        }
        self.current.push_str(s);
    }

    /// A line break inside a block joins its lines, as Markdown renders them — except a
    /// file written as plain text ("Headline" on its first line, the body on the next, no
    /// blank line between), whose title line stays its own.
    fn line_break(&mut self) {
        if self.text.is_empty() && !self.first_break_seen {
            self.first_break_seen = true;
            self.first_break_pending = true;
        }
        self.current.push(' ');
    }

    /// Ends the block being built: its whitespace folded to single spaces (a block is one
    /// line, so the reader's paragraphs are the Markdown's), empty blocks dropped.
    fn end_block(&mut self) {
        let line = self
            .current
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        self.current.clear();
        if line.is_empty() {
            return;
        }
        if !self.text.is_empty() {
            self.text.push_str("\n\n");
        }
        self.text.push_str(&line);
    }
}

/// A first line that does not end a sentence followed by one that starts like a sentence is a
/// headline above its text; wrapped prose continues mid-sentence in lower case.
fn opens_a_title_body(first_line: &str, next: &str) -> bool {
    let line = first_line.trim_end();
    let ends_sentence = line.ends_with(['.', '!', '?', ':', ';', ',', '"', '”', '\'']);
    let starts_sentence = next
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "\"“'‘".contains(c));
    !line.is_empty() && !ends_sentence && starts_sentence && line.split_whitespace().count() <= 25
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_goes_and_the_prose_stays() {
        let r = read(
            "# Dam breach floods the valley\n\nThe **regional** office said [forty homes](https://x.org/a) were *flooded*.\n\n![photo](p.jpg)\n\n- Roads closed\n- Schools shut\n",
        );
        assert_eq!(
            r.text,
            "Dam breach floods the valley\n\nThe regional office said forty homes were flooded.\n\nRoads closed\n\nSchools shut"
        );
    }

    #[test]
    fn wrapped_paragraphs_become_one_line_and_quotes_lose_their_marks() {
        let r = read(
            "A long sentence that was\nwrapped at forty columns.\n\n> \"We are safe,\" she said.\n",
        );
        assert_eq!(
            r.text,
            "A long sentence that was wrapped at forty columns.\n\n\"We are safe,\" she said."
        );
    }

    #[test]
    fn a_headline_line_above_its_text_stays_the_title_line() {
        let r = read(
            "Mine blast kills nine\nRescuers reached the shaft at dawn.\nThey found nine miners.\n",
        );
        assert_eq!(
            r.text,
            "Mine blast kills nine\n\nRescuers reached the shaft at dawn. They found nine miners."
        );
    }

    #[test]
    fn front_matter_gives_title_outlet_and_date() {
        let r = read(
            "---\ntitle: \"Ferry capsizes off the coast\"\nsource: https://www.harbour-news.com/2024/ferry\npublished: 2024-03-09\ncreated: 2024-05-01\n---\n\nRescuers searched overnight.\n",
        );
        assert_eq!(
            r.text,
            "Ferry capsizes off the coast\n\nRescuers searched overnight."
        );
        assert_eq!(r.hint.outlet.as_deref(), Some("harbour-news.com"));
        assert_eq!(r.hint.date.as_deref(), Some("2024-03-09"));
    }

    #[test]
    fn a_declared_title_the_text_already_starts_with_is_not_repeated() {
        let r = read(
            "---\ntitle: Port strike ends\nsite_name: Coast Daily\n---\n# Port strike ends\n\nDockers voted.\n",
        );
        assert_eq!(r.text, "Port strike ends\n\nDockers voted.");
        assert_eq!(r.hint.outlet.as_deref(), Some("Coast Daily"));
    }

    #[test]
    fn tables_read_row_by_row_and_html_tags_go() {
        let r = read(
            "| Town | Dead |\n|---|---|\n| Olt | 12 |\n\nOfficials<br>confirmed <b>twelve</b> deaths.\n\n<div class=\"note\">\n<p>Roads reopened.</p>\n</div>\n\n<!-- hidden -->\n",
        );
        assert_eq!(
            r.text,
            "Town Dead\n\nOlt 12\n\nOfficials confirmed twelve deaths.\n\nRoads reopened."
        );
    }
}
