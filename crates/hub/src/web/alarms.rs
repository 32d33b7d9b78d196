//! The alarms page: each site's open fork alarms, then the counterfeit alarms (one per pack),
//! newest first, each with its pack (GTIN, serial, the lot its events name), its patterns, and
//! the events that show them (site, seq, kind, when by the site's clock, partner, place). Open
//! alarms only, unless `?show=all` asks for the cleared and resolved ones too.

use std::collections::BTreeMap;

use axum::extract::{Query, State};
use axum::response::Response;
use serde::Deserialize;
use serde_json::Value;

use super::html::{esc, esc_or_dash, failure, table, when, when_or_dash, Column};
use super::session::SignedIn;
use super::WebState;
use crate::admin::{self, AlarmRow};
use crate::views::{self, AlarmState, CounterfeitAlarm};
use crate::HubError;

/// `?show=all`.
#[derive(Debug, Deserialize)]
pub(super) struct Filter {
    show: Option<String>,
}

/// One event an alarm points at, as the page shows it.
#[derive(Debug, Clone)]
struct EventFacts {
    kind: String,
    occurred_at: String,
    partner: Option<String>,
    location: Option<String>,
    lot: Option<String>,
}

/// The page's body: open alarms, or `all` of them.
async fn page_of(state: &WebState, all: bool) -> Result<String, HubError> {
    let forks = admin::open_alarms(&state.db).await?;
    let packs = views::counterfeit_alarms(&state.db, all).await?;
    let facts = event_facts(state, &packs).await?;
    let filter = if all {
        "<p class=\"filters\"><a href=\"/alarms\">Open alarms only</a>\
         <span class=\"muted\">Showing cleared and resolved alarms too.</span></p>"
    } else {
        "<p class=\"filters\"><a href=\"/alarms?show=all\">Show cleared and resolved alarms too</a></p>"
    };
    let mut body = filter.to_string();
    body.push_str(&format!("<h2>Forks ({})</h2>", forks.len()));
    if forks.is_empty() {
        body.push_str("<p class=\"muted\">No site is suspended by a fork.</p>");
    }
    for fork in &forks {
        body.push_str(&fork_card(fork));
    }
    body.push_str(&format!("<h2>Counterfeit alarms ({})</h2>", packs.len()));
    if packs.is_empty() {
        body.push_str("<p class=\"muted\">No pack shows a counterfeit pattern.</p>");
    }
    for alarm in &packs {
        body.push_str(&pack_card(alarm, &facts));
    }
    Ok(body)
}

/// `GET /alarms`.
pub(super) async fn page(
    SignedIn(user): SignedIn,
    State(state): State<WebState>,
    Query(filter): Query<Filter>,
) -> Response {
    let all = filter.show.as_deref() == Some("all");
    match page_of(&state, all).await {
        Ok(body) => super::html::page("Alarms", "/alarms", &user, &body),
        Err(e) => failure(e),
    }
}

fn fork_card(fork: &AlarmRow) -> String {
    format!(
        "<section class=\"card\"><h2>Alarm {id}: fork at site {site}{seq}</h2>\
         <p>Raised {raised}. The site is suspended until an administrator resumes it \
         (<span class=\"code\">custody-hub site resume</span>).</p>\
         <p class=\"muted\">{detail}.</p></section>",
        id = fork.id,
        site = esc(&fork.site),
        seq = fork.seq.map(|s| format!(", event {s}")).unwrap_or_default(),
        raised = when(&fork.raised_at),
        detail = esc(&fork.detail_words()),
    )
}

/// A pattern's name in words.
fn pattern_words(name: &str) -> &str {
    match name {
        "held_at_two_sites" => "held at two sites",
        "receipt_without_send" => "received with no transfer out",
        "seen_after_gone" => "seen after it was dispensed or destroyed",
        "received_twice_from_outside" => "received twice from outside the network",
        other => other,
    }
}

fn pack_card(alarm: &CounterfeitAlarm, facts: &BTreeMap<(String, i64), EventFacts>) -> String {
    let closed = alarm.state != AlarmState::Open;
    let tags: String = alarm
        .pattern_names
        .iter()
        .map(|p| format!("<span class=\"tag\">{}</span>", esc(pattern_words(p))))
        .collect();
    let mut lots: Vec<&str> = Vec::new();
    let mut rows = Vec::new();
    for pattern in alarm.patterns.as_array().into_iter().flatten() {
        let name = pattern["pattern"].as_str().unwrap_or("");
        for event in pattern["events"].as_array().into_iter().flatten() {
            let site = event["site"].as_str().unwrap_or("").to_string();
            let seq = event["seq"].as_i64().unwrap_or(0);
            let fact = facts.get(&(site.clone(), seq));
            if let Some(lot) = fact.and_then(|f| f.lot.as_deref()) {
                if !lots.contains(&lot) {
                    lots.push(lot);
                }
            }
            rows.push(vec![
                esc(pattern_words(name)),
                esc(&site),
                seq.to_string(),
                esc_or_dash(fact.map(|f| f.kind.as_str())),
                when_or_dash(fact.map(|f| f.occurred_at.as_str())),
                esc_or_dash(fact.and_then(|f| f.partner.as_deref())),
                esc_or_dash(fact.and_then(|f| f.location.as_deref())),
            ]);
        }
    }
    let lots: Vec<String> = lots.iter().map(|l| esc(l)).collect();
    let state = match &alarm.closed {
        Some(how) => format!(
            "<p class=\"muted\">{}: {}</p>",
            alarm.state.name(),
            esc(how)
        ),
        None => String::new(),
    };
    format!(
        "<section class=\"card{class}\"><h2>Alarm {id}: pack <span class=\"code\">{gtin}</span> \
         serial <span class=\"code\">{serial}</span></h2>\
         <p>{tags} Lot {lots} · sites {sites} · raised {raised}</p>{state}{table}</section>",
        class = if closed { " closed" } else { "" },
        id = alarm.id,
        gtin = esc(&alarm.gtin),
        serial = esc(&alarm.serial),
        lots = if lots.is_empty() {
            "–".to_string()
        } else {
            lots.join(", ")
        },
        sites = alarm
            .sites
            .iter()
            .map(|s| esc(s))
            .collect::<Vec<_>>()
            .join(", "),
        raised = when(&alarm.raised_at),
        table = table(
            &[
                Column::Text("Pattern"),
                Column::Text("Site"),
                Column::Number("Event"),
                Column::Text("Kind"),
                Column::Text("When (site's clock)"),
                Column::Text("Partner"),
                Column::Text("Place"),
            ],
            &rows
        ),
    )
}

/// The facts of every event the alarms point at, in one query, with the lot of the pack's line.
async fn event_facts(
    state: &WebState,
    alarms: &[CounterfeitAlarm],
) -> Result<BTreeMap<(String, i64), EventFacts>, HubError> {
    let mut sites: Vec<String> = Vec::new();
    let mut seqs: Vec<i64> = Vec::new();
    let mut gtins: Vec<String> = Vec::new();
    let mut serials: Vec<String> = Vec::new();
    for alarm in alarms {
        for event in events_of(&alarm.patterns) {
            sites.push(event.0);
            seqs.push(event.1);
            gtins.push(alarm.gtin.clone());
            serials.push(alarm.serial.clone());
        }
    }
    if sites.is_empty() {
        return Ok(BTreeMap::new());
    }
    let client = state.db.client().await?;
    let rows = client
        .query(
            "SELECT w.site, w.seq, e.kind, e.occurred_at, e.counterparty, \
                    coalesce(l.location_after, l.location_before, e.body->>'location'), l.lot \
             FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[]) \
                  AS w (site, seq, gtin, serial) \
             JOIN site s ON s.code = w.site \
             JOIN event e ON e.site_id = s.id AND e.seq = w.seq \
             LEFT JOIN LATERAL (SELECT * FROM event_line l WHERE l.site_id = s.id \
                  AND l.seq = w.seq AND l.gtin = w.gtin AND l.serial = w.serial \
                  ORDER BY l.line_no LIMIT 1) l ON true",
            &[&sites, &seqs, &gtins, &serials],
        )
        .await
        .map_err(HubError::db("reading the events of the alarms"))?;
    Ok(rows
        .iter()
        .map(|r| {
            (
                (r.get(0), r.get(1)),
                EventFacts {
                    kind: r.get(2),
                    occurred_at: r.get(3),
                    partner: r.get(4),
                    location: r.get(5),
                    lot: r.get(6),
                },
            )
        })
        .collect())
}

/// The (site, seq) of every event a pack's patterns list.
fn events_of(patterns: &Value) -> Vec<(String, i64)> {
    patterns
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p["events"].as_array())
        .flatten()
        .filter_map(|e| Some((e["site"].as_str()?.to_string(), e["seq"].as_i64()?)))
        .collect()
}
