//! The Custody desktop application: reads the command line, then runs the window. Every failure
//! before the window opens is a sentence on stderr and a non-zero exit status, never a panic.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use custody_app::Start;

/// The allocator, as the command line's (docs/decisions/2026-12-04-allocator.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let options = match custody_app::Options::from_args(std::env::args().skip(1)) {
        Ok(Start::Run(o)) => o,
        Ok(Start::Help) => {
            print!("{}", custody_app::USAGE);
            return;
        }
        Ok(Start::Version) => {
            println!("custody-app {}", env!("CARGO_PKG_VERSION"));
            return;
        }
        Err(message) => {
            eprintln!("custody-app: {message}\n\n{}", custody_app::USAGE);
            std::process::exit(2);
        }
    };
    if let Err(message) = custody_app::run(options) {
        eprintln!("custody-app: {message}");
        std::process::exit(1);
    }
}
