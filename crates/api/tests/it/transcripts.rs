//! Transcripts: what the real application layer answers, request by request, for the flows the
//! UI's tests replay. Each flow runs on a fresh pharmacy with a fixed clock and fixed event ids,
//! so a recording comes out the same every run; this test fails when an answer changes without
//! the transcript being recorded again (`UPDATE_TRANSCRIPTS=1 cargo test -p custody-api
//! transcripts`), so the UI's double can never say what the api does not.

use std::path::PathBuf;

use custody_api::{ops, Session};
use serde_json::{json, Value};

use crate::fixture::{pack, Pharmacy, AMOX, PASSWORD};

/// One flow being recorded.
struct Recorder {
    pharmacy: Pharmacy,
    sessions: Vec<(String, Session)>,
    steps: Vec<Value>,
}

impl Recorder {
    fn new() -> Recorder {
        custody_core::ledger::fix_event_ids(Some(0x0C05_70D7));
        Recorder {
            pharmacy: Pharmacy::new(),
            sessions: Vec::new(),
            steps: Vec::new(),
        }
    }

    /// Signs `who` in, recording the answer the sign-in screen gets.
    fn sign_in(&mut self, who: &str) -> &mut Self {
        let session = custody_api::sign_in(&mut self.pharmacy.host, who, PASSWORD)
            .expect("the fixture's users sign in");
        self.steps.push(json!({
            "as": null, "op": "sign_in", "request": {"username": who, "password": PASSWORD},
            "ok": serde_json::to_value(session.actor()).unwrap(),
        }));
        self.sessions.retain(|(name, _)| name != who);
        self.sessions.push((who.to_string(), session));
        self
    }

    /// Calls `op` as `who` (signed in before), one minute after the step before.
    fn call(&mut self, who: &str, op: &str, request: Value) -> &mut Self {
        self.pharmacy.clock.advance(chrono::Duration::minutes(1));
        let session = &mut self
            .sessions
            .iter_mut()
            .find(|(name, _)| name == who)
            .unwrap_or_else(|| panic!("{who} is not signed in"))
            .1;
        let answer = ops::call(&mut self.pharmacy.host, Some(session), op, request.clone());
        let mut step = json!({"as": who, "op": op, "request": request});
        match answer {
            Ok(v) => step["ok"] = v,
            Err(e) => step["error"] = serde_json::to_value(&e).unwrap(),
        }
        self.steps.push(step);
        self
    }

    /// Compares the flow with its committed transcript, or writes it when asked to.
    fn check(&mut self, flow: &str) {
        custody_core::ledger::fix_event_ids(None);
        let recorded = json!({"flow": flow, "steps": self.steps});
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../ui/src/test/transcripts")
            .join(format!("{flow}.json"));
        if std::env::var_os("UPDATE_TRANSCRIPTS").is_some() {
            std::fs::write(
                &path,
                serde_json::to_string_pretty(&recorded).unwrap() + "\n",
            )
            .unwrap();
        }
        let committed: Value = std::fs::read_to_string(&path)
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or(Value::Null);
        if committed != recorded {
            let first = (0..self.steps.len())
                .find(|i| committed["steps"].get(i) != Some(&self.steps[*i]))
                .unwrap_or(self.steps.len());
            panic!(
                "the api now answers flow '{flow}' differently from its transcript {} (first at step {first}: {}). If the change is meant, record it again with UPDATE_TRANSCRIPTS=1 and let the UI tests replay the new answers.",
                path.display(),
                self.steps.get(first).map(|s| s["op"].to_string()).unwrap_or_default()
            );
        }
    }
}

fn receive(raw: String) -> Value {
    json!({"movement": "receive", "location": "MAIN", "counterparty": "ACME", "reference": "PO-7", "raw": raw})
}

#[test]
fn transcript_scan_receive() {
    Recorder::new()
        .sign_in("sam")
        .call("sam", "movement_rules", json!("receive"))
        .call("sam", "scan", receive(pack("S1")))
        .call("sam", "scan", receive(pack("S1")))
        .call("sam", "scan", receive("]d201not a code".into()))
        .call("sam", "scan", receive(String::new()))
        .call("sam", "unit_history", json!({"gtin": AMOX, "serial": "S1"}))
        .check("scan-receive");
}

#[test]
fn transcript_scan_signed() {
    let hold = |movement: &str, extra: Value| {
        let mut r = json!({"movement": movement, "location": "MAIN", "raw": pack("Q1")});
        for (k, v) in extra.as_object().unwrap() {
            r[k] = v.clone();
        }
        r
    };
    Recorder::new()
        .sign_in("sam")
        .call("sam", "scan", receive(pack("Q1")))
        .sign_in("quinn")
        .call("quinn", "movement_rules", json!("release"))
        .call("quinn", "scan", hold("quarantine", json!({})))
        .call(
            "quinn",
            "scan",
            hold("quarantine", json!({"reason": "damaged box"})),
        )
        .call("quinn", "scan", hold("release", json!({})))
        .call(
            "quinn",
            "scan",
            hold("release", json!({"password": "wrong password"})),
        )
        .call(
            "quinn",
            "scan",
            hold("release", json!({"password": PASSWORD})),
        )
        .call(
            "quinn",
            "unit_history",
            json!({"gtin": AMOX, "serial": "Q1"}),
        )
        .check("scan-signed");
}

#[test]
fn transcript_recall() {
    Recorder::new()
        .sign_in("sam")
        .call("sam", "scan", receive(pack("R1")))
        .call("sam", "scan", receive(pack("R2")))
        .sign_in("quinn")
        .call(
            "quinn",
            "create_recall",
            json!({"number": "RCL-1", "title": "Amoxicillin lot L1", "class": "II", "reason": "Out of specification",
                   "scope": {"product": {"gtin": AMOX, "lots": ["L1"]}}}),
        )
        .call("quinn", "recalls", json!(null))
        .call("quinn", "recall_reach", json!({"number": "RCL-1"}))
        .call("quinn", "recall_outcome", json!({"number": "RCL-1", "outcome": "destroyed"}))
        .call("quinn", "recall_outcome", json!({"number": "RCL-1", "outcome": "destroyed", "password": PASSWORD}))
        .call("quinn", "close_recall", json!({"number": "RCL-1", "password": PASSWORD}))
        .check("recall");
}

#[test]
fn transcript_count() {
    Recorder::new()
        .sign_in("admin")
        .call("admin", "scan", receive(pack("C1")))
        .call("admin", "scan", receive(pack("C2")))
        .call("admin", "count_start", json!({"location": "MAIN"}))
        .call("admin", "count_scan", json!({"id": 1, "raw": pack("C1")}))
        .call("admin", "count_scan", json!({"id": 1, "raw": pack("C1")}))
        .call("admin", "count_finish", json!({"id": 1}))
        .call(
            "admin",
            "count_apply",
            json!({"id": 1, "reason": "monthly count", "password": PASSWORD}),
        )
        .check("count");
}

#[test]
fn transcript_settings_and_home() {
    Recorder::new()
        .sign_in("admin")
        .call("admin", "site_settings", json!(null))
        .call(
            "admin",
            "set_site_settings",
            json!({"scanner": {"gs_substitutes": ["~"], "ignore_leading_gs": false, "accept_gs1_in_plain_symbol": false},
                   "alert_windows": [30, 60, 90], "short_dated_days": 90, "price_tolerance_percent": 5}),
        )
        .call("admin", "decode_scan", json!({"raw": format!("]d201{AMOX}17280630~10L1~21T1")}))
        .call("admin", "scan", receive(format!("]d201{AMOX}17280630~10L1~21T1")))
        .call("admin", "attention", json!(null))
        .call("admin", "stock", json!({}))
        .call("admin", "locations", json!(null))
        .call("admin", "partners", json!(null))
        .call("admin", "users", json!(null))
        .check("settings-and-home");
}
