//! The top line: the program, the views and where the reader is.

use crate::tui::app::App;
use crate::tui::theme::Role;
use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let title = app.theme.style(Role::Title);
    let left = Line::from(vec![
        Span::styled(" crossread ", title),
        Span::raw(format!("· {} articles ", app.corpus.articles.len())),
    ]);
    frame.render_widget(Paragraph::new(left), area);
    let total = app
        .reader
        .layout
        .sentence_lines
        .iter()
        .filter(|s| s.is_some())
        .count();
    let position = app.reader.layout.sentence_lines[..app
        .reader
        .sentence
        .min(app.reader.layout.sentence_lines.len())]
        .iter()
        .filter(|s| s.is_some())
        .count()
        + 1;
    let right = format!("sentence {}/{} ", position.min(total), total);
    frame.render_widget(Paragraph::new(right).alignment(Alignment::Right), area);
}
