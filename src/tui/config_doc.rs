//! The default config file, written out from the keymap and theme tables with their
//! descriptions: `assets/config.toml` is this text (a test keeps them equal).

use super::{keymap, theme};

pub fn default_config_toml() -> String {
    let mut out = String::from(
        "# crossread configuration: copy to the config folder (see README) and keep only what\n\
         # you change. Entries you leave out keep their defaults.\n\
         # Keys hold where the comment says; a key may mean different things in different\n\
         # places, but only one thing where it is in force. To rebind an action in one place\n\
         # only, add a table for it (library, reader, counterparts, columns, figures, notes),\n\
         # e.g. [keys.reader] with select_range = [\"q\"] and quit = [\"ctrl-q\"].\n\n[keys]\n",
    );
    for e in keymap::TABLE {
        let keys: Vec<String> = e.keys.iter().map(|k| format!("{k:?}")).collect();
        let place = if e.is_global() {
            String::new()
        } else {
            format!(" ({})", keymap::where_text(e.modes))
        };
        out.push_str(&format!(
            "# {}{place}\n{} = [{}]\n",
            e.description,
            e.name,
            keys.join(", ")
        ));
    }
    out.push_str("\n# Styles: modifiers (bold dim italic underlined reverse), a colour, \"on\" and a background\n# colour. Colours: black red green yellow blue magenta cyan gray darkgray white, light…, #rrggbb, 0-255.\n[colors]\n");
    for e in theme::TABLE {
        out.push_str(&format!(
            "# {}\n{} = {:?}\n",
            e.description, e.name, e.default
        ));
    }
    out.push_str(&format!(
        "\n# How sure a match must be to count as the same fact: \"lenient\", \"balanced\" or \"strict\"\n\
         # (the `{}` key moves it while reading).\n[align]\nstrictness = {:?}\n",
        keymap::TABLE
            .iter()
            .find(|e| e.name == "strictness")
            .and_then(|e| e.keys.first())
            .unwrap_or(&""),
        crossread::align::Strictness::default().name()
    ));
    out
}

/// The README's key table, from the keymap table, with where each binding is in force (a test
/// keeps the README in step; `crossread keys` prints it).
pub fn key_table_markdown() -> String {
    let mut out =
        String::from("| Keys | What they do | Where | Config name |\n|---|---|---|---|\n");
    for section in keymap::Section::ALL {
        out.push_str(&format!("| **{}** | | | |\n", section.title()));
        for e in keymap::TABLE.iter().filter(|e| e.section == section) {
            let keys: Vec<String> = e
                .keys
                .iter()
                .map(|k| format!("`{}`", k.replace('|', "\\|")))
                .collect();
            out.push_str(&format!(
                "| {} | {} | {} | `{}` |\n",
                keys.join(" "),
                e.description,
                keymap::where_text(e.modes),
                e.name
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossread::config;

    #[test]
    fn the_default_config_parses_back_to_the_defaults() {
        let parsed = config::parse(&default_config_toml()).expect("valid TOML");
        assert_eq!(parsed.keys.len(), keymap::TABLE.len());
        assert_eq!(parsed.colors.len(), theme::TABLE.len());
        keymap::Keymap::new(&parsed).expect("keys valid");
        theme::Theme::new(&parsed, true).expect("colours valid");
    }

    #[test]
    fn the_readme_documents_every_key() {
        let readme = include_str!("../../README.md");
        assert!(
            readme.contains(&key_table_markdown()),
            "paste key_table_markdown() into the README's key section"
        );
    }

    #[test]
    fn assets_config_toml_is_the_generated_default() {
        let on_disk = include_str!("../../assets/config.toml");
        assert_eq!(
            on_disk,
            default_config_toml(),
            "regenerate assets/config.toml from the tables"
        );
    }
}
