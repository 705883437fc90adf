//! Modes: the part of the screen that has the keyboard decides which keys are in force. The
//! global keys hold in every mode; a mode adds its own, and a config can rebind an action for
//! one mode only (`[keys.reader]`), which then takes precedence there over `[keys]`.

use crate::tui::action::{Focus, View};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// Keys that hold everywhere (and on the loading screen).
    Global,
    Library,
    Reader,
    /// The counterparts pane beside the reader.
    Compare,
    Columns,
    Figures,
    Notes,
}

impl Mode {
    pub const ALL: [Mode; 7] = [
        Mode::Global,
        Mode::Library,
        Mode::Reader,
        Mode::Compare,
        Mode::Columns,
        Mode::Figures,
        Mode::Notes,
    ];

    /// The mode of a view and, in the Read view, of the pane with the keyboard. Overlays (help,
    /// the column picker) keep the mode beneath them; the editor and prompts take typed text.
    pub fn of(view: View, focus: Focus) -> Mode {
        match (view, focus) {
            (View::Read, Focus::Library) => Mode::Library,
            (View::Read, Focus::Reader) => Mode::Reader,
            (View::Read, Focus::Compare) => Mode::Compare,
            (View::Columns, _) => Mode::Columns,
            (View::Figures, _) => Mode::Figures,
            (View::Notes, _) => Mode::Notes,
        }
    }

    /// The Read view's panes, which Tab goes round.
    pub fn is_pane(self) -> bool {
        READ_VIEW.contains(&self)
    }

    /// The name of the mode's table in a config file (`[keys.reader]`); global keys are in
    /// `[keys]` itself.
    pub fn config_name(self) -> &'static str {
        match self {
            Mode::Global => "",
            Mode::Library => "library",
            Mode::Reader => "reader",
            Mode::Compare => "counterparts",
            Mode::Columns => "columns",
            Mode::Figures => "figures",
            Mode::Notes => "notes",
        }
    }

    pub fn from_config_name(name: &str) -> Option<Mode> {
        Mode::ALL
            .into_iter()
            .find(|m| *m != Mode::Global && m.config_name() == name)
    }

    /// As a heading: "Reader", "Figures view".
    pub fn title(self) -> &'static str {
        match self {
            Mode::Global => "Everywhere",
            Mode::Library => "Library",
            Mode::Reader => "Reader",
            Mode::Compare => "Counterparts",
            Mode::Columns => "Columns view",
            Mode::Figures => "Figures view",
            Mode::Notes => "Notes view",
        }
    }

    /// As a sentence ends: "everywhere", "in the reader".
    pub fn place(self) -> String {
        match self {
            Mode::Global => "everywhere".into(),
            Mode::Library | Mode::Reader => format!("in the {}", self.config_name()),
            Mode::Compare => "in the counterparts pane".into(),
            Mode::Columns | Mode::Figures | Mode::Notes => format!("in the {}", self.title()),
        }
    }
}

/// The three panes of the Read view, named together as "Read view" where all three share keys.
const READ_VIEW: [Mode; 3] = [Mode::Library, Mode::Reader, Mode::Compare];

/// Where a binding applies, for headings and the README: "Everywhere", "Reader",
/// "Read view, Notes view".
pub fn where_text(modes: &[Mode]) -> String {
    let whole_read_view = READ_VIEW.iter().all(|m| modes.contains(m));
    let mut parts: Vec<&str> = Vec::new();
    for m in modes {
        if whole_read_view && READ_VIEW.contains(m) {
            if !parts.contains(&"Read view") {
                parts.push("Read view");
            }
        } else {
            parts.push(m.title());
        }
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_view_and_pane_has_a_mode_and_config_names_read_back() {
        assert_eq!(Mode::of(View::Read, Focus::Compare), Mode::Compare);
        assert_eq!(Mode::of(View::Notes, Focus::Library), Mode::Notes);
        for m in Mode::ALL.into_iter().filter(|m| *m != Mode::Global) {
            assert_eq!(Mode::from_config_name(m.config_name()), Some(m));
        }
        assert_eq!(Mode::from_config_name(""), None);
    }

    #[test]
    fn the_three_read_panes_are_named_as_the_read_view() {
        let find = [Mode::Library, Mode::Reader, Mode::Compare, Mode::Notes];
        assert_eq!(where_text(&find), "Read view, Notes view");
        assert_eq!(where_text(&[Mode::Reader]), "Reader");
        assert_eq!(where_text(&[Mode::Global]), "Everywhere");
    }
}
