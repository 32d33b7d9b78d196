//! Generated recall files: one corrupted element is refused with its line and nothing else;
//! an uncorrupted file is entered with exactly the packs and lots it names, no more, no fewer.
//!
//! A small deterministic generator (SplitMix64) stands in for a property-testing crate; a
//! failing case names its seed, and `RECALL_CASES` sets how many cases run.

use custody_core::recall::{RecallHeader, ScopeLine};
use custody_core::*;

use crate::fixtures::{now, pharmacy, Pharmacy};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// Products the generator names: GTIN, and its company prefix and indicator + item reference
/// for URNs.
const PRODUCTS: &[(&str, &str, &str)] = &[
    ("09506000134352", "950600", "0013435"),
    ("09506000134369", "950600", "0013436"),
    ("00305910369019", "030591", "0036901"),
];

fn pack_epc(rng: &mut Rng, (gtin, cp, ii): (&str, &str, &str), serial: &str) -> String {
    if rng.chance(50) {
        format!("https://id.gs1.org/01/{gtin}/21/{serial}")
    } else {
        format!("urn:epc:id:sgtin:{cp}.{ii}.{serial}")
    }
}

fn class_epc(rng: &mut Rng, (gtin, cp, ii): (&str, &str, &str), lot: Option<&str>) -> String {
    // '/' is one of GS1's characters, written %2F inside a URI path.
    let lot = lot.map(|l| l.replace('/', "%2F"));
    match lot.as_deref() {
        Some(l) if rng.chance(50) => format!("https://id.gs1.org/01/{gtin}/10/{l}"),
        Some(l) => format!("urn:epc:class:lgtin:{cp}.{ii}.{l}"),
        None => format!("urn:epc:idpat:sgtin:{cp}.{ii}.*"),
    }
}

/// The ways one element is corrupted; each must be refused at the element's line.
#[derive(Debug, Clone, Copy)]
enum Corruption {
    CheckDigit,
    SerialWithSpace,
    SerialTwiceInOneList,
    SsccInRecall,
    LotOutsideGs1Characters,
    LocationAsPack,
}

const CORRUPTIONS: &[Corruption] = &[
    Corruption::CheckDigit,
    Corruption::SerialWithSpace,
    Corruption::SerialTwiceInOneList,
    Corruption::SsccInRecall,
    Corruption::LotOutsideGs1Characters,
    Corruption::LocationAsPack,
];

/// A generated document: its text, the scope it must be entered with (in order), and the line
/// of the corrupted element, if one is.
struct Generated {
    text: String,
    scope: Vec<String>,
    corrupt_line: Option<usize>,
}

fn generate(rng: &mut Rng, number: &str, corruption: Option<Corruption>) -> Generated {
    let events = 1 + rng.below(3);
    let corrupt_event = rng.below(events);
    let mut lines: Vec<String> = vec![
        "{".into(),
        "  \"type\": \"EPCISDocument\",".into(),
        "  \"schemaVersion\": \"2.0\",".into(),
        "  \"creationDate\": \"2026-11-20T10:00:00+01:00\",".into(),
        "  \"epcisBody\": { \"eventList\": [".into(),
    ];
    let mut scope: Vec<String> = Vec::new();
    let mut corrupt_line = None;
    let mut serial_no = 0;
    let mut earlier_packs: Vec<(String, String)> = Vec::new();
    let mut lot_no = 0;
    for e in 0..events {
        lines.push("    {".into());
        lines.push(
            "      \"type\": \"ObjectEvent\", \"action\": \"OBSERVE\", \"disposition\": \"recalled\","
                .into(),
        );
        // Packs: new ones, and sometimes one named by an earlier event (normal, listed once).
        let mut epcs: Vec<(String, Option<String>)> = Vec::new();
        for _ in 0..1 + rng.below(4) {
            if !earlier_packs.is_empty() && rng.chance(20) {
                let (epc, _) = earlier_packs[rng.below(earlier_packs.len())].clone();
                if !epcs.iter().any(|(x, _)| *x == epc) {
                    epcs.push((epc, None));
                }
                continue;
            }
            let product = PRODUCTS[rng.below(PRODUCTS.len())];
            serial_no += 1;
            let serial = format!("S{serial_no}-{}", rng.below(1000));
            let epc = pack_epc(rng, product, &serial);
            epcs.push((epc, Some(format!("GTIN {} serial {serial}", product.0))));
        }
        let mut classes: Vec<(String, Option<String>)> = Vec::new();
        for _ in 0..rng.below(3) {
            let product = PRODUCTS[rng.below(PRODUCTS.len())];
            lot_no += 1;
            let lot = (!rng.chance(15)).then(|| format!("L{lot_no}/{}", rng.below(100)));
            let class = class_epc(rng, product, lot.as_deref());
            if classes.iter().any(|(c, _)| *c == class) {
                continue;
            }
            let line = match &lot {
                Some(l) => format!("GTIN {} lot {l}", product.0),
                None => format!("GTIN {}", product.0),
            };
            let repeated = scope.contains(&line);
            classes.push((class, (!repeated).then_some(line)));
        }
        let mut corrupt_in_classes = false;
        if e == corrupt_event {
            if let Some(c) = corruption {
                let bad = match c {
                    Corruption::CheckDigit => {
                        "https://id.gs1.org/01/09506000134353/21/X1".to_string()
                    }
                    Corruption::SerialWithSpace => "urn:epc:id:sgtin:950600.0013435.A%20B".into(),
                    Corruption::SerialTwiceInOneList => epcs[rng.below(epcs.len())].0.clone(),
                    Corruption::SsccInRecall => "urn:epc:id:sscc:0614141.0000000417".into(),
                    Corruption::LotOutsideGs1Characters => {
                        "urn:epc:class:lgtin:950600.0013436.G%7E1".into()
                    }
                    Corruption::LocationAsPack => "urn:epc:id:sgln:0614141.00001.0".into(),
                };
                if matches!(c, Corruption::LotOutsideGs1Characters) {
                    let at = rng.below(classes.len() + 1);
                    classes.insert(at, (bad, None));
                    corrupt_in_classes = true;
                } else if matches!(c, Corruption::SerialTwiceInOneList) {
                    // After its first listing, so the second is the problem.
                    let first = epcs.iter().position(|(x, _)| *x == bad).unwrap();
                    let at = first + 1 + rng.below(epcs.len() - first);
                    epcs.insert(at, (bad, None));
                } else {
                    let at = rng.below(epcs.len() + 1);
                    epcs.insert(at, (bad, None));
                }
            }
        }
        lines.push("      \"epcList\": [".into());
        for (i, (epc, expect)) in epcs.iter().enumerate() {
            let comma = if i + 1 < epcs.len() { "," } else { "" };
            lines.push(format!("        \"{epc}\"{comma}"));
            if let Some(line) = expect {
                scope.push(line.clone());
                earlier_packs.push((epc.clone(), line.clone()));
            } else if e == corrupt_event && !corrupt_in_classes && corrupt_line.is_none() {
                let repeated_pack = earlier_packs.iter().any(|(x, _)| x == epc);
                let is_corrupt = match corruption {
                    Some(Corruption::SerialTwiceInOneList) => {
                        epcs[..i].iter().any(|(x, _)| x == epc)
                    }
                    Some(_) => !repeated_pack,
                    None => false,
                };
                if is_corrupt {
                    corrupt_line = Some(lines.len());
                }
            }
        }
        lines.push("      ],".into());
        lines.push("      \"quantityList\": [".into());
        for (i, (class, expect)) in classes.iter().enumerate() {
            let comma = if i + 1 < classes.len() { "," } else { "" };
            lines.push(format!(
                "        {{\"epcClass\": \"{class}\", \"quantity\": {}}}{comma}",
                1 + i
            ));
            if let Some(line) = expect {
                scope.push(line.clone());
            } else if corrupt_in_classes && class.contains("G%7E1") {
                corrupt_line = Some(lines.len());
            }
        }
        if e == 0 {
            lines.push("      ],".into());
            lines.push(format!(
                "      \"hosp:recallNotice\": {{\"hosp:firmReference\": \"{number}\", \"hosp:fdaClass\": \"II\", \"hosp:reason\": \"Generated\"}}"
            ));
        } else {
            lines.push("      ]".into());
        }
        lines.push(if e + 1 < events { "    }," } else { "    }" }.into());
    }
    lines.push("  ]}".into());
    lines.push("}".into());
    // Scope lines of an uncorrupted file are in file order with the packs of an event before
    // its lots, as the import lists them.
    Generated {
        text: lines.join("\n"),
        scope,
        corrupt_line,
    }
}

fn entered_scope(p: &Pharmacy, number: &str) -> Vec<String> {
    p.store
        .recall(&p.admin, number)
        .unwrap()
        .scope
        .iter()
        .map(ScopeLine::to_string)
        .collect()
}

fn cases() -> u64 {
    std::env::var("RECALL_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(60)
}

#[test]
fn a_generated_recall_document_is_entered_exactly_or_refused_at_its_corrupted_line() {
    let mut p = pharmacy();
    let admin = p.admin.clone();
    for seed in 0..cases() {
        let mut rng = Rng(seed);
        let number = format!("RCL-P{seed}");
        let good = generate(&mut Rng(seed), &number, None);
        let created = p
            .store
            .import_recall(
                &admin,
                good.text.as_bytes(),
                &RecallHeader::default(),
                now(),
            )
            .unwrap_or_else(|e| {
                panic!(
                    "seed {seed}: a good document is refused: {e}\n{}",
                    good.text
                )
            });
        assert_eq!(created.len(), 1, "seed {seed}");
        assert_eq!(
            entered_scope(&p, &number),
            good.scope,
            "seed {seed}: exactly the packs and lots of the file\n{}",
            good.text
        );

        let corruption = CORRUPTIONS[rng.below(CORRUPTIONS.len())];
        let bad_number = format!("RCL-Q{seed}");
        let bad = generate(&mut Rng(seed), &bad_number, Some(corruption));
        let line = bad
            .corrupt_line
            .unwrap_or_else(|| panic!("seed {seed}: the generator placed no {corruption:?}"));
        let err = p
            .store
            .import_recall(&admin, bad.text.as_bytes(), &RecallHeader::default(), now())
            .expect_err(&format!(
                "seed {seed}: {corruption:?} must be refused\n{}",
                bad.text
            ));
        let CoreError::Import(problems) = err else {
            panic!("seed {seed}: expected the file's problems, got {err}")
        };
        let at: Vec<usize> = problems.iter().map(|x| x.line).collect();
        assert_eq!(
            at,
            vec![line],
            "seed {seed}: {corruption:?} is the one problem, at its line: {problems:#?}\n{}",
            bad.text
        );
        assert!(
            p.store.recall(&admin, &bad_number).is_err(),
            "seed {seed}: nothing of a refused file is entered"
        );
    }
}

#[test]
fn a_generated_scope_csv_is_entered_exactly_or_refused_at_its_corrupted_line() {
    let mut p = pharmacy();
    let admin = p.admin.clone();
    for seed in 0..cases() {
        let mut rng = Rng(seed ^ 0x5eed);
        let mut rows = vec!["gtin,lot,serial,expiry".to_string()];
        let mut scope = Vec::new();
        let n = 1 + rng.below(12);
        for i in 0..n {
            let (gtin, _, _) = PRODUCTS[rng.below(PRODUCTS.len())];
            // Short GTINs are read as GTIN-14.
            let written = if rng.chance(20) { &gtin[1..] } else { gtin };
            match rng.below(3) {
                0 => {
                    rows.push(format!("{written},,S{i},"));
                    scope.push(format!("GTIN {gtin} serial S{i}"));
                }
                1 => {
                    rows.push(format!("{written},L{i},,2029-0{}-15", 1 + rng.below(9)));
                    scope.push(format!("GTIN {gtin} lot L{i}"));
                }
                _ => {
                    rows.push(format!("{written},L{i},S{i},"));
                    scope.push(format!("GTIN {gtin} lot L{i} serial S{i}"));
                }
            }
        }
        let header = RecallHeader {
            number: Some(format!("RCL-C{seed}")),
            class: Some(RecallClass::I),
            reason: Some("Generated".into()),
            ..Default::default()
        };
        // Corrupt one row: inserted at a random place, its line is known.
        let at = 1 + rng.below(rows.len());
        let first_data = rows[1].clone();
        let (bad, why) = match rng.below(5) {
            0 => ("09506000134353,,X1,".to_string(), "a wrong check digit"),
            1 => ("09506000134352,,X 1,".to_string(), "a serial with a space"),
            2 => ("09506000134352,L1 2,,".to_string(), "a lot with a space"),
            3 => (
                "09506000134352,LX,,29-01-15".to_string(),
                "an expiry that is not a date",
            ),
            _ => {
                // The first row again, after it: a repeated line.
                let at_after = 2 + rng.below(rows.len() - 1);
                let mut bad_rows = rows.clone();
                bad_rows.insert(at_after, first_data.clone());
                check_csv(
                    &mut p,
                    &bad_rows,
                    at_after + 1,
                    &header,
                    seed,
                    "a repeated row",
                );
                (String::new(), "")
            }
        };
        if !bad.is_empty() {
            let mut bad_rows = rows.clone();
            bad_rows.insert(at, bad);
            check_csv(&mut p, &bad_rows, at + 1, &header, seed, why);
        }
        let created = p
            .store
            .import_recall(&admin, (rows.join("\n") + "\n").as_bytes(), &header, now())
            .unwrap_or_else(|e| panic!("seed {seed}: a good file is refused: {e}\n{rows:#?}"));
        assert_eq!(created.len(), 1);
        assert_eq!(
            entered_scope(&p, &format!("RCL-C{seed}")),
            scope,
            "seed {seed}: exactly the lines of the file"
        );
    }
}

fn check_csv(
    p: &mut Pharmacy,
    rows: &[String],
    line: usize,
    header: &RecallHeader,
    seed: u64,
    why: &str,
) {
    let admin = p.admin.clone();
    let err = p
        .store
        .import_recall(&admin, (rows.join("\n") + "\n").as_bytes(), header, now())
        .expect_err(&format!("seed {seed}: {why} must be refused"));
    let CoreError::Import(problems) = err else {
        panic!("seed {seed}: expected the file's problems, got {err}")
    };
    let at: Vec<usize> = problems.iter().map(|x| x.line).collect();
    assert_eq!(
        at,
        vec![line],
        "seed {seed}: {why} is the one problem, at its line: {problems:#?}\n{rows:#?}"
    );
}
