//! Prints the generated default config (`assets/config.toml`) or, with `keys`, the README's
//! key table: `cargo run --example print_defaults -- keys`.

fn main() {
    match std::env::args().nth(1).as_deref() {
        Some("keys") => print!("{}", crossread::tui::config_doc::key_table_markdown()),
        _ => print!("{}", crossread::tui::config_doc::default_config_toml()),
    }
}
