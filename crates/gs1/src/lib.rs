//! Decode what a pharmacy's barcode scanner sends into typed pack data.
//!
//! `custody-gs1` is a pure library (no IO) that turns one raw scan into a [`Scan`] or a
//! [`DecodeError`]. It reads:
//!
//! - GS1 element strings from GS1 DataMatrix (`]d2`), GS1-128 (`]C1`), GS1 QR (`]Q3`), GS1
//!   DataBar (`]e0`) and DotCode (`]J1`);
//! - EAN-13/UPC-A (`]E0`) and EAN-8 (`]E4`), normalised to GTIN-14;
//! - the bracketed human-readable form `(01)…(17)…(10)…(21)…`, with `\(` escapes;
//! - GS1 Digital Link URIs on any domain, as `]Q1…`, `]d1…` or bare;
//! - IFA PPN codes (ISO/IEC 15434 format 06) as on German packs;
//! - data without a symbology identifier, recognised by its shape.
//!
//! Every AI of GS1's Barcode Syntax Dictionary is known: the table is generated at build time
//! from `data/gs1-syntax-dictionary.txt`, with its lengths, character sets, check digits, date
//! rules and the associations between AIs. Dates use the GS1 century rule relative to the
//! `today` you pass in [`DecodeOptions`]; nothing here reads the clock.
//!
//! ```
//! use chrono::NaiveDate;
//! use custody_gs1::{decode, DecodeOptions, ErrorKind};
//!
//! let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
//! let mut options = DecodeOptions::new(today);
//! options.gs_substitutes = vec!["~".into()]; // this scanner types '~' for GS
//!
//! let scan = decode("]d2010950600013435210LOT42~21S1\r\n", &options).unwrap();
//! assert_eq!(scan.gtin.unwrap().as_str(), "09506000134352");
//! assert_eq!(scan.lot.as_deref(), Some("LOT42"));
//! assert_eq!(scan.serial.as_deref(), Some("S1"));
//!
//! let err = decode("]d201095060001343551728123121S1", &options).unwrap_err();
//! assert_eq!(err.kind, ErrorKind::CheckDigit);
//! assert_eq!(err.ai.as_deref(), Some("01"));
//! println!("{}", err.message); // a sentence for the person at the scanner
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod ai;
mod check;
mod date;
mod dl;
mod element;
mod encode;
mod error;
mod gtin;
mod hri;
mod ifa;
mod scan;
mod value;

pub use check::{gs1_check_digit, gs1_check_digit_ok, pzn_ok};
pub use date::resolve_century;
pub use element::{Element, GS};
pub use encode::{digital_link, encode_bracketed, encode_element_string};
pub use error::{Arg, DecodeError, ErrorKind};
pub use gtin::{Gtin, GtinError};
pub use scan::{
    decode, DecodeOptions, NationalCode, Scan, Symbology, Syntax, Warning, WarningKind,
};
