//! The library pane: one row per article with title, outlet, date, words and sentences.

use super::{pane_block, truncate};
use crate::tui::action::Focus;
use crate::tui::app::App;
use crate::tui::theme::Role;
use crossread::corpus::sanitize::for_display;
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Cell, Row, Table, TableState};

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    // On narrow terminals the counts go first, then the outlet shrinks: the title matters most.
    let wide = area.width >= 80;
    let outlet_width: u16 = if wide { 22 } else { 12 };
    // Borders, the ▶ column, outlet, date, counts, and one space between columns.
    let fixed = 2 + 2 + outlet_width + 10 + if wide { 6 + 5 + 6 + 6 } else { 3 };
    let title_width = area.width.saturating_sub(fixed).max(10) as usize;
    let rows = app.corpus.articles.iter().enumerate().map(|(i, a)| {
        let open = match (i == app.reader.article, app.column_marks.contains(&i)) {
            (true, true) => "▶x",
            (true, false) => "▶ ",
            (false, true) => " x",
            (false, false) => "  ",
        };
        let mut cells = vec![
            Cell::from(open),
            Cell::from(truncate(&for_display(&a.title), title_width)),
            Cell::from(truncate(
                &for_display(a.outlet.as_deref().unwrap_or("—")),
                outlet_width as usize,
            )),
            Cell::from(a.date.clone().unwrap_or_else(|| "—".into())),
        ];
        if wide {
            cells.push(Cell::from(Line::from(a.words.to_string()).right_aligned()));
            cells.push(Cell::from(
                Line::from(a.sentences.len().to_string()).right_aligned(),
            ));
            // Corr.: the share of its sentences that another source also reports.
            let share = app
                .report
                .as_ref()
                .and_then(|r| r.corroborated.get(i))
                .map_or("…".to_string(), |s| format!("{:.0}%", s * 100.0));
            cells.push(Cell::from(Line::from(share).right_aligned()));
        }
        Row::new(cells)
    });
    let mut header = vec!["", "Title", "Outlet", "Date"];
    let mut widths = vec![
        Constraint::Length(2),
        Constraint::Fill(1),
        Constraint::Max(outlet_width),
        Constraint::Length(10),
    ];
    if wide {
        header.extend(["Words", "Sent.", "Corr."]);
        widths.extend([
            Constraint::Length(6),
            Constraint::Length(5),
            Constraint::Length(5),
        ]);
    }
    let header = Row::new(header).style(app.theme.style(Role::Title));
    let title = format!(" Library ({}) ", app.corpus.articles.len());
    let table = Table::new(rows, widths)
        .header(header)
        .block(pane_block(app, title, Some(Focus::Library)))
        .row_highlight_style(if app.focus == Focus::Library {
            app.theme.style(Role::Selection)
        } else {
            app.theme.style(Role::Key)
        })
        .column_spacing(1);
    let mut state = TableState::default().with_selected(Some(app.selected));
    frame.render_stateful_widget(table, area, &mut state);
}
