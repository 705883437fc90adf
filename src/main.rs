//! crossread's entry point: parse the command line, then run a subcommand or the TUI.
// Unsafe code only where the allocator is set up (`allocator`), nowhere else.
#![deny(unsafe_code)]

mod allocator;
mod cli;
mod tui;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    allocator::tune();
    let args = cli::Cli::parse();
    let result = match args.command {
        Some(command) => cli::run(command, args.notes.as_deref(), args.strictness),
        None => tui::run(
            &args.paths,
            args.notes.as_deref(),
            args.strictness.map(Into::into),
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // Paths in errors are the user's, and may hold escape sequences.
            let message = format!("{e:#}");
            eprintln!(
                "crossread: error: {}",
                crossread::corpus::sanitize::lines_for_display(&message)
            );
            ExitCode::from(2)
        }
    }
}
