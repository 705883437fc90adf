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
        let (w, h) = app.size;
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
            app.library.draw(&app.context(), frame, panes.library);
            app.reader.draw(&app.context(), frame, panes.reader);
            if let Some(area) = panes.compare {
                app.compare.draw(&app.context(), frame, area);
            }
        }
        View::Columns => app.columns.draw(&app.context(), frame, panes.full),
        View::Figures => app.figures_view.draw(&app.context(), frame, panes.full),
        View::Notes => app.notes_view.draw(&app.context(), frame, panes.full),
    }
    views::status::draw(app, frame, panes.status);
    if let Some(editor) = &app.editor {
        views::editor::draw(app, editor, frame);
    }
    if let Some(help) = &app.help {
        help.draw(&app.context(), frame, frame.area());
    }
}
