//! The status bar: the main keys for what has the keyboard, and the latest message.

use crate::tui::action::{Action, Focus};
use crate::tui::app::App;
use crate::tui::theme::Role;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let bar = app.theme.style(Role::StatusBar);
    let hints: &[(Action, &str)] = match app.focus {
        Focus::Library => &[
            (Action::Down, "move"),
            (Action::Open, "open"),
            (Action::FocusNext, "reader"),
        ],
        Focus::Reader => &[
            (Action::Down, "sentence"),
            (Action::PageDown, "page"),
            (Action::ToggleBoilerplate, "leftovers"),
            (Action::FocusNext, "library"),
        ],
    };
    let mut spans = vec![Span::styled(" ", bar)];
    let common = [(Action::Help, "help"), (Action::Quit, "quit")];
    for (action, label) in hints.iter().chain(common.iter()) {
        spans.push(Span::styled(
            app.keymap.first_key_for(*action),
            bar.patch(app.theme.style(Role::Key)),
        ));
        spans.push(Span::styled(format!(" {label}  "), bar));
    }
    if let Some(m) = &app.message {
        let style = if m.error {
            bar.patch(app.theme.style(Role::Error))
        } else {
            bar
        };
        spans.push(Span::styled(format!("│ {}", m.text), style));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)).style(bar), area);
}
