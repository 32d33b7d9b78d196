//! `custody expected …` and `custody export …`: expected shipments and EPCIS documents.

use std::path::PathBuf;

use clap::{Args, Subcommand};

#[derive(Subcommand, Debug)]
pub enum ExportCommand {
    /// EPCIS 2.0 JSON-LD for a pack, a lot or a date range (Digital Link identifiers, CBV steps).
    #[command(
        after_help = "Examples:\n  custody --as alice export epcis --gtin 09506000134352 --serial SN12345 --out sn12345.jsonld\n  custody --as alice export epcis --gtin 09506000134352 --lot LOT42 --out lot42.jsonld\n  custody --as alice export epcis --from 2026-11-01 --to 2026-12-01 --out november.jsonld"
    )]
    Epcis(EpcisArgs),
}

#[derive(Subcommand, Debug)]
pub enum ExpectedCommand {
    /// Import a despatch advice: EPCIS 2.0 JSON-LD, EPCIS 1.2/2.0 XML, or CSV; all lines or none.
    #[command(
        after_help = "The format is recognised from the content. CSV columns: gtin,serial,lot,expiry,quantity,po\n(expiry YYYY-MM-DD; a line with a serial is one pack), and unit_price if the advice gives prices\n(in the site's currency, one per product; in EPCIS, a `…:unitPrice` extension {gtin, amount,\ncurrency}). Every problem is reported by line.\n\nExample:\n  custody --as amira expected import asn-88123.jsonld --partner MEDIDIST"
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

/// What `custody export epcis` exports, and where to.
#[derive(Args, Debug)]
pub struct EpcisArgs {
    /// The product (with --serial or --lot).
    #[arg(long)]
    pub gtin: Option<String>,
    /// One pack.
    #[arg(long, requires = "gtin", conflicts_with = "lot")]
    pub serial: Option<String>,
    /// One lot.
    #[arg(long, requires = "gtin")]
    pub lot: Option<String>,
    /// From this day (YYYY-MM-DD, local time) …
    #[arg(long, requires = "to", conflicts_with_all = ["gtin"])]
    pub from: Option<String>,
    /// … until this day (exclusive).
    #[arg(long, requires = "from")]
    pub to: Option<String>,
    /// Where to write (written whole or not at all); standard output if absent.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Replace --out if it exists (never the open database or its -wal/-shm).
    #[arg(long, requires = "out")]
    pub force: bool,
}
