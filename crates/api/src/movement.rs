//! Movements: one scan of a receipt, dispense, transfer, return, quarantine, release, destruction
//! or return to supplier. This is where a movement's policy lives, for every front end: which
//! fields it needs, which actions are signed and with what meaning, and the reference a receipt
//! against an expected shipment gets when none is given.

use custody_core::movement::{Movement, ScanInput, ScanSession, Verdict};
use custody_core::{SignatureMeaning, TamperCheck, Timestamp};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use crate::clock::system_now;
use crate::error::{args, ApiError, Result};
use crate::settings::SiteSettings;
use crate::{text, Cx};

/// One scan in a movement. Locations and partners by code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ScanRequest {
    /// The movement.
    pub movement: Movement,
    /// Where the scanning happens (location code).
    pub location: String,
    /// Destination of a transfer (location code).
    #[serde(default)]
    pub to_location: Option<String>,
    /// Supplier, recipient or receiving site (partner code).
    #[serde(default)]
    pub counterparty: Option<String>,
    /// The document (PO, prescription, ward order, transfer note). A receipt against an expected
    /// shipment without one takes the shipment's reference.
    #[serde(default)]
    pub reference: Option<String>,
    /// Why (required to quarantine or destroy).
    #[serde(default)]
    pub reason: Option<String>,
    /// The expected shipment a receipt is checked against.
    #[serde(default)]
    pub shipment: Option<i64>,
    /// Exactly what the scanner sent.
    pub raw: String,
    /// For lot-tracked products: how many.
    #[serde(default)]
    pub quantity: Option<i64>,
    /// Unit cost on receipt, in hundredths of the site's currency, for whatever is scanned
    /// (unless `unit_costs` gives the product its own). None: the despatch advice's price, if
    /// the receipt is checked against one that gives it.
    #[serde(default)]
    pub unit_cost_cents: Option<i64>,
    /// Unit costs on receipt per product (a delivery that mixes products): a product listed
    /// takes its own, others `unit_cost_cents`.
    #[serde(default)]
    #[ts(optional)]
    pub unit_costs: Option<Vec<UnitCost>>,
    /// To override a blocked scan (permitted users only): why. Overriding is signed.
    #[serde(default)]
    pub override_reason: Option<String>,
    /// The person was asked whether to dispense this pack before an earlier-expiring one (a
    /// verdict at level `ask`) and said yes: the dispense is recorded with their choice.
    #[serde(default)]
    #[ts(optional)]
    pub fefo_confirmed: Option<bool>,
    /// The person said this code, scanned before in the session, is on a second physical pack
    /// (not the same pack again): it is checked as any pack, and a clone stays suspect. Without
    /// it, the same code read again moments after it was recorded is a double read.
    #[serde(default)]
    #[ts(optional)]
    pub another_pack: Option<bool>,
    /// At a dispense, the pack's anti-tampering device as the person found it (EU FMD):
    /// `intact` is recorded with its decommission; `broken`, the pack is not supplied but held
    /// in quarantine as suspect (verdict code `tamper_broken`). None: not checked. Refused for
    /// other movements (`movement.tamper_only_at_dispense`).
    #[serde(default)]
    #[ts(optional)]
    pub tamper: Option<TamperCheck>,
    /// When what is scanned happened, if earlier than now (RFC 3339): a delivery entered late.
    #[serde(default)]
    pub occurred_at: Option<String>,
    /// The user's password, re-entered when the movement is signed (see [`MovementRules`]).
    #[serde(default)]
    pub password: Option<String>,
    /// A run's override from the command line: how this run's scanner sends data, in place of
    /// the site's scanner settings (what is not given stays the site's). The app never sends one.
    #[serde(default)]
    #[ts(optional)]
    pub scanner_override: Option<ScannerOverride>,
    /// A run's override from the command line: this run's receipt limits, in place of the
    /// site's (what is not given stays the site's). The app never sends one.
    #[serde(default)]
    #[ts(optional)]
    pub policy_override: Option<PolicyOverride>,
}

/// One product's unit cost on receipt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct UnitCost {
    /// The product's GTIN (GTIN-13 or GTIN-14).
    pub gtin: String,
    /// Its unit cost, in hundredths of the site's currency.
    pub unit_cost_cents: i64,
}

/// A request's unit costs checked: each in the site's currency (not negative, not above the
/// highest price, no hundredths a currency without decimals cannot say), each GTIN a GTIN
/// (as GTIN-14), listed once. Refused naming `unit_cost`.
fn unit_costs(store: &custody_core::Store, request: &ScanRequest) -> Result<Vec<(String, i64)>> {
    use custody_core::master::check_price;
    let currency = store.currency()?;
    if let Some(c) = request.unit_cost_cents {
        check_price(c, currency, "unit_cost")?;
    }
    let mut out: Vec<(String, i64)> = Vec::new();
    for u in request.unit_costs.iter().flatten() {
        let gtin = custody_gs1::Gtin::parse(u.gtin.trim())
            .map(|g| g.to_string())
            .map_err(|e| {
                ApiError::field(
                    "master.gtin_invalid",
                    "unit_cost",
                    args([
                        ("value", Value::from(u.gtin.trim())),
                        ("detail", Value::from(e.to_string())),
                    ]),
                )
            })?;
        check_price(u.unit_cost_cents, currency, "unit_cost")?;
        // The same product given again: the later cost is the one meant.
        out.retain(|(g, _)| *g != gtin);
        out.push((gtin, u.unit_cost_cents));
    }
    Ok(out)
}

/// A run's override of the site's scanner settings (the command line's `--gs-substitute`,
/// `--ignore-leading-gs`, `--accept-gs1-in-plain-symbol`). Each field given replaces the site's;
/// the same checks apply as to the site's settings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ScannerOverride {
    /// Strings this scanner sends instead of the group separator (replacing the site's list).
    #[serde(default)]
    pub gs_substitutes: Option<Vec<String>>,
    /// Accept (and drop) a group separator right after the symbology identifier.
    #[serde(default)]
    pub ignore_leading_gs: Option<bool>,
    /// Read GS1 data found in a plain (non-GS1) symbol.
    #[serde(default)]
    pub accept_gs1_in_plain_symbol: Option<bool>,
}

/// A run's override of the site's receipt limits (the command line's `--short-dated-days`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct PolicyOverride {
    /// A receipt whose expiry is within this many days is short-dated.
    #[serde(default)]
    pub short_dated_days: Option<i64>,
}

/// What a movement needs before the first scan, so a front end asks for it up front.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct MovementRules {
    /// The movement.
    pub movement: Movement,
    /// A reason is required (quarantine, destroy).
    pub needs_reason: bool,
    /// A destination location (or the partner stock leaves for) is required (transfer).
    pub needs_destination: bool,
    /// The partner is required (a receipt's supplier or sending site, unless an expected
    /// shipment that names its supplier is chosen; return to supplier).
    pub needs_partner: bool,
    /// The signature the movement needs (the password re-entered), with its meaning; `None`
    /// when it is not signed. An override of a blocked scan is always signed `approved`.
    pub signature: Option<SignatureMeaning>,
}

/// The rules of `movement`. Destroying is signed `performed` (the person did it); releasing from
/// quarantine is signed `approved` (a QA decision that the stock may be used again), as is an
/// override of a blocked scan. (Decision record: docs/decisions/2026-12-01-one-application-layer.md.)
pub fn movement_rules(movement: Movement) -> MovementRules {
    use Movement as M;
    MovementRules {
        movement,
        needs_reason: matches!(movement, M::Quarantine | M::Destroy),
        needs_destination: movement == M::Transfer,
        needs_partner: matches!(movement, M::Receive | M::ReturnToSupplier),
        signature: match movement {
            M::Destroy => Some(SignatureMeaning::Performed),
            M::Release => Some(SignatureMeaning::Approved),
            _ => None,
        },
    }
}

/// What the scan screen needs before the first scan: where this database's workstation
/// settings are kept, and which movements the signed-in person may make.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ScanSetup {
    /// The key this database's workstation settings (the workstation's location) are kept
    /// under on this computer: the database's identity (its site's code and set-up instant), so
    /// another database's location is never used here. `None` before the site is set up.
    pub database: Option<String>,
    /// Every movement, whether this person may make it, and if not why.
    pub movements: Vec<MovementOffer>,
}

/// One movement as the scan screen offers it to the signed-in person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct MovementOffer {
    /// The movement.
    pub movement: Movement,
    /// Whether this person's role may make it.
    pub allowed: bool,
    /// Why not, in the catalogue's words (the `auth.forbidden` sentence), when not allowed.
    pub why_not: Option<String>,
}

/// The scan screen's setup for the signed-in person (`call("scan_setup")`): a movement their
/// role may not make is shown with why, before any scan, rather than refused after one.
pub fn scan_setup(cx: &mut Cx<'_>, _: ()) -> Result<ScanSetup> {
    let session = cx.session()?;
    let me = session.actor().user().clone();
    let movements = Movement::ALL
        .iter()
        .map(|&movement| {
            let refusal = custody_core::permissions::require(&me, movement.operation()).err();
            MovementOffer {
                movement,
                allowed: refusal.is_none(),
                why_not: refusal.map(|e| ApiError::from(e).message),
            }
        })
        .collect();
    let database = cx.store().identity()?.map(|i| i.key());
    Ok(ScanSetup {
        database,
        movements,
    })
}

/// The rules of a movement, for the scan screen.
pub fn rules(cx: &mut Cx<'_>, movement: Movement) -> Result<MovementRules> {
    cx.session()?;
    Ok(movement_rules(movement))
}

/// The meaning a scan is signed with: `approved` for an override of a blocked scan, else the
/// movement's; `None` when it is not signed. A front end asks for the password when this says
/// so, naming the meaning.
pub fn signature_meaning(request: &ScanRequest) -> Option<SignatureMeaning> {
    // Overriding a blocked scan approves going ahead despite the block, whatever the movement
    // would otherwise be signed with (a blocked destruction overridden is approved, not only
    // performed).
    let overriding = request
        .override_reason
        .as_deref()
        .is_some_and(|r| !r.trim().is_empty());
    if overriding {
        Some(SignatureMeaning::Approved)
    } else {
        movement_rules(request.movement).signature
    }
}

/// One scan from the window (`call("scan")`): as [`scan`], but a run's scanner and receipt
/// overrides belong to the command line's typed calls alone. The window reads the site's
/// settings, which only managers change, so a request carrying an override is refused.
pub fn scan_from_window(cx: &mut Cx<'_>, request: ScanRequest) -> Result<Verdict> {
    if request.scanner_override.is_some() || request.policy_override.is_some() {
        return Err(ApiError::new(
            "movement.run_override_refused",
            args([("movement", Value::from(movement_name(request.movement)))]),
        ));
    }
    scan(cx, request)
}

/// One scan: refused by code when the request lacks what its movement needs (a reason, a
/// destination, a supplier, the password of its signature: [`movement_rules`]); else decoded
/// with the site's scanner settings (or a run's override), checked against the pack's state and
/// the site's limits, and recorded unless blocked.
pub fn scan(cx: &mut Cx<'_>, request: ScanRequest) -> Result<Verdict> {
    let session = cx.session()?;
    let lang = session.lang();
    let me = session.actor().user();
    let now = cx.now()?;
    if request.raw.trim().is_empty() {
        return Err(ApiError::field("scan.empty", "raw", Default::default()));
    }
    let request = prepare(cx, request)?;
    let store = cx.store();
    let location = store.location(request.location.trim())?;
    let mut s = ScanSession::new(request.movement, location.id);
    if let Some(to) = text(&request.to_location) {
        s.to_location = Some(store.location(&to)?.id);
    }
    if let Some(p) = text(&request.counterparty) {
        s.counterparty = Some(store.partner(&p)?.id);
    }
    s.shipment = request.shipment;
    s.reference = text(&request.reference);
    s.reason = text(&request.reason);
    let settings = with_overrides(
        session.settings(),
        request.scanner_override.as_ref(),
        request.policy_override.as_ref(),
    )?;
    s.scanner = settings.decode_options(now.local_date());
    s.policy = settings.scan_policy();
    s.occurred_at = text(&request.occurred_at)
        .map(|t| occurred_time(&t, now))
        .transpose()?;
    if let Some(meaning) = signature_meaning(&request) {
        let password = request
            .password
            .as_deref()
            .filter(|p| !p.is_empty())
            .ok_or_else(|| {
                // The movement's own signature, or else the override's.
                let code = if movement_rules(request.movement).signature.is_some() {
                    "movement.signature_required"
                } else {
                    "movement.override_needs_signature"
                };
                ApiError::field(
                    code,
                    "password",
                    args([
                        ("movement", Value::from(movement_name(request.movement))),
                        ("meaning", Value::from(meaning.to_string())),
                    ]),
                )
            })?;
        // A wrong password counts towards the lockout, on the computer's clock as at sign-in
        // (no test clock can shorten a lockout); its refusal names the password field, as a
        // missing one does.
        let signature = store
            .sign(me, password, meaning, system_now())
            .map_err(|e| {
                let mut e = ApiError::from(e);
                e.args.insert("field".into(), Value::from("password"));
                e
            })?;
        s.signature = Some(signature);
    }
    let costs = unit_costs(store, &request)?;
    let input = ScanInput {
        raw: request.raw,
        quantity: request.quantity,
        unit_cost_cents: request.unit_cost_cents,
        unit_costs: costs,
        override_reason: text(&request.override_reason),
        fefo_confirmed: request.fefo_confirmed.unwrap_or(false),
        another_pack: request.another_pack.unwrap_or(false),
        tamper: request.tamper,
    };
    // Core says what it found in English, with codes and arguments; a person reads it in the
    // language their session speaks.
    Ok(store.scan(me, &s, &input, now)?.in_lang(lang))
}

/// A run of scans made ready once, before the first: refused by code as [`scan`] would refuse
/// each scan of it (what the movement needs, unknown locations and partners, an unusable run
/// override, an unreadable occurred time), and completed with the defaults this layer gives: a
/// receipt against an expected shipment without a reference takes the shipment's (its despatch
/// advice number). [`scan`] does the same for every scan; a front end that sends many scans with
/// one request (the command line's run, the scan screen's session) prepares it once, so a
/// mistake is refused before anything is scanned or signed, and each scan need not read the
/// shipment again (reading it reads its every line).
pub fn prepare(cx: &mut Cx<'_>, mut request: ScanRequest) -> Result<ScanRequest> {
    let session = cx.session()?;
    let me = session.actor().user();
    let now = cx.now()?;
    check_required(&request)?;
    with_overrides(
        session.settings(),
        request.scanner_override.as_ref(),
        request.policy_override.as_ref(),
    )?;
    if let Some(t) = request
        .occurred_at
        .as_deref()
        .filter(|t| !t.trim().is_empty())
    {
        occurred_time(t, now)?;
    }
    let store = cx.store();
    unit_costs(store, &request)?;
    store.location(request.location.trim())?;
    if let Some(to) = text(&request.to_location) {
        store.location(&to)?;
    }
    if let Some(partner) = text(&request.counterparty) {
        store.partner(&partner)?;
    }
    let given = request
        .reference
        .as_deref()
        .is_some_and(|r| !r.trim().is_empty());
    let named = request
        .counterparty
        .as_deref()
        .is_some_and(|p| !p.trim().is_empty());
    if let (false, Some(id)) = (given && named, request.shipment) {
        let shipment = store.shipment(me, id)?;
        if !given {
            request.reference = Some(shipment.reference);
        }
        if !named {
            request.counterparty = shipment.supplier;
        }
    }
    // A receipt names where the goods came from: the supplier or sending site given, or the
    // one its expected shipment names. One without is refused before anything is scanned, so
    // the ledger never holds stock of unknown origin.
    if request.movement == Movement::Receive && text(&request.counterparty).is_none() {
        return Err(ApiError::field(
            "movement.receipt_needs_counterparty",
            "counterparty",
            args([("movement", Value::from(movement_name(request.movement)))]),
        ));
    }
    Ok(request)
}

/// Refuses a request that lacks what its movement needs (see [`movement_rules`]), naming the
/// field, before anything is looked up or signed; and a transfer to where the stock already is.
fn check_required(request: &ScanRequest) -> Result<()> {
    let rules = movement_rules(request.movement);
    let given = |s: &Option<String>| s.as_deref().is_some_and(|s| !s.trim().is_empty());
    let movement = || Value::from(movement_name(request.movement));
    if rules.needs_reason && !given(&request.reason) {
        return Err(ApiError::field(
            "movement.reason_required",
            "reason",
            args([("movement", movement())]),
        ));
    }
    if rules.needs_destination && !given(&request.to_location) && !given(&request.counterparty) {
        return Err(ApiError::field(
            "movement.transfer_needs_destination",
            "to_location",
            args([("movement", movement())]),
        ));
    }
    // A receipt's partner may come from its expected shipment: `prepare` checks it once the
    // shipment is read.
    let from_shipment = request.movement == Movement::Receive && request.shipment.is_some();
    if rules.needs_partner && !from_shipment && !given(&request.counterparty) {
        if request.movement == Movement::Receive {
            return Err(ApiError::field(
                "movement.receipt_needs_counterparty",
                "counterparty",
                args([("movement", movement())]),
            ));
        }
        return Err(ApiError::field(
            "movement.return_needs_supplier",
            "counterparty",
            args([("movement", movement())]),
        ));
    }
    // A destination moves stock only in a transfer, and in a quarantine or release that puts
    // it somewhere else; anywhere else it would be dropped, so it is refused.
    let takes_destination = matches!(
        request.movement,
        Movement::Transfer | Movement::Quarantine | Movement::Release
    );
    if given(&request.to_location) && !takes_destination {
        return Err(ApiError::field(
            "movement.destination_not_used",
            "to_location",
            args([("movement", movement())]),
        ));
    }
    let to = request.to_location.as_deref().map(str::trim);
    if request.movement == Movement::Transfer && to == Some(request.location.trim()) {
        return Err(ApiError::field(
            "movement.transfer_to_same_location",
            "to_location",
            args([("location", Value::from(request.location.trim()))]),
        ));
    }
    Ok(())
}

/// A movement's name as requests spell it (`return_to_supplier`).
fn movement_name(movement: Movement) -> String {
    serde_json::to_value(movement)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default()
}

/// The site's settings with a run's overrides from the command line applied (what an override
/// does not give stays the site's), refused as the site's settings would be: a substitute that
/// serial numbers can contain would split them. Movements apply their request's overrides; a
/// count's scans apply the same.
pub fn with_overrides(
    site: &SiteSettings,
    scanner: Option<&ScannerOverride>,
    policy: Option<&PolicyOverride>,
) -> Result<SiteSettings> {
    let mut settings = site.clone();
    if let Some(o) = scanner {
        if let Some(subs) = &o.gs_substitutes {
            settings.scanner.gs_substitutes = subs.clone();
        }
        if let Some(b) = o.ignore_leading_gs {
            settings.scanner.ignore_leading_gs = b;
        }
        if let Some(b) = o.accept_gs1_in_plain_symbol {
            settings.scanner.accept_gs1_in_plain_symbol = b;
        }
    }
    if let Some(days) = policy.and_then(|o| o.short_dated_days) {
        settings.short_dated_days = days;
    }
    if scanner.is_some() || policy.is_some() {
        crate::settings::check(&settings)?;
    }
    Ok(settings)
}

/// The local times a person may type for when something happened, besides RFC 3339.
const LOCAL_TIME_FORMATS: [&str; 4] = [
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
];

/// When something happened, as a person gives it: RFC 3339 (`2026-11-20T14:30:00+01:00`), or a
/// local date and time (`2026-11-20 14:30`) read at the offset the clock has `now` (the
/// workstation's time zone). Anything else is refused with `movement.occurred_unreadable`, never
/// guessed.
pub fn occurred_time(text: &str, now: Timestamp) -> Result<Timestamp> {
    let text = text.trim();
    if let Some(t) = Timestamp::parse(text) {
        return Ok(t);
    }
    let unreadable = || {
        ApiError::field(
            "movement.occurred_unreadable",
            "occurred_at",
            args([("time", Value::from(text))]),
        )
    };
    let naive = LOCAL_TIME_FORMATS
        .iter()
        .find_map(|f| chrono::NaiveDateTime::parse_from_str(text, f).ok())
        .ok_or_else(unreadable)?;
    let local = naive
        .and_local_timezone(*now.0.offset())
        .single()
        .ok_or_else(unreadable)?;
    Ok(Timestamp(local))
}
