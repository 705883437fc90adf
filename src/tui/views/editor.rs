//! The note editor as a popup over the screen, with what it is about and how to leave it.

use super::truncate;
use crate::tui::app::App;
use crate::tui::editor::Editor;
use crate::tui::theme::Role;
use crossread::corpus::sanitize::for_display;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

pub fn draw(app: &App, editor: &Editor, frame: &mut Frame) {
    let area = frame.area();
    let width = area.width.saturating_sub(4).min(90);
    let height = area.height.saturating_sub(4).min(18);
    let popup = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
    frame.render_widget(Clear, popup);
    let source = app
        .corpus
        .articles
        .get(editor.target.article)
        .map_or(String::new(), |a| a.short_label());
    let title = format!(
        " Note on {} · {} ",
        editor.target.what,
        for_display(&source)
    );
    let hint = if editor.confirm_discard {
        Line::from(Span::styled(
            " Discard the typed text? y = discard, any other key = keep editing ",
            app.theme.style(Role::Error),
        ))
    } else if let Some(error) = &editor.save_error {
        Line::from(Span::styled(
            truncate(
                &format!(" ⚠ UNSAVED: {} · Ctrl-S retry ", for_display(error)),
                width as usize - 2,
            ),
            app.theme.style(Role::Error),
        ))
    } else {
        Line::from(" Ctrl-S save · Esc cancel · Ctrl-Z undo · Ctrl-Y redo · #tags ")
    };
    let title = truncate(&title, width as usize - 2);
    let block = super::titled_block(&app.theme, title, Role::FocusBorder).title_bottom(hint);
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let quote_height = 3.min(inner.height / 3);
    let quote = Paragraph::new(Line::from(Span::styled(
        format!("“{}”", for_display(&editor.quote)),
        app.theme.style(Role::Boilerplate),
    )))
    .wrap(Wrap { trim: true });
    frame.render_widget(
        quote,
        Rect {
            height: quote_height,
            ..inner
        },
    );
    let text_area = Rect {
        y: inner.y + quote_height,
        height: inner.height.saturating_sub(quote_height),
        ..inner
    };
    frame.render_widget(&editor.textarea, text_area);
}
