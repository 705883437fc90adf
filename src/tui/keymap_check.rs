//! Checks on a keymap built from the user's config, mode by mode: a way out, and one meaning
//! per key among the keys in force together.

use super::action::Action;
use super::keymap::{Mode, ModeKeys, TABLE, parse_key};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// The keys in force in a mode must leave a way out and give each key one meaning: no key
/// bound to two actions there (one would be unreachable, and help would list the key twice),
/// Ctrl-C (which always quits) bound to nothing else, and at least one key for quit. The same
/// key may mean different things in different modes.
pub fn check(keys: &ModeKeys) -> Result<(), String> {
    let ModeKeys {
        mode,
        bindings,
        labels,
    } = keys;
    let name = |a: Action| TABLE.iter().find(|e| e.action == a).map_or("?", |e| e.name);
    let label = |a: Action, k: &KeyEvent| {
        let keys = labels.iter().find(|(x, _)| *x == a).map(|(_, k)| k);
        keys.and_then(|keys| keys.iter().find(|s| parse_key(s).as_ref() == Some(k)))
            .cloned()
            .unwrap_or_default()
    };
    if labels
        .iter()
        .any(|(a, keys)| *a == Action::Quit && keys.is_empty())
    {
        let table = match mode {
            Mode::Global => "[keys]".to_string(),
            m => format!("[keys.{}]", m.config_name()),
        };
        return Err(format!(
            "quit has no key {}, which would leave no way out; give it one in {table}, e.g. quit = [\"q\"]",
            mode.place()
        ));
    }
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    if let Some((k, a)) = bindings
        .iter()
        .find(|(k, a)| *k == ctrl_c && *a != Action::Quit)
    {
        return Err(format!(
            "\"{}\" is bound to {}, but Ctrl-C always quits; choose another key for {}",
            label(*a, k),
            name(*a),
            name(*a)
        ));
    }
    for (i, (key, first)) in bindings.iter().enumerate() {
        if let Some((_, second)) = bindings[i + 1..]
            .iter()
            .find(|(k, a)| k == key && a != first)
        {
            return Err(format!(
                "key \"{}\" is bound to both {} and {} {}; a key can do one thing where it is in force — change one of them",
                label(*second, key),
                name(*first),
                name(*second),
                mode.place()
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::keymap::Keymap;
    use crossread::config::UserConfig;

    #[test]
    fn a_key_bound_to_two_actions_is_refused_naming_both() {
        for (action, key, other) in [("new_note", "q", "quit"), ("down", "n", "new_note")] {
            let mut cfg = UserConfig::default();
            cfg.keys.insert(action.into(), vec![key.into()]);
            let err = Keymap::new(&cfg).expect_err("conflict is refused");
            assert!(
                err.contains(action) && err.contains(other) && err.contains(key),
                "{err}"
            );
        }
    }

    #[test]
    fn a_key_bound_twice_within_one_mode_is_refused_naming_the_mode() {
        // `b` hides leftovers in the Read view's panes; the reader's range key cannot take it.
        let mut cfg = UserConfig::default();
        cfg.keys.insert("select_range".into(), vec!["b".into()]);
        let err = Keymap::new(&cfg).expect_err("conflict in the reader is refused");
        assert!(
            err.contains("select_range") && err.contains("toggle_boilerplate"),
            "{err}"
        );
        assert!(err.contains("in the reader"), "{err}");
    }

    #[test]
    fn the_same_key_in_two_modes_is_allowed() {
        // `d` deletes in the Notes view; in the reader it may start a range.
        let mut cfg = UserConfig::default();
        cfg.keys.insert("select_range".into(), vec!["d".into()]);
        Keymap::new(&cfg).expect("d means one thing in each mode");
    }

    #[test]
    fn a_modes_table_cannot_leave_it_without_quit() {
        let cfg = crossread::config::parse("[keys.notes]\nquit = []\n").expect("valid TOML");
        let err = Keymap::new(&cfg).expect_err("no way out of the Notes view");
        assert!(
            err.contains("Notes view") && err.contains("[keys.notes]"),
            "{err}"
        );
    }

    #[test]
    fn a_config_without_a_quit_key_is_refused() {
        let mut cfg = UserConfig::default();
        cfg.keys.insert("quit".into(), vec![]);
        let err = Keymap::new(&cfg).expect_err("no way out is refused");
        assert!(err.contains("quit"), "{err}");
    }

    #[test]
    fn ctrl_c_cannot_be_given_to_another_action() {
        let mut cfg = UserConfig::default();
        cfg.keys.insert("quit".into(), vec!["q".into()]);
        cfg.keys.insert("find".into(), vec!["ctrl-c".into()]);
        let err = Keymap::new(&cfg).expect_err("ctrl-c always quits");
        assert!(err.contains("find") && err.contains("Ctrl-C"), "{err}");
    }
}
