//! The keys in force: the one table of bindings (`table`) with the user's config applied, per
//! mode (`mode`), the key names people write ("ctrl-d", "shift-tab") and the names hints show
//! ("Ctrl-d").

mod mode;
mod table;

use super::action::Action;
use crossread::config::UserConfig;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

pub use mode::{Mode, where_text};
pub use table::{Entry, Section, TABLE};

/// Key bindings in force: the table's defaults with the user's overrides applied, one set per
/// mode (each holding the global keys too, unless the mode rebinds them).
#[derive(Debug, Clone)]
pub struct Keymap {
    modes: Vec<ModeKeys>,
}

/// The keys in force in one mode.
#[derive(Debug, Clone)]
pub struct ModeKeys {
    pub mode: Mode,
    pub bindings: Vec<(KeyEvent, Action)>,
    /// The keys of each action in force, as written, in table order.
    pub labels: Vec<(Action, Vec<String>)>,
}

impl Keymap {
    /// Builds the keymap; unknown action or mode names, unreadable keys and a key with two
    /// meanings in one mode are errors.
    pub fn new(config: &UserConfig) -> Result<Keymap, String> {
        check_names(config.keys.keys(), None)?;
        for (name, keys) in &config.mode_keys {
            let mode = Mode::from_config_name(name).ok_or_else(|| {
                let known: Vec<&str> = Mode::ALL[1..].iter().map(|m| m.config_name()).collect();
                format!("unknown mode [keys.{name}]; known: {}", known.join(", "))
            })?;
            check_names(keys.keys(), Some(mode))?;
        }
        let modes = Mode::ALL
            .into_iter()
            .map(|mode| ModeKeys::new(mode, config))
            .collect::<Result<Vec<_>, _>>()?;
        for m in &modes {
            super::keymap_check::check(m)?;
        }
        Ok(Keymap { modes })
    }

    fn in_mode(&self, mode: Mode) -> &ModeKeys {
        // Every mode is built in `new`; Global comes first.
        self.modes
            .iter()
            .find(|m| m.mode == mode)
            .unwrap_or(&self.modes[0])
    }

    /// The action a key press asks for in a mode, if any.
    pub fn action(&self, mode: Mode, key: KeyEvent) -> Option<Action> {
        let key = normalise_event(key);
        self.in_mode(mode)
            .bindings
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, a)| *a)
    }

    /// The keys of an action as written: those in force in `mode`, else (for a hint that
    /// sends the user elsewhere) those of the first mode it is in force in.
    fn labels(&self, mode: Mode, action: Action) -> &[String] {
        fn of(m: &ModeKeys, action: Action) -> Option<&[String]> {
            m.labels
                .iter()
                .find(|(a, _)| *a == action)
                .map(|(_, k)| k.as_slice())
        }
        of(self.in_mode(mode), action)
            .or_else(|| self.modes.iter().find_map(|m| of(m, action)))
            .unwrap_or_default()
    }

    /// The first key bound to an action in a mode, for the status bar's short hints, written
    /// as a person names it ("Esc", "Ctrl-s", "j").
    pub fn first_key_for(&self, mode: Mode, action: Action) -> String {
        self.labels(mode, action)
            .first()
            .map(|k| spoken(k))
            .unwrap_or_default()
    }

    /// The keys bound to an action in a mode, as the user would type them ("j/down").
    pub fn keys_for(&self, mode: Mode, action: Action) -> String {
        self.labels(mode, action).join("/")
    }
}

impl ModeKeys {
    /// The entries in force in `mode`, each with the keys the config gives it there: the
    /// mode's own table first, then `[keys]`, then the defaults.
    fn new(mode: Mode, config: &UserConfig) -> Result<ModeKeys, String> {
        let own = config.mode_keys.get(mode.config_name());
        let mut bindings = Vec::new();
        let mut labels = Vec::new();
        for e in TABLE.iter().filter(|e| e.applies_in(mode)) {
            let keys: Vec<String> =
                match own.and_then(|t| t.get(e.name)).or(config.keys.get(e.name)) {
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
        Ok(ModeKeys {
            mode,
            bindings,
            labels,
        })
    }
}

/// Every action name a config table uses must be in the table and, in a mode's table, apply
/// in that mode.
fn check_names<'a>(
    names: impl Iterator<Item = &'a String>,
    mode: Option<Mode>,
) -> Result<(), String> {
    let table = mode.map_or("[keys]".to_string(), |m| {
        format!("[keys.{}]", m.config_name())
    });
    for name in names {
        let Some(e) = TABLE.iter().find(|e| e.name == name) else {
            let known: Vec<&str> = TABLE.iter().map(|e| e.name).collect();
            return Err(format!(
                "unknown action \"{name}\" in {table}; known: {}",
                known.join(", ")
            ));
        };
        if let Some(mode) = mode.filter(|m| !e.applies_in(*m)) {
            return Err(format!(
                "{name} in {table} does nothing {} (it applies in: {})",
                mode.place(),
                where_text(e.modes)
            ));
        }
    }
    Ok(())
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

    /// A config file's text, as the user writes it.
    fn config(toml: &str) -> UserConfig {
        crossread::config::parse(toml).expect("valid TOML")
    }

    #[test]
    fn defaults_map_keys_to_actions() {
        let km = Keymap::new(&UserConfig::default()).expect("defaults are valid");
        let reader = |k| km.action(Mode::Reader, k);
        assert_eq!(
            reader(key(KeyCode::Char('j'), KeyModifiers::NONE)),
            Some(Action::Down)
        );
        assert_eq!(
            reader(key(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Some(Action::Quit)
        );
        assert_eq!(
            reader(key(KeyCode::Char('G'), KeyModifiers::SHIFT)),
            Some(Action::Bottom)
        );
        assert_eq!(reader(key(KeyCode::Char('z'), KeyModifiers::NONE)), None);
    }

    #[test]
    fn a_panes_own_keys_hold_only_there() {
        let km = Keymap::new(&UserConfig::default()).expect("defaults are valid");
        let v = key(KeyCode::Char('v'), KeyModifiers::NONE);
        assert_eq!(km.action(Mode::Reader, v), Some(Action::SelectRange));
        assert_eq!(km.action(Mode::Library, v), None);
        let d = key(KeyCode::Char('d'), KeyModifiers::NONE);
        assert_eq!(km.action(Mode::Notes, d), Some(Action::DeleteNote));
        assert_eq!(km.action(Mode::Reader, d), None);
        let l = key(KeyCode::Char('l'), KeyModifiers::NONE);
        assert_eq!(km.action(Mode::Figures, l), Some(Action::Right));
        assert_eq!(km.action(Mode::Global, l), None);
    }

    #[test]
    fn user_keys_replace_only_what_they_name() {
        let mut cfg = UserConfig::default();
        cfg.keys.insert("down".into(), vec!["J".into()]);
        let km = Keymap::new(&cfg).expect("valid");
        let reader = |k| km.action(Mode::Reader, k);
        assert_eq!(
            reader(key(KeyCode::Char('J'), KeyModifiers::SHIFT)),
            Some(Action::Down)
        );
        assert_eq!(reader(key(KeyCode::Char('j'), KeyModifiers::NONE)), None);
        assert_eq!(
            reader(key(KeyCode::Char('k'), KeyModifiers::NONE)),
            Some(Action::Up)
        );
        assert_eq!(km.keys_for(Mode::Notes, Action::Down), "J");
    }

    #[test]
    fn a_modes_own_table_takes_precedence_there_over_keys() {
        let cfg = config("[keys.reader]\nselect_range = [\"q\"]\nquit = [\"ctrl-q\"]\n");
        let km = Keymap::new(&cfg).expect("q has one meaning in each mode");
        let q = key(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(km.action(Mode::Reader, q), Some(Action::SelectRange));
        assert_eq!(km.action(Mode::Library, q), Some(Action::Quit));
        assert_eq!(km.first_key_for(Mode::Reader, Action::Quit), "Ctrl-q");
        assert_eq!(km.first_key_for(Mode::Notes, Action::Quit), "q");
    }

    #[test]
    fn a_hint_for_an_action_of_another_mode_names_its_keys_there() {
        let km = Keymap::new(&UserConfig::default()).expect("defaults are valid");
        assert_eq!(km.first_key_for(Mode::Reader, Action::DeleteNote), "d");
    }

    #[test]
    fn unknown_names_modes_and_keys_are_errors() {
        let mut cfg = UserConfig::default();
        cfg.keys.insert("fly".into(), vec!["x".into()]);
        assert!(Keymap::new(&cfg).unwrap_err().contains("fly"));
        let mut cfg = UserConfig::default();
        cfg.keys
            .insert("down".into(), vec!["ctrl-".into(), "xyz".into()]);
        assert!(Keymap::new(&cfg).is_err());
        let err = Keymap::new(&config("[keys.sidebar]\n")).unwrap_err();
        assert!(err.contains("sidebar") && err.contains("reader"), "{err}");
    }

    #[test]
    fn a_modes_table_names_only_actions_that_act_there() {
        let cfg = config("[keys.figures]\ndelete_note = [\"d\"]\n");
        let err = Keymap::new(&cfg).unwrap_err();
        assert!(
            err.contains("delete_note")
                && err.contains("Figures view")
                && err.contains("Notes view"),
            "{err}"
        );
    }

    #[test]
    fn every_default_key_parses_and_names_are_unique() {
        let mut names: Vec<&str> = TABLE.iter().map(|e| e.name).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), TABLE.len());
        for e in TABLE {
            assert!(!e.modes.is_empty(), "{} applies somewhere", e.name);
            for k in e.keys {
                assert!(parse_key(k).is_some(), "{k}");
            }
        }
    }
}
