// @generated from custody-api's operation list. Do not edit.
// Regenerate with `make bindings`; `cargo test -p custody-app` fails when this file is stale.

export type JsonValue = number | string | boolean | Array<JsonValue> | { [key in string]?: JsonValue } | null;

export type AffectedExpected = { 
/**
 * The despatch advice.
 */
shipment: string, 
/**
 * GTIN-14.
 */
gtin: string, 
/**
 * Serial, for a pack.
 */
serial: string | null, 
/**
 * Lot.
 */
lot: string | null, 
/**
 * Quantity still expected.
 */
quantity: number, };

export type AffectedLot = { 
/**
 * GTIN-14.
 */
gtin: string, 
/**
 * Product name.
 */
product: string, 
/**
 * Lot.
 */
lot: string, 
/**
 * Expiry.
 */
expiry: string | null, 
/**
 * Status of this quantity.
 */
status: UnitStatus, 
/**
 * Location code, for quantities held here.
 */
location: string | null, 
/**
 * How many.
 */
quantity: number, 
/**
 * The outcome recorded for a quantity that left.
 */
outcome: RecallOutcome | null, 
/**
 * Whether it still needs an outcome.
 */
open: boolean, };

export type AffectedUnit = { 
/**
 * GTIN-14.
 */
gtin: string, 
/**
 * Product name.
 */
product: string, 
/**
 * Serial.
 */
serial: string, 
/**
 * Lot.
 */
lot: string | null, 
/**
 * Expiry.
 */
expiry: string | null, 
/**
 * Status now.
 */
status: UnitStatus, 
/**
 * Location code, while held here.
 */
location: string | null, 
/**
 * When its last event happened (local time with offset).
 */
since: string, 
/**
 * The document of its last event (prescription, ward order, transfer note, RMA).
 */
reference: string | null, 
/**
 * The partner of its last event (where a transfer went, which supplier it went back to).
 */
counterparty: string | null, 
/**
 * The outcome, once there is one.
 */
outcome: RecallOutcome | null, 
/**
 * Whether it still needs an outcome.
 */
open: boolean, };

export type ApiError = { 
/**
 * Stable, dotted code, e.g. `count.open_at_location`, `session.signed_out`.
 */
code: string, 
/**
 * The values the sentence names, e.g. `{"count": 1, "location": "CLINIC-1"}`. `field`
 * names the form field at fault, when one is; `problems` lists a refused file's problems.
 */
args: { [key in string]?: JsonValue }, 
/**
 * The sentence for a person, in English.
 */
message: string, };

export type AppInfo = { 
/**
 * The site's name, once the database is set up.
 */
site_name: string | null, 
/**
 * The site in full (signed in).
 */
site: Site | null, 
/**
 * The database file (signed in, or at first run).
 */
database: string | null, 
/**
 * Whether the first run may keep the database somewhere else (not with `--db`, and only
 * while the database is not set up).
 */
database_choosable: boolean, 
/**
 * Who is signed in, if anyone.
 */
actor: User | null, 
/**
 * Minutes without a key or a click before the app asks who is there again.
 */
idle_minutes: number, 
/**
 * Sizes of the store (signed in).
 */
summary: Summary | null, 
/**
 * What the start-up check found wrong with the database file (empty when it is sound);
 * before sign-in, one sentence saying that it found something.
 */
integrity: Array<string>, 
/**
 * Whether the start-up check has finished (it runs beside the window).
 */
integrity_checked: boolean, 
/**
 * The newest verified backup, if any (signed in).
 */
last_backup: BackupInfo | null, 
/**
 * Where backups go (signed in).
 */
backup_dir: string | null, };

export type Attention = { 
/**
 * Packs (and lot quantity) expired but still in stock.
 */
expired_in_stock: number, 
/**
 * Packs (and lot quantity) expiring within `soon_days`.
 */
expiring_soon: number, 
/**
 * The window of `expiring_soon`, in days.
 */
soon_days: number, 
/**
 * Product and location pairs short of their reorder point.
 */
shortages: number, 
/**
 * Recalls not yet closed.
 */
open_recalls: number, 
/**
 * Packs held in quarantine.
 */
quarantined: number, 
/**
 * Packs held as suspect (duplicate or reused serials, mismatched lots, found on a count).
 */
suspect: number, };

export type BackupInfo = { 
/**
 * Where it is.
 */
path: string, 
/**
 * When it was taken, from its name (UTC, `YYYYMMDD-HHMMSS`).
 */
taken: string, 
/**
 * Its size in bytes.
 */
bytes: number, };

export type Barcode = { 
/**
 * GS1 element string, AIs concatenated, GS (U+001D) after variable-length fields that
 * are followed by another: what the symbol encodes after its FNC1.
 */
element_string: string, 
/**
 * The lines printed beside it, the first in bold.
 */
lines: Array<string>, };

export type Block = { "type": "heading", 
/**
 * Text.
 */
text: string, } | { "type": "paragraph", 
/**
 * Text.
 */
text: string, } | { "type": "facts", 
/**
 * The pairs.
 */
facts: Array<Fact>, } | { "type": "table" } & Table | { "type": "signatures", 
/**
 * The roles.
 */
roles: Array<string>, } | { "type": "barcode" } & Barcode | { "type": "labels", 
/**
 * The labels.
 */
labels: Array<Barcode>, };

export type Code = "ok" | "decode_error" | "unknown_product" | "missing_serial" | "missing_lot" | "duplicate_serial" | "already_decommissioned" | "expiry_mismatch" | "recalled" | "expired" | "short_dated" | "unexpected" | "differs_from_advice" | "not_in_stock" | "wrong_location" | "quarantined" | "fefo" | "expired_on_shelf" | "possible_missing_separator" | "insufficient_quantity" | "not_quarantined" | "price_above_contract";

export type Column = { 
/**
 * Header.
 */
title: string, 
/**
 * Relative width.
 */
width: number, 
/**
 * Right-aligned (numbers).
 */
numeric: boolean, 
/**
 * An empty box to tick by hand; not exported.
 */
checkbox: boolean, };

export type CountApplied = { 
/**
 * Packs recorded missing.
 */
missing: number, 
/**
 * Packs moved here from another location.
 */
moved_here: number, 
/**
 * Suspect packs put in quarantine here: recorded gone but on the shelf, or never received.
 */
quarantined: number, 
/**
 * Packs recorded missing before and found here.
 */
found_again: number, 
/**
 * Lot quantity added (surplus) and removed (shortfall).
 */
lot_added: number, 
/**
 * Lot quantity recorded missing.
 */
lot_removed: number, 
/**
 * Ledger event ids.
 */
events: Array<string>, };

export type CountInfo = { 
/**
 * Count number.
 */
id: number, 
/**
 * Location code.
 */
location: string, 
/**
 * Status.
 */
status: CountStatus, 
/**
 * Staff do not see expected quantities while scanning.
 */
blind: boolean, 
/**
 * GTINs of a count limited to some products (empty: everything at the location).
 */
products: Array<string>, 
/**
 * When it started (UTC).
 */
started_at: string, 
/**
 * Who started it.
 */
started_by: string, 
/**
 * Packs the ledger held there at the start (hidden from staff in a blind count).
 */
expected_units: number | null, 
/**
 * Packs counted so far.
 */
counted_units: number, 
/**
 * Lot-tracked quantity counted so far.
 */
counted_lot_quantity: number, };

export type CountScan = { 
/**
 * What was found.
 */
code: CountScanCode, 
/**
 * Whether the scan was recorded in the count.
 */
recorded: boolean, 
/**
 * In words.
 */
message: string, 
/**
 * GTIN.
 */
gtin: string | null, 
/**
 * Serial.
 */
serial: string | null, 
/**
 * Lot.
 */
lot: string | null, 
/**
 * Packs counted so far in this count.
 */
counted_units: number, };

export type CountScanCode = "counted" | "already_counted" | "lot_counted" | "elsewhere" | "wrong_status" | "not_received" | "not_in_count" | "unknown_product" | "decode_error" | "missing_serial" | "missing_lot" | "no_product";

export type CountStatus = "open" | "finished" | "applied" | "abandoned";

export type DayUse = { 
/**
 * Local day.
 */
day: string, 
/**
 * Dispensed or issued that day, at every location.
 */
quantity: number, };

export type DecodedElement = { 
/**
 * The AI.
 */
ai: string, 
/**
 * GS1's title.
 */
title: string, 
/**
 * The value as encoded.
 */
value: string, };

export type DecodedScan = { 
/**
 * Exactly what arrived, control characters named (⟨GS⟩).
 */
sent: string, 
/**
 * Characters received.
 */
length: number, 
/**
 * Barcode type and syntax, when it decoded.
 */
symbology: string | null, 
/**
 * GTIN.
 */
gtin: string | null, 
/**
 * Serial.
 */
serial: string | null, 
/**
 * Lot.
 */
lot: string | null, 
/**
 * Expiry.
 */
expiry: string | null, 
/**
 * Every AI with its title and value.
 */
elements: Array<DecodedElement>, 
/**
 * Things worth knowing about the scanner's set-up.
 */
warnings: Array<string>, 
/**
 * Why it did not decode.
 */
error: string | null, };

export type Discrepancy = { 
/**
 * What kind.
 */
code: DiscrepancyCode, 
/**
 * The advice's line a differing pack is listed on.
 */
line: number | null, 
/**
 * GTIN-14 received.
 */
gtin: string, 
/**
 * Serial received.
 */
serial: string | null, 
/**
 * Lot received.
 */
lot: string | null, 
/**
 * Expiry received.
 */
expiry: string | null, 
/**
 * Quantity received (1 for a pack).
 */
quantity: number, 
/**
 * The lot the advice gives, for a differing pack.
 */
advice_lot: string | null, 
/**
 * The expiry the advice gives, for a differing pack.
 */
advice_expiry: string | null, 
/**
 * The receipt event.
 */
event_seq: number, };

export type DiscrepancyCode = "unexpected" | "differs_from_advice";

export type Document = { 
/**
 * Which report.
 */
kind: ReportKind, 
/**
 * The title ("Recall notice RCL-2026-0091").
 */
title: string, 
/**
 * A banner above everything, printed large and red ("URGENT: DRUG RECALL").
 */
banner: string | null, 
/**
 * The site's name.
 */
site: string, 
/**
 * When it was produced, local time with the offset.
 */
generated_at: string, 
/**
 * Who produced it: name (username).
 */
generated_by: string, 
/**
 * The data it covers (what was selected, and the ledger up to which event).
 */
covers: string, 
/**
 * The content, in reading order.
 */
blocks: Array<Block>, };

export type EventKind = "receive" | "transfer" | "dispense" | "return" | "quarantine" | "release" | "destroy" | "return_to_supplier" | "count_adjust" | "mark_suspect" | "recall_close" | "user_enrolled" | "user_added" | "user_role_changed" | "user_disabled" | "user_enabled" | "clock_corrected";

export type ExpectedItem = { 
/**
 * Line number in the shipment.
 */
line: number, 
/**
 * GTIN-14.
 */
gtin: string, 
/**
 * Serial, for a pack.
 */
serial: string | null, 
/**
 * Lot.
 */
lot: string | null, 
/**
 * Expiry.
 */
expiry: string | null, 
/**
 * Expected quantity (1 for a pack).
 */
quantity: number, 
/**
 * Purchase order.
 */
po: string | null, 
/**
 * Received so far.
 */
received: number, };

export type ExpiryLine = { 
/**
 * GTIN-14.
 */
gtin: string, 
/**
 * Product name.
 */
product: string, 
/**
 * Lot.
 */
lot: string | null, 
/**
 * Location code.
 */
location: string, 
/**
 * Expiry date.
 */
expiry: string, 
/**
 * Days from today (negative: expired that many days ago).
 */
days_left: number, 
/**
 * The alert window it falls in, in days (0: expired).
 */
window: number, 
/**
 * Packs (or lot quantity).
 */
quantity: number, 
/**
 * Value at the product's contract unit price, in cents, when the price is known.
 */
value_cents: number | null, };

export type Fact = { 
/**
 * Label.
 */
label: string, 
/**
 * Value.
 */
value: string, };

export type Finding = { 
/**
 * Severity.
 */
level: Level, 
/**
 * Reason code.
 */
code: Code, 
/**
 * A sentence for the person scanning.
 */
message: string, };

export type FirstRun = { 
/**
 * Load the demonstration data instead.
 */
demo: boolean, 
/**
 * Site code.
 */
site_code: string, 
/**
 * Site name.
 */
site_name: string, 
/**
 * Administrator's username.
 */
admin: string, 
/**
 * Administrator's name.
 */
admin_name: string, 
/**
 * Password.
 */
password: string, 
/**
 * The same again.
 */
password_again: string, };

export type HistoryEntry = { 
/**
 * Order of recording.
 */
seq: number, 
/**
 * Event id (UUID v7).
 */
event_id: string, 
/**
 * Kind.
 */
kind: EventKind, 
/**
 * When it happened, RFC 3339 with the local offset.
 */
occurred_at: string, 
/**
 * When it was recorded (UTC).
 */
recorded_at: string, 
/**
 * Who (username).
 */
actor: string, 
/**
 * Who (name).
 */
actor_name: string, 
/**
 * Where it was scanned.
 */
location: string | null, 
/**
 * The other party.
 */
counterparty: string | null, 
/**
 * The document.
 */
reference: string | null, 
/**
 * Why.
 */
reason: string | null, 
/**
 * The scan, exactly as received.
 */
raw_scan: string | null, 
/**
 * Serial of the line (lot histories list packs too).
 */
serial: string | null, 
/**
 * Quantity of the line.
 */
quantity: number, 
/**
 * Status before.
 */
status_before: UnitStatus | null, 
/**
 * Status after.
 */
status_after: UnitStatus | null, 
/**
 * Location before.
 */
location_before: string | null, 
/**
 * Location after.
 */
location_after: string | null, 
/**
 * The event's hash (hex), which the ledger chain covers.
 */
hash: string, 
/**
 * The meaning of the actor's signature, when they signed it (password re-entered).
 */
signature: SignatureMeaning | null, };

export type Hold = { 
/**
 * Serialized packs moved to quarantine.
 */
units: number, 
/**
 * Quantity of lot-tracked stock moved to quarantine.
 */
lot_quantity: number, 
/**
 * Ledger events written (one per location).
 */
events: number, };

export type LedgerCheck = { 
/**
 * Nothing is wrong.
 */
intact: boolean, 
/**
 * Events walked.
 */
events: number, 
/**
 * Packs compared.
 */
units: number, 
/**
 * The first problems, in words.
 */
problems: Array<string>, 
/**
 * Problems in all.
 */
total_problems: number, };

export type Level = "accepted" | "warning" | "blocked";

export type Location = { 
/**
 * Row id.
 */
id: LocationId, 
/**
 * The site it belongs to.
 */
site_id: SiteId, 
/**
 * Short code, e.g. `MAIN`, `WARD-3B`.
 */
code: string, 
/**
 * Name.
 */
name: string, 
/**
 * What it is.
 */
kind: LocationKind, };

export type LocationId = number;

export type LocationKind = "pharmacy" | "store" | "ward" | "clinic" | "quarantine";

export type LotLine = { 
/**
 * Location code.
 */
location: string, 
/**
 * Lot.
 */
lot: string | null, 
/**
 * Expiry.
 */
expiry: string | null, 
/**
 * Packs (or quantity) in stock.
 */
in_stock: number, 
/**
 * Packs (or quantity) in quarantine.
 */
quarantined: number, };

export type Movement = "receive" | "dispense" | "transfer" | "return" | "quarantine" | "release" | "destroy" | "return_to_supplier";

export type MovementRules = { 
/**
 * The movement.
 */
movement: Movement, 
/**
 * A reason is required (quarantine, destroy).
 */
needs_reason: boolean, 
/**
 * A destination location (or the partner stock leaves for) is required (transfer).
 */
needs_destination: boolean, 
/**
 * The partner is required (return to supplier).
 */
needs_partner: boolean, 
/**
 * The signature the movement needs (the password re-entered), with its meaning; `None`
 * when it is not signed. An override of a blocked scan is always signed `approved`.
 */
signature: SignatureMeaning | null, };

export type NewRecallForm = { 
/**
 * Recall number.
 */
number: string, 
/**
 * Title.
 */
title: string, 
/**
 * I, II, III or withdrawal.
 */
class: string, 
/**
 * Reason.
 */
reason: string, 
/**
 * Instructions.
 */
instructions: string, 
/**
 * Issuer.
 */
issuer: string, 
/**
 * Date of the notice (YYYY-MM-DD; today if empty).
 */
issued_on: string | null, 
/**
 * GTIN.
 */
gtin: string, 
/**
 * Lots.
 */
lots: string, 
/**
 * Serials.
 */
serials: string, };

export type NewUserForm = { 
/**
 * Sign-in name.
 */
username: string, 
/**
 * Full name, as printed on signatures.
 */
name: string, 
/**
 * Role: staff, manager, qa or admin.
 */
role: string, 
/**
 * First password (the user should change it).
 */
password: string, 
/**
 * The same again.
 */
password_again: string, };

export type OutcomeForm = { 
/**
 * `returned_to_supplier`, `destroyed`, `notified` or `not_found`.
 */
outcome: string, 
/**
 * Only stock held at this location.
 */
location: string | null, 
/**
 * The supplier stock goes back to.
 */
partner: string | null, 
/**
 * Who was told, how; the RMA number.
 */
note: string | null, 
/**
 * The password re-entered (needed to destroy).
 */
password: string | null, };

export type OutcomeRecorded = { 
/**
 * Packs resolved.
 */
units: number, 
/**
 * Lot-tracked quantity resolved.
 */
lot_quantity: number, 
/**
 * Ledger events written (for outcomes that move stock).
 */
events: Array<string>, 
/**
 * Packs and lot quantities still open in the recall.
 */
still_open: number, };

export type Page<T> = { 
/**
 * The rows.
 */
rows: Array<T>, 
/**
 * Rows in the whole list.
 */
total: number, };

export type PageQuery = { 
/**
 * Rows to skip.
 */
offset: number, 
/**
 * Page size.
 */
limit: number, 
/**
 * Only this location code.
 */
location: string | null, 
/**
 * For the expiry list: the window in days.
 */
within_days: number | null, 
/**
 * The column to sort by (none: the list's own order).
 */
sort: string | null, 
/**
 * Sort that column in descending order.
 */
descending: boolean, };

export type Partner = { 
/**
 * Row id.
 */
id: PartnerId, 
/**
 * Short code.
 */
code: string, 
/**
 * Name.
 */
name: string, 
/**
 * What it is.
 */
kind: PartnerKind, 
/**
 * GLN, if known.
 */
gln: string | null, };

export type PartnerId = number;

export type PartnerKind = "supplier" | "distributor" | "manufacturer";

export type Position = { 
/**
 * GTIN-14.
 */
gtin: string, 
/**
 * Product name.
 */
product: string, 
/**
 * Location code.
 */
location: string, 
/**
 * Usable: in stock and not expired (recalled stock is held, so not in stock).
 */
on_hand: number, 
/**
 * Held in quarantine here.
 */
quarantined: number, 
/**
 * Expired but still in stock (to be pulled).
 */
expired_in_stock: number, 
/**
 * On hand minus what will expire before the current consumption can use it.
 */
usable_cover: number, 
/**
 * On hand that will expire unused at the current consumption.
 */
will_expire_unused: number, 
/**
 * Average daily consumption over the window.
 */
daily_consumption: number, 
/**
 * Usable cover in days of consumption (none without consumption).
 */
days_of_cover: number | null, 
/**
 * The day usable stock runs out at the current consumption.
 */
stockout_on: string | null, 
/**
 * The reorder point, if there is a rule.
 */
reorder_point: number | null, 
/**
 * The par level, if there is a rule.
 */
par_level: number | null, 
/**
 * Lead time used (the rule's, or the default).
 */
lead_time_days: number, 
/**
 * Why this is a shortage, if it is one.
 */
shortage: string | null, 
/**
 * Suggested order, up to par (0 when not short).
 */
suggested_order: number, };

export type ProductData = { 
/**
 * GTIN-14.
 */
gtin: string, 
/**
 * Trade name with strength and form, as staff know it.
 */
name: string, 
/**
 * Generic (INN) name.
 */
generic_name: string | null, 
/**
 * Dosage form.
 */
form: string | null, 
/**
 * Strength.
 */
strength: string | null, 
/**
 * Units per pack.
 */
pack_size: number | null, 
/**
 * Manufacturer.
 */
manufacturer: string | null, 
/**
 * `serial` or `lot`.
 */
tracking: TrackingMode | null, 
/**
 * Contract price per pack, in cents.
 */
contract_price_cents: number | null, 
/**
 * Storage notes (e.g. "2–8 °C").
 */
storage: string | null, 
/**
 * Controlled substance.
 */
controlled: boolean, 
/**
 * US NDC, as printed (with hyphens), never derived from the GTIN.
 */
ndc: string | null, 
/**
 * German PZN.
 */
pzn: string | null, 
/**
 * French CIP.
 */
cip: string | null, };

export type ProductDetail = { 
/**
 * The product's master data.
 */
product: ProductData, 
/**
 * How it is tracked.
 */
tracking: TrackingMode, 
/**
 * Where it stands at each location holding it or with a rule (on hand, cover, rule).
 */
positions: Array<Position>, 
/**
 * Its lots per location, earliest expiry first.
 */
lots: Array<LotLine>, 
/**
 * Daily use over the consumption window ([`LevelPolicy::consumption_window`]), oldest
 * first (days without use left out).
 */
consumption: Array<DayUse>, };

export type Reach = { 
/**
 * The recall.
 */
recall: Recall, 
/**
 * Counts.
 */
summary: ReachSummary, 
/**
 * Affected packs: held first (by location), then those that left.
 */
units: Array<AffectedUnit>, 
/**
 * Affected lot quantities of lot-tracked products.
 */
lots: Array<AffectedLot>, 
/**
 * Still expected on open shipments.
 */
expected: Array<AffectedExpected>, 
/**
 * Serials in scope that were never received here.
 */
not_received: Array<ScopeLine>, };

export type ReachSummary = { 
/**
 * Packs affected (all statuses).
 */
units: number, 
/**
 * Packs in stock (usable: should be none once the hold ran).
 */
in_stock: number, 
/**
 * Packs held in quarantine here.
 */
quarantined: number, 
/**
 * Packs dispensed or issued.
 */
dispensed: number, 
/**
 * Packs that left for another site.
 */
transferred_out: number, 
/**
 * Packs sent back to the supplier.
 */
returned_to_supplier: number, 
/**
 * Packs destroyed.
 */
destroyed: number, 
/**
 * Packs recorded missing.
 */
missing: number, 
/**
 * Lot-tracked quantity held here (in stock or quarantined).
 */
lot_quantity_held: number, 
/**
 * Lot-tracked quantity that left (dispensed, transferred).
 */
lot_quantity_issued: number, 
/**
 * Packs and lot lines still expected on open shipments.
 */
expected: number, 
/**
 * Serials in scope never seen here.
 */
not_received: number, 
/**
 * Items (packs and lot quantities) that still need an outcome.
 */
open: number, };

export type Recall = { 
/**
 * Row id.
 */
id: number, 
/**
 * Recall number.
 */
number: string, 
/**
 * Title.
 */
title: string, 
/**
 * Class.
 */
class: RecallClass, 
/**
 * Reason.
 */
reason: string, 
/**
 * Instructions.
 */
instructions: string | null, 
/**
 * Issuer.
 */
issuer: string | null, 
/**
 * Date of the notice.
 */
issued_on: string, 
/**
 * When it was entered here (UTC).
 */
created_at: string, 
/**
 * Who entered it.
 */
created_by: string, 
/**
 * When it was closed.
 */
closed_at: string | null, 
/**
 * Who signed the closure (full name and username).
 */
closed_by: string | null, 
/**
 * What the closing signature means.
 */
close_meaning: SignatureMeaning | null, 
/**
 * What it covers.
 */
scope: Array<ScopeLine>, };

export type RecallClass = "I" | "II" | "III" | "withdrawal";

export type RecallCreated = { 
/**
 * The recall.
 */
recall: Recall, 
/**
 * What was quarantined.
 */
hold: Hold, };

export type RecallListItem = { 
/**
 * The recall.
 */
recall: Recall, 
/**
 * Counts of its reach.
 */
summary: ReachSummary, };

export type RecallOutcome = "returned_to_supplier" | "destroyed" | "notified" | "not_found";

export type Recorded = { 
/**
 * The event's id.
 */
event_id: string, 
/**
 * Its sequence number.
 */
seq: number, 
/**
 * The pack's (or lot quantity's) status afterwards.
 */
status: UnitStatus, 
/**
 * Its location afterwards.
 */
location: string | null, 
/**
 * Whether it was held in quarantine instead of the operation asked for.
 */
held: boolean, 
/**
 * Whether a blocked verdict was overridden.
 */
overridden: boolean, };

export type ReportForm = { 
/**
 * Which report (`recall-notice`, `stock-on-hand`, …).
 */
kind: string, 
/**
 * Recall or count number.
 */
number: string | null, 
/**
 * Location code.
 */
location: string | null, 
/**
 * Expiry window in days.
 */
within_days: number | null, 
/**
 * GTIN of a pack.
 */
gtin: string | null, 
/**
 * Serial of a pack.
 */
serial: string | null, 
/**
 * First day (YYYY-MM-DD).
 */
from: string | null, 
/**
 * Last day (YYYY-MM-DD).
 */
to: string | null, 
/**
 * Username.
 */
user: string | null, 
/**
 * `a4` or `letter`.
 */
paper: string | null, };

export type ReportKind = "recall-notice" | "recall-closure" | "stock-on-hand" | "expiry" | "shortages" | "count-variance" | "chain-of-custody" | "audit-extract" | "quarantine-labels";

export type Role = "staff" | "manager" | "qa" | "admin";

export type RuleForm = { 
/**
 * The product.
 */
gtin: string, 
/**
 * Location code.
 */
location: string, 
/**
 * Reorder point (min).
 */
reorder_point: string, 
/**
 * Par level (max).
 */
par_level: string, 
/**
 * Lead time in days (empty: the default).
 */
lead_time_days: string, };

export type SavedReport = { 
/**
 * Where.
 */
path: string, 
/**
 * Size.
 */
bytes: number, 
/**
 * Its title.
 */
title: string, };

export type ScanRequest = { 
/**
 * The movement.
 */
movement: Movement, 
/**
 * Where the scanning happens (location code).
 */
location: string, 
/**
 * Destination of a transfer (location code).
 */
to_location: string | null, 
/**
 * Supplier, recipient or receiving site (partner code).
 */
counterparty: string | null, 
/**
 * The document (PO, prescription, ward order, transfer note). A receipt against an expected
 * shipment without one takes the shipment's reference.
 */
reference: string | null, 
/**
 * Why (required to quarantine or destroy).
 */
reason: string | null, 
/**
 * The expected shipment a receipt is checked against.
 */
shipment: number | null, 
/**
 * Exactly what the scanner sent.
 */
raw: string, 
/**
 * For lot-tracked products: how many.
 */
quantity: number | null, 
/**
 * Unit cost on receipt, in cents.
 */
unit_cost_cents: number | null, 
/**
 * To override a blocked scan (permitted users only): why. Overriding is signed.
 */
override_reason: string | null, 
/**
 * When what is scanned happened, if earlier than now (RFC 3339): a delivery entered late.
 */
occurred_at: string | null, 
/**
 * The user's password, re-entered when the movement is signed (see [`MovementRules`]).
 */
password: string | null, };

export type ScannerSettings = { 
/**
 * Strings the scanners send instead of the group separator (e.g. `~`), for scanners that
 * cannot send byte 29 through a keyboard wedge.
 */
gs_substitutes: Array<string>, 
/**
 * Accept (and drop) a group separator right after the symbology identifier.
 */
ignore_leading_gs: boolean, 
/**
 * Read GS1 data found in a plain (non-GS1) symbol, as some printers encode packs.
 */
accept_gs1_in_plain_symbol: boolean, };

export type ScopeLine = { 
/**
 * GTIN-14.
 */
gtin: string, 
/**
 * Lot, or every lot.
 */
lot: string | null, 
/**
 * Serial, or every pack.
 */
serial: string | null, };

export type Shipment = { 
/**
 * Id.
 */
id: number, 
/**
 * The despatch advice (or PO) number.
 */
reference: string, 
/**
 * Supplier code.
 */
supplier: string | null, 
/**
 * Format it came in.
 */
source: string, 
/**
 * When it was closed, if it was.
 */
closed_at: string | null, 
/**
 * What was recorded missing at closing.
 */
discrepancy: string | null, 
/**
 * Lines expected.
 */
expected: number, 
/**
 * Lines fully received.
 */
matched: number, 
/**
 * Every line.
 */
items: Array<ExpectedItem>, 
/**
 * What arrived that the advice did not say, in the order received.
 */
discrepancies: Array<Discrepancy>, };

export type ShipmentSummary = { 
/**
 * Id.
 */
id: number, 
/**
 * Document number.
 */
reference: string, 
/**
 * When it was closed.
 */
closed_at: string | null, 
/**
 * Lines expected.
 */
lines: number, 
/**
 * Lines fully received.
 */
received: number, };

export type SignInUser = { 
/**
 * Login name.
 */
username: string, 
/**
 * Full name.
 */
name: string, };

export type SignatureMeaning = "approved" | "performed" | "reviewed";

export type Site = { 
/**
 * Row id.
 */
id: SiteId, 
/**
 * Short code.
 */
code: string, 
/**
 * Name.
 */
name: string, 
/**
 * GLN, if known.
 */
gln: string | null, };

export type SiteId = number;

export type SiteSettings = { 
/**
 * How the scanners send data.
 */
scanner: ScannerSettings, 
/**
 * Expiry alert windows in days, smallest first.
 */
alert_windows: Array<number>, 
/**
 * A receipt whose expiry is within this many days is short-dated (a warning).
 */
short_dated_days: number, 
/**
 * How far in percent a receipt's unit cost may exceed the contract price before it warns.
 */
price_tolerance_percent: number, };

export type StockQuery = { 
/**
 * Only this location code.
 */
location: string | null, 
/**
 * Only products whose name, generic name or GTIN contains this.
 */
search: string | null, 
/**
 * Page size.
 */
limit: number, 
/**
 * Rows to skip.
 */
offset: number, };

export type StockRow = { 
/**
 * GTIN-14.
 */
gtin: string, 
/**
 * Product name.
 */
product: string, 
/**
 * Tracking mode.
 */
tracking: TrackingMode, 
/**
 * Location code.
 */
location: string, 
/**
 * Location name.
 */
location_name: string, 
/**
 * Packs (or lot quantity) in stock.
 */
in_stock: number, 
/**
 * Packs (or lot quantity) in quarantine.
 */
quarantined: number, 
/**
 * The earliest expiry among them.
 */
earliest_expiry: string | null, };

export type Summary = { 
/**
 * Products.
 */
products: number, 
/**
 * Locations.
 */
locations: number, 
/**
 * Serialized units ever known.
 */
units: number, 
/**
 * Units in stock or quarantined.
 */
units_held: number, 
/**
 * Events in the ledger.
 */
events: number, };

export type Table = { 
/**
 * What the rows are ("Affected packs at MAIN"); the CSV's `section` column.
 */
name: string, 
/**
 * Columns.
 */
columns: Array<Column>, 
/**
 * Rows: one string per column (a check box column's cell is ignored).
 */
rows: Array<Array<string>>, 
/**
 * What to print when there are no rows.
 */
empty: string, };

export type TrackingMode = "serial" | "lot";

export type UnitHistory = { 
/**
 * Its current state.
 */
unit: UnitState, 
/**
 * Derived flags: `expired`, `expiring`, `suspect`, `quarantined`.
 */
flags: Array<string>, 
/**
 * Every event, oldest first.
 */
events: Array<HistoryEntry>, };

export type UnitQuery = { 
/**
 * A scan of the pack.
 */
scan: string | null, 
/**
 * GTIN.
 */
gtin: string | null, 
/**
 * Serial.
 */
serial: string | null, };

export type UnitState = { 
/**
 * GTIN-14.
 */
gtin: string, 
/**
 * Product name.
 */
product: string, 
/**
 * Serial.
 */
serial: string, 
/**
 * Lot.
 */
lot: string | null, 
/**
 * Expiry.
 */
expiry: string | null, 
/**
 * Status.
 */
status: UnitStatus, 
/**
 * Location code, if held.
 */
location: string | null, 
/**
 * The last event that touched it.
 */
last_event_seq: number, };

export type UnitStatus = "in_stock" | "quarantined" | "dispensed" | "transferred_out" | "returned_to_supplier" | "destroyed" | "missing";

export type User = { 
/**
 * Row id.
 */
id: UserId, 
/**
 * Login name.
 */
username: string, 
/**
 * Full name.
 */
name: string, 
/**
 * Role.
 */
role: Role, 
/**
 * Whether the account may act.
 */
active: boolean, };

export type UserId = number;

export type Variance = { 
/**
 * The count.
 */
count: CountInfo, 
/**
 * Packs expected and found.
 */
found: number, 
/**
 * Expected at the start, not counted, and still here by the ledger.
 */
missing: Array<VariancePack>, 
/**
 * Counted here, but in stock or held at another location by the ledger.
 */
unexpected: Array<VariancePack>, 
/**
 * Counted here, but dispensed, destroyed, returned, sent away or missing by the ledger:
 * suspect, unless it was recorded missing and is simply found.
 */
wrong_status: Array<VariancePack>, 
/**
 * Counted here, never received here: suspect (an unknown source), held in quarantine
 * when the count is applied.
 */
not_received: Array<VariancePack>, 
/**
 * Accounted for: left the location during the count, not counted.
 */
left_during_count: Array<VariancePack>, 
/**
 * Accounted for: arrived during the count and not counted (not adjusted).
 */
arrived_not_counted: Array<VariancePack>, 
/**
 * Lot-tracked products, every lot at the location or counted; differences first.
 */
lots: Array<VarianceLot>, };

export type VarianceLot = { 
/**
 * GTIN.
 */
gtin: string, 
/**
 * Product name.
 */
product: string, 
/**
 * Lot.
 */
lot: string, 
/**
 * Expiry.
 */
expiry: string | null, 
/**
 * Held at the location by the ledger (in stock and quarantined).
 */
expected: number, 
/**
 * Counted.
 */
counted: number, 
/**
 * Counted minus expected.
 */
difference: number, };

export type VariancePack = { 
/**
 * GTIN.
 */
gtin: string, 
/**
 * Product name.
 */
product: string, 
/**
 * Serial.
 */
serial: string, 
/**
 * Lot.
 */
lot: string | null, 
/**
 * Expiry.
 */
expiry: string | null, 
/**
 * Status the ledger has now (none: never received here).
 */
status: UnitStatus | null, 
/**
 * Location the ledger has now.
 */
location: string | null, };

export type Verdict = { 
/**
 * The most severe level found.
 */
verdict: Level, 
/**
 * The reason code of the most severe finding.
 */
code: Code, 
/**
 * Its sentence.
 */
message: string, 
/**
 * Every finding, most severe first.
 */
findings: Array<Finding>, 
/**
 * GTIN, if decoded.
 */
gtin: string | null, 
/**
 * Product name, if known.
 */
product: string | null, 
/**
 * Serial.
 */
serial: string | null, 
/**
 * Lot.
 */
lot: string | null, 
/**
 * Expiry.
 */
expiry: string | null, 
/**
 * Quantity (1 for a pack).
 */
quantity: number, 
/**
 * What was written to the ledger.
 */
recorded: Recorded | null, };

export interface Operations {
  /** The site's settings: scanners, alert windows, receipt limits. */
  site_settings: { request: null; response: SiteSettings };
  /** Changes the site's settings (inventory managers, administrators). */
  set_site_settings: { request: SiteSettings; response: SiteSettings };
  /** One scan of a movement: decoded, checked and (unless blocked) recorded at once. */
  scan: { request: ScanRequest; response: Verdict };
  /** What a movement needs before the first scan: its required fields and its signature. */
  movement_rules: { request: Movement; response: MovementRules };
}

/** The operations callable before anyone signs in. */
export const PUBLIC_OPERATIONS = [] as const;
