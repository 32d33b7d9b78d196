//! `custody-hub`: parses the command line, runs it on a multi-threaded runtime, and turns a
//! failure into one line on stderr and exit status 1 (clap's usage errors exit with 2).

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = custody_hub::cli::Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("custody-hub: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(custody_hub::cli::run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("custody-hub: {e}");
            ExitCode::FAILURE
        }
    }
}
