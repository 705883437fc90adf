//! Draws the whole screen from the state. Reads only: every costly thing is cached in `App`.

use super::action::View;
use super::app::App;
use super::components::Component;
use super::panes::{MIN_HEIGHT, MIN_WIDTH};
use super::views;
use ratatui::Frame;
use ratatui::layout::Alignment;
use ratatui::widgets::{Paragraph, Wrap};

pub fn draw(app: &App, frame: &mut Frame) {
    let panes = app.panes();
    if panes.too_small {
        let (w, h) = app.session.size;
        let text = format!(
            "crossread needs a terminal of at least {MIN_WIDTH}×{MIN_HEIGHT} (this one is {w}×{h})."
        );
        let p = Paragraph::new(text)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true });
        frame.render_widget(p, frame.area());
        return;
    }
    views::tabs::draw(app, frame, panes.tabs);
    match app.view {
        View::Read => {
            app.views.library.draw(&app.context(), frame, panes.library);
            if !panes.compare_replaces_reader() {
                app.views.reader.draw(&app.context(), frame, panes.reader);
            }
            if let Some(area) = panes.compare {
                app.views.compare.draw(&app.context(), frame, area);
            }
        }
        View::Columns => app.views.columns.draw(&app.context(), frame, panes.full),
        View::Figures => app.views.figures.draw(&app.context(), frame, panes.full),
        View::Notes => app.views.notes.draw(&app.context(), frame, panes.full),
    }
    match &app.overlays.prompt {
        Some(prompt) => prompt.draw(&app.context(), frame, panes.status),
        None => views::status::draw(app, frame, panes.status),
    }
    if let Some(editor) = &app.overlays.editor {
        editor.draw(&app.context(), frame, frame.area());
    }
    if let Some(help) = &app.overlays.help {
        help.draw(&app.context(), frame, frame.area());
    }
}
