//! The movement commands (`custody receive`, `dispense`, … `return-to-supplier`): one set of
//! arguments and one help text for all of them.

use clap::Args;

pub(super) const MOVE_HELP: &str = "Reads scans from stdin, one per line, exactly as the scanner sends them (GS as byte 29, or the
substitute of the site's scanner settings, see `custody settings`). Prints one verdict per scan:
ACCEPTED, WARNING, ASKS or BLOCKED with a reason code and a sentence; with --json, one JSON object per
line (verdict, code, message, gtin, serial, lot, expiry, findings, recorded). Each accepted scan
is committed at once as its own event under --reference; a receipt checked against --expected
without --reference takes the shipment's reference, and without --partner its supplier. A receipt
needs --partner (the supplier or sending site) or an --expected shipment that names its supplier.

A pack read again at once (the same code moments after it was recorded, nothing between) is a
double read: ALREADY_SCANNED, counted once. A dispense of a pack when an earlier-expiring one is at
the location ASKS (fefo) and records nothing, unless --confirm-fefo says the operator chose it.

The scanner options (--gs-substitute, --ignore-leading-gs, --accept-gs1-in-plain-symbol) and
--short-dated-days override the site's settings for this run only; without them the site's apply,
as in the app.

Destroying (signed \"performed\"), releasing (signed \"approved\") and --override (signed
\"approved\") ask for the password once more (CUSTODY_PASSWORD for scripts); a missing or wrong
one is refused before anything is recorded.

Exit status 0 when nothing was blocked, 3 when something was, 1 when a scan was refused (a
missing --reason, a wrong password, an unknown location): the run stops there, and with --json the
refusal is printed on stderr as {\"error\": {\"code\", \"args\", \"message\"}}.

Example:
  printf ']d201095060001343521728123110LOT42\\x1d21SN12345\\n' | custody --as amira receive --location MAIN --partner MEDIDIST --reference PO-4711";

#[derive(Args, Debug)]
pub struct MoveArgs {
    /// Where the scanning happens (location code).
    #[arg(long)]
    pub location: String,
    /// Destination location (transfer; where quarantined or released stock goes).
    #[arg(long)]
    pub to: Option<String>,
    /// Supplier or sending site (receive: required unless --expected names one; return to
    /// supplier) or the site stock leaves for (transfer).
    #[arg(long)]
    pub partner: Option<String>,
    /// The document: PO, despatch advice, prescription, ward order.
    #[arg(long)]
    pub reference: Option<String>,
    /// Why (required to quarantine or destroy).
    #[arg(long)]
    pub reason: Option<String>,
    /// Quantity for lot-tracked products.
    #[arg(long)]
    pub quantity: Option<i64>,
    /// Unit cost on receipt, in the site's currency: 4.20 for every product scanned, or
    /// GTIN=4.20 for one product (repeatable, for a delivery that mixes products; a product
    /// given its own takes it, the others the bare amount). Without one, a receipt against an
    /// --expected shipment takes the price its despatch advice gives.
    #[arg(long, value_name = "[GTIN=]AMOUNT")]
    pub unit_cost: Vec<String>,
    /// Check receipts against this expected shipment (its id, see `expected list`).
    #[arg(long, value_name = "ID")]
    pub expected: Option<i64>,
    /// Override a blocked verdict (expired, wrong location) with this reason; needs permission.
    #[arg(long = "override", value_name = "REASON")]
    pub override_reason: Option<String>,
    /// For this run only, instead of the site's (`custody settings`): a string the scanner sends
    /// instead of the group separator (repeatable), e.g. '~'.
    #[arg(long = "gs-substitute", value_name = "S")]
    pub gs_substitutes: Vec<String>,
    /// For this run only, instead of the site's: accept a group separator right after the
    /// symbology identifier (alone: true).
    #[arg(long, value_name = "true|false", num_args = 0..=1, default_missing_value = "true")]
    pub ignore_leading_gs: Option<bool>,
    /// For this run only, instead of the site's: read GS1 data printed in a plain Data Matrix
    /// (alone: true).
    #[arg(long, value_name = "true|false", num_args = 0..=1, default_missing_value = "true")]
    pub accept_gs1_in_plain_symbol: Option<bool>,
    /// For this run only, instead of the site's: days before expiry that count as short-dated
    /// at receipt.
    #[arg(long, value_name = "DAYS")]
    pub short_dated_days: Option<i64>,
    /// Dispense packs out of first-expiry order when an earlier-expiring pack is at the
    /// location: the operator's choice, recorded on each such event (without it they are asked
    /// about and not recorded).
    #[arg(long)]
    pub confirm_fefo: bool,
    /// At a dispense, the packs' anti-tampering device as you found it (EU FMD): intact is
    /// recorded with each pack's national decommission; broken, the pack is not supplied but
    /// held in quarantine as suspect. Without it, not checked.
    #[arg(long, value_name = "intact|broken", value_parser = ["intact", "broken"])]
    pub tamper: Option<String>,
    /// When it happened, if earlier (a delivery entered late): RFC 3339, or "YYYY-MM-DD HH:MM"
    /// in local time. At most the site's late-entry window back (`custody late-entry`).
    #[arg(long, value_name = "TIME")]
    pub occurred: Option<String>,
}
