//! Command-line arguments (clap): the `Cli` with its global options and the list of commands
//! here; each area's subcommands and their argument structs in a file of its own (`master`,
//! `users`, `movement`, `settings`, `expected`, `recall`, `levels`, `insights`, `replenish`, `count`, `backup`, `report`,
//! `scan`, `bench`). What `--help` prints comes from these doc comments and `after_help` texts,
//! and `tests/golden/help` holds every one of them.

// Parsed once per run: the size of the enum does not matter, readable variants do.
#![allow(clippy::large_enum_variant)]

mod backup;
mod bench;
mod count;
mod expected;
mod insights;
mod levels;
mod master;
mod movement;
mod national;
mod recall;
mod replenish;
mod report;
mod scan;
mod settings;
mod setup;
mod stock;
mod sync;
mod users;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

pub use backup::{BackupCommand, BackupCreateArgs};
pub use bench::BenchArgs;
pub use count::{CountApplyArgs, CountCommand, CountScanArgs, CountStartArgs};
pub use expected::{EpcisArgs, ExpectedCommand, ExportCommand};
pub use insights::{InsightArgs, InsightsCommand};
pub use levels::{
    ExpiringArgs, PositionArgs, ReorderCommand, ReorderHistoryArgs, ReorderSetArgs,
    ReorderSuggestArgs,
};
pub use master::{
    LocationCommand, PartnerCommand, PriceCommand, ProductAddArgs, ProductCommand, ProductEditArgs,
};
pub use movement::MoveArgs;
use movement::MOVE_HELP;
pub use national::{NationalCommand, Shown};
pub use recall::{
    RecallCloseArgs, RecallCommand, RecallCreateArgs, RecallImportArgs, RecallOutcomeArgs,
    ScopeArgs,
};
pub use replenish::ReplenishCommand;
pub use report::{ReportCommand, ReportOut};
pub use scan::ScanCommand;
pub use settings::{SettingsCommand, SettingsSet};
pub use setup::InitArgs;
pub use stock::{HistoryArgs, StockArgs, WriteOffArgs, WriteOffWhy};
pub use sync::{RebuildArgs, SyncCommand};
pub use users::UserCommand;

#[derive(Parser, Debug)]
#[command(
    name = "custody",
    version,
    about = "Custody: unit-level chain of custody for hospital pharmacies, offline",
    long_about = "Custody keeps a tamper-evident ledger of every serialized pack of medicine a pharmacy holds.\n\nEnvironment:\n  CUSTODY_DB    database file (instead of --db)\n  CUSTODY_USER  acting user (instead of --as)\n  CUSTODY_LANG  the language commands speak to a person (instead of --lang): en, fr, es, pt or ar\n  CUSTODY_PASSWORD      the acting user's password, for scripts (otherwise asked for on the terminal;\n                        signing an action asks for it again)\n  CUSTODY_NEW_PASSWORD  a new password for `init`, `user add` and `user passwd`, for scripts\n  CUSTODY_NOW   a fixed clock, RFC 3339 (e.g. 2026-11-22T09:00:00+01:00), honoured only by test builds\n                (made with the test-clock feature, as `make test` does); any other build records the\n                computer's clock and prints a one-line warning that it ignored CUSTODY_NOW\n  CUSTODY_FIXED_IDS  a number: the event ids of this run follow from it, so outputs come out the same\n                     each time; honoured, like CUSTODY_NOW, only by test builds (give each run its own)\n\nEvery command but init, demo, bench and scan decode signs the user in: five wrong passwords lock the\naccount for five minutes (on the computer's clock, whatever CUSTODY_NOW says). Destroying,\nreleasing, overriding a blocked scan, applying a count and closing a recall are signed: the\npassword is asked for once more, and the signature's meaning is recorded on the ledger event.\n\nFiles: --db must name an existing Custody database; only init and demo create one (and say so),\nand a file that is not a Custody database is refused untouched. Files written with --out (export,\nreport) never replace the open database or its -wal/-shm, by any name, and replace an existing\nfile only with --force; they are written whole or not at all.\n\nLanguage: what a command prints for a person (lines, tables, refusals) is in --lang, else CUSTODY_LANG,\nelse the acting user's own choice (`custody user language fr`), else English; the computer's LANG is\nnot followed, so scripts read the same words everywhere. --help and --json are always English.\n\nExit status: 0 success; 1 error; 2 bad arguments; 3 a scan was blocked; 4 `verify` (or\n`backup verify`) found the ledger, the stock tables or the schema altered. With --json, an error is printed on\nstderr as one JSON object, {\"error\": {\"code\", \"args\", \"message\"}}: scripts match the code.",
    after_help = "Example:\n  custody --db pharmacy.db init --site-code MAIN --site-name \"St. Mary's pharmacy\" --admin alice --admin-name \"Alice Smith\"\n  custody --db pharmacy.db --as alice stock"
)]
pub struct Cli {
    /// The database file.
    #[arg(long, env = "CUSTODY_DB", global = true)]
    pub db: Option<PathBuf>,
    /// Act as this user (recorded on every event).
    #[arg(long = "as", env = "CUSTODY_USER", global = true, value_name = "USER")]
    pub actor: Option<String>,
    /// Machine-readable output (JSON).
    #[arg(long, global = true)]
    pub json: bool,
    /// Speak en, fr, es, pt or ar to a person (default: your own choice, else English).
    #[arg(long, env = "CUSTODY_LANG", global = true, value_name = "TAG")]
    pub lang: Option<custody_api::Lang>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Set up a new database with its site and first administrator.
    #[command(
        after_help = "Example:\n  custody --db pharmacy.db init --site-code STMARY --site-name \"St. Mary's Hospital pharmacy\" --admin alice --admin-name \"Alice Smith\""
    )]
    Init(InitArgs),
    /// Products: add one, edit one, import a CSV, list.
    #[command(subcommand)]
    Product(ProductCommand),
    /// Locations (pharmacy, store room, ward, clinic, quarantine).
    #[command(subcommand)]
    Location(LocationCommand),
    /// Trading partners (suppliers, distributors, manufacturers).
    #[command(subcommand)]
    Partner(PartnerCommand),
    /// Users and their roles.
    #[command(subcommand)]
    User(UserCommand),
    /// Stock on hand per product and location.
    #[command(
        after_help = "Examples:\n  custody --as alice stock\n  custody --as alice stock --location WARD-3A --json\n  custody --as alice stock --product 09506000134352"
    )]
    Stock(StockArgs),
    /// Check the ledger's hash chains and rebuild the stock from it to compare.
    #[command(
        after_help = "After a check that finds nothing wrong, a checkpoint (the last event checked and its hash) is recorded on the ledger. The next check is incremental: it re-walks the chain from that event to the newest, and rebuilds and compares the packs, lots, days and users touched since; it says what it did not cover. --full checks everything.\n\nExits 0 when the ledger and the stock tables are intact, 4 when anything was altered, naming the first broken link.\n\nExamples:\n  custody --as alice verify\n  custody --as alice verify --full"
    )]
    Verify {
        /// Check every event and every row, not only what changed since the last checkpoint.
        #[arg(long)]
        full: bool,
        /// Record no checkpoint, even when nothing is wrong (a read-only look).
        #[arg(long)]
        no_checkpoint: bool,
    },
    /// Fill a new, empty database with demonstration data.
    #[command(
        after_help = "Examples:\n  custody --db demo.db demo --scale small\n  custody --db six-years.db demo --scale hospital --years 6\n  custody --db west.db demo --site-code WEST     # a second demo site for the same hub\n\nDemo users: admin (admin), amira and dev (staff), ben (manager), chloe (qa)."
    )]
    Demo {
        /// small (about 60 products) or hospital (5,000 products, 1,000,000 packs, about 3,000,000 events).
        #[arg(long, default_value = "small")]
        scale: String,
        /// Years of history (1 to 10) before the scale's own (6 months small, 18 months hospital): the
        /// same stock on hand today, a longer ledger. The hospital with 6 is about 17,000,000 events.
        #[arg(long)]
        years: Option<String>,
        /// The demo site's code (DEMO unless given): give a second demo database another, so
        /// both can join one hub.
        #[arg(long, default_value = "DEMO")]
        site_code: String,
    },
    /// Measure bulk append, single-scan append and pack lookup.
    #[command(
        after_help = "Bulk append runs in fresh databases under --dir. Single scans and lookups run against --db\n(a hospital-scale demo database is what the README's figures use). The run writes into --db and\nOTHER (a shipment received, scans, a count, recalls with their holds), so a second run on the same\nfile measures more stock: run it on copies (make bench does).\nWith --compare, the same run on a second database, the two taking turns sample by sample\n(scans, lists, a count, a recall's reach; so a slower spell of the computer falls on both), then\nevery figure of both with the ratio.\n\nExample:\n  custody --db hospital.db demo --scale hospital\n  custody --db hospital.db bench --dir /tmp\n  custody --db six-years.db demo --scale hospital --years 6\n  custody --db hospital.db bench --dir /tmp --compare six-years.db"
    )]
    Bench(BenchArgs),
    /// Scanning tools.
    #[command(subcommand)]
    Scan(ScanCommand),
    /// Receive packs: scans on stdin, one per line; a verdict per scan.
    #[command(after_help = MOVE_HELP)]
    Receive(MoveArgs),
    /// Dispense packs to a patient or ward.
    #[command(after_help = MOVE_HELP)]
    Dispense(MoveArgs),
    /// Move packs to another location (--to) or out of the site (--partner).
    #[command(after_help = MOVE_HELP)]
    Transfer(MoveArgs),
    /// Return packs into stock (e.g. unused ward returns).
    #[command(after_help = MOVE_HELP)]
    Return(MoveArgs),
    /// Put packs on hold (needs --reason).
    #[command(after_help = MOVE_HELP)]
    Quarantine(MoveArgs),
    /// Release packs from hold (QA).
    #[command(after_help = MOVE_HELP)]
    Release(MoveArgs),
    /// Destroy packs (needs --reason).
    #[command(after_help = MOVE_HELP)]
    Destroy(MoveArgs),
    /// Send packs back to the supplier (needs --partner).
    #[command(name = "return-to-supplier", after_help = MOVE_HELP)]
    ReturnToSupplier(MoveArgs),
    /// Export ledger events for others to read.
    #[command(subcommand)]
    Export(ExportCommand),
    /// Expected shipments: import a supplier's despatch advice, follow it, close it.
    #[command(subcommand)]
    Expected(ExpectedCommand),
    /// Reorder rules (min and par per product and location): set, import, list, suggest, history.
    #[command(subcommand)]
    Reorder(ReorderCommand),
    /// Replenishment: pick lists for wards and clinics, orders to suppliers, who supplies whom.
    #[command(subcommand)]
    Replenish(ReplenishCommand),
    /// Products below their reorder point or whose usable cover runs out within the lead time.
    #[command(
        after_help = "Most urgent first (earliest stock-out). Usable cover leaves out stock that will expire before\nthe average daily consumption (over --window days of dispensing) can use it; the suggested order\nbrings usable cover up to the par level.\n\nExample:\n  custody --as ben shortages\n  custody --as ben shortages --json"
    )]
    Shortages {
        /// Days of dispensing the consumption is averaged over (default 90).
        #[arg(long, value_name = "DAYS")]
        window: Option<i64>,
    },
    /// Stock that has expired or expires within the alert windows, by product, lot and location.
    #[command(
        after_help = "Each line says the smallest window it falls in (0: expired) and its value at the contract price.\n\nExamples:\n  custody --as ben expiring\n  custody --as ben expiring --within 30 --location MAIN"
    )]
    Expiring(ExpiringArgs),
    /// The site's settings: how the scanners send data, receipt limits, expiry alert windows.
    #[command(subcommand)]
    Settings(SettingsCommand),
    /// The site's expiry alert windows: show them, or set them (managers, administrators).
    #[command(
        name = "alert-windows",
        after_help = "The smallest window is \"expiring soon\" on the Home screen and in the daily alert; the expiry\nlist and report mark each line with the smallest window it falls in. A new site has 30, 60, 90.\n\nExamples:\n  custody --as ben alert-windows\n  custody --as ben alert-windows --set 14,30,90"
    )]
    AlertWindows {
        /// New windows in days, separated by commas (one to five, each 1 to 3650).
        #[arg(long, value_name = "DAYS")]
        set: Option<String>,
    },
    /// How many days back anyone may say something happened (`--occurred`): show it, or set it
    /// (administrators).
    #[command(
        name = "late-entry",
        after_help = "Recorded times always come from the clock; an event entered late keeps when it happened as\nits occurred time, at most this many days back (0 to 31). A new site has 3.\n\nExamples:\n  custody --as alice late-entry\n  custody --as alice late-entry --set 7"
    )]
    LateEntry {
        /// New window in days.
        #[arg(long, value_name = "DAYS")]
        set: Option<i64>,
    },
    /// Record that this computer's clock was ahead and is now set right (administrators, signed):
    /// the one event recorded earlier than the ledger's newest, so recording can go on.
    #[command(
        name = "clock-correct",
        after_help = "Only when every command is refused with \"the clock has been turned back\" and the computer's\ndate and time are right (checked against a reliable clock): the ledger's newest event was\nrecorded by a clock that ran ahead. The reason and your signature go on the ledger.\n\nExample:\n  custody --as alice clock-correct --reason \"PC clock was a day ahead; set right by IT, ticket 4711\""
    )]
    ClockCorrect {
        /// Why: what was wrong with the clock and who set it right.
        #[arg(long)]
        reason: String,
    },
    /// Where a product stands at each location: on hand, held, expired, usable cover, consumption.
    #[command(
        after_help = "Examples:\n  custody --as ben position --product 09506000134352\n  custody --as ben position --location WARD-3A --json"
    )]
    Position(PositionArgs),
    /// Insights from the ledger over a period: dwell, waste, shrinkage, suppliers, trends.
    #[command(subcommand)]
    Insights(InsightsCommand),
    /// Stock counts: start one at a location, scan everything there, finish, apply or abandon.
    #[command(subcommand)]
    Count(CountCommand),
    /// Backups: take a verified copy, list, check, restore.
    #[command(subcommand)]
    Backup(BackupCommand),
    /// The hospital network: enrol this site with the hub, push the ledger, pull from the hub,
    /// its alarms, the state.
    #[command(subcommand)]
    Sync(SyncCommand),
    /// National verification: the site's system (EU NMVS, US VRS), the queue of requests, a
    /// failed one again, a pass of the drainer.
    #[command(subcommand)]
    National(NationalCommand),
    /// Recalls: enter or import one, see its reach, record outcomes, close it with a signature.
    #[command(subcommand)]
    Recall(RecallCommand),
    /// Printable reports (PDF) and their CSV twins: recall notice, stock, expiry, shortages, …
    #[command(subcommand)]
    Report(ReportCommand),
    /// The chain of custody of a pack (a scan, or GTIN and serial) or of a lot (--lot).
    #[command(
        after_help = "Examples:\n  custody --as alice history ']d201095060001343521728123110LOT42\x1d21SN12345'\n  custody --as alice history 09506000134352 SN12345\n  custody --as alice history 09506000134352 --lot LOT42 --json"
    )]
    History(HistoryArgs),
    /// Record a pack held here as reported stolen or taken as a sample (QA officers, managers,
    /// administrators).
    #[command(
        name = "write-off",
        after_help = "A pack reported stolen is recorded missing (a count_adjust); a sample leaves the site (a transfer\nout). Only a pack in stock or in quarantine can be written off. Where the site decommissions\n(custody national settings: at_dispense or decommission_at_receipt), its national decommission\nas stolen, sample or free_sample is queued with it, unless one already stands for the pack.\n\nExamples:\n  custody --as quinn write-off 09506000134352 SN12345 --why stolen --note \"police report 2026/4411\"\n  custody --as quinn write-off 09506000134352 SN12346 --why sample"
    )]
    WriteOff(WriteOffArgs),
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    /// `custody ARGS`, parsed as the binary parses them.
    fn parsed(args: &[&str]) -> Command {
        let cli = Cli::try_parse_from(std::iter::once("custody").chain(args.iter().copied()));
        match cli {
            Ok(cli) => cli.command,
            Err(e) => panic!("custody {args:?} should parse: {e}"),
        }
    }

    #[test]
    fn the_arguments_of_every_command_are_consistent() {
        // clap's own check panics naming the argument: an option that `requires` or
        // `conflicts_with` an id no longer there after a move, a duplicate long name, …
        Cli::command().debug_assert();
    }

    #[test]
    fn a_commands_options_reach_its_argument_struct() {
        let Command::Recall(RecallCommand::Create(a)) = parsed(&[
            "recall",
            "create",
            "--number",
            "RCL-1",
            "--class",
            "II",
            "--title",
            "T",
            "--reason",
            "R",
            "--gtin",
            "09506000134352",
            "--lot",
            "A1",
            "--lot",
            "A2",
        ]) else {
            panic!("`recall create` must be the recall area's create");
        };
        assert_eq!(
            (
                a.number.as_str(),
                a.scope.gtin.as_deref(),
                a.scope.lot.len()
            ),
            ("RCL-1", Some("09506000134352"), 2),
            "the flattened scope options are the recall's scope, each --lot kept"
        );
        let Command::Stock(a) = parsed(&["stock", "--location", "MAIN"]) else {
            panic!("`stock` must be the stock list");
        };
        assert_eq!(
            (a.location.as_deref(), a.limit, a.offset),
            (Some("MAIN"), 1000, 0),
            "the stock list's defaults are the command line's own: 1,000 rows from the first"
        );
        let Command::Count(CountCommand::Scan(a)) =
            parsed(&["count", "scan", "12", "--gs-substitute", "~"])
        else {
            panic!("`count scan` must be the count area's scan");
        };
        assert_eq!(
            (a.id, a.gs_substitutes),
            (12, vec!["~".to_string()]),
            "the count's number is positional, the substitutes repeatable"
        );
    }

    #[test]
    fn options_that_exclude_each_other_are_refused_before_anything_runs() {
        let refused = Cli::try_parse_from([
            "custody",
            "recall",
            "create",
            "--number",
            "N",
            "--class",
            "I",
            "--title",
            "T",
            "--reason",
            "R",
            "--gtin",
            "09506000134352",
            "--scope",
            "scope.csv",
        ]);
        assert!(
            refused.is_err(),
            "a recall's scope is a GTIN or a CSV file, never both"
        );
        let refused = Cli::try_parse_from(["custody", "export", "epcis", "--serial", "SN1"]);
        assert!(refused.is_err(), "a serial names a pack only with its GTIN");
    }
}
