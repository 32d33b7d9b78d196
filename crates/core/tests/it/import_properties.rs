//! Property: a despatch advice that imports recorded exactly the packs and quantities in the
//! file, and one with a single corrupted element is refused with a problem at that element's
//! line. Advices are generated in all three formats (EPCIS JSON-LD, EPCIS XML, CSV).

use std::cell::RefCell;

use chrono::NaiveDate;
use custody_core::*;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

use crate::fixtures::now;
use crate::strict_import::with_us_products;

/// The serialized product's GTIN and its SGTIN URN prefix.
const PACK_GTIN: &str = "00305910369019";
const PACK_URN: &str = "urn:epc:id:sgtin:030591.0036901.";
/// The lot-tracked product's GTIN and its LGTIN URN prefix.
const BULK_GTIN: &str = "00305910000011";
const BULK_URN: &str = "urn:epc:class:lgtin:030591.0000001.";

/// Packs of one lot.
#[derive(Debug, Clone)]
struct PackLot {
    lot: String,
    expiry: NaiveDate,
    serials: Vec<String>,
}

/// A quantity of a lot of the lot-tracked product.
#[derive(Debug, Clone)]
struct Bulk {
    lot: String,
    expiry: NaiveDate,
    quantity: i64,
}

#[derive(Debug, Clone)]
struct Advice {
    lots: Vec<PackLot>,
    bulk: Vec<Bulk>,
}

#[derive(Debug, Clone, Copy)]
enum Format {
    Json,
    Xml,
    Csv,
}

/// One element made unreadable.
#[derive(Debug, Clone, Copy)]
enum Corruption {
    /// A space in a pack's serial.
    SerialSpace(usize),
    /// A pack's GTIN (a Digital Link, or the CSV cell) with a wrong check digit.
    CheckDigit(usize),
    /// A pack given the serial of the pack before it in the same lot.
    Duplicate(usize),
    /// A lot's expiry that is not a date.
    BadExpiry(usize),
    /// A bulk lot's quantity of zero.
    ZeroQuantity(usize),
}

fn date(days: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 1, 1).unwrap() + chrono::Days::new(u64::from(days))
}

fn advice() -> impl Strategy<Value = Advice> {
    // Serials from GS1's character set (without the characters CSV and URNs must quote), made
    // unique by their index.
    let serial_part = "[A-Za-z0-9*+.:;=_-]{0,8}";
    let lots = prop::collection::vec(
        (
            "[A-Z0-9]{0,5}",
            0u32..3000,
            prop::collection::vec(serial_part, 1..5),
        ),
        1..4,
    );
    let bulk = prop::collection::vec(("[A-Z0-9]{0,5}", 0u32..3000, 1i64..500), 0..3);
    (lots, bulk).prop_map(|(lots, bulk)| {
        let mut n = 0;
        Advice {
            lots: lots
                .into_iter()
                .enumerate()
                .map(|(i, (lot, days, serials))| PackLot {
                    lot: format!("L{i}{lot}"),
                    expiry: date(days),
                    serials: serials
                        .into_iter()
                        .map(|s| {
                            n += 1;
                            format!("{s}{n}")
                        })
                        .collect(),
                })
                .collect(),
            bulk: bulk
                .into_iter()
                .enumerate()
                .map(|(i, (lot, days, quantity))| Bulk {
                    lot: format!("G{i}{lot}"),
                    expiry: date(days),
                    quantity,
                })
                .collect(),
        }
    })
}

fn format() -> impl Strategy<Value = Format> {
    prop_oneof![Just(Format::Json), Just(Format::Xml), Just(Format::Csv)]
}

fn corruption() -> impl Strategy<Value = Option<Corruption>> {
    let i = 0usize..100;
    prop_oneof![
        1 => Just(None),
        1 => i.clone().prop_map(|i| Some(Corruption::SerialSpace(i))),
        1 => i.clone().prop_map(|i| Some(Corruption::CheckDigit(i))),
        1 => i.clone().prop_map(|i| Some(Corruption::Duplicate(i))),
        1 => i.clone().prop_map(|i| Some(Corruption::BadExpiry(i))),
        1 => i.prop_map(|i| Some(Corruption::ZeroQuantity(i))),
    ]
}

/// A document as lines, with the line of each element a corruption can hit.
#[derive(Default)]
struct Doc {
    lines: Vec<String>,
    /// Per pack (in advice order), the first line naming it.
    pack_lines: Vec<usize>,
    /// Per pack lot, the line of its expiry.
    lot_lines: Vec<usize>,
    /// Per bulk lot, the line of its quantity.
    bulk_lines: Vec<usize>,
}

impl Doc {
    fn push(&mut self, line: impl Into<String>) -> usize {
        self.lines.push(line.into());
        self.lines.len()
    }
}

/// How each element is written after the corruption is applied.
struct Written {
    /// Per pack: (GTIN written, serial written).
    packs: Vec<(String, String)>,
    /// Per pack lot: expiry written.
    lot_expiries: Vec<String>,
    /// Per bulk lot: quantity written.
    bulk_quantities: Vec<String>,
}

fn written(a: &Advice, c: Option<Corruption>) -> (Written, Option<(&'static str, usize)>) {
    let mut packs: Vec<(String, String)> = a
        .lots
        .iter()
        .flat_map(|l| l.serials.iter().map(|s| (PACK_GTIN.to_string(), s.clone())))
        .collect();
    let mut lot_expiries: Vec<String> = a.lots.iter().map(|l| l.expiry.to_string()).collect();
    let mut bulk_quantities: Vec<String> = a.bulk.iter().map(|b| b.quantity.to_string()).collect();
    // Which element was hit: ("pack" | "lot" | "bulk", index).
    let hit = match c {
        None => None,
        Some(Corruption::SerialSpace(i)) => {
            let i = i % packs.len();
            packs[i].1 = format!("{} X", packs[i].1);
            Some(("pack", i))
        }
        Some(Corruption::CheckDigit(i)) => {
            let i = i % packs.len();
            packs[i].0 = "00305910369018".into();
            Some(("pack", i))
        }
        Some(Corruption::Duplicate(i)) => {
            // A pack that has another before it in its lot.
            let mut start = 0;
            let mut candidates = Vec::new();
            for l in &a.lots {
                candidates.extend(start + 1..start + l.serials.len());
                start += l.serials.len();
            }
            if candidates.is_empty() {
                None
            } else {
                let i = candidates[i % candidates.len()];
                packs[i].1 = packs[i - 1].1.clone();
                Some(("pack", i))
            }
        }
        Some(Corruption::BadExpiry(i)) => {
            let i = i % lot_expiries.len();
            lot_expiries[i] = "2027-02-30".into();
            Some(("lot", i))
        }
        Some(Corruption::ZeroQuantity(i)) if !bulk_quantities.is_empty() => {
            let i = i % bulk_quantities.len();
            bulk_quantities[i] = "0".into();
            Some(("bulk", i))
        }
        Some(Corruption::ZeroQuantity(_)) => None,
    };
    (
        Written {
            packs,
            lot_expiries,
            bulk_quantities,
        },
        hit,
    )
}

/// A pack as an EPC: the URN form, or a Digital Link when its GTIN was corrupted (a URN has
/// no check digit to get wrong).
fn pack_epc(gtin: &str, serial: &str) -> String {
    if gtin == PACK_GTIN {
        format!("{PACK_URN}{serial}")
    } else {
        format!(
            "https://id.gs1.org/01/{gtin}/21/{}",
            serial.replace(' ', "%20")
        )
    }
}

fn render(a: &Advice, w: &Written, f: Format) -> Doc {
    let mut d = Doc::default();
    let mut pack = 0;
    match f {
        Format::Csv => {
            d.push("gtin,serial,lot,expiry,quantity,po");
            for (li, l) in a.lots.iter().enumerate() {
                for _ in &l.serials {
                    let (gtin, serial) = &w.packs[pack];
                    let line = d.push(format!(
                        "{gtin},{serial},{},{},1,ASN-P",
                        l.lot, w.lot_expiries[li]
                    ));
                    d.pack_lines.push(line);
                    if d.lot_lines.len() == li {
                        d.lot_lines.push(line);
                    }
                    pack += 1;
                }
            }
            for (bi, b) in a.bulk.iter().enumerate() {
                let line = d.push(format!(
                    "{BULK_GTIN},,{},{},{},ASN-P",
                    b.lot, b.expiry, w.bulk_quantities[bi]
                ));
                d.bulk_lines.push(line);
            }
        }
        Format::Json => {
            d.push("{");
            d.push("  \"type\": \"EPCISDocument\",");
            d.push("  \"epcisBody\": {");
            d.push("    \"eventList\": [");
            for (li, l) in a.lots.iter().enumerate() {
                d.push("      {");
                d.push("        \"type\": \"ObjectEvent\", \"action\": \"ADD\", \"bizStep\": \"commissioning\",");
                d.push(format!(
                    "        \"ilmd\": {{\"cbvmda:lotNumber\": \"{}\",",
                    l.lot
                ));
                let line = d.push(format!(
                    "          \"cbvmda:itemExpirationDate\": \"{}\"}},",
                    w.lot_expiries[li]
                ));
                d.lot_lines.push(line);
                d.push("        \"epcList\": [");
                let n = l.serials.len();
                for k in 0..n {
                    let (gtin, serial) = &w.packs[pack];
                    let comma = if k + 1 < n { "," } else { "" };
                    let line = d.push(format!("          \"{}\"{comma}", pack_epc(gtin, serial)));
                    d.pack_lines.push(line);
                    pack += 1;
                }
                d.push("        ]");
                d.push("      },");
            }
            for (bi, b) in a.bulk.iter().enumerate() {
                d.push("      {");
                d.push("        \"type\": \"ObjectEvent\", \"action\": \"ADD\", \"bizStep\": \"commissioning\",");
                d.push(format!(
                    "        \"ilmd\": {{\"cbvmda:lotNumber\": \"{}\", \"cbvmda:itemExpirationDate\": \"{}\"}},",
                    b.lot, b.expiry
                ));
                d.push("        \"quantityList\": [");
                let line = d.push(format!(
                    "          {{\"epcClass\": \"{BULK_URN}{}\", \"quantity\": {}}}",
                    b.lot, w.bulk_quantities[bi]
                ));
                d.bulk_lines.push(line);
                d.push("        ]");
                d.push("      },");
            }
            // The shipping event names every pack and lot again, as real advices do.
            d.push("      {");
            d.push("        \"type\": \"ObjectEvent\", \"action\": \"OBSERVE\", \"bizStep\": \"shipping\",");
            d.push("        \"bizTransactionList\": [{\"type\": \"desadv\", \"bizTransaction\": \"urn:epcglobal:cbv:bt:0614141000005:ASN-P\"}],");
            let epcs: Vec<String> = w
                .packs
                .iter()
                .map(|(g, s)| format!("\"{}\"", pack_epc(g, s)))
                .collect();
            d.push(format!("        \"epcList\": [{}],", epcs.join(", ")));
            let classes: Vec<String> = a
                .bulk
                .iter()
                .zip(&w.bulk_quantities)
                .map(|(b, q)| {
                    format!(
                        "{{\"epcClass\": \"{BULK_URN}{}\", \"quantity\": {q}}}",
                        b.lot
                    )
                })
                .collect();
            d.push(format!(
                "        \"quantityList\": [{}]",
                classes.join(", ")
            ));
            d.push("      }");
            d.push("    ]");
            d.push("  }");
            d.push("}");
        }
        Format::Xml => {
            d.push("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
            d.push("<epcis:EPCISDocument xmlns:epcis=\"urn:epcglobal:epcis:xsd:2\" xmlns:cbvmda=\"urn:epcglobal:cbv:mda\">");
            d.push("<EPCISBody><EventList>");
            for (li, l) in a.lots.iter().enumerate() {
                d.push("<ObjectEvent><action>ADD</action>");
                d.push("<epcList>");
                for _ in &l.serials {
                    let (gtin, serial) = &w.packs[pack];
                    let line = d.push(format!("<epc>{}</epc>", pack_epc(gtin, serial)));
                    d.pack_lines.push(line);
                    pack += 1;
                }
                d.push("</epcList>");
                d.push(format!(
                    "<ilmd><cbvmda:lotNumber>{}</cbvmda:lotNumber>",
                    l.lot
                ));
                let line = d.push(format!(
                    "<cbvmda:itemExpirationDate>{}</cbvmda:itemExpirationDate></ilmd>",
                    w.lot_expiries[li]
                ));
                d.lot_lines.push(line);
                d.push("</ObjectEvent>");
            }
            for (bi, b) in a.bulk.iter().enumerate() {
                d.push("<ObjectEvent><action>ADD</action><quantityList>");
                let line = d.push(format!(
                    "<quantityElement><epcClass>{BULK_URN}{}</epcClass><quantity>{}</quantity></quantityElement>",
                    b.lot, w.bulk_quantities[bi]
                ));
                d.bulk_lines.push(line);
                d.push(format!(
                    "</quantityList><ilmd><cbvmda:lotNumber>{}</cbvmda:lotNumber><cbvmda:itemExpirationDate>{}</cbvmda:itemExpirationDate></ilmd></ObjectEvent>",
                    b.lot, b.expiry
                ));
            }
            d.push("<ObjectEvent><action>OBSERVE</action><bizTransactionList><bizTransaction type=\"urn:epcglobal:cbv:btt:desadv\">urn:epcglobal:cbv:bt:0614141000005:ASN-P</bizTransaction></bizTransactionList>");
            let epcs: String = w
                .packs
                .iter()
                .map(|(g, s)| format!("<epc>{}</epc>", pack_epc(g, s)))
                .collect();
            d.push(format!("<epcList>{epcs}</epcList></ObjectEvent>"));
            d.push("</EventList></EPCISBody></epcis:EPCISDocument>");
        }
    }
    d
}

/// What the shipment must hold: (GTIN, serial, lot, expiry, quantity), sorted.
type Expected = Vec<(
    String,
    Option<String>,
    Option<String>,
    Option<NaiveDate>,
    i64,
)>;

fn expected(a: &Advice) -> Expected {
    let mut out: Expected = a
        .lots
        .iter()
        .flat_map(|l| {
            l.serials.iter().map(|s| {
                (
                    PACK_GTIN.to_string(),
                    Some(s.clone()),
                    Some(l.lot.clone()),
                    Some(l.expiry),
                    1,
                )
            })
        })
        .collect();
    out.extend(a.bulk.iter().map(|b| {
        (
            BULK_GTIN.to_string(),
            None,
            Some(b.lot.clone()),
            Some(b.expiry),
            b.quantity,
        )
    }));
    out.sort();
    out
}

#[test]
fn an_advice_imports_exactly_what_it_lists_or_is_refused_at_the_corrupted_line() {
    let p = RefCell::new(with_us_products());
    let mut runner = TestRunner::new(Config {
        cases: 96,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&(advice(), format(), corruption()), |(a, f, c)| {
            let (w, hit) = written(&a, c);
            let doc = render(&a, &w, f);
            let text = doc.lines.join("\n") + "\n";
            let mut p = p.borrow_mut();
            let p = &mut *p;
            let result = p.store.import_shipment(
                &p.admin,
                text.as_bytes(),
                None,
                Some("ASN-P"),
                None,
                now(),
            );
            match hit {
                None => {
                    let s = result.map_err(|e| {
                        TestCaseError::fail(format!("a sound advice must import: {e}\n{text}"))
                    })?;
                    let mut got: Expected = s
                        .items
                        .iter()
                        .map(|i| {
                            (
                                i.gtin.clone(),
                                i.serial.clone(),
                                i.lot.clone(),
                                i.expiry,
                                i.quantity,
                            )
                        })
                        .collect();
                    got.sort();
                    prop_assert_eq!(
                        got,
                        expected(&a),
                        "the shipment holds exactly the packs and quantities of the file"
                    );
                }
                Some((what, i)) => {
                    let line = match what {
                        "pack" => doc.pack_lines[i],
                        "lot" => doc.lot_lines[i],
                        _ => doc.bulk_lines[i],
                    };
                    let problems = match result {
                        Err(CoreError::Import(problems)) => problems,
                        Err(e) => {
                            return Err(TestCaseError::fail(format!(
                                "a corrupted advice is an import problem, not: {e}"
                            )))
                        }
                        Ok(_) => {
                            return Err(TestCaseError::fail(format!(
                                "a corrupted advice ({c:?}) must be refused:\n{text}"
                            )))
                        }
                    };
                    prop_assert!(
                        problems.iter().any(|p| p.line == line),
                        "the refusal names line {} of the corrupted element ({:?}); got {:?}\n{}",
                        line,
                        c,
                        problems,
                        text
                    );
                }
            }
            Ok(())
        })
        .unwrap();
}
