//! The Notes view: every note with its source, quote, first line and tags; orphans (whose
//! passage is gone from a changed file) are listed and marked, never hidden.

use super::{pane_block, truncate};
use crate::corpus::sanitize::for_display;
use crate::notes::Resolution;
use crate::tui::action::Focus;
use crate::tui::app::App;
use crate::tui::theme::Role;
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Cell, Paragraph, Row, Table, TableState};

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let view = &app.notes_view;
    let total = app.notes.as_ref().map_or(0, |s| s.notes().len());
    let filter = if view.filter.is_empty() {
        String::new()
    } else {
        format!(" · filter “{}”", view.filter)
    };
    let title = format!(" Notes: {} of {total}{filter} ", view.visible.len());
    let hint =
        Line::from(" Enter go · e edit · d delete · u undo · / filter · E export ").right_aligned();
    let block = pane_block(app, title, Some(Focus::Reader)).title_bottom(hint);
    let Some(store) = &app.notes else {
        frame.render_widget(
            Paragraph::new("Notes are not available: see the message below.").block(block),
            area,
        );
        return;
    };
    if view.visible.is_empty() {
        let text = if total == 0 {
            "No notes yet. In the reader, press n on a sentence to write one."
        } else {
            "No note matches the filter. Press / to change it."
        };
        frame.render_widget(Paragraph::new(text).block(block), area);
        return;
    }
    let quote_width = (area.width / 3) as usize;
    let rows = view.visible.iter().map(|&i| {
        let note = &store.notes()[i];
        let orphan = matches!(app.note_resolutions.get(i), Some(Resolution::Orphan { .. }));
        let source = app
            .corpus
            .article(&note.anchor.article_id)
            .map_or(note.anchor.article_id.clone(), |a| a.short_label());
        let source = if orphan {
            format!("⚠ orphan · {source}")
        } else {
            source
        };
        let first_line = note.body.lines().next().unwrap_or("");
        let tags = note
            .tags
            .iter()
            .map(|t| format!("#{t}"))
            .collect::<Vec<_>>()
            .join(" ");
        let style = if orphan {
            theme.style(Role::Error)
        } else {
            theme.style(Role::Note)
        };
        Row::new(vec![
            Cell::from(truncate(&for_display(&source), 24)).style(style),
            Cell::from(truncate(&for_display(&note.anchor.exact), quote_width)),
            Cell::from(for_display(first_line).into_owned()),
            Cell::from(tags).style(theme.style(Role::Key)),
        ])
    });
    let header = Row::new(["Source", "Quote", "Note", "Tags"]).style(theme.style(Role::Title));
    let widths = [
        Constraint::Length(24),
        Constraint::Length(quote_width as u16),
        Constraint::Fill(1),
        Constraint::Max(24),
    ];
    let table = Table::new(rows, widths)
        .header(header)
        .block(block)
        .row_highlight_style(theme.style(Role::Selection))
        .column_spacing(1);
    let mut state = TableState::default().with_selected(Some(view.selected));
    frame.render_stateful_widget(table, area, &mut state);
}
