//! The network's pages: a recall's reach (a form: GTIN, lot and optionally a serial, the GTIN
//! read by `custody-gs1` and padded to the 14 digits the hub keeps; then per site and status how
//! many packs and how much lot-tracked stock, then each pack and where it went), transfers between sites (in transit and lost by default, any state on request), and
//! the sites (enrolled, last push, suspended).

use axum::extract::{Query, State};
use axum::response::Response;
use custody_gs1::Gtin;
use serde::Deserialize;

use super::html::{esc, esc_or_dash, failure, page, table, when, when_or_dash, Column};
use super::session::SignedIn;
use super::WebState;
use crate::views::{self, Reach, TransferRow, TransferState};
use crate::{admin, HubError};

/// The reach form's fields.
#[derive(Debug, Default, Deserialize)]
pub(super) struct ReachForm {
    #[serde(default)]
    gtin: String,
    #[serde(default)]
    lot: String,
    #[serde(default)]
    serial: String,
}

/// `GET /reach`: the form, and the reach once GTIN and lot are given.
pub(super) async fn reach(
    SignedIn(user): SignedIn,
    State(state): State<WebState>,
    Query(form): Query<ReachForm>,
) -> Response {
    let (gtin, lot, serial) = (form.gtin.trim(), form.lot.trim(), form.serial.trim());
    let mut body = format!(
        "<form method=\"get\" action=\"/reach\" class=\"inline\">\
         <label>GTIN<input name=\"gtin\" value=\"{}\" required inputmode=\"numeric\"></label>\
         <label>Lot<input name=\"lot\" value=\"{}\" required></label>\
         <label>Serial (optional)<input name=\"serial\" value=\"{}\"></label>\
         <button type=\"submit\">Show reach</button></form>",
        esc(gtin),
        esc(lot),
        esc(serial)
    );
    if !gtin.is_empty() && !lot.is_empty() {
        // The hub keeps GTINs as 14 digits: a GTIN-13 as typed would match nothing.
        match Gtin::parse(gtin) {
            Ok(gtin) => {
                let serial = (!serial.is_empty()).then_some(serial);
                match views::reach(&state.db, gtin.as_str(), lot, serial).await {
                    Ok(reach) => body.push_str(&reach_html(gtin.as_str(), lot, serial, &reach)),
                    Err(e) => return failure(e),
                }
            }
            Err(e) => body.push_str(&format!(
                "<p class=\"error\" role=\"alert\">GTIN {}: {}.</p>",
                esc(gtin),
                esc(&e.to_string())
            )),
        }
    } else if !gtin.is_empty() || !lot.is_empty() {
        body.push_str("<p class=\"error\" role=\"alert\">Give both the GTIN and the lot.</p>");
    }
    page("Recall reach", "/reach", &user, &body)
}

fn reach_html(gtin: &str, lot: &str, serial: Option<&str>, reach: &Reach) -> String {
    let what = match serial {
        Some(s) => format!("GTIN {} lot {} serial {}", esc(gtin), esc(lot), esc(s)),
        None => format!("GTIN {} lot {}", esc(gtin), esc(lot)),
    };
    if reach.rows.is_empty() {
        return format!("<p class=\"notice\">No site holds or has held {what}.</p>");
    }
    let sites: std::collections::BTreeSet<&str> =
        reach.rows.iter().map(|r| r.site.as_str()).collect();
    let rows: Vec<Vec<String>> = reach
        .rows
        .iter()
        .map(|r| {
            vec![
                esc(&r.site),
                esc(&status_words(&r.status)),
                r.packs.to_string(),
                r.quantity.to_string(),
            ]
        })
        .collect();
    let mut html = format!(
        "<h2>{what}: {n} site(s)</h2>{}",
        table(
            &[
                Column::Text("Site"),
                Column::Text("Status"),
                Column::Number("Packs"),
                Column::Number("Lot-tracked quantity"),
            ],
            &rows
        ),
        n = sites.len(),
    );
    if !reach.packs.is_empty() {
        let rows: Vec<Vec<String>> = reach
            .packs
            .iter()
            .map(|p| {
                vec![
                    esc(&p.site),
                    format!("<span class=\"code\">{}</span>", esc(&p.serial)),
                    esc(&status_words(&p.status)),
                    esc_or_dash(p.place.as_deref()),
                    format!("{} #{}", esc(&p.last_kind), p.last_seq),
                    when(&p.last_occurred_at),
                ]
            })
            .collect();
        html.push_str(&format!(
            "<h2>Packs ({})</h2>{}",
            reach.packs.len(),
            table(
                &[
                    Column::Text("Site"),
                    Column::Text("Serial"),
                    Column::Text("Status"),
                    Column::Text("Where"),
                    Column::Text("Last event"),
                    Column::Text("When (site's clock)"),
                ],
                &rows
            )
        ));
    }
    html
}

/// A pack's status as the views name it (`in_stock`, `transferred_out`) in words.
fn status_words(status: &str) -> String {
    status.replace('_', " ")
}

/// `?state=…` of the transfers page.
#[derive(Debug, Deserialize)]
pub(super) struct TransferFilter {
    state: Option<String>,
}

/// The transfers page's filters: the query's word, its label, the states it shows.
const TRANSFER_FILTERS: &[(&str, &str)] = &[
    ("open", "In transit or lost"),
    ("lost", "Lost"),
    ("receipt_without_send", "Received with no send"),
    ("all", "All"),
];

/// `GET /transfers`: in transit and lost by default.
pub(super) async fn transfers(
    SignedIn(user): SignedIn,
    State(state): State<WebState>,
    Query(filter): Query<TransferFilter>,
) -> Response {
    let chosen = filter.state.as_deref().unwrap_or("open");
    let only = match chosen {
        "lost" => Some(TransferState::Lost),
        "receipt_without_send" => Some(TransferState::ReceiptWithoutSend),
        _ => None,
    };
    let rows = match views::transfers(&state.db, only, None).await {
        Ok(rows) => rows,
        Err(e) => return failure(e),
    };
    let rows: Vec<&TransferRow> = rows
        .iter()
        .filter(|t| {
            chosen != "open" || matches!(t.state, TransferState::InTransit | TransferState::Lost)
        })
        .collect();
    let links: String = TRANSFER_FILTERS
        .iter()
        .map(|(word, label)| {
            if *word == chosen {
                format!("<strong>{label}</strong> ")
            } else {
                format!("<a href=\"/transfers?state={word}\">{label}</a> ")
            }
        })
        .collect();
    let mut body = format!("<p class=\"filters\">{links}</p>");
    if rows.is_empty() {
        body.push_str("<p class=\"muted\">No transfers in this list.</p>");
    } else {
        body.push_str(&transfers_table(&rows));
    }
    page("Transfers", "/transfers", &user, &body)
}

fn transfers_table(rows: &[&TransferRow]) -> String {
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|t| {
            let item = match &t.serial {
                Some(s) => format!("serial <span class=\"code\">{}</span>", esc(s)),
                None => format!("lot {}", esc_or_dash(t.lot.as_deref())),
            };
            let quantity = format!(
                "{} / {}",
                t.quantity_sent.map(|q| q.to_string()).unwrap_or("–".into()),
                t.quantity_received
                    .map(|q| q.to_string())
                    .unwrap_or("–".into())
            );
            vec![
                esc(&t.from),
                esc(&t.to),
                format!("<span class=\"code\">{}</span> {item}", esc(&t.gtin)),
                match t.state {
                    TransferState::InTransit => "in transit",
                    TransferState::Received => "received",
                    TransferState::ReceiptWithoutSend => "received with no send",
                    TransferState::Lost => "lost",
                }
                .to_string(),
                quantity,
                when_or_dash(t.sent_at.as_deref()),
                when_or_dash(t.received_at.as_deref()),
            ]
        })
        .collect();
    table(
        &[
            Column::Text("From"),
            Column::Text("To"),
            Column::Text("Pack or lot"),
            Column::Text("State"),
            Column::Number("Sent / received"),
            Column::Text("Sent at"),
            Column::Text("Received at"),
        ],
        &cells,
    )
}

/// `GET /sites`.
pub(super) async fn sites(SignedIn(user): SignedIn, State(state): State<WebState>) -> Response {
    match sites_html(&state).await {
        Ok(body) => page("Sites", "/sites", &user, &body),
        Err(e) => failure(e),
    }
}

async fn sites_html(state: &WebState) -> Result<String, HubError> {
    let sites = admin::sites(&state.db).await?;
    if sites.is_empty() {
        return Ok("<p class=\"muted\">No site yet (custody-hub site add).</p>".into());
    }
    let rows: Vec<Vec<String>> = sites
        .iter()
        .map(|s| {
            vec![
                format!("<span class=\"code\">{}</span>", esc(&s.code)),
                esc(&s.name),
                s.enrolled_at
                    .as_deref()
                    .map(when)
                    .unwrap_or_else(|| "not yet".into()),
                s.last_seq.to_string(),
                s.last_push
                    .as_deref()
                    .map(when)
                    .unwrap_or_else(|| "never".into()),
                s.suspended
                    .as_deref()
                    .map(|why| format!("<span class=\"tag\">suspended</span> {}", esc(why)))
                    .unwrap_or_else(|| "no".into()),
                esc_or_dash(s.set_aside.as_deref()),
            ]
        })
        .collect();
    Ok(table(
        &[
            Column::Text("Code"),
            Column::Text("Name"),
            Column::Text("Enrolled"),
            Column::Number("Events held"),
            Column::Text("Last push"),
            Column::Text("Suspended"),
            Column::Text("Last set aside"),
        ],
        &rows,
    ))
}
