//! The network recalls: the list (`/recalls`, newest first, open or closed) and one recall
//! reconciled (`/recalls/{id}`): each site's standing, its packs and quantities by outcome in
//! words (a patient notified, not yet notified, not traceable…), then each pack with who
//! recorded its outcome at its site and when. Read through `recall::list` and `recall::show`,
//! as `custody-hub recall list|show` print them.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::html::{document, esc, esc_or_dash, failure, page, table, when, Column};
use super::session::SignedIn;
use super::WebState;
use crate::recall::{self, outcome_words, Reconciliation};
use crate::HubError;

/// `GET /recalls`: every network recall, newest first.
pub(super) async fn list(SignedIn(user): SignedIn, State(state): State<WebState>) -> Response {
    let recalls = match recall::list(&state.db).await {
        Ok(recalls) => recalls,
        Err(e) => return failure(e),
    };
    let body = if recalls.is_empty() {
        "<p class=\"muted\">No network recalls.</p>".to_string()
    } else {
        let rows: Vec<Vec<String>> = recalls
            .iter()
            .map(|n| {
                let r = &n.recall;
                vec![
                    format!("<a href=\"/recalls/{}\">{}</a>", r.id, esc(&r.number)),
                    esc(&r.title),
                    esc(&r.class),
                    when(&n.entered_at),
                    esc(&r.entered_by),
                    esc(r.closed.as_deref().unwrap_or("open")),
                ]
            })
            .collect();
        table(
            &[
                Column::Text("Number"),
                Column::Text("Title"),
                Column::Text("Class"),
                Column::Text("Entered"),
                Column::Text("By"),
                Column::Text("State"),
            ],
            &rows,
        )
    };
    page("Network recalls", "/recalls", &user, &body)
}

/// `GET /recalls/{id}`: one recall reconciled.
pub(super) async fn show(
    SignedIn(user): SignedIn,
    State(state): State<WebState>,
    Path(id): Path<String>,
) -> Response {
    let Ok(id) = id.parse::<i64>() else {
        return not_found(&id);
    };
    match recall::show(&state.db, id).await {
        Ok(c) => {
            let title = format!("Recall {}", c.recall.recall.number);
            page(&title, "/recalls", &user, &reconciliation_html(&c))
        }
        Err(HubError::UnknownRecall(_)) => not_found(&id.to_string()),
        Err(e) => failure(e),
    }
}

/// The page for a recall the hub does not have.
fn not_found(id: &str) -> Response {
    document(
        StatusCode::NOT_FOUND,
        "No such recall",
        &format!(
            "<main><h1>No such recall</h1><p>The hub has no network recall {}.</p>\
             <p><a href=\"/recalls\">The network recalls</a></p></main>",
            esc(id)
        ),
    )
}

/// A recall reconciled: what it is, whether it can be closed, each site, the outcomes, each pack.
fn reconciliation_html(c: &Reconciliation) -> String {
    let r = &c.recall.recall;
    let state = match (&r.closed, c.closable) {
        (Some(closed), _) => format!("Closed {}.", esc(closed)),
        (None, true) => "Nothing is open at any site: it can be closed.".to_string(),
        (None, false) => format!(
            "{} pack(s) or unit(s) still open (in stock, held, in transit, or dispensed, sent \
             outside the network or missing with no outcome from their site): not yet closable.",
            c.open
        ),
    };
    let mut html = format!(
        "<p>{title}. GTIN <span class=\"code\">{gtin}</span>; class {class}; entered {at} by \
         {by}.</p><p>{reason}</p><p class=\"notice\">{state}</p>",
        title = esc(&r.title),
        gtin = esc(&r.gtin),
        class = esc(&r.class),
        at = when(&c.recall.entered_at),
        by = esc(&r.entered_by),
        reason = esc(&r.reason),
    );
    let sites: Vec<Vec<String>> = c
        .sites
        .iter()
        .map(|s| vec![esc(&s.site), s.events.to_string(), s.open.to_string()])
        .collect();
    html.push_str(&format!(
        "<h2>Sites</h2>{}",
        table(
            &[
                Column::Text("Site"),
                Column::Number("Recall events"),
                Column::Number("Open"),
            ],
            &sites
        )
    ));
    let outcomes: Vec<Vec<String>> = c
        .outcomes
        .iter()
        .map(|o| {
            vec![
                esc(&o.site),
                esc(&outcome_words(&o.outcome)),
                o.packs.to_string(),
                o.quantity.to_string(),
            ]
        })
        .collect();
    html.push_str(&format!(
        "<h2>Outcomes</h2>{}",
        table(
            &[
                Column::Text("Site"),
                Column::Text("Outcome"),
                Column::Number("Packs"),
                Column::Number("Lot-tracked quantity"),
            ],
            &outcomes
        )
    ));
    if !c.packs.is_empty() {
        let packs: Vec<Vec<String>> = c
            .packs
            .iter()
            .map(|p| {
                let answered = match (&p.answered_at, &p.answered_by) {
                    (Some(at), Some(by)) => format!("{} by {}", when(at), esc(by)),
                    _ => "–".to_string(),
                };
                vec![
                    esc(&p.site),
                    format!("<span class=\"code\">{}</span>", esc(&p.serial)),
                    esc_or_dash(p.lot.as_deref()),
                    esc(&outcome_words(&p.outcome)),
                    esc(&p.last_kind),
                    when(&p.last_occurred_at),
                    answered,
                ]
            })
            .collect();
        html.push_str(&format!(
            "<h2>Packs ({})</h2>{}",
            c.packs.len(),
            table(
                &[
                    Column::Text("Site"),
                    Column::Text("Serial"),
                    Column::Text("Lot"),
                    Column::Text("Outcome"),
                    Column::Text("Last event"),
                    Column::Text("When (site's clock)"),
                    Column::Text("Outcome recorded (site's clock)"),
                ],
                &packs
            )
        ));
    }
    html
}
