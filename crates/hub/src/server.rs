//! The hub's HTTP face (axum): the protocol's routes, JSON in and out, every refusal a
//! `Refusal` with the status that fits it (409 a gap or fork, 400 a bad chain or request, 401
//! no or a wrong token, 403 a bad signature, a suspended site or a bad enrolment code), and a
//! limit on a body's size; the web page's routes beside them (`web`). Plain HTTP (`serve`),
//! plain HTTP behind a TLS proxy (`serve_behind_tls_proxy`), or TLS (`serve_tls`, `tls`).

use std::future::Future;

use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use custody_sync_protocol::{
    routes, Ack, EnrolReply, EventsPage, FeedPage, HeadReply, OutcomesAck, Refusal, SharedRecall,
    SharedReply, MAX_BATCH_EVENTS, MAX_FEED_PAGE,
};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use tokio::net::TcpListener;

use crate::db::Database;
use crate::error::bad_request;
use crate::recall::RecallInput;
use crate::web::Cookies;
use crate::{auth, enrol, feed, push, read, recall, Failure, HubError};

/// The largest body the hub reads: a full batch's canonical bytes in base64 (4/3 of
/// `MAX_BATCH_BYTES`) with the JSON around 500 events, and room to spare.
pub const MAX_BODY: usize = 4 << 20;

/// The routes over `db`, served over plain HTTP.
pub fn router(db: Database) -> Router {
    app(db, Cookies::Plain)
}

/// The protocol's routes and the web page's, whose session cookie is marked as `cookies` says.
fn app(db: Database, cookies: Cookies) -> Router {
    let web = crate::web::routes(db.clone(), cookies);
    Router::new()
        .route(routes::ENROL, post(enrol_route))
        .route(
            "/v1/sites/{site}/events",
            post(push_route).get(events_route),
        )
        .route("/v1/sites/{site}/head", get(head_route))
        .route("/v1/sites/{site}/feed", get(feed_route))
        .route("/v1/sites/{site}/recalls", post(share_route))
        .route("/v1/sites/{site}/recall-outcomes", post(outcomes_route))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(db)
        .merge(web)
}

/// Binds the listen address.
pub async fn bind(addr: &str) -> Result<TcpListener, HubError> {
    TcpListener::bind(addr)
        .await
        .map_err(|source| HubError::Listen {
            addr: addr.to_string(),
            source,
        })
}

/// Serves the routes on `listener` until `shutdown` completes.
pub async fn serve(
    listener: TcpListener,
    db: Database,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), HubError> {
    axum::serve(listener, router(db))
        .with_graceful_shutdown(shutdown)
        .await
        .map_err(HubError::Serve)
}

/// Serves the routes over plain HTTP on `listener` until `shutdown` completes, behind a TLS
/// proxy: browsers reach the page over HTTPS at the proxy, so its session cookie is marked
/// Secure and a browser never sends it in clear, not even to an `http://` address of the hub.
pub async fn serve_behind_tls_proxy(
    listener: TcpListener,
    db: Database,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), HubError> {
    axum::serve(listener, app(db, Cookies::Secure))
        .with_graceful_shutdown(shutdown)
        .await
        .map_err(HubError::Serve)
}

/// Serves the routes over TLS on `listener` with `config` until `shutdown` completes.
pub async fn serve_tls(
    listener: TcpListener,
    config: std::sync::Arc<tokio_rustls::rustls::ServerConfig>,
    db: Database,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), HubError> {
    let listener = crate::tls::TlsListener::new(listener, config)?;
    axum::serve(listener, app(db, Cookies::Secure))
        .with_graceful_shutdown(shutdown)
        .await
        .map_err(HubError::Serve)
}

async fn enrol_route(
    State(db): State<Database>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<EnrolReply>, Failure> {
    let request = json_body(body)?;
    Ok(Json(enrol::enrol(&db, request).await?))
}

async fn push_route(
    State(db): State<Database>,
    Path(site): Path<String>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<Ack>, Failure> {
    let mut client = db.client().await?;
    let caller = auth::caller(&**client, &headers, &site).await?;
    let request = json_body(body)?;
    Ok(Json(push::push(&mut client, &caller, request).await?))
}

async fn head_route(
    State(db): State<Database>,
    Path(site): Path<String>,
    headers: HeaderMap,
) -> Result<Json<HeadReply>, Failure> {
    let client = db.client().await?;
    let caller = auth::caller(&**client, &headers, &site).await?;
    Ok(Json(read::head(&**client, &caller).await?))
}

/// `?after=N&limit=M` of the events and feed routes.
#[derive(Debug, Deserialize)]
struct Page {
    #[serde(default)]
    after: i64,
    limit: Option<i64>,
}

async fn events_route(
    State(db): State<Database>,
    Path(site): Path<String>,
    headers: HeaderMap,
    page: Result<Query<Page>, QueryRejection>,
) -> Result<Json<EventsPage>, Failure> {
    let client = db.client().await?;
    let caller = auth::caller(&**client, &headers, &site).await?;
    let Query(page) = page.map_err(|e| bad_request(e.body_text()))?;
    let limit = page.limit.unwrap_or(MAX_BATCH_EVENTS as i64);
    Ok(Json(
        read::events(&**client, &caller, page.after, limit).await?,
    ))
}

async fn feed_route(
    State(db): State<Database>,
    Path(site): Path<String>,
    headers: HeaderMap,
    page: Result<Query<Page>, QueryRejection>,
) -> Result<Json<FeedPage>, Failure> {
    let mut client = db.client().await?;
    let caller = auth::caller(&**client, &headers, &site).await?;
    let Query(page) = page.map_err(|e| bad_request(e.body_text()))?;
    let limit = page.limit.unwrap_or(MAX_FEED_PAGE);
    Ok(Json(
        feed::page(&mut client, &caller, page.after, limit).await?,
    ))
}

/// A recall the site entered itself, shared with the network. A suspended site may still
/// share one: a recall is news every site needs, and the hub shows which site entered it.
async fn share_route(
    State(db): State<Database>,
    Path(site): Path<String>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<SharedReply>, Failure> {
    let caller = {
        let client = db.client().await?;
        auth::caller(&**client, &headers, &site).await?
    };
    let shared: SharedRecall = json_body(body)?;
    let input = RecallInput {
        number: shared.number,
        gtin: shared.gtin,
        lots: shared.lots,
        serials: shared.serials,
        class: shared.class,
        title: Some(shared.title),
        reason: shared.reason,
        issued_on: Some(shared.issued_on),
    };
    match recall::share(&db, &caller.code, &input).await {
        Ok((recall, existed)) => Ok(Json(SharedReply { recall, existed })),
        Err(e @ (HubError::BadRecord { .. } | HubError::Invalid { .. })) => {
            Err(bad_request(e.to_string()))
        }
        Err(e) => Err(e.into()),
    }
}

/// A site's recall outcomes kept beside its ledger (a patient notified, a pack not traceable).
/// A suspended site may still send them, as it may share a recall: they say what became of
/// recalled packs, which the network needs whatever the site's chain.
async fn outcomes_route(
    State(db): State<Database>,
    Path(site): Path<String>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<OutcomesAck>, Failure> {
    let caller = {
        let client = db.client().await?;
        auth::caller(&**client, &headers, &site).await?
    };
    let request = json_body(body)?;
    Ok(Json(
        recall::receive_outcomes(&db, caller.site_id, &caller.code, request).await?,
    ))
}

/// The body read as JSON of `T`; one that does not read is a bad request saying why.
fn json_body<T: DeserializeOwned>(body: Result<Bytes, BytesRejection>) -> Result<T, Failure> {
    let bytes = body.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            Failure::TooLarge(MAX_BODY)
        } else {
            bad_request(rejection.body_text())
        }
    })?;
    serde_json::from_slice(&bytes).map_err(|e| bad_request(format!("the body does not read: {e}")))
}

/// The HTTP status a refusal is answered with.
pub fn status(refusal: &Refusal) -> StatusCode {
    match refusal {
        Refusal::Gap { .. } | Refusal::Fork { .. } => StatusCode::CONFLICT,
        Refusal::BadChain { .. } | Refusal::BadRequest { .. } => StatusCode::BAD_REQUEST,
        Refusal::Unauthorized => StatusCode::UNAUTHORIZED,
        Refusal::BadSignature | Refusal::Suspended { .. } | Refusal::BadEnrolmentCode => {
            StatusCode::FORBIDDEN
        }
        Refusal::UnknownRecall { .. } | Refusal::NotCovered { .. } | Refusal::BadOutcome { .. } => {
            StatusCode::UNPROCESSABLE_ENTITY
        }
    }
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        match self {
            Failure::Refused(refusal) => (status(&refusal), Json(refusal)).into_response(),
            Failure::TooLarge(max) => (
                StatusCode::PAYLOAD_TOO_LARGE,
                Json(Refusal::BadRequest {
                    reason: format!("the body is larger than the hub takes ({max} bytes)"),
                }),
            )
                .into_response(),
            Failure::Internal(error) => {
                // The site only needs to know to try again; the hub's operator needs the cause.
                eprintln!("custody-hub: {error}");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    Json(serde_json::json!({
                        "code": "internal",
                        "reason": "the hub could not answer (its log says why); try again later",
                    })),
                )
                    .into_response()
            }
        }
    }
}
