//! Writing GS1 data: element strings with the separators they need, the bracketed form, and
//! Digital Link URIs. Used for labels, test data and EPCIS identifiers.

use crate::ai::lookup;
use crate::element::GS;

/// Joins AIs and values into an element string (no symbology identifier), putting a group
/// separator after every value whose AI is not predefined-length, except the last.
///
/// ```
/// let s = custody_gs1::encode_element_string(&[("01", "09506000134352"), ("10", "LOT42"), ("21", "S1")]);
/// assert_eq!(s, "010950600013435210LOT42\u{1d}21S1");
/// ```
pub fn encode_element_string(elements: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(64);
    for (i, (ai, value)) in elements.iter().enumerate() {
        out.push_str(ai);
        out.push_str(value);
        let predefined = lookup(ai).is_some_and(|e| e.predefined);
        if !predefined && i + 1 < elements.len() {
            out.push(GS as char);
        }
    }
    out
}

/// The bracketed human-readable form, escaping `(` in values as `\(`.
pub fn encode_bracketed(elements: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(64);
    for (ai, value) in elements {
        out.push('(');
        out.push_str(ai);
        out.push(')');
        out.push_str(&value.replace('(', "\\("));
    }
    out
}

fn escape(value: &str, out: &mut String) {
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
}

/// A canonical Digital Link URI (`https://id.gs1.org/01/{gtin}[/10/{lot}][/21/{serial}]`) for a
/// pack or a lot, as EPCIS 2.0 allows in place of an EPC URN.
pub fn digital_link(gtin: &str, lot: Option<&str>, serial: Option<&str>) -> String {
    let mut out = String::from("https://id.gs1.org/01/");
    out.push_str(gtin);
    if let Some(lot) = lot {
        out.push_str("/10/");
        escape(lot, &mut out);
    }
    if let Some(serial) = serial {
        out.push_str("/21/");
        escape(serial, &mut out);
    }
    out
}
