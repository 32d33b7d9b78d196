//! `custody`: the command line over custody-api.

/// The allocator: the lists and the appender allocate per row, and mimalloc does that faster
/// than the system's (docs/decisions/2026-12-04-allocator.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod args;
mod backup;
mod commands;
mod context;
mod count;
mod expected;
mod files;
mod insights;
mod ledger;
mod levels;
mod master;
mod movement;
mod national;
mod output;
mod recall;
mod replenish;
mod report;
mod said;
mod scan_image;
mod settings;
mod setup;
mod speech;
mod stock;
mod sync;
mod users;

use clap::Parser;

fn main() {
    // Output piped into `head` or a closed pager ends the run quietly, as for any Unix tool.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .unwrap_or_default();
        if message.contains("Broken pipe") {
            std::process::exit(0);
        }
        default_hook(info);
    }));
    let cli = args::Cli::parse();
    let as_json = cli.json;
    let code = match commands::run(cli) {
        Ok(code) => code,
        Err(e) if as_json => {
            // `--json` is never translated: the command line's own errors are said in English.
            speech::speak(custody_api::Lang::En);
            eprintln!("{}", output::error_json(e));
            1
        }
        Err(e) => {
            eprintln!("custody: {}", output::error_message_in(&e, speech::lang()));
            1
        }
    };
    std::process::exit(code);
}
