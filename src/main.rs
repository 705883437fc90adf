//! crossread's entry point: parse the command line, then run a subcommand or the TUI.
#![forbid(unsafe_code)]

mod cli;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    let result = match args.command {
        Some(command) => cli::run(command),
        None => Err(anyhow::anyhow!("the terminal UI is not built yet")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("crossread: error: {e:#}");
            ExitCode::from(2)
        }
    }
}
