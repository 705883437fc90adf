//! The compare pane: counterparts of the current sentence in the other sources, ranked, with
//! word-level differences (differing words highlighted, differing numbers emphasised most).

use super::{pane_block, truncate};
use crate::corpus::sanitize::for_display;
use crate::tui::action::Focus;
use crate::tui::app::App;
use crate::tui::compare::DiffKind;
use crate::tui::theme::Role;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let Some(analysis) = &app.analysis else {
        let block = pane_block(app, " Counterparts ", Some(Focus::Compare));
        let text = Paragraph::new(app.progress_text()).block(block);
        frame.render_widget(text, area);
        return;
    };
    let compare = &app.compare;
    let at = app.current_passage();
    let coverage = analysis.alignment.coverage(at);
    let others = app.corpus.articles.len().saturating_sub(1);
    let title = format!(" Counterparts: {coverage} of {others} other sources ");
    let block = pane_block(app, title, Some(Focus::Compare));
    let inner = block.inner(area);
    frame.render_widget(block, area);

    let focused = app.focus == Focus::Compare;
    let mut lines: Vec<Line> = Vec::new();
    for (i, e) in compare.entries.iter().enumerate() {
        let article = &app.corpus.articles[e.article];
        let label = for_display(&article.short_label()).into_owned();
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
                let header = format!(
                    "{marker}{:.2} · {label} · sentence {}",
                    e.score,
                    p.sentence + 1
                );
                lines.push(Line::from(Span::styled(
                    truncate(&header, inner.width as usize),
                    style,
                )));
                for l in &e.lines {
                    let mut spans = vec![Span::raw("  ")];
                    spans.extend(
                        l.iter()
                            .map(|(t, k)| Span::styled(t.as_str(), diff_style(app, *k))),
                    );
                    lines.push(Line::from(spans));
                }
            }
            None => {
                let text = format!("  {label}: nothing matching");
                lines.push(Line::from(Span::styled(
                    truncate(&text, inner.width as usize),
                    theme.style(Role::Boilerplate),
                )));
            }
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

fn diff_style(app: &App, kind: DiffKind) -> Style {
    match kind {
        DiffKind::Same => Style::default(),
        DiffKind::Differs => app.theme.style(Role::Inserted),
        DiffKind::Number => app.theme.style(Role::Deleted),
    }
}
