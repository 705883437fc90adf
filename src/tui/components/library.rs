//! The library pane: one row per article with title, outlet, date, words and sentences.

use super::{Component, Context, Outcome};
use crate::tui::action::{Action, Focus};
use crate::tui::cursor;
use crate::tui::theme::Role;
use crate::tui::views::truncate;
use crossread::corpus::sanitize::for_display;
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Cell, Row, Table, TableState};

/// The library's cursor; the article open in the reader and those picked for the Columns
/// view come from the context.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Library {
    pub selected: usize,
}

impl Component for Library {
    fn update(&mut self, action: Action, ctx: &Context, area: Rect) -> Outcome {
        if action == Action::Open {
            return Outcome::OpenArticle {
                article: self.selected,
            };
        }
        let page = area.height.saturating_sub(3).max(1) as usize;
        if let Some(s) = cursor::step(self.selected, ctx.corpus.articles.len(), page, action) {
            self.selected = s;
        }
        Outcome::Nothing
    }

    fn draw(&self, ctx: &Context, frame: &mut Frame, area: Rect) {
        // On narrow terminals the counts go first, then the outlet shrinks: the title matters most.
        let wide = area.width >= 80;
        let outlet_width: u16 = if wide { 22 } else { 12 };
        // Borders, the ▶ column, outlet, date, counts, and one space between columns.
        let fixed = 2 + 2 + outlet_width + 10 + if wide { 6 + 5 + 6 + 6 } else { 3 };
        let title_width = area.width.saturating_sub(fixed).max(10) as usize;
        let rows = ctx.corpus.articles.iter().enumerate().map(|(i, a)| {
            let open = match (i == ctx.at.article, ctx.picked.contains(&i)) {
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
                let share = ctx
                    .report
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
        let header = Row::new(header).style(ctx.theme.style(Role::Title));
        let title = format!(" Library ({}) ", ctx.corpus.articles.len());
        let table = Table::new(rows, widths)
            .header(header)
            .block(ctx.block(title, Some(Focus::Library)))
            .row_highlight_style(if ctx.focus == Focus::Library {
                ctx.theme.style(Role::Selection)
            } else {
                ctx.theme.style(Role::Key)
            })
            .column_spacing(1);
        let mut state = TableState::default().with_selected(Some(self.selected));
        frame.render_stateful_widget(table, area, &mut state);
    }
}
