//! `custody-hub-bench`: the hub's figures (`network`), the national-scale measurements
//! (`national`) and a site's scans while it syncs (`scan-while-sync`), each on scratch
//! databases of a PostgreSQL cluster, dropped afterwards.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use custody_hub_bench::{national, run, scan_sync, Options};

#[derive(Debug, Parser)]
#[command(name = "custody-hub-bench")]
struct Cli {
    /// A connection string to the cluster (a role that may create databases);
    /// scripts/with-postgres.sh sets CUSTODY_TEST_PG.
    #[arg(long, env = "CUSTODY_TEST_PG", hide_env_values = true)]
    cluster: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Push throughput against COPY, a month's catch-up, recall reach, alarm latency, sizes.
    Network {
        #[arg(long, default_value_t = 20)]
        sites: usize,
        #[arg(long, default_value_t = 100_000)]
        events: u64,
        #[arg(long, default_value_t = 60_000)]
        month_events: u64,
    },
    /// A year of small-clinic events for each site count, written by COPY into partitioned
    /// tables (LIST by site and RANGE by month, both measured), then queried and pushed to.
    National {
        /// Site counts, one run each.
        #[arg(long, value_delimiter = ',', default_value = "50,200")]
        sites: Vec<usize>,
        /// A clinic's events a day (12: a rural clinic's receipts, dispenses and transfers;
        /// about 20 pack movements).
        #[arg(long, default_value_t = 12)]
        per_day: u64,
    },
    /// A real site's scans (the app's verdict and commit) alone, then while its ledger is
    /// pushed to a hub on loopback; the site database is written to: give a copy.
    ScanWhileSync {
        /// The site database (a copy of `custody demo --scale hospital`, never enrolled).
        #[arg(long)]
        site_db: PathBuf,
        /// An administrator of the site, who scans and enrols it.
        #[arg(long, default_value = "admin")]
        user: String,
        /// Their password.
        #[arg(long, env = "CUSTODY_PASSWORD", hide_env_values = true)]
        password: String,
        /// Scans timed in each run.
        #[arg(long, default_value_t = 2000)]
        scans: usize,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Network {
            sites,
            events,
            month_events,
        } => {
            let options = Options {
                sites,
                events,
                month_events,
                ..Options::default()
            };
            run(&cli.cluster, &options).map(|f| print!("{}", f.table()))
        }
        Command::National { sites, per_day } => {
            national::run(&cli.cluster, &sites, per_day).map(|t| print!("{t}"))
        }
        Command::ScanWhileSync {
            site_db,
            user,
            password,
            scans,
        } => scan_sync::run(&cli.cluster, &site_db, &user, &password, scans)
            .map(|f| print!("{}", f.table())),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("custody-hub-bench: {e}");
            ExitCode::FAILURE
        }
    }
}
