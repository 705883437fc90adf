//! The top line: the program, the views (the current one marked), and the alignment's
//! progress or where the reader is. The right-hand text gets only the columns the tabs leave
//! free, in its longest form that fits, so the two never overlap on a narrow terminal.

use crate::tui::action::View;
use crate::tui::app::App;
use crate::tui::theme::Role;
use crossread::language::count::count;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let width = area.width as usize;
    let title = Span::styled(" crossread ", app.theme.style(Role::Title));
    let tabs = tab_spans(app);
    let tabs_width: usize = tabs.iter().map(Span::width).sum();
    // The program's name goes first when room runs out; the views stay reachable by number.
    let mut left = Vec::with_capacity(tabs.len() + 1);
    if title.width() + tabs_width <= width {
        left.push(title);
    }
    left.extend(tabs);
    let left_width: usize = left.iter().map(Span::width).sum::<usize>().min(width);
    let right = right_texts(app)
        .into_iter()
        .find(|t| left_width + 1 + t.width() <= width)
        .unwrap_or_default();
    let right_width = right.width() as u16;
    frame.render_widget(
        Paragraph::new(Line::from(left)),
        Rect {
            width: left_width as u16,
            ..area
        },
    );
    if right_width > 0 {
        frame.render_widget(
            Paragraph::new(right),
            Rect {
                x: area.right() - right_width,
                width: right_width,
                ..area
            },
        );
    }
}

/// "│ 1 Read [2 Columns]  3 Figures  4 Notes ", the current view in brackets (not colour alone).
fn tab_spans(app: &App) -> Vec<Span<'static>> {
    let mut spans = vec![Span::raw("│")];
    for (i, view) in View::ALL.iter().enumerate() {
        if *view == app.view {
            spans.push(Span::styled(
                format!("[{} {}]", i + 1, view.name()),
                app.theme.style(Role::Selection),
            ));
            spans.push(Span::raw(" "));
        } else {
            spans.push(Span::raw(format!(" {} {} ", i + 1, view.name())));
        }
    }
    spans
}

/// The right-hand text, longest form first.
fn right_texts(app: &App) -> Vec<String> {
    match app.analysis.progress {
        Some(p) if p.is_uncounted() => vec![p.bar(), "… ".to_string()],
        Some(p) => vec![
            p.bar(),
            format!("{} {}%{} ", p.phase, p.percent(), p.left_text()),
            format!("{}% ", p.percent()),
        ],
        None => {
            let (position, total) = app.reader_position();
            vec![
                format!(
                    "{} · sentence {position}/{total} ",
                    count(app.corpus.articles.len(), "article", "articles")
                ),
                format!("sentence {position}/{total} "),
                format!("{position}/{total} "),
            ]
        }
    }
}
