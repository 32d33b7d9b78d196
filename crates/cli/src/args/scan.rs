//! `custody scan …`: scanning tools that need no database.

use std::path::PathBuf;

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
    /// Read the codes in photos (JPEG or PNG): each code's place, data and GS1 fields.
    #[command(
        after_help = "Reads GS1 DataMatrix, GS1 QR, GS1-128 and EAN-13/EAN-8 codes, with the photo turned as its EXIF\norientation says. HEIC photos are refused: export them as JPEG or PNG.\nFor each file: each code's position in pixels (left,top–right,bottom), its data with GS\nshown as <GS>, and the GS1 fields it decodes to, or why it does not decode.\n--json prints one line per file: {\"file\", \"codes\": [{\"format\", \"symbology\", \"raw\", \"corners\",\n\"bounds\", \"scan\" or \"error\"}]} or {\"file\", \"error\": {\"kind\", \"message\"}}.\nExits with 1 if any file could not be read; every other file is still reported.\n\nExample:\n  custody scan image pack.jpg label.png\n  custody --json scan image IMG_0042.jpg --today 2026-12-03"
    )]
    Image {
        /// The photos to read.
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
        /// The date for the century of two-digit years (default: today).
        #[arg(long, value_name = "YYYY-MM-DD")]
        today: Option<String>,
    },
}
