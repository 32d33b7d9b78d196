//! EPC identifiers: SGTIN, SSCC and LGTIN URNs, product patterns and GS1 Digital Link URIs read
//! into GTINs, serials, lots and SSCCs, strictly (with why not) or leniently; and the checks of a
//! serial and a lot.

use chrono::NaiveDate;

/// An identifier an EPCIS file names.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Epc {
    /// One pack.
    Sgtin {
        /// GTIN-14.
        gtin: String,
        /// Serial.
        serial: String,
    },
    /// A lot of a product (a class).
    Lgtin {
        /// GTIN-14.
        gtin: String,
        /// Lot, if the class has one.
        lot: Option<String>,
    },
    /// A logistic unit.
    Sscc(String),
    /// Anything else (locations, parties, other keys).
    Other,
}

/// Where an identifier stands, and so what it must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EpcRole {
    /// In an EPC list or a parent: one pack (SGTIN) or one case (SSCC).
    Instance,
    /// In a quantity list: a product's lot (LGTIN) or the product (a GTIN class).
    Class,
}

/// Reads an EPC URN or Digital Link URI strictly: a pack, case or lot Custody understands, or
/// why not (a wrong check digit, a serial with a space or a character outside GS1's set, a
/// location where a pack should be, a form Custody does not read).
pub fn read_epc(s: &str, role: EpcRole) -> Result<Epc, String> {
    if s.is_empty() {
        return Err("an identifier is empty".into());
    }
    if s.trim() != s {
        return Err("the identifier has spaces around it".into());
    }
    let epc = if let Some(rest) = s.strip_prefix("urn:epc:id:sgtin:") {
        sgtin_urn(rest)?
    } else if let Some(rest) = s.strip_prefix("urn:epc:id:sscc:") {
        sscc_urn(rest)?
    } else if let Some(rest) = s.strip_prefix("urn:epc:class:lgtin:") {
        lgtin_urn(rest)?
    } else if let Some(rest) = s.strip_prefix("urn:epc:idpat:sgtin:") {
        product_pattern(rest)?
    } else if s.starts_with("http://") || s.starts_with("https://") {
        digital_link(s)?
    } else if let Some(rest) = s.strip_prefix("urn:epc:id:") {
        let scheme = rest.split(':').next().unwrap_or(rest).to_ascii_uppercase();
        return Err(format!(
            "an {scheme} names a place, party or asset, not a pack: packs are SGTINs, cases SSCCs"
        ));
    } else {
        return Err("not an identifier Custody reads: a pack is urn:epc:id:sgtin:…, a case urn:epc:id:sscc:…, a lot urn:epc:class:lgtin:…, or a GS1 Digital Link".into());
    };
    match (role, &epc) {
        (EpcRole::Instance, Epc::Sgtin { .. } | Epc::Sscc(_))
        | (EpcRole::Class, Epc::Lgtin { .. }) => Ok(epc),
        (EpcRole::Instance, _) => Err(
            "a product class (a lot), not one pack or case: it belongs in a quantityList".into(),
        ),
        (EpcRole::Class, _) => {
            Err("one pack or case, not a product class: a quantityList names lots (LGTIN)".into())
        }
    }
}

/// Reads an EPC URN or Digital Link URI leniently: anything that is not a pack, lot or case
/// Custody reads is [`Epc::Other`]. For documents, use [`read_epc`], which says why.
pub fn parse_epc(s: &str) -> Epc {
    let s = s.trim();
    read_epc(s, EpcRole::Instance)
        .or_else(|_| read_epc(s, EpcRole::Class))
        .unwrap_or(Epc::Other)
}

/// Checks a serial (AI 21): 1 to 20 characters of GS1's character set 82.
pub fn check_serial(serial: &str) -> Result<(), String> {
    check_gs1_text("serial", serial)
}

/// Checks a lot (AI 10): 1 to 20 characters of GS1's character set 82.
pub fn check_lot(lot: &str) -> Result<(), String> {
    check_gs1_text("lot", lot)
}

/// Checks a serial or lot (`what`): 1 to 20 characters of GS1's character set 82.
fn check_gs1_text(what: &str, v: &str) -> Result<(), String> {
    if v.is_empty() {
        return Err(format!("the {what} is empty"));
    }
    if let Some(c) = v
        .chars()
        .find(|c| !c.is_ascii() || !custody_gs1::ai::is_cset82(*c as u8))
    {
        let which = match c {
            ' ' => "a space".to_string(),
            c if c.is_control() => format!("the control character U+{:04X}", c as u32),
            c => format!("'{c}'"),
        };
        return Err(format!(
            "the {what} '{v}' contains {which}, which a GS1 {what} cannot contain (letters, digits and !\"%&'()*+,-./:;<=>?_ only)"
        ));
    }
    let n = v.chars().count();
    if n > 20 {
        return Err(format!(
            "the {what} '{v}' has {n} characters; a GS1 {what} has at most 20"
        ));
    }
    Ok(())
}

/// Decodes `%XX` escapes of an EPC URN component; a `%` that starts no escape is an error.
fn unescape_uri(s: &str) -> Result<String, String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let v = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .ok_or_else(|| format!("'{s}' has a '%' that starts no escape such as %2F"))?;
            out.push(v);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| format!("'{s}' escapes bytes that are not UTF-8"))
}

/// The GTIN of a URN's company prefix and indicator + item reference (13 digits together).
fn gtin_from_parts(company_prefix: &str, indicator_item: &str) -> Result<String, String> {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(company_prefix)
        || !digits(indicator_item)
        || !(6..=12).contains(&company_prefix.len())
        || company_prefix.len() + indicator_item.len() != 13
    {
        return Err(format!(
            "the company prefix '{company_prefix}' and item reference '{indicator_item}' must be 13 digits together, the prefix 6 to 12 of them"
        ));
    }
    let (indicator, item) = indicator_item.split_at(1);
    custody_gs1::Gtin::from_data_digits(&format!("{indicator}{company_prefix}{item}"))
        .map(|g| g.to_string())
        .ok_or_else(|| "not a GTIN".to_string())
}

/// `urn:epc:id:sgtin:{cp}.{ii}.{serial}`: one pack.
fn sgtin_urn(rest: &str) -> Result<Epc, String> {
    let mut parts = rest.splitn(3, '.');
    let (Some(cp), Some(ii), Some(serial)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(
            "an SGTIN is urn:epc:id:sgtin:{company prefix}.{indicator and item reference}.{serial}"
                .into(),
        );
    };
    let gtin = gtin_from_parts(cp, ii)?;
    let serial = unescape_uri(serial)?;
    check_serial(&serial)?;
    Ok(Epc::Sgtin { gtin, serial })
}

/// `urn:epc:id:sscc:{cp}.{ext and serial reference}`: one case, its check digit computed.
fn sscc_urn(rest: &str) -> Result<Epc, String> {
    let usage = "an SSCC is urn:epc:id:sscc:{company prefix}.{extension digit and serial reference}, 17 digits together";
    let (cp, sr) = rest.split_once('.').ok_or(usage)?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(cp) || !digits(sr) || !(6..=12).contains(&cp.len()) || cp.len() + sr.len() != 17 {
        return Err(usage.into());
    }
    // The extension digit moves to the front; the check digit is computed.
    let (ext, serial_ref) = sr.split_at(1);
    let data = format!("{ext}{cp}{serial_ref}");
    let check = custody_gs1::gs1_check_digit(data.as_bytes()).ok_or(usage)?;
    Ok(Epc::Sscc(format!("{data}{check}")))
}

/// `urn:epc:class:lgtin:{cp}.{ii}.{lot}`: a lot of a product.
fn lgtin_urn(rest: &str) -> Result<Epc, String> {
    let mut parts = rest.splitn(3, '.');
    let (Some(cp), Some(ii), Some(lot)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(
            "an LGTIN is urn:epc:class:lgtin:{company prefix}.{indicator and item reference}.{lot}"
                .into(),
        );
    };
    let gtin = gtin_from_parts(cp, ii)?;
    let lot = unescape_uri(lot)?;
    check_lot(&lot)?;
    Ok(Epc::Lgtin {
        gtin,
        lot: Some(lot),
    })
}

/// `urn:epc:idpat:sgtin:{cp}.{ii}.*`: every pack of a product.
fn product_pattern(rest: &str) -> Result<Epc, String> {
    let mut parts = rest.splitn(3, '.');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(cp), Some(ii), Some("*")) => Ok(Epc::Lgtin {
            gtin: gtin_from_parts(cp, ii)?,
            lot: None,
        }),
        _ => Err(
            "a product pattern is urn:epc:idpat:sgtin:{company prefix}.{item reference}.*".into(),
        ),
    }
}

/// A GS1 Digital Link URI naming a pack, a lot, a product or a case, and nothing more.
fn digital_link(s: &str) -> Result<Epc, String> {
    // The date only matters for expiry dates, which an identifier does not carry.
    let today = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
    let scan = custody_gs1::decode(s, &custody_gs1::DecodeOptions::new(today))
        .map_err(|e| format!("not a GS1 Digital Link Custody reads: {}", e.message))?;
    let mut ais: Vec<&str> = scan.elements.iter().map(|e| e.ai()).collect();
    ais.sort_unstable();
    let gtin = scan.gtin.map(|g| g.to_string());
    match (ais.as_slice(), gtin) {
        (["01", "21"], Some(gtin)) => Ok(Epc::Sgtin {
            gtin,
            serial: scan.serial.unwrap_or_default(),
        }),
        (["01"], Some(gtin)) => Ok(Epc::Lgtin { gtin, lot: None }),
        (["01", "10"], Some(gtin)) => Ok(Epc::Lgtin {
            gtin,
            lot: scan.lot,
        }),
        (["00"], _) => Ok(Epc::Sscc(scan.sscc.unwrap_or_default())),
        _ => Err(format!(
            "a Digital Link in EPCIS names a pack /01/{{GTIN}}/21/{{serial}}, a lot /01/{{GTIN}}/10/{{lot}} or a case /00/{{SSCC}}; this one carries ({})",
            ais.join(")(")
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urns_and_digital_links_become_gtins_and_serials() {
        assert_eq!(
            parse_epc("urn:epc:id:sgtin:030591.0036901.100000004711"),
            Epc::Sgtin {
                gtin: "00305910369019".into(),
                serial: "100000004711".into()
            },
            "the EPCIS notes' worked example"
        );
        assert_eq!(
            parse_epc("urn:epc:id:sgtin:0312345.067890.7K%2F01"),
            Epc::Sgtin {
                gtin: "00312345678906".into(),
                serial: "7K/01".into()
            }
        );
        assert_eq!(
            parse_epc("https://id.gs1.org/01/00305910369019/10/A12345"),
            Epc::Lgtin {
                gtin: "00305910369019".into(),
                lot: Some("A12345".into())
            }
        );
        assert_eq!(
            parse_epc("urn:epc:id:sscc:0614141.0000000417"),
            Epc::Sscc("006141410000004171".into())
        );
        assert_eq!(parse_epc("urn:epc:id:sgln:030591.000001.0"), Epc::Other);
    }

    #[test]
    fn read_epc_accepts_each_form_where_it_belongs_and_says_why_not_elsewhere() {
        use EpcRole::{Class, Instance};
        let ok: &[(&str, EpcRole, Epc)] = &[
            (
                "https://id.gs1.org/01/00305910369019/21/A-1",
                Instance,
                Epc::Sgtin {
                    gtin: "00305910369019".into(),
                    serial: "A-1".into(),
                },
            ),
            (
                "https://id.gs1.org/00/006141410000004171",
                Instance,
                Epc::Sscc("006141410000004171".into()),
            ),
            (
                "urn:epc:class:lgtin:030591.0036901.L%2F1",
                Class,
                Epc::Lgtin {
                    gtin: "00305910369019".into(),
                    lot: Some("L/1".into()),
                },
            ),
            (
                "urn:epc:idpat:sgtin:030591.0036901.*",
                Class,
                Epc::Lgtin {
                    gtin: "00305910369019".into(),
                    lot: None,
                },
            ),
            (
                "https://id.gs1.org/01/00305910369019",
                Class,
                Epc::Lgtin {
                    gtin: "00305910369019".into(),
                    lot: None,
                },
            ),
        ];
        for (s, role, epc) in ok {
            assert_eq!(
                read_epc(s, *role).as_ref(),
                Ok(epc),
                "{s} is a readable {role:?}"
            );
        }
        let refused: &[(&str, EpcRole, &str)] = &[
            (
                "urn:epc:id:sgtin:030591.0036901.A%2",
                Instance,
                "starts no escape",
            ),
            ("urn:epc:id:sgtin:030591.0036901.", Instance, "empty"),
            ("urn:epc:id:sscc:0614141.000000041", Instance, "17 digits"),
            (
                "urn:epc:id:sgtin:030591.0036901.S1 ",
                Instance,
                "spaces around",
            ),
            (
                "urn:epc:idpat:sgtin:030591.0036901.S1",
                Class,
                "product pattern",
            ),
            (
                "urn:epc:id:sscc:0614141.0000000417",
                Class,
                "not a product class",
            ),
            (
                "urn:epc:class:lgtin:030591.0036901.L1",
                Instance,
                "quantityList",
            ),
            ("urn:epc:id:pgln:0614141.00000", Instance, "PGLN"),
        ];
        for (s, role, words) in refused {
            let why = read_epc(s, *role).expect_err(s);
            assert!(why.contains(words), "{s} as {role:?}: {why}");
        }
    }
}
