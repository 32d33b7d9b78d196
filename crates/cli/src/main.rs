//! `custody`: the command line over custody-core.

mod args;
mod commands;
mod context;
mod output;

use clap::Parser;

fn main() {
    let cli = args::Cli::parse();
    let code = match commands::run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("custody: {e:#}");
            1
        }
    };
    std::process::exit(code);
}
