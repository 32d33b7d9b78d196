//! Which format a supplier's or a regulator's file is in, guessed from its content.

use serde::Serialize;

/// The format of a file a supplier or a regulator sends (a despatch advice, a recall notice).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FileFormat {
    /// `gtin,serial,lot,expiry,quantity,po`.
    Csv,
    /// EPCIS 2.0 JSON / JSON-LD.
    EpcisJson,
    /// EPCIS 1.2 or 2.0 XML.
    EpcisXml,
}

impl FileFormat {
    /// Guesses the format from the content: a file whose first byte past a byte-order mark and
    /// blanks is `{` or `[` is JSON (an array at the top is then refused as JSON, not read as a
    /// CSV header), `<` is XML, anything else is CSV.
    pub fn sniff(bytes: &[u8]) -> FileFormat {
        let start = bytes
            .iter()
            .position(|b| !b.is_ascii_whitespace() && *b != 0xEF && *b != 0xBB && *b != 0xBF)
            .map_or(&[][..], |i| &bytes[i..]);
        match start.first() {
            Some(b'{' | b'[') => FileFormat::EpcisJson,
            Some(b'<') => FileFormat::EpcisXml,
            _ => FileFormat::Csv,
        }
    }

    /// The format as stored and shown (`csv`, `epcis_json`, `epcis_xml`).
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            FileFormat::Csv => "csv",
            FileFormat::EpcisJson => "epcis_json",
            FileFormat::EpcisXml => "epcis_xml",
        }
    }
}
