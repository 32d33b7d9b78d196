//! The commands of the screens whose operations are not yet in custody-api's list: Home, Unit,
//! Recalls, Reports, counts, master data and the first run (scans and the site's settings go
//! through `call`). Each resolves codes to ids, calls core, and maps the result; long work
//! (reports, recall creation) runs on a connection of its own off the UI thread.

use custody_api::ApiError;
use custody_core::count::{CountApplied, CountInfo, CountScan, Variance};
use custody_core::history::UnitHistory;
use custody_core::levels::{
    Attention, ExpiryLine, ExpiryOrder, LevelPolicy, Position, ProductDetail, ShortageOrder,
};
use custody_core::recall::{
    NewRecall, OutcomeRecorded, OutcomeRequest, OutcomeTarget, Reach, Recall, RecallCreated,
    RecallListItem, ScopeLine,
};
use custody_core::report::{Document, ReportRequest};
use custody_core::shipment::{Shipment, ShipmentSummary};
use custody_core::{Partner, RecallOutcome, SignatureMeaning, User};
use tauri::{Emitter, State};

use crate::commands::{actor, db_path, now};
use crate::ipc::{
    internal, invalid, DecodedElement, DecodedScan, NewRecallForm, NewUserForm, OutcomeForm, Page,
    PageQuery, ReportForm, RuleForm, SavedReport, UnitQuery,
};
use crate::AppState;

type Result<T> = std::result::Result<T, ApiError>;

/// How a scan made `today` is read at this site: with the site's scanner settings (a `~` sent
/// for the group separator, …), as custody-api reads the scans of movements, so that every screen
/// that takes a scan (the unit history, counts, the scanner test) reads it alike.
fn site_decoding(state: &AppState, today: chrono::NaiveDate) -> Result<custody_gs1::DecodeOptions> {
    state.with_store(|s| Ok(custody_api::SiteSettings::read(s)?.decode_options(today)))
}

/// What needs attention now (the Home screen).
#[tauri::command]
pub async fn attention(state: State<'_, AppState>) -> Result<Attention> {
    let me = actor(&state)?;
    let today = now().local_date();
    let mut figures = state.with_store(|store| {
        let soon = store.alert_windows()?[0];
        Ok(store.attention_counts(&me, soon, today)?)
    })?;
    figures.shortages = shortage_list(&state, &me)?.len() as i64;
    Ok(figures)
}

/// Trading partners, for the scan workspace's supplier and destination choices.
#[tauri::command]
pub async fn partners(state: State<'_, AppState>) -> Result<Vec<Partner>> {
    let me = actor(&state)?;
    state.with_store(|s| Ok(s.partners(&me)?))
}

/// A pack's chain of custody, by a scan of it or by GTIN and serial.
#[tauri::command]
pub async fn unit_history(state: State<'_, AppState>, query: UnitQuery) -> Result<UnitHistory> {
    let me = actor(&state)?;
    let today = now().local_date();
    let (gtin, serial) = if let Some(scan) = query.scan.as_deref().filter(|s| !s.trim().is_empty())
    {
        let s = custody_gs1::decode(scan, &site_decoding(&state, today)?)
            .map_err(|e| invalid("scan", format!("The scan could not be read: {}", e.message)))?;
        let gtin = s
            .gtin
            .ok_or_else(|| invalid("scan", "The scan has no GTIN."))?;
        let serial = s.serial.ok_or_else(|| {
            invalid(
                "scan",
                "The scan has no serial number: it is not a pack's code.",
            )
        })?;
        (gtin.to_string(), serial)
    } else {
        let gtin = custody_gs1::Gtin::parse(query.gtin.as_deref().unwrap_or_default().trim())
            .map_err(|e| invalid("gtin", format!("Not a GTIN: {e}")))?;
        let serial = query
            .serial
            .filter(|s| !s.trim().is_empty())
            .ok_or_else(|| invalid("serial", "Give the serial number."))?;
        (gtin.to_string(), serial.trim().to_string())
    };
    state.with_store(|s| Ok(s.unit_history(&me, &gtin, &serial, today)?))
}

/// Every recall with the counts of its reach.
#[tauri::command]
pub async fn recalls(state: State<'_, AppState>) -> Result<Vec<RecallListItem>> {
    let me = actor(&state)?;
    state.with_store(|s| Ok(s.recalls(&me)?))
}

/// A recall's reach: every affected pack and lot quantity and where it is or went.
#[tauri::command]
pub async fn recall_reach(state: State<'_, AppState>, number: String) -> Result<Reach> {
    let me = actor(&state)?;
    state.with_store(|s| Ok(s.recall_reach(&me, &number)?))
}

/// Enters a recall; its hold quarantines every affected pack in stock, on a connection of its
/// own so the window stays responsive for a large recall.
#[tauri::command]
pub async fn create_recall(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    form: NewRecallForm,
) -> Result<RecallCreated> {
    let me = actor(&state)?;
    let class = form
        .class
        .parse()
        .map_err(|e: String| invalid("class", e))?;
    let issued_on = match form
        .issued_on
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        Some(d) => d
            .parse()
            .map_err(|_| invalid("issued_on", format!("'{d}' is not a date (YYYY-MM-DD)")))?,
        None => now().local_date(),
    };
    let gtin = custody_gs1::Gtin::parse(form.gtin.trim())
        .map_err(|e| invalid("gtin", format!("Not a GTIN: {e}")))?
        .to_string();
    let split = |s: &str| -> Vec<String> {
        s.split([',', '\n', ' '])
            .map(str::trim)
            .filter(|x| !x.is_empty())
            .map(String::from)
            .collect()
    };
    let lots = split(&form.lots);
    let serials = split(&form.serials);
    let mut scope: Vec<ScopeLine> = Vec::new();
    for serial in &serials {
        scope.push(ScopeLine {
            gtin: gtin.clone(),
            lot: None,
            serial: Some(serial.clone()),
        });
    }
    for lot in &lots {
        scope.push(ScopeLine {
            gtin: gtin.clone(),
            lot: Some(lot.clone()),
            serial: None,
        });
    }
    if scope.is_empty() {
        scope.push(ScopeLine {
            gtin,
            lot: None,
            serial: None,
        });
    }
    let new = NewRecall {
        number: form.number,
        title: form.title,
        class,
        reason: form.reason,
        instructions: Some(form.instructions).filter(|s| !s.trim().is_empty()),
        issuer: Some(form.issuer).filter(|s| !s.trim().is_empty()),
        issued_on,
        scope,
    };
    let mut host = state.apart()?;
    let _ = app.emit(
        "progress",
        "Entering the recall and quarantining affected stock…",
    );
    let created = tauri::async_runtime::spawn_blocking(move || {
        crate::with_store(&mut host, |s| Ok(s.create_recall(&me, &new, now())?))
    })
    .await
    .map_err(|e| internal(format!("entering the recall stopped: {e}")))??;
    let _ = app.emit("progress", "");
    Ok(created)
}

fn report_request(form: &ReportForm) -> Result<ReportRequest> {
    let text = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
    };
    let required = |v: &Option<String>, field: &str, what: &str| {
        text(v).ok_or_else(|| invalid(field, format!("Give the {what}.")))
    };
    let date = |v: &Option<String>, field: &str| -> Result<Option<chrono::NaiveDate>> {
        text(v)
            .map(|d| {
                d.parse()
                    .map_err(|_| invalid(field, format!("'{d}' is not a date (YYYY-MM-DD)")))
            })
            .transpose()
    };
    Ok(match form.kind.as_str() {
        "recall-notice" => ReportRequest::RecallNotice {
            number: required(&form.number, "number", "recall number")?,
        },
        "recall-closure" => ReportRequest::RecallClosure {
            number: required(&form.number, "number", "recall number")?,
        },
        "stock-on-hand" => ReportRequest::StockOnHand {
            location: text(&form.location),
        },
        "expiry" => ReportRequest::Expiry {
            windows: vec![form.within_days.unwrap_or(90).clamp(1, 3650)],
            location: text(&form.location),
        },
        "shortages" => ReportRequest::Shortages {
            location: text(&form.location),
        },
        "count-variance" => {
            let n = required(&form.number, "number", "count number")?;
            let id = n
                .trim_start_matches("COUNT-")
                .parse()
                .map_err(|_| invalid("number", format!("'{n}' is not a count number")))?;
            ReportRequest::CountVariance { count: id }
        }
        "chain-of-custody" => {
            let gtin = custody_gs1::Gtin::parse(&required(&form.gtin, "gtin", "GTIN")?)
                .map_err(|e| invalid("gtin", format!("Not a GTIN: {e}")))?;
            ReportRequest::ChainOfCustody {
                gtin: gtin.to_string(),
                serial: required(&form.serial, "serial", "serial number")?,
            }
        }
        "audit-extract" => ReportRequest::AuditExtract(custody_core::report::AuditFilter {
            from: date(&form.from, "from")?,
            to: date(&form.to, "to")?,
            user: text(&form.user),
            location: text(&form.location),
        }),
        "quarantine-labels" => ReportRequest::QuarantineLabels {
            location: text(&form.location),
        },
        other => {
            return Err(invalid(
                "kind",
                format!("there is no report called '{other}'"),
            ))
        }
    })
}

fn build_report(
    state: &AppState,
    form: &ReportForm,
) -> Result<(User, custody_api::Host, ReportRequest)> {
    let me = actor(state)?;
    Ok((me, state.apart()?, report_request(form)?))
}

/// A report's model, for the preview.
#[tauri::command]
pub async fn report_preview(state: State<'_, AppState>, form: ReportForm) -> Result<Document> {
    let (me, mut host, request) = build_report(&state, &form)?;
    tauri::async_runtime::spawn_blocking(move || {
        crate::with_store(&mut host, |s| Ok(s.report(&me, &request, now())?))
    })
    .await
    .map_err(|e| internal(format!("the report stopped: {e}")))?
}

/// Writes a report as PDF or CSV (by the file name's extension) into the reports folder beside
/// the database. An existing file is replaced only with `overwrite`, which the UI sets after the
/// person confirmed; the open database and its journal files never are.
#[tauri::command]
pub async fn save_report(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    form: ReportForm,
    file: String,
    overwrite: bool,
) -> Result<SavedReport> {
    let (me, mut host, request) = build_report(&state, &form)?;
    let path = host.path().to_path_buf();
    let file = file.trim().to_string();
    let target = crate::report_path(&path, &file).map_err(|e| invalid("file", e))?;
    let paper = form
        .paper
        .as_deref()
        .unwrap_or("a4")
        .parse::<custody_report::Paper>()
        .map_err(|e| invalid("paper", e))?;
    // Asked before the report is built, so the question comes at once, not after a long build.
    crate::files::check_target(&target, &path, overwrite)?;
    let _ = app.emit("progress", "Building the report…");
    let saved = tauri::async_runtime::spawn_blocking(move || -> Result<SavedReport> {
        let doc = crate::with_store(&mut host, |s| Ok(s.report(&me, &request, now())?))?;
        let bytes = custody_report::render_for(&doc, &file, paper)
            .unwrap_or_else(|| Ok(doc.to_csv()))
            .map_err(|e| internal(e.to_string()))?;
        crate::files::write_file(&target, &bytes, &path, overwrite)?;
        Ok(SavedReport {
            path: target.display().to_string(),
            bytes: bytes.len() as u64,
            title: doc.title,
        })
    })
    .await
    .map_err(|e| internal(format!("the report stopped: {e}")));
    let _ = app.emit("progress", "");
    saved?
}

/// Opens a saved report in the system's viewer (only files in the reports folder).
#[tauri::command]
pub async fn open_file(state: State<'_, AppState>, path: String) -> Result<()> {
    actor(&state)?;
    let db = db_path(&state)?;
    let name = std::path::Path::new(&path)
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let inside = crate::report_path(&db, &name).map_err(|e| invalid("path", e))?;
    if inside != std::path::Path::new(&path) || !inside.is_file() {
        return Err(invalid("path", format!("{path} is not a saved report")));
    }
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(target_os = "windows") {
        "explorer"
    } else {
        "xdg-open"
    };
    std::process::Command::new(opener)
        .arg(&path)
        .spawn()
        .map(|_| ())
        .map_err(|e| {
            crate::ipc::io(
                std::path::Path::new(&path),
                format!("cannot open {path}: {e}"),
            )
        })
}

/// First run: sets up the site and its first administrator, or loads the demonstration data,
/// through the api's public `first_run` (refused on a database that is set up).
#[tauri::command]
pub async fn first_run(
    state: State<'_, AppState>,
    setup: custody_api::site::FirstRun,
) -> Result<()> {
    let request = serde_json::to_value(&setup).map_err(|e| crate::ipc::internal(e.to_string()))?;
    custody_api::ops::call(&mut *state.host()?, None, "first_run", request).map(|_| ())
}

fn lists(state: &AppState) -> Result<std::sync::MutexGuard<'_, crate::lists::Lists>> {
    state
        .lists
        .lock()
        .map_err(|_| internal("the kept lists are unavailable; restart Custody"))
}

/// The kept shortage list, as of now, in its own order.
fn shortage_list(state: &AppState, me: &User) -> Result<std::sync::Arc<Vec<Position>>> {
    Ok(lists(state)?.shortages(me, now().local_date())?)
}

/// The shortage list, most urgent first (or sorted by a column), a page at a time.
#[tauri::command]
pub async fn shortages(state: State<'_, AppState>, page: PageQuery) -> Result<Page<Position>> {
    let me = actor(&state)?;
    let by: ShortageOrder = page
        .sort
        .as_deref()
        .unwrap_or("urgency")
        .parse()
        .map_err(|e: String| invalid("sort", e))?;
    let list = lists(&state)?.shortages_sorted(&me, now().local_date(), by, page.descending)?;
    Ok(match page.location.as_deref().filter(|l| !l.is_empty()) {
        Some(l) => {
            let here: Vec<Position> = list.iter().filter(|p| p.location == l).cloned().collect();
            Page::of(&here, &page)
        }
        None => Page::of(&list, &page),
    })
}

/// Stock expired or expiring within `within_days`, a page at a time: earliest first, read page
/// by page from SQLite, or sorted by another column from the whole list kept in memory.
#[tauri::command]
pub async fn expiring(state: State<'_, AppState>, page: PageQuery) -> Result<Page<ExpiryLine>> {
    let me = actor(&state)?;
    let today = now().local_date();
    let within = page.within_days.unwrap_or(90).clamp(1, 3650);
    let location = page.location.as_deref().filter(|l| !l.is_empty());
    let by: ExpiryOrder = page
        .sort
        .as_deref()
        .unwrap_or("expiry")
        .parse()
        .map_err(|e: String| invalid("sort", e))?;
    let windows = state.with_store(|s| Ok(s.alert_windows_within(within)?))?;
    if by != ExpiryOrder::Expiry || page.descending {
        let list =
            lists(&state)?.expiry_sorted(&me, &windows, location, today, by, page.descending)?;
        return Ok(Page::of(&list, &page));
    }
    let (rows, total) = state.with_store(|s| {
        Ok(s.expiring_page(
            &me,
            &windows,
            location,
            today,
            page.offset,
            page.limit.clamp(1, 1000),
        )?)
    })?;
    Ok(Page { rows, total })
}

/// Starts a count at a location (everything there).
#[tauri::command]
pub async fn count_start(
    state: State<'_, AppState>,
    location: String,
    blind: bool,
) -> Result<CountInfo> {
    let me = actor(&state)?;
    state.with_store(|store| {
        let l = store.location(&location)?;
        Ok(store.start_count(&me, l.id, &[], blind, now())?)
    })
}

/// One scan of a count.
#[tauri::command]
pub async fn count_scan(
    state: State<'_, AppState>,
    id: i64,
    raw: String,
    quantity: Option<i64>,
) -> Result<CountScan> {
    let me = actor(&state)?;
    let options = site_decoding(&state, now().local_date())?;
    state.with_store(|s| Ok(s.count_scan(&me, id, &raw, quantity, &options, now())?))
}

/// Ends scanning and returns the variance.
#[tauri::command]
pub async fn count_finish(state: State<'_, AppState>, id: i64) -> Result<Variance> {
    let me = actor(&state)?;
    state.with_store(|s| Ok(s.finish_count(&me, id, now())?))
}

/// Applies a finished count to the ledger, signed with the password re-entered.
#[tauri::command]
pub async fn count_apply(
    state: State<'_, AppState>,
    id: i64,
    reason: String,
    password: String,
) -> Result<CountApplied> {
    let me = actor(&state)?;
    state.with_store(|store| {
        let signature = store.sign(&me, &password, SignatureMeaning::Approved, now())?;
        Ok(store.apply_count(&me, id, &reason, &signature, now())?)
    })
}

/// Records an outcome for every open item of a recall it applies to (optionally one location).
#[tauri::command]
pub async fn recall_outcome(
    state: State<'_, AppState>,
    number: String,
    form: OutcomeForm,
) -> Result<OutcomeRecorded> {
    let me = actor(&state)?;
    state.with_store(|store| {
        let outcome: RecallOutcome = form
            .outcome
            .parse()
            .map_err(|e: String| invalid("outcome", e))?;
        let location = match form.location.as_deref().filter(|l| !l.is_empty()) {
            Some(l) => Some(store.location(l)?.id),
            None => None,
        };
        let partner = match form.partner.as_deref().filter(|p| !p.is_empty()) {
            Some(p) => Some(store.partner(p)?.id),
            None => None,
        };
        let signature = match form.password.as_deref().filter(|p| !p.is_empty()) {
            Some(p) => Some(store.sign(&me, p, SignatureMeaning::Performed, now())?),
            None => None,
        };
        let request = OutcomeRequest {
            outcome,
            target: OutcomeTarget {
                location,
                ..OutcomeTarget::default()
            },
            partner,
            note: form.note.filter(|n| !n.trim().is_empty()),
            signature,
        };
        Ok(store.record_recall_outcome(&me, &number, &request, now())?)
    })
}

/// Closes a recall, signed (refused while anything is open).
#[tauri::command]
pub async fn recall_close(
    state: State<'_, AppState>,
    number: String,
    password: String,
    note: Option<String>,
) -> Result<Recall> {
    let me = actor(&state)?;
    state.with_store(|store| {
        let signature = store.sign(&me, &password, SignatureMeaning::Approved, now())?;
        Ok(store.close_recall(
            &me,
            &number,
            &signature,
            note.as_deref().filter(|n| !n.trim().is_empty()),
            now(),
        )?)
    })
}

/// The scanner test: exactly what arrived, character by character, and how it decodes.
#[tauri::command]
pub async fn decode_scan(state: State<'_, AppState>, raw: String) -> Result<DecodedScan> {
    actor(&state)?;
    let shown: Vec<String> = raw
        .chars()
        .map(|c| match c {
            '\u{1d}' => "⟨GS⟩".to_string(),
            '\r' => "⟨CR⟩".to_string(),
            '\n' => "⟨LF⟩".to_string(),
            '\t' => "⟨TAB⟩".to_string(),
            c if c.is_control() => format!("⟨U+{:04X}⟩", c as u32),
            c => c.to_string(),
        })
        .collect();
    let mut out = DecodedScan {
        sent: shown.concat(),
        length: raw.chars().count() as u32,
        symbology: None,
        gtin: None,
        serial: None,
        lot: None,
        expiry: None,
        elements: Vec::new(),
        warnings: Vec::new(),
        error: None,
    };
    match custody_gs1::decode(&raw, &site_decoding(&state, now().local_date())?) {
        Ok(s) => {
            out.symbology = Some(format!("{:?} ({:?})", s.symbology, s.syntax));
            out.gtin = s.gtin.map(|g| g.to_string());
            out.serial = s.serial;
            out.lot = s.lot;
            out.expiry = s.expiry.map(|d| d.to_string());
            out.elements = s
                .elements
                .iter()
                .map(|e| DecodedElement {
                    ai: e.ai().to_string(),
                    title: e.entry.title.to_string(),
                    value: e.value.clone(),
                })
                .collect();
            out.warnings = s.warnings.into_iter().map(|w| w.message).collect();
        }
        Err(e) => out.error = Some(e.message),
    }
    Ok(out)
}

/// A product's detail: positions per location, lots, and daily use.
#[tauri::command]
pub async fn product_detail(state: State<'_, AppState>, gtin: String) -> Result<ProductDetail> {
    let me = actor(&state)?;
    let today = now().local_date();
    state.with_store(|s| Ok(s.product_detail(&me, &gtin, &LevelPolicy::default(), today)?))
}

/// Expected shipments still open (not closed), for receiving against one.
#[tauri::command]
pub async fn open_shipments(state: State<'_, AppState>) -> Result<Vec<ShipmentSummary>> {
    let me = actor(&state)?;
    let mut list = state.with_store(|s| Ok(s.shipments(&me)?))?;
    list.retain(|s| s.closed_at.is_none());
    Ok(list)
}

/// An expected shipment with its lines and what has been received of each.
#[tauri::command]
pub async fn shipment(state: State<'_, AppState>, id: i64) -> Result<Shipment> {
    let me = actor(&state)?;
    state.with_store(|s| Ok(s.shipment(&me, id)?))
}

/// Adds a location (managers and administrators).
#[tauri::command]
pub async fn add_location(
    state: State<'_, AppState>,
    code: String,
    name: String,
    kind: String,
) -> Result<custody_core::Location> {
    let me = actor(&state)?;
    let kind = kind.parse().map_err(|e: String| invalid("kind", e))?;
    state.with_store(|s| Ok(s.add_location(&me, code.trim(), name.trim(), kind)?))
}

/// Adds a trading partner (supplier, distributor, manufacturer, another site).
#[tauri::command]
pub async fn add_partner(
    state: State<'_, AppState>,
    code: String,
    name: String,
    kind: String,
    gln: Option<String>,
) -> Result<Partner> {
    let me = actor(&state)?;
    let kind = kind.parse().map_err(|e: String| invalid("kind", e))?;
    let gln = gln.filter(|g| !g.trim().is_empty());
    state.with_store(|s| Ok(s.add_partner(&me, code.trim(), name.trim(), kind, gln.as_deref())?))
}

/// Imports products or reorder rules from a CSV file's text, all lines or none (problems by
/// line and column in the error's details).
#[tauri::command]
pub async fn import_csv(state: State<'_, AppState>, what: String, csv: String) -> Result<u64> {
    let me = actor(&state)?;
    state.with_store(|store| {
        let n = match what.as_str() {
            "products" => store.import_products(&me, csv.as_bytes(), now())?,
            "reorder_rules" => store.import_reorder_rules(&me, csv.as_bytes(), now())?,
            other => return Err(invalid("what", format!("cannot import '{other}'"))),
        };
        Ok(n as u64)
    })
}

/// Every user, with role and whether they may sign in.
#[tauri::command]
pub async fn users(state: State<'_, AppState>) -> Result<Vec<User>> {
    let me = actor(&state)?;
    state.with_store(|s| Ok(s.users(&me)?))
}

/// Adds a user (administrators).
#[tauri::command]
pub async fn add_user(state: State<'_, AppState>, form: NewUserForm) -> Result<User> {
    let me = actor(&state)?;
    let role: custody_core::Role = form.role.parse().map_err(|e: String| invalid("role", e))?;
    if form.password != form.password_again {
        return Err(invalid("password_again", "The two passwords differ."));
    }
    state.with_store(|s| {
        Ok(s.add_user(
            &me,
            &form.username,
            &form.name,
            role,
            Some(&form.password),
            now(),
        )?)
    })
}

/// Disables a user, or enables them again (administrators). Users are never deleted.
#[tauri::command]
pub async fn set_user_active(
    state: State<'_, AppState>,
    username: String,
    active: bool,
) -> Result<User> {
    let me = actor(&state)?;
    state.with_store(|s| Ok(s.set_user_active(&me, &username, active, now())?))
}

/// Sets a new password for a user (administrators; it also clears a lockout).
#[tauri::command]
pub async fn reset_password(
    state: State<'_, AppState>,
    username: String,
    password: String,
    password_again: String,
) -> Result<()> {
    let me = actor(&state)?;
    if password != password_again {
        return Err(invalid("password_again", "The two passwords differ."));
    }
    state.with_store(|s| Ok(s.set_password(&me, &username, &password, now())?))
}

/// Sets (or replaces) the reorder rule of a product at a location (managers, administrators).
#[tauri::command]
pub async fn set_reorder_rule(state: State<'_, AppState>, rule: RuleForm) -> Result<()> {
    let me = actor(&state)?;
    let number = |field: &str, text: &str| -> Result<i64> {
        text.trim()
            .parse::<i64>()
            .ok()
            .filter(|n| *n >= 0)
            .ok_or_else(|| {
                invalid(
                    field,
                    format!("'{}' is not a whole number of packs or days", text.trim()),
                )
            })
    };
    let input = custody_core::levels::RuleInput {
        gtin: rule.gtin.trim().to_string(),
        location: rule.location.trim().to_string(),
        reorder_point: number("reorder_point", &rule.reorder_point)?,
        par_level: number("par_level", &rule.par_level)?,
        lead_time_days: match rule.lead_time_days.trim() {
            "" => None,
            t => Some(number("lead_time_days", t)?),
        },
    };
    state.with_store(|s| Ok(s.set_reorder_rule(&me, &input, now())?))?;
    Ok(())
}

/// Imports a supplier's despatch advice (EPCIS 2.0 JSON-LD, EPCIS 1.2/2.0 XML or CSV, as read
/// from the file) as an expected shipment, all lines or none, on a connection of its own.
#[tauri::command]
pub async fn import_shipment(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    file_name: String,
    text: String,
    supplier: Option<String>,
) -> Result<Shipment> {
    let me = actor(&state)?;
    let supplier = state.with_store(|store| {
        Ok(supplier
            .as_deref()
            .filter(|s| !s.is_empty())
            .map(|code| store.partner(code))
            .transpose()?
            .map(|p| p.id))
    })?;
    let mut host = state.apart()?;
    let _ = app.emit("progress", format!("Importing {file_name}…"));
    let imported = tauri::async_runtime::spawn_blocking(move || {
        crate::with_store(&mut host, |s| {
            Ok(s.import_shipment(
                &me,
                text.as_bytes(),
                supplier,
                None,
                Some(&file_name),
                now(),
            )?)
        })
    })
    .await
    .map_err(|e| internal(format!("the import stopped: {e}")));
    let _ = app.emit("progress", "");
    imported?
}
