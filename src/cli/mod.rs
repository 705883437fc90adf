//! Command line: `crossread [PATH...]` opens the TUI; subcommands print results for scripts.

mod align;
mod export;
mod figures;
mod list;
pub mod output;
mod report;
mod strictness;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
pub use strictness::StrictnessArg;

/// Read several news articles about the same event side by side.
#[derive(Debug, Parser)]
#[command(name = "crossread", version, about, long_about = None, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Articles to open: files or folders of .txt, .md and .html. None: the bundled seeds.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Notebook file to keep notes in (default: notebook.json in the data folder, shared by
    /// every set of articles).
    #[arg(long, value_name = "FILE", global = true)]
    pub notes: Option<PathBuf>,

    /// How sure a match must be to count as the same fact (default: the config file's
    /// [align] strictness, else balanced).
    #[arg(long, value_enum, value_name = "LEVEL", global = true)]
    pub strictness: Option<StrictnessArg>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the articles: title, outlet, date, words and sentences.
    List {
        /// Print JSON (contract v1) instead of a table.
        #[arg(long)]
        json: bool,
        /// Articles: files or folders of .txt, .md and .html. None: the bundled seeds.
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Group the sentences that report the same fact across the articles.
    Align {
        /// Print JSON (contract v1) instead of text.
        #[arg(long)]
        json: bool,
        /// Print phase timings and counts to stderr.
        #[arg(long)]
        stats: bool,
        /// Articles: files or folders of .txt, .md and .html. None: the bundled seeds.
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Export the notes on these articles to Markdown (default) or Web Annotation JSON-LD.
    Export {
        /// Output format.
        #[arg(long, value_enum, default_value = "md")]
        format: export::Format,
        /// File to write (`-` for standard output). Default: crossread-notes.md / .jsonld.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Overwrite the output file if it exists.
        #[arg(long)]
        force: bool,
        /// Articles: files or folders of .txt, .md and .html. None: the bundled seeds.
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Every figure (counts, durations, money …), what it counts, and where sources disagree.
    Figures {
        /// Print JSON (contract v1) instead of a table.
        #[arg(long)]
        json: bool,
        /// Articles: files or folders of .txt, .md and .html. None: the bundled seeds.
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// The whole analysis: each article's corroboration and the figures in conflict, or with
    /// --json one document with articles, groups, figures, comparisons and every quantity.
    Report {
        /// Print JSON (contract v1) instead of a Markdown summary.
        #[arg(long)]
        json: bool,
        /// Articles: files or folders of .txt, .md and .html. None: the bundled seeds.
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Print the default configuration, every key and style with what it does: save it as
    /// config.toml (see README) and keep the lines you change.
    Config,
    /// Print the default keys of the reader as a Markdown table.
    Keys,
}

/// Runs a subcommand. Errors are user-facing and mean exit status 2.
pub fn run(
    command: Command,
    notes: Option<&std::path::Path>,
    strictness: Option<StrictnessArg>,
) -> anyhow::Result<()> {
    // Only the commands that group passages read the config for it (a broken config file
    // is then an error that names it).
    let strictness = || strictness::resolve(strictness);
    match command {
        Command::Export {
            format,
            output,
            force,
            paths,
        } => export::run(
            &paths,
            format,
            output.as_deref(),
            force,
            notes,
            strictness()?,
        ),
        Command::List { json, paths } => list::run(&paths, json),
        Command::Align { json, stats, paths } => align::run(&paths, json, stats, strictness()?),
        Command::Figures { json, paths } => figures::run(&paths, json),
        Command::Report { json, paths } => report::run(&paths, json, strictness()?),
        Command::Config => output::print_text(&crate::tui::config_doc::default_config_toml()),
        Command::Keys => output::print_text(&crate::tui::config_doc::key_table_markdown()),
    }
}
