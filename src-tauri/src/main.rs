//! The Custody desktop application.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    let options = match custody_app::Options::from_args(std::env::args().skip(1)) {
        Ok(o) => o,
        Err(message) => {
            eprintln!("custody-app: {message}\nusage: custody-app [--db PATH] [--backup-dir PATH] [--idle-minutes N]");
            std::process::exit(2);
        }
    };
    custody_app::run(options);
}
