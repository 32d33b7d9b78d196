//! `custody recall …`: a recall's scope, reach, outcomes and closure.

use std::path::PathBuf;

use clap::{Args, Subcommand};

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
    Create(RecallCreateArgs),
    /// Import a recall: EPCIS events with the disposition `recalled`, or a CSV of scope lines.
    #[command(
        after_help = "EPCIS: packs from epcList, lots from quantityList; number, class and reason from a\n`…:recallNotice` extension when present. CSV columns: gtin,lot,serial. Options fill in or override\nwhat the file says. All lines or none; every problem is reported by line.\n\nExample:\n  custody --as chloe recall import recall-events.jsonld --instructions \"Return to the wholesaler\""
    )]
    Import(RecallImportArgs),
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
    Outcome(RecallOutcomeArgs),
    /// Share a recall entered here with the hospital network: every site using the product
    /// receives it on its next pull and holds its stock.
    #[command(
        after_help = "The site must be enrolled with a hub. A network recall covers one GTIN by lots or serials; the
hub enters it as entered by this site, and this site links it to its own by number when it
pulls (nothing is held twice). Sharing again is harmless.

Example:
  custody --as chloe recall share RCL-2026-0091"
    )]
    Share {
        /// The recall number.
        number: String,
    },
    /// Close a recall once nothing is open, signed by the acting QA officer.
    #[command(
        after_help = "Refuses while any affected pack or quantity is still open, and says which. The signature\n(who, when, meaning) is recorded as an event on the ledger.\n\nExample:\n  custody --as chloe recall close RCL-2026-0091 --meaning approved --note \"all stock accounted for\""
    )]
    Close(RecallCloseArgs),
}

/// The recall `custody recall create` enters.
#[derive(Args, Debug)]
pub struct RecallCreateArgs {
    /// The manufacturer's or regulator's recall number.
    #[arg(long)]
    pub number: String,
    /// A short title.
    #[arg(long)]
    pub title: String,
    /// I, II, III or withdrawal.
    #[arg(long)]
    pub class: String,
    /// Why the product is recalled.
    #[arg(long)]
    pub reason: String,
    /// What to do with affected stock.
    #[arg(long)]
    pub instructions: Option<String>,
    /// Who issued the recall.
    #[arg(long)]
    pub issuer: Option<String>,
    /// Date of the notice (YYYY-MM-DD; today if absent).
    #[arg(long)]
    pub issued_on: Option<String>,
    #[command(flatten)]
    pub scope: ScopeArgs,
}

/// The file `custody recall import` reads, and what fills in or overrides what it says.
#[derive(Args, Debug)]
pub struct RecallImportArgs {
    /// The file.
    pub file: PathBuf,
    /// Recall number.
    #[arg(long)]
    pub number: Option<String>,
    /// Title (default: the product names).
    #[arg(long)]
    pub title: Option<String>,
    /// I, II, III or withdrawal.
    #[arg(long)]
    pub class: Option<String>,
    /// Reason.
    #[arg(long)]
    pub reason: Option<String>,
    /// Instructions.
    #[arg(long)]
    pub instructions: Option<String>,
    /// Issuer.
    #[arg(long)]
    pub issuer: Option<String>,
    /// Date of the notice (YYYY-MM-DD).
    #[arg(long)]
    pub issued_on: Option<String>,
}

/// The outcome `custody recall outcome` records, and the open items it is for.
#[derive(Args, Debug)]
pub struct RecallOutcomeArgs {
    /// The recall number.
    pub number: String,
    /// returned_to_supplier, destroyed, notified or not_found.
    #[arg(long)]
    pub outcome: String,
    /// Only this product.
    #[arg(long, value_name = "GTIN")]
    pub gtin: Option<String>,
    /// Only this lot.
    #[arg(long)]
    pub lot: Option<String>,
    /// Only these packs (repeat the option).
    #[arg(long)]
    pub serial: Vec<String>,
    /// Only stock held at this location (code).
    #[arg(long)]
    pub location: Option<String>,
    /// The supplier stock goes back to (partner code).
    #[arg(long)]
    pub partner: Option<String>,
    /// Who was notified and how, the RMA number, …
    #[arg(long)]
    pub note: Option<String>,
}

/// The recall `custody recall close` closes, and its signature.
#[derive(Args, Debug)]
pub struct RecallCloseArgs {
    /// The recall number.
    pub number: String,
    /// approved (the default: every item is accounted for) or reviewed.
    #[arg(long)]
    pub meaning: Option<String>,
    /// A closing note.
    #[arg(long)]
    pub note: Option<String>,
}
