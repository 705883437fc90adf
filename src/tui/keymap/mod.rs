//! The keys in force: the one table of bindings (`table`) with the user's config applied, the
//! key names people write ("ctrl-d", "shift-tab") and the names hints show ("Ctrl-d").

mod table;

use super::action::Action;
use crossread::config::UserConfig;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

pub use table::{Section, TABLE};

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
