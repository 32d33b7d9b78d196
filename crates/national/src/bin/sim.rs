//! `custody-national-sim`: runs nmvs-sim (`--eu`) or vrs-sim (`--us`) on loopback for manual
//! runs, knowing the packs of a JSON file (nmvs-sim: `[{"pack": {...}, "state": "Active",
//! "foreign": false}]`; vrs-sim: `[{"pack": {...}, "additional_info": "Recalled"}]`), until
//! interrupted.

use std::path::PathBuf;

use clap::Parser;
use custody_national::sim::{NmvsSim, SimPack, VrsPack, VrsSim};

/// The simulators' command line.
#[derive(Debug, Parser)]
#[command(about = "Run a national verification system simulator on loopback")]
struct Args {
    /// Run nmvs-sim, the EU (NMVS-style) system.
    #[arg(long, conflicts_with = "us", required_unless_present = "us")]
    eu: bool,
    /// Run vrs-sim, the US (VRS-style) router.
    #[arg(long)]
    us: bool,
    /// The loopback port (0 for any free one).
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// A JSON file of the packs the simulator knows.
    #[arg(long)]
    packs: Option<PathBuf>,
}

/// A failure, in words for the terminal.
type Result<T> = std::result::Result<T, String>;

fn main() -> std::process::ExitCode {
    match run(Args::parse()) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("custody-national-sim: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn run(args: Args) -> Result<()> {
    let text = match &args.packs {
        Some(path) => std::fs::read_to_string(path)
            .map_err(|e| format!("{} cannot be read: {e}", path.display()))?,
        None => "[]".to_string(),
    };
    let bad = |e: serde_json::Error| format!("the packs file does not read: {e}");
    if args.eu {
        let packs: Vec<SimPack> = serde_json::from_str(&text).map_err(bad)?;
        let sim = NmvsSim::start_on(args.port, packs).map_err(|e| e.to_string())?;
        println!("nmvs-sim listening on {}", sim.base_url());
        park_forever()
    } else {
        let packs: Vec<VrsPack> = serde_json::from_str(&text).map_err(bad)?;
        let sim = VrsSim::start_on(args.port, packs).map_err(|e| e.to_string())?;
        println!("vrs-sim listening on {}", sim.base_url());
        park_forever()
    }
}

/// Keeps the simulator (in scope of the caller) serving until the process is interrupted.
fn park_forever() -> ! {
    loop {
        std::thread::park();
    }
}
