//! Checks on a keymap built from the user's config: a way out, and one meaning per key.

use super::action::Action;
use super::keymap::{TABLE, parse_key};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A keymap must leave a way out and give each key one meaning: no key bound to two actions
/// (one would be unreachable, and help would list the key twice), Ctrl-C (which always quits)
/// bound to nothing else, and at least one key for quit.
pub fn check(
    bindings: &[(KeyEvent, Action)],
    labels: &[(Action, Vec<String>)],
) -> Result<(), String> {
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
        return Err(
            "quit has no key, which would leave no way out; give it one, e.g. quit = [\"q\"]"
                .into(),
        );
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
                "key \"{}\" is bound to both {} and {}; a key can do one thing — change one of them",
                label(*second, key),
                name(*first),
                name(*second)
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
