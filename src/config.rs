//! The user's configuration file: key bindings and colours by name.
//!
//! The defaults live in code (the TUI's keymap and theme tables, each entry with a
//! description); the file only overrides the entries it names. Looked up at `CROSSREAD_CONFIG`,
//! else `config.toml` in the platform's config folder (the `directories` crate).
//!
//! ```toml
//! [keys]
//! next_sentence = ["j", "down"]
//! quit = ["q", "ctrl-c"]
//!
//! [keys.reader]          # optional: keys for one mode only, in force there before [keys]
//! select_range = ["q"]
//! quit = ["ctrl-q"]
//!
//! [colors]
//! current_sentence = "black on yellow"
//! conflict = "bold red"
//!
//! [align]
//! strictness = "strict"
//! ```

use crate::error::{Error, Result};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// What a config file says: raw names and strings, checked by the TUI against its tables.
#[derive(Debug, Default, Clone, Deserialize, PartialEq)]
#[serde(try_from = "RawConfig")]
pub struct UserConfig {
    /// Action name → keys ("j", "down", "ctrl-d", "shift-tab", "f1", "?").
    pub keys: BTreeMap<String, Vec<String>>,
    /// Mode name ("reader", "notes" …) → action name → keys in force in that mode only:
    /// a `[keys.reader]` table inside `[keys]`.
    pub mode_keys: BTreeMap<String, BTreeMap<String, Vec<String>>>,
    /// Style name → `"[modifiers] [fg] [on bg]"`, e.g. "bold red", "black on yellow", "reverse".
    pub colors: BTreeMap<String, String>,
    pub align: AlignSettings,
}

/// The file as written: `[keys]` holds lists of keys and, optionally, one table per mode.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    keys: BTreeMap<String, toml::Value>,
    #[serde(default)]
    colors: BTreeMap<String, String>,
    #[serde(default)]
    align: AlignSettings,
}

impl TryFrom<RawConfig> for UserConfig {
    type Error = String;

    fn try_from(raw: RawConfig) -> std::result::Result<UserConfig, String> {
        let mut config = UserConfig {
            colors: raw.colors,
            align: raw.align,
            ..UserConfig::default()
        };
        for (name, value) in raw.keys {
            let wrong = format!(
                "[keys] {name}: expected a list of keys such as [\"j\", \"down\"], or a mode's table such as [keys.reader]"
            );
            if value.is_table() {
                let table = value.try_into().map_err(|_| wrong)?;
                config.mode_keys.insert(name, table);
            } else {
                let keys = value.try_into().map_err(|_| wrong)?;
                config.keys.insert(name, keys);
            }
        }
        Ok(config)
    }
}

/// How the alignment decides.
#[derive(Debug, Default, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AlignSettings {
    /// How sure a match must be to count as the same fact: "lenient", "balanced" (default)
    /// or "strict" (`align::Strictness`).
    #[serde(default)]
    pub strictness: crate::align::Strictness,
}

/// Where the config file is looked for.
pub fn config_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CROSSREAD_CONFIG").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    directories::ProjectDirs::from("", "", "crossread").map(|d| d.config_dir().join("config.toml"))
}

/// Reads the user's config file. A missing file is an empty config; a broken one is an error
/// that names the file and the problem.
pub fn load() -> Result<UserConfig> {
    match config_path() {
        Some(path) => load_from(&path),
        None => Ok(UserConfig::default()),
    }
}

pub fn load_from(path: &Path) -> Result<UserConfig> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(UserConfig::default()),
        Err(e) => return Err(Error::read(path, &e)),
    };
    parse(&text)
        .map_err(|reason| Error::Invalid(format!("config file {}: {reason}", path.display())))
}

pub fn parse(text: &str) -> std::result::Result<UserConfig, String> {
    toml::from_str(text).map_err(|e| e.message().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_keys_and_colors() {
        let c = parse("[keys]\nquit = [\"x\"]\n[colors]\nconflict = \"bold red\"\n")
            .expect("valid config");
        assert_eq!(c.keys["quit"], ["x"]);
        assert_eq!(c.colors["conflict"], "bold red");
    }

    #[test]
    fn keys_for_one_mode_sit_in_a_table_inside_keys() {
        let c = parse("[keys]\nquit = [\"q\"]\n[keys.reader]\nselect_range = [\"q\"]\n")
            .expect("valid config");
        assert_eq!(c.keys["quit"], ["q"]);
        assert_eq!(c.mode_keys["reader"]["select_range"], ["q"]);
        let err = parse("[keys]\nquit = \"q\"\n").expect_err("a bare string is not a list");
        assert!(err.contains("list of keys"), "{err}");
    }

    #[test]
    fn the_analyst_can_ask_for_strict_matching() {
        let c = parse("[align]\nstrictness = \"strict\"\n").expect("valid config");
        assert_eq!(c.align.strictness, crate::align::Strictness::Strict);
        assert_eq!(
            parse("").expect("empty").align.strictness,
            crate::align::Strictness::Balanced
        );
        let err = parse("[align]\nstrictness = \"sure\"\n").expect_err("unknown level");
        assert!(err.contains("strict"), "{err}");
    }

    #[test]
    fn unknown_sections_are_reported() {
        let err = parse("[keyz]\nquit = [\"x\"]\n").expect_err("typo is an error");
        assert!(err.contains("keyz"), "{err}");
    }

    #[test]
    fn a_missing_file_is_an_empty_config() {
        let c =
            load_from(Path::new("/nonexistent/crossread/config.toml")).expect("missing is fine");
        assert_eq!(c, UserConfig::default());
    }
}
