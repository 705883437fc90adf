//! The columns view: chosen articles side by side, scrolling together, aligned passages on one
//! row (marked ≡ in the gutter), gaps where a source has nothing.

use super::{pane_block, truncate};
use crate::corpus::sanitize::for_display;
use crate::tui::action::Focus;
use crate::tui::app::App;
use crate::tui::theme::Role;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// Gutter columns left of the first text column.
pub const GUTTER: u16 = 2;

/// Width of one text column for `n` columns in `area_width`.
pub fn column_width(area_width: u16, n: usize) -> u16 {
    let n = n.max(1) as u16;
    (area_width.saturating_sub(2 + GUTTER) / n)
        .saturating_sub(1)
        .max(8)
}

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let view = &app.columns;
    let names: Vec<String> = view
        .articles
        .iter()
        .map(|&a| for_display(&app.corpus.articles[a].short_label()).into_owned())
        .collect();
    let title = format!(
        " Columns: {} — x in the library picks 2 to 4 articles ",
        names.join(" · ")
    );
    let block = pane_block(
        app,
        truncate(&title, area.width.saturating_sub(4) as usize),
        Some(Focus::Reader),
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if app.analysis.is_none() {
        frame.render_widget(Paragraph::new(app.progress_text()), inner);
        return;
    }
    let n = view.articles.len().max(1);
    let mut constraints = vec![Constraint::Length(GUTTER)];
    constraints.extend((0..n).map(|_| Constraint::Fill(1)));
    let areas = Layout::horizontal(constraints).spacing(1).split(inner);

    let mut gutter: Vec<Line> = Vec::new();
    let mut columns: Vec<Vec<Line>> = vec![Vec::new(); n];
    let height = inner.height as usize;
    let mut row = view.first;
    while row < view.rows.len() && gutter.len() < height {
        let h = view.row_height(row);
        let selected = row == view.selected;
        let mark = match (selected, view.is_aligned(row)) {
            (true, _) => "▶",
            (false, true) => "≡",
            _ => " ",
        };
        let text_style = if selected {
            app.theme.style(Role::CurrentSentence)
        } else {
            ratatui::style::Style::default()
        };
        for line in 0..h {
            gutter.push(Line::from(Span::styled(
                if line == 0 { mark } else { " " },
                app.theme.style(Role::Corroborated),
            )));
            for (c, cell) in view.rows[row].iter().enumerate() {
                let text = cell.lines.get(line).cloned().unwrap_or_default();
                columns[c].push(Line::from(Span::styled(text, text_style)));
            }
        }
        gutter.push(Line::default());
        for col in columns.iter_mut() {
            col.push(Line::default());
        }
        row += 1;
    }
    frame.render_widget(Paragraph::new(gutter), areas[0]);
    for (c, lines) in columns.into_iter().enumerate() {
        if let Some(a) = areas.get(c + 1) {
            frame.render_widget(Paragraph::new(lines), *a);
        }
    }
}
