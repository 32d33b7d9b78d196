//! Command-line arguments.

// Parsed once per run: the size of the enum does not matter, readable variants do.
#![allow(clippy::large_enum_variant)]

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Parser, Debug)]
#[command(
    name = "custody",
    version,
    about = "Custody: unit-level chain of custody for hospital pharmacies, offline",
    long_about = "Custody keeps a tamper-evident ledger of every serialized pack of medicine a pharmacy holds.\n\nEnvironment:\n  CUSTODY_DB    database file (instead of --db)\n  CUSTODY_USER  acting user (instead of --as)\n  CUSTODY_PASSWORD      the acting user's password, for scripts (otherwise asked for on the terminal;\n                        signing an action asks for it again)\n  CUSTODY_NEW_PASSWORD  a new password for `init`, `user add` and `user passwd`, for scripts\n  CUSTODY_NOW   a fixed clock, RFC 3339 (e.g. 2026-11-22T09:00:00+01:00), honoured only by test builds\n                (made with the test-clock feature, as `make test` does); any other build records the\n                computer's clock and prints a one-line warning that it ignored CUSTODY_NOW\n  CUSTODY_FIXED_IDS  a number: the event ids of this run follow from it, so outputs come out the same\n                     each time; honoured, like CUSTODY_NOW, only by test builds (give each run its own)\n\nEvery command but init, demo, bench and scan decode signs the user in: five wrong passwords lock the\naccount for five minutes (on the computer's clock, whatever CUSTODY_NOW says). Destroying,\nreleasing, overriding a blocked scan, applying a count and closing a recall are signed: the\npassword is asked for once more, and the signature's meaning is recorded on the ledger event.\n\nFiles: --db must name an existing Custody database; only init and demo create one (and say so),\nand a file that is not a Custody database is refused untouched. Files written with --out (export,\nreport) never replace the open database or its -wal/-shm, by any name, and replace an existing\nfile only with --force; they are written whole or not at all.\n\nExit status: 0 success; 1 error; 2 bad arguments; 3 a scan was blocked; 4 `verify` (or\n`backup verify`) found the ledger, the stock tables or the schema altered. With --json, an error is printed on\nstderr as one JSON object, {\"error\": {\"code\", \"args\", \"message\"}}: scripts match the code.",
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
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Set up a new database with its site and first administrator.
    #[command(
        after_help = "Example:\n  custody --db pharmacy.db init --site-code STMARY --site-name \"St. Mary's Hospital pharmacy\" --admin alice --admin-name \"Alice Smith\""
    )]
    Init {
        /// Short code of this site.
        #[arg(long)]
        site_code: String,
        /// Name of this site.
        #[arg(long)]
        site_name: String,
        /// Username of the first administrator.
        #[arg(long)]
        admin: String,
        /// Full name of the first administrator.
        #[arg(long)]
        admin_name: String,
    },
    /// Products: add one, import a CSV, list.
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
    Stock {
        /// Only this product (GTIN).
        #[arg(long, value_name = "GTIN")]
        product: Option<String>,
        /// Only this location (code).
        #[arg(long, value_name = "CODE")]
        location: Option<String>,
        /// Only products whose name, generic name or GTIN contains this.
        #[arg(long)]
        search: Option<String>,
        /// At most this many rows (1 to 1,000).
        #[arg(long, default_value_t = 1000)]
        limit: u32,
        /// Skip this many rows.
        #[arg(long, default_value_t = 0)]
        offset: u32,
    },
    /// Check the ledger's hash chains and rebuild the stock from it to compare.
    #[command(
        after_help = "Exits 0 when the ledger and the stock tables are intact, 4 when anything was altered, naming the first broken link.\n\nExample:\n  custody --as alice verify"
    )]
    Verify,
    /// Fill a new, empty database with demonstration data.
    #[command(
        after_help = "Example:\n  custody --db demo.db demo --scale small\n\nDemo users: admin (admin), amira and dev (staff), ben (manager), chloe (qa)."
    )]
    Demo {
        /// small (about 60 products) or hospital (5,000 products, 1,000,000 packs, about 3,000,000 events).
        #[arg(long, default_value = "small")]
        scale: String,
    },
    /// Measure bulk append, single-scan append and pack lookup.
    #[command(
        after_help = "Bulk append runs in fresh databases under --dir. Single scans and lookups run against --db\n(a hospital-scale demo database is what the README's figures use); the scans are added to it.\n\nExample:\n  custody --db hospital.db demo --scale hospital\n  custody --db hospital.db bench --dir /tmp"
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
    /// Reorder rules (min and par per product and location): set, import, list, suggest.
    #[command(subcommand)]
    Reorder(ReorderCommand),
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
    Expiring {
        /// How far ahead to look, in days (default: the site's widest alert window, see
        /// `custody alert-windows`); each line is marked with the smallest of the site's windows
        /// it falls in.
        #[arg(long, value_name = "DAYS", value_delimiter = ',')]
        within: Vec<i64>,
        /// Only this location (code).
        #[arg(long)]
        location: Option<String>,
    },
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
    Position {
        /// The product (GTIN).
        #[arg(long, value_name = "GTIN", required_unless_present = "location")]
        product: Option<String>,
        /// The location (code).
        #[arg(long)]
        location: Option<String>,
        /// Days of dispensing the consumption is averaged over (default 90).
        #[arg(long, value_name = "DAYS")]
        window: Option<i64>,
    },
    /// Stock counts: start one at a location, scan everything there, finish, apply or abandon.
    #[command(subcommand)]
    Count(CountCommand),
    /// Backups: take a verified copy, list, check, restore.
    #[command(subcommand)]
    Backup(BackupCommand),
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
    History {
        /// A raw scan, or a GTIN.
        scan_or_gtin: String,
        /// The serial, after a GTIN.
        serial: Option<String>,
        /// Show the lot instead of one pack.
        #[arg(long)]
        lot: Option<String>,
    },
}

const MOVE_HELP: &str = "Reads scans from stdin, one per line, exactly as the scanner sends them (GS as byte 29, or the
substitute of the site's scanner settings, see `custody settings`). Prints one verdict per scan:
ACCEPTED, WARNING or BLOCKED with a reason code and a sentence; with --json, one JSON object per
line (verdict, code, message, gtin, serial, lot, expiry, findings, recorded). Each accepted scan
is committed at once as its own event under --reference; a receipt checked against --expected
without --reference takes the shipment's reference.

The scanner options (--gs-substitute, --ignore-leading-gs, --accept-gs1-in-plain-symbol) and
--short-dated-days override the site's settings for this run only; without them the site's apply,
as in the app.

Destroying (signed \"performed\"), releasing (signed \"approved\") and --override (signed
\"approved\") ask for the password once more (CUSTODY_PASSWORD for scripts); a missing or wrong
one is refused before anything is recorded.

Exit status 0 when nothing was blocked, 3 when something was, 1 when a scan was refused (a
missing --reason, a wrong password, an unknown location): the run stops there, and with --json the
refusal is printed on stderr as {\"error\": {\"code\", \"args\", \"message\"}}.

Example:
  printf ']d201095060001343521728123110LOT42\\x1d21SN12345\\n' | custody --as amira receive --location MAIN --partner MEDIDIST --reference PO-4711";

#[derive(Subcommand, Debug)]
pub enum ExportCommand {
    /// EPCIS 2.0 JSON-LD for a pack, a lot or a date range (Digital Link identifiers, CBV steps).
    #[command(
        after_help = "Examples:\n  custody --as alice export epcis --gtin 09506000134352 --serial SN12345 --out sn12345.jsonld\n  custody --as alice export epcis --gtin 09506000134352 --lot LOT42 --out lot42.jsonld\n  custody --as alice export epcis --from 2026-11-01 --to 2026-12-01 --out november.jsonld"
    )]
    Epcis {
        /// The product (with --serial or --lot).
        #[arg(long)]
        gtin: Option<String>,
        /// One pack.
        #[arg(long, requires = "gtin", conflicts_with = "lot")]
        serial: Option<String>,
        /// One lot.
        #[arg(long, requires = "gtin")]
        lot: Option<String>,
        /// From this day (YYYY-MM-DD, local time) …
        #[arg(long, requires = "to", conflicts_with_all = ["gtin"])]
        from: Option<String>,
        /// … until this day (exclusive).
        #[arg(long, requires = "from")]
        to: Option<String>,
        /// Where to write (written whole or not at all); standard output if absent.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Replace --out if it exists (never the open database or its -wal/-shm).
        #[arg(long, requires = "out")]
        force: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum ExpectedCommand {
    /// Import a despatch advice: EPCIS 2.0 JSON-LD, EPCIS 1.2/2.0 XML, or CSV; all lines or none.
    #[command(
        after_help = "The format is recognised from the content. CSV columns: gtin,serial,lot,expiry,quantity,po\n(expiry YYYY-MM-DD; a line with a serial is one pack). Every problem is reported by line.\n\nExample:\n  custody --as amira expected import asn-88123.jsonld --partner MEDIDIST"
    )]
    Import {
        /// The file.
        file: PathBuf,
        /// The supplier (partner code).
        #[arg(long)]
        partner: Option<String>,
        /// The document number, when the file names none.
        #[arg(long)]
        reference: Option<String>,
    },
    /// List expected shipments.
    #[command(after_help = "Example:\n  custody --as amira expected list")]
    List,
    /// Show a shipment: what is received and what is still expected.
    #[command(after_help = "Example:\n  custody --as amira expected show 3")]
    Show {
        /// Shipment id.
        id: i64,
    },
    /// Receive every outstanding pack at once (a sealed case, by inference).
    #[command(
        name = "receive-all",
        after_help = "Example:\n  custody --as amira expected receive-all 3 --location MAIN"
    )]
    ReceiveAll {
        /// Shipment id.
        id: i64,
        /// Where the goods go.
        #[arg(long)]
        location: String,
    },
    /// Close a shipment, recording what never arrived.
    #[command(
        after_help = "Example:\n  custody --as amira expected close 3 --note \"carrier informed\""
    )]
    Close {
        /// Shipment id.
        id: i64,
        /// A note for the record.
        #[arg(long)]
        note: Option<String>,
    },
}

#[derive(Subcommand, Debug)]
pub enum SettingsCommand {
    /// Show the site's settings.
    #[command(
        after_help = "Example:\n  custody --as ben settings show\n  custody --as ben --json settings show"
    )]
    Show,
    /// Change the site's settings (managers, administrators); what is not given stays as it is.
    #[command(
        after_help = "Every workstation and every command reads these: the app's scan box and the movement commands\ndecode scans with the scanner settings, and receipts warn by the short-dated window and the price\ntolerance. A movement command's --gs-substitute, --ignore-leading-gs,\n--accept-gs1-in-plain-symbol and --short-dated-days override them for that run only.\n\nA substitute for the group separator must be printable, without spaces, and not a single\ncharacter a GS1 code can hold (it would split serials): '~', '^', '|', or a token like '<GS>'.\n\nExamples:\n  custody --as ben settings set --gs-substitute '~'\n  custody --as ben settings set --no-gs-substitutes --short-dated-days 120\n  custody --as ben settings set --alert-windows 14,30,90 --json"
    )]
    Set(SettingsSet),
}

/// The settings `custody settings set` changes.
#[derive(Args, Debug)]
#[group(id = "change", required = true, multiple = true)]
pub struct SettingsSet {
    /// A string the scanners send instead of the group separator (repeatable); replaces the
    /// site's list.
    #[arg(long = "gs-substitute", value_name = "S")]
    pub gs_substitutes: Vec<String>,
    /// The scanners send the group separator itself: no substitutes.
    #[arg(long, conflicts_with = "gs_substitutes")]
    pub no_gs_substitutes: bool,
    /// Accept (and drop) a group separator right after the symbology identifier.
    #[arg(long, value_name = "true|false")]
    pub ignore_leading_gs: Option<bool>,
    /// Read GS1 data printed in a plain (non-GS1) Data Matrix.
    #[arg(long = "plain-symbol-gs1", value_name = "true|false")]
    pub plain_symbol_gs1: Option<bool>,
    /// A receipt whose expiry is within this many days is short-dated (a warning).
    #[arg(long, value_name = "DAYS")]
    pub short_dated_days: Option<i64>,
    /// How far in percent a receipt's unit cost may exceed the contract price before it warns.
    #[arg(long, value_name = "PERCENT")]
    pub price_tolerance: Option<i64>,
    /// Expiry alert windows in days, separated by commas (one to five, each 1 to 3650).
    #[arg(long, value_name = "DAYS")]
    pub alert_windows: Option<String>,
}

#[derive(Args, Debug)]
pub struct MoveArgs {
    /// Where the scanning happens (location code).
    #[arg(long)]
    pub location: String,
    /// Destination location (transfer; where quarantined or released stock goes).
    #[arg(long)]
    pub to: Option<String>,
    /// Supplier (receive, return to supplier) or the site stock leaves for (transfer).
    #[arg(long)]
    pub partner: Option<String>,
    /// The document: PO, despatch advice, prescription, ward order.
    #[arg(long)]
    pub reference: Option<String>,
    /// Why (required to quarantine or destroy).
    #[arg(long)]
    pub reason: Option<String>,
    /// Quantity for lot-tracked products.
    #[arg(long)]
    pub quantity: Option<i64>,
    /// Unit cost on receipt, e.g. 4.20.
    #[arg(long)]
    pub unit_cost: Option<String>,
    /// Check receipts against this expected shipment (its id, see `expected list`).
    #[arg(long, value_name = "ID")]
    pub expected: Option<i64>,
    /// Override a blocked verdict (expired, wrong location) with this reason; needs permission.
    #[arg(long = "override", value_name = "REASON")]
    pub override_reason: Option<String>,
    /// For this run only, instead of the site's (`custody settings`): a string the scanner sends
    /// instead of the group separator (repeatable), e.g. '~'.
    #[arg(long = "gs-substitute", value_name = "S")]
    pub gs_substitutes: Vec<String>,
    /// For this run only, instead of the site's: accept a group separator right after the
    /// symbology identifier (alone: true).
    #[arg(long, value_name = "true|false", num_args = 0..=1, default_missing_value = "true")]
    pub ignore_leading_gs: Option<bool>,
    /// For this run only, instead of the site's: read GS1 data printed in a plain Data Matrix
    /// (alone: true).
    #[arg(long, value_name = "true|false", num_args = 0..=1, default_missing_value = "true")]
    pub accept_gs1_in_plain_symbol: Option<bool>,
    /// For this run only, instead of the site's: days before expiry that count as short-dated
    /// at receipt.
    #[arg(long, value_name = "DAYS")]
    pub short_dated_days: Option<i64>,
    /// When it happened, if earlier (a delivery entered late): RFC 3339, or "YYYY-MM-DD HH:MM"
    /// in local time. At most the site's late-entry window back (`custody late-entry`).
    #[arg(long, value_name = "TIME")]
    pub occurred: Option<String>,
}

#[derive(Args, Debug)]
pub struct BenchArgs {
    /// Where to create the bulk-append databases.
    #[arg(long, default_value = ".")]
    pub dir: PathBuf,
    /// Packs for the bulk append.
    #[arg(long, default_value_t = 200_000)]
    pub units: usize,
    /// Packs per event in the bulk append.
    #[arg(long, default_value_t = 12)]
    pub per_event: usize,
    /// Single scans to time against --db.
    #[arg(long, default_value_t = 2_000)]
    pub scans: usize,
    /// Lookups to time against --db.
    #[arg(long, default_value_t = 20_000)]
    pub lookups: usize,
    /// Packs on the despatch advice imported and received against --db.
    #[arg(long, default_value_t = 100_000)]
    pub shipment: usize,
}

#[derive(Subcommand, Debug)]
pub enum ScanCommand {
    /// Decode scans: JSON lines in on stdin, JSON lines out, one per request.
    #[command(
        after_help = "Each input line is {\"input\": \"<scan>\", \"options\": {...}} with the options gs_substitutes,\nignore_leading_gs, accept_gs1_in_plain_symbol, lenient_dl_gtin, lenient_hri_whitespace.\nEach output line has gtin, serial, lot, expiry, ais, … or {\"error\": {\"kind\", \"message\", \"ai\", \"position\"}}.\nA bad line gets an error answer; decoding goes on.\n\nExample:\n  echo '{\"input\": \"]d201095060001343521728123110LOT42\\u001d21SN12345\"}' | custody scan decode --today 2026-11-22"
    )]
    Decode {
        /// The date for the century of two-digit years (default: today).
        #[arg(long, value_name = "YYYY-MM-DD")]
        today: Option<String>,
    },
}

#[derive(Subcommand, Debug)]
pub enum ProductCommand {
    /// Add one product.
    #[command(
        after_help = "Example:\n  custody --as alice product add --gtin 09506000134352 --name \"Amoxicillin 500 mg capsules x21\" --tracking serial --price 4.20"
    )]
    Add {
        /// GTIN (8, 12, 13 or 14 digits, with a valid check digit).
        #[arg(long)]
        gtin: String,
        /// Name as staff know it.
        #[arg(long)]
        name: String,
        /// Generic (INN) name.
        #[arg(long)]
        generic_name: Option<String>,
        /// Dosage form.
        #[arg(long)]
        form: Option<String>,
        /// Strength.
        #[arg(long)]
        strength: Option<String>,
        /// Units per pack.
        #[arg(long)]
        pack_size: Option<i64>,
        /// Manufacturer.
        #[arg(long)]
        manufacturer: Option<String>,
        /// serial (every pack has a serial; the default) or lot (lot and quantity).
        #[arg(long)]
        tracking: Option<String>,
        /// Contract price per pack, e.g. 12.50.
        #[arg(long)]
        price: Option<String>,
        /// Storage notes.
        #[arg(long)]
        storage: Option<String>,
        /// Controlled substance.
        #[arg(long)]
        controlled: bool,
        /// US NDC with hyphens.
        #[arg(long)]
        ndc: Option<String>,
        /// German PZN.
        #[arg(long)]
        pzn: Option<String>,
        /// French CIP.
        #[arg(long)]
        cip: Option<String>,
    },
    /// Import products from a CSV file: all rows or none.
    #[command(
        after_help = "Columns (header row required; gtin and name required):\n  gtin,name,generic_name,form,strength,pack_size,manufacturer,tracking,contract_price,storage,controlled,ndc,pzn,cip\nEvery problem is reported with its line and column, and nothing is imported unless all rows are good.\n\nExample:\n  custody --as alice product import products.csv"
    )]
    Import {
        /// The CSV file.
        file: PathBuf,
    },
    /// List products.
    #[command(after_help = "Example:\n  custody --as alice product list --search amox")]
    List {
        /// Only names or GTINs containing this.
        #[arg(long, default_value = "")]
        search: String,
        /// At most this many (1 to 10,000).
        #[arg(long, default_value_t = 200)]
        limit: u32,
    },
}

#[derive(Subcommand, Debug)]
pub enum LocationCommand {
    /// Add a location.
    #[command(
        after_help = "Example:\n  custody --as alice location add WARD-3A \"Ward 3A\" --kind ward"
    )]
    Add {
        /// Short code.
        code: String,
        /// Name.
        name: String,
        /// pharmacy, store, ward, clinic or quarantine.
        #[arg(long)]
        kind: String,
    },
    /// List locations.
    #[command(after_help = "Example:\n  custody --as alice location list")]
    List,
}

#[derive(Subcommand, Debug)]
pub enum PartnerCommand {
    /// Add a trading partner.
    #[command(
        after_help = "Example:\n  custody --as alice partner add MEDIDIST \"MediDist Wholesale\" --kind distributor --gln 0614141000012"
    )]
    Add {
        /// Short code.
        code: String,
        /// Name.
        name: String,
        /// supplier, distributor or manufacturer.
        #[arg(long)]
        kind: String,
        /// GLN (13 digits).
        #[arg(long)]
        gln: Option<String>,
    },
    /// List trading partners.
    #[command(after_help = "Example:\n  custody --as alice partner list")]
    List,
}

#[derive(Subcommand, Debug)]
pub enum UserCommand {
    /// Add a user.
    #[command(
        after_help = "Example:\n  custody --as alice user add bob \"Bob Jones\" --role staff"
    )]
    Add {
        /// Login name.
        username: String,
        /// Full name.
        name: String,
        /// staff, manager, qa or admin.
        #[arg(long)]
        role: String,
    },
    /// List users.
    #[command(after_help = "Example:\n  custody --as alice user list")]
    List,
    /// Set a password: your own, or (administrators) anyone's, which also lifts a lockout.
    #[command(
        after_help = "The new password is asked for twice (or taken from CUSTODY_NEW_PASSWORD).\n\nExample:\n  custody --as alice user passwd bob"
    )]
    Passwd {
        /// Whose (default: yours).
        username: Option<String>,
    },
    /// Disable a user (administrators). Users are never deleted: their events name them.
    #[command(after_help = "Example:\n  custody --as alice user disable bob")]
    Disable {
        /// Login name.
        username: String,
    },
    /// Enable a disabled user again.
    #[command(after_help = "Example:\n  custody --as alice user enable bob")]
    Enable {
        /// Login name.
        username: String,
    },
    /// The changes to a user's account, from the ledger: added, role changes, disabled, enabled.
    #[command(after_help = "Example:\n  custody --as alice user history bob")]
    History {
        /// Login name.
        username: String,
    },
    /// Change a user's role (administrators); recorded on the ledger. The last active
    /// administrator cannot be demoted.
    #[command(after_help = "Example:\n  custody --as alice user role bob manager")]
    Role {
        /// Login name.
        username: String,
        /// staff, manager, qa or admin.
        role: String,
    },
}

/// What a recall covers, entered by hand or from a CSV file.
#[derive(Args, Debug)]
pub struct ScopeArgs {
    /// The product (GTIN); alone, every pack and lot of it.
    #[arg(long, value_name = "GTIN", required_unless_present = "scope")]
    pub gtin: Option<String>,
    /// Only these lots (repeat the option).
    #[arg(long, requires = "gtin")]
    pub lot: Vec<String>,
    /// Only these packs (repeat the option).
    #[arg(long, requires = "gtin", conflicts_with = "lot")]
    pub serial: Vec<String>,
    /// A CSV file of scope lines with the columns gtin,lot,serial.
    #[arg(long, value_name = "FILE", conflicts_with = "gtin")]
    pub scope: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
pub enum RecallCommand {
    /// Enter a recall; every affected pack in stock is quarantined in place at once.
    #[command(
        after_help = "Examples:\n  custody --as chloe recall create --number RCL-2026-0091 --class II --title \"Metformin 500 mg, lot A12345\" \\\n      --reason \"Out-of-specification dissolution\" --issuer \"Acme Pharma\" --gtin 00305910369019 --lot A12345\n  custody --as chloe recall create --number FSN-88 --class I --title \"Infusion sets\" --reason \"Leaks\" --scope fsn-88.csv"
    )]
    Create {
        /// The manufacturer's or regulator's recall number.
        #[arg(long)]
        number: String,
        /// A short title.
        #[arg(long)]
        title: String,
        /// I, II, III or withdrawal.
        #[arg(long)]
        class: String,
        /// Why the product is recalled.
        #[arg(long)]
        reason: String,
        /// What to do with affected stock.
        #[arg(long)]
        instructions: Option<String>,
        /// Who issued the recall.
        #[arg(long)]
        issuer: Option<String>,
        /// Date of the notice (YYYY-MM-DD; today if absent).
        #[arg(long)]
        issued_on: Option<String>,
        #[command(flatten)]
        scope: ScopeArgs,
    },
    /// Import a recall: EPCIS events with the disposition `recalled`, or a CSV of scope lines.
    #[command(
        after_help = "EPCIS: packs from epcList, lots from quantityList; number, class and reason from a\n`…:recallNotice` extension when present. CSV columns: gtin,lot,serial. Options fill in or override\nwhat the file says. All lines or none; every problem is reported by line.\n\nExample:\n  custody --as chloe recall import recall-events.jsonld --instructions \"Return to the wholesaler\""
    )]
    Import {
        /// The file.
        file: PathBuf,
        /// Recall number.
        #[arg(long)]
        number: Option<String>,
        /// Title (default: the product names).
        #[arg(long)]
        title: Option<String>,
        /// I, II, III or withdrawal.
        #[arg(long)]
        class: Option<String>,
        /// Reason.
        #[arg(long)]
        reason: Option<String>,
        /// Instructions.
        #[arg(long)]
        instructions: Option<String>,
        /// Issuer.
        #[arg(long)]
        issuer: Option<String>,
        /// Date of the notice (YYYY-MM-DD).
        #[arg(long)]
        issued_on: Option<String>,
    },
    /// Add lots or packs to an open recall; what they cover in stock is quarantined.
    #[command(
        after_help = "Example:\n  custody --as chloe recall extend RCL-2026-0091 --gtin 00305910369019 --lot A12346"
    )]
    Extend {
        /// The recall number.
        number: String,
        #[command(flatten)]
        scope: ScopeArgs,
    },
    /// Recalls, open first, with their counts.
    #[command(after_help = "Example:\n  custody --as chloe recall list")]
    List,
    /// A recall's notice and the counts of its reach.
    #[command(after_help = "Example:\n  custody --as chloe recall show RCL-2026-0091")]
    Show {
        /// The recall number.
        number: String,
    },
    /// Every affected pack and lot quantity, and where it is or went.
    #[command(
        after_help = "Held packs come first, by location; then packs that left (dispensed with the prescription or\nward order, transferred with the destination, returned, destroyed, missing); then lot-tracked\nquantities, packs still expected on open shipments, and serials never received here.\n\nExample:\n  custody --as chloe recall reach RCL-2026-0091 --open"
    )]
    Reach {
        /// The recall number.
        number: String,
        /// Only what still needs an outcome.
        #[arg(long)]
        open: bool,
    },
    /// Record an outcome for the open items the filters select (all open items without filters).
    #[command(
        after_help = "Outcomes: returned_to_supplier (needs --partner) and destroyed for packs held here; notified\n(patient, ward or receiving site told) for packs that left; not_found for either (a held pack is\nrecorded missing). Stock-moving outcomes are ledger events that carry the recall number.\n\nExamples:\n  custody --as chloe recall outcome RCL-2026-0091 --outcome destroyed --location WARD-3A\n  custody --as chloe recall outcome RCL-2026-0091 --outcome returned_to_supplier --partner MEDIDIST --note \"RMA-55821\"\n  custody --as chloe recall outcome RCL-2026-0091 --outcome notified --serial 100000004711 --note \"patient called\""
    )]
    Outcome {
        /// The recall number.
        number: String,
        /// returned_to_supplier, destroyed, notified or not_found.
        #[arg(long)]
        outcome: String,
        /// Only this product.
        #[arg(long, value_name = "GTIN")]
        gtin: Option<String>,
        /// Only this lot.
        #[arg(long)]
        lot: Option<String>,
        /// Only these packs (repeat the option).
        #[arg(long)]
        serial: Vec<String>,
        /// Only stock held at this location (code).
        #[arg(long)]
        location: Option<String>,
        /// The supplier stock goes back to (partner code).
        #[arg(long)]
        partner: Option<String>,
        /// Who was notified and how, the RMA number, …
        #[arg(long)]
        note: Option<String>,
    },
    /// Close a recall once nothing is open, signed by the acting QA officer.
    #[command(
        after_help = "Refuses while any affected pack or quantity is still open, and says which. The signature\n(who, when, meaning) is recorded as an event on the ledger.\n\nExample:\n  custody --as chloe recall close RCL-2026-0091 --meaning approved --note \"all stock accounted for\""
    )]
    Close {
        /// The recall number.
        number: String,
        /// approved (the default: every item is accounted for) or reviewed.
        #[arg(long)]
        meaning: Option<String>,
        /// A closing note.
        #[arg(long)]
        note: Option<String>,
    },
}

#[derive(Subcommand, Debug)]
pub enum ReorderCommand {
    /// Set the reorder point (min) and par level (max) of a product at a location.
    #[command(
        after_help = "Example:\n  custody --as ben reorder set --product 09506000134352 --location MAIN --min 20 --max 60 --lead-time 5"
    )]
    Set {
        /// The product (GTIN).
        #[arg(long, value_name = "GTIN")]
        product: String,
        /// The location (code).
        #[arg(long)]
        location: String,
        /// Reorder point: order when usable cover falls below it.
        #[arg(long)]
        min: i64,
        /// Par level: order up to it.
        #[arg(long)]
        max: i64,
        /// Days from order to delivery (default 7).
        #[arg(long, value_name = "DAYS")]
        lead_time: Option<i64>,
    },
    /// Import rules from CSV: gtin,location,reorder_point,par_level,lead_time_days (all or none).
    #[command(after_help = "Example:\n  custody --as ben reorder import rules.csv")]
    Import {
        /// The file.
        file: std::path::PathBuf,
    },
    /// Every rule.
    #[command(after_help = "Example:\n  custody --as ben reorder list")]
    List,
    /// Suggest rules from consumption (reorder point = lead time + safety days of use; par = that
    /// plus one order cycle); --apply saves them.
    #[command(
        after_help = "Example:\n  custody --as ben reorder suggest --location MAIN --lead-time 5 --safety-days 5 --apply"
    )]
    Suggest {
        /// Only this location (code).
        #[arg(long)]
        location: Option<String>,
        /// Days from order to delivery (default 7).
        #[arg(long, value_name = "DAYS")]
        lead_time: Option<i64>,
        /// Safety stock in days of consumption (default 7).
        #[arg(long, value_name = "DAYS")]
        safety_days: Option<i64>,
        /// Days between orders (default 30).
        #[arg(long, value_name = "DAYS")]
        cycle_days: Option<i64>,
        /// Days of dispensing the consumption is averaged over (default 90).
        #[arg(long, value_name = "DAYS")]
        window: Option<i64>,
        /// Save the suggestions as rules (replacing existing rules of those products there).
        #[arg(long)]
        apply: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum CountCommand {
    /// Start a count at a location (everything there, or --product only); prints its number.
    #[command(
        after_help = "Example:\n  custody --as amira count start --location WARD-3A --blind"
    )]
    Start {
        /// The location (code).
        #[arg(long)]
        location: String,
        /// Only these products (GTIN; repeat the option).
        #[arg(long, value_name = "GTIN")]
        product: Vec<String>,
        /// Staff do not see the expected quantities while scanning.
        #[arg(long)]
        blind: bool,
    },
    /// Count packs: scans on stdin, one per line; a repeated pack counts once.
    #[command(
        after_help = "Prints one answer per scan: COUNTED, ALREADY_COUNTED, LOT_COUNTED, ELSEWHERE, WRONG_STATUS,\nNOT_RECEIVED, NOT_IN_COUNT, UNKNOWN_PRODUCT or DECODE_ERROR with a sentence (--json: one object\nper line). Lot-tracked products add --quantity per scan. Scans are read with the site's scanner\nsettings (`custody settings`); --gs-substitute replaces its substitutes for this run only.\n\nExample:\n  custody --as amira count scan 12 < scans.txt\n  echo ']d201095060001343691729013110G7' | custody --as amira count scan 12 --quantity 40"
    )]
    Scan {
        /// The count number.
        id: i64,
        /// For lot-tracked products: how many this scan stands for.
        #[arg(long)]
        quantity: Option<i64>,
        /// For this run only: a string the scanner sends instead of the group separator
        /// (repeatable), e.g. '~', in place of the site's (see `custody settings`).
        #[arg(long = "gs-substitute")]
        gs_substitutes: Vec<String>,
    },
    /// Progress: packs expected (hidden from staff in a blind count) and counted.
    #[command(after_help = "Example:\n  custody --as amira count status 12")]
    Status {
        /// The count number.
        id: i64,
    },
    /// End scanning and show the variance per serial and per lot.
    #[command(
        after_help = "Lists missing packs, packs recorded elsewhere (with where), packs with the wrong status\n(suspect), packs never received, lot differences, and what moved during the count (accounted\nfor, not adjusted). `custody count variance ID` shows it again.\n\nExample:\n  custody --as amira count finish 12"
    )]
    Finish {
        /// The count number.
        id: i64,
    },
    /// Show the variance of a count again.
    #[command(after_help = "Example:\n  custody --as ben count variance 12 --json")]
    Variance {
        /// The count number.
        id: i64,
    },
    /// Accept a finished count's adjustments (managers): count_adjust events on the ledger.
    #[command(
        after_help = "Example:\n  custody --as ben count apply 12 --reason \"quarterly stocktake, checked by B. Okafor\""
    )]
    Apply {
        /// The count number.
        id: i64,
        /// Why the adjustments are accepted.
        #[arg(long)]
        reason: String,
        /// What your signature means: approved (the default) or reviewed.
        #[arg(long)]
        meaning: Option<String>,
    },
    /// Give up a count; nothing reaches the ledger.
    #[command(
        after_help = "Example:\n  custody --as amira count abandon 12 --note \"started on the wrong shelf\""
    )]
    Abandon {
        /// The count number.
        id: i64,
        /// Why.
        #[arg(long)]
        note: Option<String>,
    },
}

#[derive(Subcommand, Debug)]
pub enum BackupCommand {
    /// Copy the database (consistently, while in use), verify the copy, keep it, drop old ones.
    #[command(
        after_help = "The copy is written as custody-YYYYMMDD-HHMMSS.db.partial, checked (integrity_check and the whole\nledger) and only then renamed, so every custody-*.db in the folder is a verified backup. Old\nbackups are dropped: the newest --keep-last are kept, plus the newest of each of --keep-months months.\n\nExample:\n  custody --as alice backup create --dir /media/usb/custody-backups"
    )]
    Create {
        /// The backup folder (e.g. a USB disk or a network share).
        #[arg(long, env = "CUSTODY_BACKUP_DIR")]
        dir: std::path::PathBuf,
        /// Newest backups kept (default 14).
        #[arg(long, value_name = "N")]
        keep_last: Option<usize>,
        /// Months for which the newest backup is kept (default 12).
        #[arg(long, value_name = "N")]
        keep_months: Option<usize>,
    },
    /// The backups in a folder, newest first.
    #[command(after_help = "Example:\n  custody backup list --dir /media/usb/custody-backups")]
    List {
        /// The backup folder.
        #[arg(long, env = "CUSTODY_BACKUP_DIR")]
        dir: std::path::PathBuf,
    },
    /// Check a backup (or any Custody database) without changing it: integrity, ledger, schema.
    /// Exit 4 if it is damaged.
    #[command(
        after_help = "Example:\n  custody backup verify /media/usb/custody-backups/custody-20261122-020000.db"
    )]
    Verify {
        /// The file.
        file: std::path::PathBuf,
    },
    /// Replace the database (--db) with a backup, after checking it; the current database is
    /// kept aside as <db>.before-restore-<time>. Administrators only.
    #[command(
        after_help = "The backup must pass integrity_check and the ledger check, and its tables, indexes, triggers\nand views must be exactly what Custody's migrations of its version create: anything extra,\nmissing or different is refused, naming it.\n\nExample:\n  custody --db pharmacy.db --as alice backup restore /media/usb/custody-backups/custody-20261122-020000.db --yes"
    )]
    Restore {
        /// The backup file.
        file: std::path::PathBuf,
        /// Confirm: the current database is replaced (and kept aside).
        #[arg(long)]
        yes: bool,
    },
}

/// Where a report goes.
#[derive(Args, Debug)]
pub struct ReportOut {
    /// The file to write: `.pdf` for the printable report, `.csv` for the same rows as CSV.
    #[arg(long, short)]
    pub out: PathBuf,
    /// Paper size of a PDF: a4 or letter.
    #[arg(long, default_value = "a4")]
    pub paper: String,
    /// Replace --out if it exists (never the open database or its -wal/-shm).
    #[arg(long)]
    pub force: bool,
}

/// `custody report …`
#[derive(Subcommand, Debug)]
#[command(
    after_help = "Every report says what it is, when and by whom it was produced, from which data (up to which\nledger event), and numbers its pages. Write `.csv` instead of `.pdf` for the same rows as CSV.\nAn existing --out is replaced only with --force; the open database (and its -wal, -shm) never.\n\nExamples:\n  custody report recall-notice RCL-2026-0091 --out notice.pdf\n  custody report stock-on-hand --location MAIN --out stock.csv\n  custody report chain-of-custody 09506000134352 SN12345 --out certificate.pdf --paper letter\n  custody report audit-extract --from 2026-11-01 --to 2026-11-30 --user ben --out audit.pdf"
)]
pub enum ReportCommand {
    /// A recall notice: what is recalled, affected packs per location with check boxes,
    /// dispensed packs to follow up, signature lines ("URGENT: DRUG RECALL" for class I and II).
    RecallNotice {
        /// Recall number.
        number: String,
        #[command(flatten)]
        out: ReportOut,
    },
    /// A recall's reconciliation: every affected item and its outcome, the ledger events of the
    /// recall, follow-up, and the closing signature once signed.
    RecallClosure {
        /// Recall number.
        number: String,
        #[command(flatten)]
        out: ReportOut,
    },
    /// Stock on hand by location and product, with lots and expiries.
    StockOnHand {
        /// Only this location (code).
        #[arg(long)]
        location: Option<String>,
        #[command(flatten)]
        out: ReportOut,
    },
    /// Stock expired or expiring within the alert windows.
    Expiry {
        /// Alert windows in days (repeat, or separate with commas; default: the site's, see
        /// `custody alert-windows`).
        #[arg(long, value_delimiter = ',')]
        within: Vec<i64>,
        /// Only this location (code).
        #[arg(long)]
        location: Option<String>,
        #[command(flatten)]
        out: ReportOut,
    },
    /// Shortages and the suggested order, most urgent first.
    Shortages {
        /// Only this location (code).
        #[arg(long)]
        location: Option<String>,
        #[command(flatten)]
        out: ReportOut,
    },
    /// A stock count's variance: missing, unexpected, wrong status, lots.
    CountVariance {
        /// Count number (as `custody count` prints it; `COUNT-` is optional).
        count: String,
        #[command(flatten)]
        out: ReportOut,
    },
    /// A pack's chain-of-custody certificate: every event, the hashes that prove it, and its
    /// GS1 DataMatrix.
    ChainOfCustody {
        /// A scan of the pack, or its GTIN.
        scan_or_gtin: String,
        /// Serial (with a GTIN).
        serial: Option<String>,
        #[command(flatten)]
        out: ReportOut,
    },
    /// Ledger events by date range (local days, inclusive), user or location.
    AuditExtract {
        /// From this day (YYYY-MM-DD).
        #[arg(long)]
        from: Option<chrono::NaiveDate>,
        /// Up to and including this day (YYYY-MM-DD).
        #[arg(long)]
        to: Option<chrono::NaiveDate>,
        /// Only events by this username.
        #[arg(long)]
        user: Option<String>,
        /// Only events at, or moving stock from or to, this location (code).
        #[arg(long)]
        location: Option<String>,
        #[command(flatten)]
        out: ReportOut,
    },
    /// Labels for packs held in quarantine, each with its GS1 DataMatrix, two to a row.
    QuarantineLabels {
        /// Only this location (code).
        #[arg(long)]
        location: Option<String>,
        #[command(flatten)]
        out: ReportOut,
    },
}
