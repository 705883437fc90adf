//! The compare pane: counterparts of the current sentence in the other sources, ranked, with
//! a one-line summary of what differs in content, and the differing words highlighted
//! (differing numbers emphasised more, figures the sources disagree on most, with ≠).

use super::{pane_block, truncate};
use crate::tui::action::Focus;
use crate::tui::app::App;
use crate::tui::compare::{DiffKind, Entry};
use crate::tui::theme::Role;
use crossread::corpus::Article;
use crossread::corpus::sanitize::for_display;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let Some(report) = &app.report else {
        let block = pane_block(app, " Counterparts ", Some(Focus::Compare));
        let text = Paragraph::new(app.progress_text()).block(block);
        frame.render_widget(text, area);
        return;
    };
    let compare = &app.compare;
    let at = app.current_passage();
    let coverage = report.alignment.coverage(at);
    let others = app.corpus.articles.len().saturating_sub(1);
    let title = format!(" Counterparts: {coverage} of {others} other sources ");
    let block = pane_block(app, title, Some(Focus::Compare));
    let inner = block.inner(area);
    frame.render_widget(block, area);

    let focused = app.focus == Focus::Compare;
    let width = inner.width as usize;
    let mut lines: Vec<Line> = Vec::new();
    for (i, e) in compare.entries.iter().enumerate() {
        let article = &app.corpus.articles[e.articles[0]];
        match e.passage {
            Some(p) => {
                let selected = i == compare.selected;
                let marker = if selected && focused {
                    "▶ "
                } else if selected {
                    "› "
                } else {
                    "  "
                };
                let style = if selected && focused {
                    theme.style(Role::Selection)
                } else {
                    theme.style(Role::Title)
                };
                let head = format!("{marker}{:.2} · ", e.score);
                let tail = format!(" · sentence {}", p.sentence + 1);
                lines.push(Line::from(Span::styled(
                    format!("{head}{}{tail}", source_label(article, width, &head, &tail)),
                    style,
                )));
                lines.push(Line::from(vec![
                    Span::styled("  Δ ", theme.style(Role::Gutter)),
                    Span::raw(truncate(&for_display(&e.summary), width.saturating_sub(4))),
                ]));
                for l in &e.lines {
                    let mut spans = vec![Span::raw("  ")];
                    spans.extend(
                        l.iter()
                            .map(|(t, k)| Span::styled(t.as_str(), diff_style(app, *k))),
                    );
                    lines.push(Line::from(spans));
                }
            }
            None => lines.push(Line::from(Span::styled(
                truncate(&other_sources_line(app, e, width), width),
                theme.style(if e.copies {
                    Role::Corroborated
                } else {
                    Role::Boilerplate
                }),
            ))),
        }
    }
    if compare.entries.is_empty() {
        lines.push(Line::from("No other articles are open."));
    }
    frame.render_widget(
        Paragraph::new(lines).scroll((compare.scroll as u16, 0)),
        inner,
    );
}

/// "= same text in 43 other sources: Reuters, AP …" or "X: nothing matching" (one line
/// however many sources it stands for).
fn other_sources_line(app: &App, e: &Entry, width: usize) -> String {
    let names = |head: &str| {
        let names: Vec<String> = e
            .articles
            .iter()
            .take(6)
            .map(|&a| source_label(&app.corpus.articles[a], width, head, ""))
            .collect();
        let more = if e.articles.len() > names.len() {
            " …"
        } else {
            ""
        };
        format!("{}{more}", names.join("; "))
    };
    let n = e.articles.len();
    let sources = if n == 1 { "source" } else { "sources" };
    match (e.copies, n) {
        (true, _) => {
            let head = format!("  = same text in {n} other {sources}: ");
            format!("{head}{}", names(&head))
        }
        (false, 1) => format!(
            "  {}: nothing matching",
            source_label(
                &app.corpus.articles[e.articles[0]],
                width,
                "  ",
                ": nothing matching"
            )
        ),
        (false, _) => {
            let head = format!("  nothing matching in {n} other sources: ");
            format!("{head}{}", names(&head))
        }
    }
}

/// The source as its reader knows it — outlet (else title) and date — cut only to the room
/// left on a line that also holds `head` and `tail`.
pub fn source_label(article: &Article, width: usize, head: &str, tail: &str) -> String {
    let name = article
        .outlet
        .as_deref()
        .unwrap_or_else(|| article.title.trim())
        .to_string();
    let name = if name.is_empty() {
        article.id.clone()
    } else {
        name
    };
    let date = article
        .date
        .as_deref()
        .map(|d| format!(", {d}"))
        .unwrap_or_default();
    let room = width
        .saturating_sub(head.width() + tail.width() + date.width())
        .max(8);
    format!("{}{date}", truncate(&for_display(&name), room))
}

pub fn diff_style(app: &App, kind: DiffKind) -> Style {
    match kind {
        DiffKind::Same => Style::default(),
        DiffKind::Differs => app.theme.style(Role::Inserted),
        DiffKind::Number => app.theme.style(Role::Deleted),
        DiffKind::Conflict => app.theme.style(Role::Conflict),
    }
}
