//! The Figures view: rows are quantities, columns are sources, cells the values each source
//! gives (with qualifiers). Conflicts come first, marked ≠ and coloured. Enter opens the
//! figure's sentence in the reader.

use super::{pane_block, truncate};
use crate::corpus::sanitize::for_display;
use crate::figures::format_value;
use crate::tui::action::Focus;
use crate::tui::app::App;
use crate::tui::theme::Role;
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Cell, Paragraph, Row, Table, TableState};

/// Width of the first column (what is counted).
const QUANTITY_WIDTH: u16 = 26;
const MIN_CELL: u16 = 12;

/// How many source columns fit, so ←/→ can scroll through the rest.
pub fn visible_columns(area_width: u16, articles: usize) -> usize {
    let room = area_width.saturating_sub(QUANTITY_WIDTH + 3);
    ((room / (MIN_CELL + 1)) as usize).clamp(1, articles.max(1))
}

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let Some(analysis) = &app.analysis else {
        frame.render_widget(
            Paragraph::new(app.progress_text()).block(pane_block(
                app,
                " Figures ",
                Some(Focus::Reader),
            )),
            area,
        );
        return;
    };
    let view = &app.figures_view;
    let n = app.corpus.articles.len();
    let shown = visible_columns(area.width, n);
    let first = view.col_offset.min(n.saturating_sub(shown));
    let columns: Vec<usize> = (first..(first + shown).min(n)).collect();
    let conflicts = view.rows.iter().filter(|r| r.conflict).count();
    let title = format!(
        " Figures: {} quantities, {conflicts} with conflicting values ",
        view.rows.len()
    );
    let more = if n > shown {
        format!(
            " sources {}–{} of {n} (←/→) ",
            first + 1,
            first + columns.len()
        )
    } else {
        String::new()
    };

    let mut header = vec![Cell::from("Quantity")];
    header.extend(
        columns
            .iter()
            .map(|&a| Cell::from(for_display(&app.corpus.articles[a].short_label()).into_owned())),
    );
    let cell_width = ((area.width.saturating_sub(QUANTITY_WIDTH + 3)) / shown.max(1) as u16)
        .saturating_sub(1) as usize;
    let rows = view.rows.iter().enumerate().map(|(r, row)| {
        let mark = if row.conflict { "≠ " } else { "  " };
        let label = truncate(&format!("{mark}{}", row.label()), QUANTITY_WIDTH as usize);
        let label_style = if row.conflict {
            theme.style(Role::Conflict)
        } else {
            theme.style(Role::Title)
        };
        let mut cells = vec![Cell::from(label).style(label_style)];
        for &a in &columns {
            let values = cell_values(analysis, row.cells.get(a).map_or(&[][..], Vec::as_slice));
            let text = if values.is_empty() {
                "·".to_string()
            } else {
                values.join("; ")
            };
            let mut cell = Cell::from(truncate(&text, cell_width.max(4)));
            if r == view.selected && a == view.column {
                cell = cell.style(theme.style(Role::Selection));
            } else if row.conflict && !values.is_empty() {
                cell = cell.style(theme.style(Role::Conflict));
            }
            cells.push(cell);
        }
        Row::new(cells)
    });
    let mut widths = vec![Constraint::Length(QUANTITY_WIDTH)];
    widths.extend(columns.iter().map(|_| Constraint::Fill(1)));
    // The selected cell in full, since cells are cut to fit.
    let detail = view
        .rows
        .get(view.selected)
        .and_then(|row| row.cells.get(view.column))
        .filter(|c| !c.is_empty())
        .map_or(String::new(), |c| {
            let source = for_display(&app.corpus.articles[view.column].short_label()).into_owned();
            format!(" {source}: {} ", cell_values(analysis, c).join("; "))
        });
    let block = pane_block(app, title, Some(Focus::Reader))
        .title_bottom(Line::from(truncate(&detail, (area.width / 2) as usize)))
        .title_bottom(Line::from(more).right_aligned());
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(theme.style(Role::Title)))
        .block(block)
        .row_highlight_style(theme.style(Role::Key))
        .column_spacing(1);
    let mut state = TableState::default().with_selected(Some(view.selected));
    if view.rows.is_empty() {
        frame.render_widget(
            Paragraph::new("No figures that two sources both give.").block(pane_block(
                app,
                " Figures ",
                Some(Focus::Reader),
            )),
            area,
        );
        return;
    }
    frame.render_stateful_widget(table, area, &mut state);
}

/// A cell's values, each once, the most precise first (numbers before vague amounts, and
/// 164 before a round 160), so the figure that matters survives when the cell is cut to fit.
fn cell_values(analysis: &crate::analysis::Analysis, ids: &[usize]) -> Vec<String> {
    let mut figures: Vec<&crate::figures::Figure> = ids
        .iter()
        .filter_map(|&f| analysis.figures.figures.get(f))
        .collect();
    let round = |f: &crate::figures::Figure| f.value.is_some_and(|v| v % 10.0 == 0.0);
    figures.sort_by_key(|f| (f.value.is_none(), round(f), f.start));
    let mut out: Vec<String> = Vec::new();
    for f in figures {
        let v = format_value(f);
        if !out.contains(&v) {
            out.push(v);
        }
    }
    out
}
