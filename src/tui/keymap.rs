//! The one keymap table: each entry an action, its config name, default keys and a description.
//! It drives key handling, the help overlay and the README's key table.

use super::action::{Action, View};
use crossread::config::UserConfig;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Where a binding applies, for the help overlay's sections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    General,
    Moving,
    Reading,
    Comparing,
    Notes,
}

impl Section {
    pub const ALL: [Section; 5] = [
        Section::General,
        Section::Moving,
        Section::Reading,
        Section::Comparing,
        Section::Notes,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Section::General => "General",
            Section::Moving => "Moving",
            Section::Reading => "Reading",
            Section::Comparing => "Comparing sources",
            Section::Notes => "Notes",
        }
    }
}

pub struct Entry {
    pub action: Action,
    pub name: &'static str,
    pub keys: &'static [&'static str],
    pub section: Section,
    pub description: &'static str,
}

const fn entry(
    action: Action,
    name: &'static str,
    keys: &'static [&'static str],
    section: Section,
    description: &'static str,
) -> Entry {
    Entry {
        action,
        name,
        keys,
        section,
        description,
    }
}

use Section::{Comparing, General, Moving, Notes, Reading};

/// The defaults. Names are what a config file's `[keys]` table uses.
pub const TABLE: &[Entry] = &[
    entry(
        Action::Help,
        "help",
        &["?", "f1"],
        General,
        "show or hide this help",
    ),
    entry(
        Action::Quit,
        "quit",
        &["q", "ctrl-c"],
        General,
        "quit crossread (notes are already saved)",
    ),
    entry(
        Action::Cancel,
        "cancel",
        &["esc"],
        General,
        "close the overlay, clear a range or a message",
    ),
    entry(
        Action::FocusNext,
        "focus_next",
        &["tab"],
        General,
        "move the keyboard: library → reader → counterparts",
    ),
    entry(
        Action::ShowView(View::Read),
        "view_read",
        &["1"],
        General,
        "Read view: library, reader and counterparts",
    ),
    entry(
        Action::ShowView(View::Columns),
        "view_columns",
        &["2"],
        General,
        "Columns view: 2 to 4 articles side by side",
    ),
    entry(
        Action::ShowView(View::Figures),
        "view_figures",
        &["3"],
        General,
        "Figures view: quantities × sources, conflicts first",
    ),
    entry(
        Action::ShowView(View::Notes),
        "view_notes",
        &["4"],
        General,
        "Notes view: every note, filterable",
    ),
    entry(
        Action::Down,
        "down",
        &["j", "down"],
        Moving,
        "next article / sentence / row",
    ),
    entry(
        Action::Up,
        "up",
        &["k", "up"],
        Moving,
        "previous article / sentence / row",
    ),
    entry(
        Action::Left,
        "left",
        &["h", "left"],
        Moving,
        "previous source column (Figures and Columns views)",
    ),
    entry(
        Action::Right,
        "right",
        &["l", "right"],
        Moving,
        "next source column (Figures and Columns views)",
    ),
    entry(
        Action::PageDown,
        "page_down",
        &["pagedown", "space"],
        Moving,
        "one page down",
    ),
    entry(
        Action::PageUp,
        "page_up",
        &["pageup"],
        Moving,
        "one page up",
    ),
    entry(
        Action::HalfPageDown,
        "half_page_down",
        &["ctrl-d"],
        Moving,
        "half a page down",
    ),
    entry(
        Action::HalfPageUp,
        "half_page_up",
        &["ctrl-u"],
        Moving,
        "half a page up",
    ),
    entry(
        Action::Top,
        "top",
        &["g", "home"],
        Moving,
        "first article / sentence / row",
    ),
    entry(
        Action::Bottom,
        "bottom",
        &["G", "end"],
        Moving,
        "last article / sentence / row",
    ),
    entry(
        Action::Open,
        "open",
        &["enter"],
        Reading,
        "open the article, counterpart, figure or note",
    ),
    entry(
        Action::SelectRange,
        "select_range",
        &["v"],
        Reading,
        "start or clear a range of sentences",
    ),
    entry(
        Action::JumpBack,
        "jump_back",
        &["ctrl-o", "backspace"],
        Reading,
        "jump back to where you were (jump list)",
    ),
    entry(
        Action::ToggleBoilerplate,
        "toggle_boilerplate",
        &["b"],
        Reading,
        "hide or show web-page leftovers (dimmed)",
    ),
    entry(
        Action::ToggleCompare,
        "toggle_compare",
        &["c"],
        Comparing,
        "show or hide the counterparts pane",
    ),
    entry(
        Action::NextUnique,
        "next_unique",
        &["s"],
        Comparing,
        "next sentence only this source reports",
    ),
    entry(
        Action::CycleStrictness,
        "strictness",
        &["S"],
        Comparing,
        "how sure a match must be: lenient, balanced, strict",
    ),
    entry(
        Action::NextConflict,
        "next_conflict",
        &["]"],
        Comparing,
        "next figure the sources disagree on (Columns view: such row)",
    ),
    entry(
        Action::PrevConflict,
        "prev_conflict",
        &["["],
        Comparing,
        "previous figure the sources disagree on (Columns view: such row)",
    ),
    entry(
        Action::NextDifference,
        "next_difference",
        &["}"],
        Comparing,
        "Columns view: next row whose sources differ in content",
    ),
    entry(
        Action::PrevDifference,
        "prev_difference",
        &["{"],
        Comparing,
        "Columns view: previous row whose sources differ in content",
    ),
    entry(
        Action::MarkColumn,
        "mark_column",
        &["x"],
        Comparing,
        "pick articles for the Columns view (library, or a list in that view)",
    ),
    entry(
        Action::NewNote,
        "new_note",
        &["n"],
        Notes,
        "write a note on the sentence, range, figure or group",
    ),
    entry(
        Action::EditNote,
        "edit_note",
        &["e"],
        Notes,
        "edit the note (Notes view, or the sentence's note)",
    ),
    entry(
        Action::DeleteNote,
        "delete_note",
        &["d"],
        Notes,
        "delete the note (Notes view)",
    ),
    entry(
        Action::UndoDelete,
        "undo_delete",
        &["u"],
        Notes,
        "undo the last delete",
    ),
    entry(
        Action::Filter,
        "find",
        &["/"],
        Reading,
        "find text (Notes view: filter by text, #tag, @source)",
    ),
    entry(
        Action::Export,
        "export",
        &["E"],
        Notes,
        "export notes to Markdown",
    ),
];

/// Key bindings in force: the table's defaults with the user's overrides applied.
#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: Vec<(KeyEvent, Action)>,
    /// Display form of each action's keys, in table order.
    labels: Vec<(Action, Vec<String>)>,
}

impl Keymap {
    /// Builds the keymap; unknown action names or unreadable keys in the config are errors.
    pub fn new(config: &UserConfig) -> Result<Keymap, String> {
        for name in config.keys.keys() {
            if !TABLE.iter().any(|e| e.name == name) {
                let known: Vec<&str> = TABLE.iter().map(|e| e.name).collect();
                return Err(format!(
                    "unknown action \"{name}\" in [keys]; known: {}",
                    known.join(", ")
                ));
            }
        }
        let mut bindings = Vec::new();
        let mut labels = Vec::new();
        for e in TABLE {
            let keys: Vec<String> = match config.keys.get(e.name) {
                Some(user) => user.clone(),
                None => e.keys.iter().map(|k| k.to_string()).collect(),
            };
            for k in &keys {
                let event = parse_key(k)
                    .ok_or_else(|| format!("cannot read key \"{k}\" for {}", e.name))?;
                bindings.push((event, e.action));
            }
            labels.push((e.action, keys));
        }
        super::keymap_check::check(&bindings, &labels)?;
        Ok(Keymap { bindings, labels })
    }

    /// The action a key press asks for, if any.
    pub fn action(&self, key: KeyEvent) -> Option<Action> {
        let key = normalise_event(key);
        self.bindings
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, a)| *a)
    }

    /// The first key bound to an action, for the status bar's short hints, written as a
    /// person names it ("Esc", "Ctrl-s", "j").
    pub fn first_key_for(&self, action: Action) -> String {
        self.labels
            .iter()
            .find(|(a, _)| *a == action)
            .and_then(|(_, k)| k.first())
            .map(|k| spoken(k))
            .unwrap_or_default()
    }

    /// The keys bound to an action, as the user would type them ("j/down").
    pub fn keys_for(&self, action: Action) -> String {
        self.labels
            .iter()
            .find(|(a, _)| *a == action)
            .map(|(_, k)| k.join("/"))
            .unwrap_or_default()
    }
}

/// A key as hints write it: names and modifiers capitalised ("esc" → "Esc", "ctrl-s" →
/// "Ctrl-s"), single characters as typed ("G", "?", "-").
fn spoken(key: &str) -> String {
    if key.chars().count() == 1 {
        return key.to_string();
    }
    let parts: Vec<String> = key
        .split('-')
        .map(|part| {
            let mut chars = part.chars();
            match chars.next() {
                Some(first) if part.chars().count() > 1 => {
                    first.to_uppercase().chain(chars).collect()
                }
                _ => part.to_string(),
            }
        })
        .collect();
    parts.join("-")
}

/// Shifted letters arrive as uppercase with SHIFT on some terminals and without on others.
fn normalise_event(key: KeyEvent) -> KeyEvent {
    let mut mods =
        key.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
    if let KeyCode::Char(c) = key.code
        && (!c.is_ascii_alphabetic() || c.is_ascii_uppercase())
    {
        mods.remove(KeyModifiers::SHIFT);
    }
    if key.code == KeyCode::BackTab {
        mods.remove(KeyModifiers::SHIFT);
    }
    KeyEvent::new(key.code, mods)
}

/// Reads "j", "G", "ctrl-d", "alt-x", "shift-tab", "enter", "f1", "space".
pub fn parse_key(s: &str) -> Option<KeyEvent> {
    let mut mods = KeyModifiers::NONE;
    let mut rest = s;
    loop {
        let lower = rest.to_ascii_lowercase();
        if rest.len() > 1 && lower.starts_with("ctrl-") {
            mods |= KeyModifiers::CONTROL;
            rest = &rest[5..];
        } else if rest.len() > 1 && lower.starts_with("alt-") {
            mods |= KeyModifiers::ALT;
            rest = &rest[4..];
        } else if rest.len() > 1 && lower.starts_with("shift-") {
            mods |= KeyModifiers::SHIFT;
            rest = &rest[6..];
        } else {
            break;
        }
    }
    let code = match rest.to_ascii_lowercase().as_str() {
        "enter" | "return" => KeyCode::Enter,
        "esc" | "escape" => KeyCode::Esc,
        "tab" if mods.contains(KeyModifiers::SHIFT) => {
            mods.remove(KeyModifiers::SHIFT);
            KeyCode::BackTab
        }
        "tab" => KeyCode::Tab,
        "backtab" => KeyCode::BackTab,
        "backspace" => KeyCode::Backspace,
        "delete" | "del" => KeyCode::Delete,
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "pageup" | "pgup" => KeyCode::PageUp,
        "pagedown" | "pgdn" => KeyCode::PageDown,
        "space" => KeyCode::Char(' '),
        f if f.len() >= 2 && f.starts_with('f') && f[1..].parse::<u8>().is_ok() => {
            KeyCode::F(f[1..].parse().ok()?)
        }
        _ => {
            let mut chars = rest.chars();
            let c = chars.next()?;
            if chars.next().is_some() {
                return None;
            }
            if mods.contains(KeyModifiers::SHIFT) && c.is_ascii_alphabetic() {
                mods.remove(KeyModifiers::SHIFT);
                KeyCode::Char(c.to_ascii_uppercase())
            } else {
                KeyCode::Char(c)
            }
        }
    };
    Some(normalise_event(KeyEvent::new(code, mods)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn defaults_map_keys_to_actions() {
        let km = Keymap::new(&UserConfig::default()).expect("defaults are valid");
        assert_eq!(
            km.action(key(KeyCode::Char('j'), KeyModifiers::NONE)),
            Some(Action::Down)
        );
        assert_eq!(
            km.action(key(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Some(Action::Quit)
        );
        assert_eq!(
            km.action(key(KeyCode::Char('G'), KeyModifiers::SHIFT)),
            Some(Action::Bottom)
        );
        assert_eq!(km.action(key(KeyCode::Char('z'), KeyModifiers::NONE)), None);
    }

    #[test]
    fn user_keys_replace_only_what_they_name() {
        let mut cfg = UserConfig::default();
        cfg.keys.insert("down".into(), vec!["J".into()]);
        let km = Keymap::new(&cfg).expect("valid");
        assert_eq!(
            km.action(key(KeyCode::Char('J'), KeyModifiers::SHIFT)),
            Some(Action::Down)
        );
        assert_eq!(km.action(key(KeyCode::Char('j'), KeyModifiers::NONE)), None);
        assert_eq!(
            km.action(key(KeyCode::Char('k'), KeyModifiers::NONE)),
            Some(Action::Up)
        );
        assert_eq!(km.keys_for(Action::Down), "J");
    }

    #[test]
    fn unknown_names_and_keys_are_errors() {
        let mut cfg = UserConfig::default();
        cfg.keys.insert("fly".into(), vec!["x".into()]);
        assert!(Keymap::new(&cfg).unwrap_err().contains("fly"));
        let mut cfg = UserConfig::default();
        cfg.keys
            .insert("down".into(), vec!["ctrl-".into(), "xyz".into()]);
        assert!(Keymap::new(&cfg).is_err());
    }

    #[test]
    fn every_default_key_parses_and_names_are_unique() {
        let mut names: Vec<&str> = TABLE.iter().map(|e| e.name).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), TABLE.len());
        for e in TABLE {
            for k in e.keys {
                assert!(parse_key(k).is_some(), "{k}");
            }
        }
    }
}
