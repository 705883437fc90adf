//! The top line: the program, the views (the current one marked), and the alignment's
//! progress or where the reader is.

use crate::tui::action::View;
use crate::tui::app::App;
use crate::tui::theme::Role;
use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let title = app.theme.style(Role::Title);
    let mut spans = vec![Span::styled(" crossread ", title), Span::raw("│")];
    for (i, view) in View::ALL.iter().enumerate() {
        let text = format!(" {} {} ", i + 1, view.name());
        if *view == app.view {
            spans.push(Span::styled(
                format!("[{}]", text.trim()),
                app.theme.style(Role::Selection),
            ));
            spans.push(Span::raw(" "));
        } else {
            spans.push(Span::raw(text));
        }
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
    let right = match app.progress {
        Some(p) => progress_bar(p.phase, p.done, p.total),
        None => {
            let lines = &app.reader.layout.sentence_lines;
            let total = lines.iter().filter(|s| s.is_some()).count();
            let position = lines[..app.reader.sentence.min(lines.len())]
                .iter()
                .filter(|s| s.is_some())
                .count()
                + 1;
            format!(
                "{} articles · sentence {}/{} ",
                app.corpus.articles.len(),
                position.min(total),
                total
            )
        }
    };
    frame.render_widget(Paragraph::new(right).alignment(Alignment::Right), area);
}

/// "aligning ▕████░░░░░░▏ 40% " — text, so it reads without colour.
fn progress_bar(phase: &str, done: usize, total: usize) -> String {
    const CELLS: usize = 12;
    let filled = (done * CELLS).checked_div(total).unwrap_or(0).min(CELLS);
    let percent = (done * 100).checked_div(total).unwrap_or(0);
    format!(
        "{phase} ▕{}{}▏ {percent:>3}% ",
        "█".repeat(filled),
        "░".repeat(CELLS - filled)
    )
}
