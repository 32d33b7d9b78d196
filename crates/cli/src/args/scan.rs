//! `custody scan …`: scanning tools that need no database.

use clap::Subcommand;

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
