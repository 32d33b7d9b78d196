//! `--json` on every command, and never a key twice in one object: a script reading our JSON
//! must not depend on which of two values its parser keeps.

use std::collections::HashSet;
use std::fmt;
use std::path::Path;
use std::process::{Command, Stdio};

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::{Scratch, NOW};

/// Any JSON value, read with a parser that refuses an object holding the same key twice
/// (serde_json's own `Value` keeps the last one silently).
struct Strict;

impl<'de> Deserialize<'de> for Strict {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Strict, D::Error> {
        d.deserialize_any(StrictVisitor)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Strict;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Strict, E> {
        Ok(Strict)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Strict, E> {
        Ok(Strict)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Strict, E> {
        Ok(Strict)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Strict, E> {
        Ok(Strict)
    }
    fn visit_str<E>(self, _: &str) -> Result<Strict, E> {
        Ok(Strict)
    }
    fn visit_unit<E>(self) -> Result<Strict, E> {
        Ok(Strict)
    }
    fn visit_none<E>(self) -> Result<Strict, E> {
        Ok(Strict)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Strict, D::Error> {
        Strict::deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Strict, A::Error> {
        while seq.next_element::<Strict>()?.is_some() {}
        Ok(Strict)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Strict, A::Error> {
        let mut keys = HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if !keys.insert(key.clone()) {
                return Err(de::Error::custom(format!("the key {key:?} appears twice")));
            }
            map.next_value::<Strict>()?;
        }
        Ok(Strict)
    }
}

/// Checks that `stdout` is one JSON document or a stream of them (one per line, as the scan
/// commands print), every object with each key once.
fn check_json(args: &[&str], stdout: &str) {
    let mut documents = 0;
    for doc in serde_json::Deserializer::from_str(stdout).into_iter::<Strict>() {
        if let Err(e) = doc {
            panic!(
                "custody {args:?} --json printed something that is not clean JSON ({e}):\n{stdout}"
            );
        }
        documents += 1;
    }
    assert!(
        documents > 0,
        "custody {args:?} --json printed no JSON at all"
    );
}

/// Runs `custody --json ARGS` (with `stdin`), requires success and clean JSON; returns it.
fn json(s: &Scratch, args: &[&str], stdin: &str) -> serde_json::Value {
    let mut full = vec!["--json"];
    full.extend(args);
    let out = s.run_with_stdin(&full, stdin);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.status.success(),
        "custody {full:?} failed: {}\n{stdout}",
        String::from_utf8_lossy(&out.stderr)
    );
    check_json(&full, &stdout);
    serde_json::Deserializer::from_str(&stdout)
        .into_iter::<serde_json::Value>()
        .next()
        .unwrap()
        .unwrap()
}

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// A scan of a serialised pack: GTIN, expiry 2028-12-31, lot and serial.
fn pack(gtin: &str, lot: &str, serial: &str) -> String {
    format!("]d201{gtin}1728123110{lot}\u{1d}21{serial}\n")
}

#[test]
fn every_command_prints_clean_json_with_each_key_once() {
    let s = Scratch::new();
    let dir = s.dir.path();
    let init = json(
        &s,
        &[
            "init",
            "--site-code",
            "STMARY",
            "--site-name",
            "St. Mary's",
            "--admin",
            "alice",
            "--admin-name",
            "Alice Smith",
        ],
        "",
    );
    assert_eq!(init["created"], true, "init says it created the database");
    let a = |args: &[&str]| {
        let mut full = vec!["--as", "alice"];
        full.extend(args);
        json(&s, &full, "")
    };
    let a_in = |args: &[&str], stdin: &str| {
        let mut full = vec!["--as", "alice"];
        full.extend(args);
        json(&s, &full, stdin)
    };
    a(&["location", "add", "MAIN", "Main", "--kind", "pharmacy"]);
    a(&["location", "add", "WARD-1", "Ward 1", "--kind", "ward"]);
    a(&["location", "list"]);
    a(&[
        "partner",
        "add",
        "MEDI",
        "MediDist",
        "--kind",
        "distributor",
    ]);
    a(&["partner", "list"]);
    let sync = a(&["sync", "status"]);
    assert_eq!(sync["state"], "not_enrolled", "a new site is in no network");
    let product = a(&[
        "product",
        "add",
        "--gtin",
        "09506000134352",
        "--name",
        "Amoxicillin",
        "--tracking",
        "serial",
    ]);
    assert_eq!(
        product["tracking"], "serial",
        "the product's own tracking mode"
    );
    let csv = dir.join("products.csv");
    std::fs::write(&csv, "gtin,name,tracking\n09506000134369,Paracetamol,lot\n").unwrap();
    a(&["product", "import", p(&csv)]);
    let list = a(&["product", "list"]);
    assert_eq!(list.as_array().map(Vec::len), Some(2), "both products");
    a(&["user", "add", "zed", "Zed", "--role", "staff"]);
    a(&["user", "list"]);
    a(&["user", "passwd", "zed"]);
    a(&["user", "disable", "zed"]);
    a(&["user", "enable", "zed"]);
    let scans = format!(
        "{}{}",
        pack("09506000134352", "LOT1", "SN1"),
        pack("09506000134352", "LOT1", "SN2")
    );
    a_in(
        &[
            "receive",
            "--location",
            "MAIN",
            "--partner",
            "MEDI",
            "--reference",
            "PO-1",
        ],
        &scans,
    );
    a_in(
        &["transfer", "--location", "MAIN", "--to", "WARD-1"],
        &pack("09506000134352", "LOT1", "SN2"),
    );
    a_in(
        &["dispense", "--location", "WARD-1", "--reference", "RX-1"],
        &pack("09506000134352", "LOT1", "SN2"),
    );
    a(&["stock"]);
    a(&["history", "09506000134352", "SN1"]);
    a(&["history", "09506000134352", "--lot", "LOT1"]);
    a(&[
        "export",
        "epcis",
        "--gtin",
        "09506000134352",
        "--serial",
        "SN1",
    ]);
    a(&[
        "export",
        "epcis",
        "--gtin",
        "09506000134352",
        "--serial",
        "SN1",
        "--out",
        p(&dir.join("sn1.jsonld")),
    ]);
    let asn = dir.join("asn.csv");
    std::fs::write(
        &asn,
        "gtin,serial,lot,expiry,quantity,po\n09506000134352,SN9,LOT2,2028-12-31,1,PO-2\n",
    )
    .unwrap();
    let shipment = a(&[
        "expected",
        "import",
        p(&asn),
        "--partner",
        "MEDI",
        "--reference",
        "ASN-1",
    ]);
    let id = shipment["id"].to_string();
    a(&["expected", "list"]);
    a(&["expected", "show", &id]);
    a(&["expected", "receive-all", &id, "--location", "MAIN"]);
    a(&["expected", "close", &id]);
    a(&[
        "reorder",
        "set",
        "--product",
        "09506000134352",
        "--location",
        "MAIN",
        "--min",
        "5",
        "--max",
        "20",
    ]);
    let rules = dir.join("rules.csv");
    std::fs::write(
        &rules,
        "gtin,location,reorder_point,par_level,lead_time_days\n09506000134369,MAIN,10,40,5\n",
    )
    .unwrap();
    a(&["reorder", "import", p(&rules)]);
    a(&["reorder", "list"]);
    a(&["reorder", "suggest"]);
    a(&["shortages"]);
    a(&["expiring"]);
    a(&["alert-windows"]);
    a(&["alert-windows", "--set", "14,30,90"]);
    a(&["settings", "show"]);
    a(&[
        "settings",
        "set",
        "--gs-substitute",
        "~",
        "--short-dated-days",
        "60",
    ]);
    a(&["position", "--product", "09506000134352"]);
    let count = a(&["count", "start", "--location", "MAIN"]);
    let count = count["id"].to_string();
    a_in(
        &["count", "scan", &count],
        &pack("09506000134352", "LOT1", "SN1"),
    );
    a(&["count", "status", &count]);
    a(&["count", "finish", &count]);
    a(&["count", "variance", &count]);
    a(&["count", "apply", &count, "--reason", "checked"]);
    let other = a(&["count", "start", "--location", "WARD-1"]);
    a(&["count", "abandon", &other["id"].to_string()]);
    a(&[
        "recall",
        "create",
        "--number",
        "RCL-1",
        "--class",
        "II",
        "--title",
        "Amoxicillin lot LOT1",
        "--reason",
        "Dissolution",
        "--gtin",
        "09506000134352",
        "--lot",
        "LOT1",
    ]);
    a(&["recall", "list"]);
    a(&["recall", "show", "RCL-1"]);
    a(&["recall", "reach", "RCL-1"]);
    a(&[
        "recall",
        "extend",
        "RCL-1",
        "--gtin",
        "09506000134352",
        "--lot",
        "LOT2",
    ]);
    a(&["recall", "outcome", "RCL-1", "--outcome", "not_found"]);
    a(&["recall", "close", "RCL-1", "--note", "all accounted for"]);
    let scope = dir.join("scope.csv");
    std::fs::write(&scope, "gtin,lot,serial\n09506000134369,LOTX,\n").unwrap();
    a(&[
        "recall",
        "import",
        p(&scope),
        "--number",
        "RCL-2",
        "--class",
        "III",
        "--reason",
        "Label error",
    ]);
    a(&[
        "report",
        "stock-on-hand",
        "--out",
        p(&dir.join("stock.csv")),
    ]);
    a(&["verify"]);
    let backups = dir.join("backups");
    let backup = a(&["backup", "create", "--dir", p(&backups)]);
    a(&["backup", "list", "--dir", p(&backups)]);
    let file = backup["backup"]["path"].as_str().unwrap().to_string();
    a(&["backup", "verify", &file]);
    a(&["backup", "restore", &file, "--yes"]);
    json(
        &s,
        &["scan", "decode", "--today", "2026-11-22"],
        "{\"input\": \"]d201095060001343521728123110LOT42\\u001d21SN12345\"}\n",
    );

    // The bulk benchmark alone (no --db): small, but the same JSON.
    let out = Command::new(env!("CARGO_BIN_EXE_custody"))
        .args([
            "--json",
            "bench",
            "--dir",
            p(dir),
            "--units",
            "24",
            "--per-event",
            "6",
        ])
        .env_remove("CUSTODY_DB")
        .env("CUSTODY_NOW", NOW)
        .stdout(Stdio::piped())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    check_json(&["bench"], &String::from_utf8(out.stdout).unwrap());

    let demo = Scratch::new();
    json(&demo, &["demo", "--scale", "small"], "");
}
