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

export type AffectedPack = { 
/**
 * Partner code (empty: none named).
 */
supplier: string, finding: SupplierFinding, 
/**
 * The local day it arrived.
 */
received: string, gtin: string, product: string, manufacturer: string | null, serial: string | null, lot: string | null, 
/**
 * Expiry on arrival, `YYYY-MM-DD`.
 */
expiry: string | null, 
/**
 * Manufacturing date (AI 11) from the scan that received it, `YYYY-MM-DD` (`YYYY-MM` when
 * the label gives no day); none when the scan carries none, or there was no scan.
 */
manufactured: string | null, 
/**
 * Units the finding touches (1 for a pack).
 */
quantity: number, 
/**
 * The event that brought it in (for a duplicate serial: the one that held it).
 */
event_id: string, };

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
 * The language the window speaks: the signed-in person's, else the machine's (a tag such
 * as `fr`; see `custody_messages::Lang`).
 */
language: string, 
/**
 * Minutes without a key or a click before the app asks who is there again.
 */
idle_minutes: number, 
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
backup_dir: string | null, 
/**
 * Where the site stands with the hub (signed in); the sync agent's `sync-status` event
 * brings each change after this.
 */
sync: SyncStatus | null, 
/**
 * The hub's open counterfeit alarms about this site's packs, newest first (signed in); the
 * sync agent's `hub-alarms` event brings each change after this.
 */
alarms: Array<HubAlarm>, };

export type Appended = { 
/**
 * Order of recording.
 */
seq: number, 
/**
 * UUID v7.
 */
id: string, 
/**
 * Its hash, hex.
 */
hash: string, };

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
 * Packs (and lot quantity) held in quarantine: the stock list's quarantined column, summed.
 */
quarantined: number, 
/**
 * Packs held as suspect (duplicate or reused serials, mismatched lots, found on a count).
 */
suspect: number, 
/**
 * The figures above the tiles (all 0 from [`Store::attention_counts`]).
 */
figures: Figures, };

export type AuditFilter = { 
/**
 * From this day.
 */
from: string | null, 
/**
 * Up to and including this day.
 */
to: string | null, 
/**
 * Only events by this username.
 */
user: string | null, 
/**
 * Only events scanned at, or moving stock from or to, this location code.
 */
location: string | null, };

export type BackupFolder = { 
/**
 * The folder (a full path; not the database's own folder).
 */
folder: string, };

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
lines: Array<string>, 
/**
 * The symbol drawn for a screen: none in a report as core builds it; the application
 * layer encodes it for the app's preview, which prints Arabic labels (no PDF can yet).
 */
drawing: SymbolDrawing | null, };

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

export type ClockCorrection = { 
/**
 * Why (what was wrong with the clock, who set it right).
 */
reason: string, 
/**
 * The administrator's password re-entered: the declaration is signed `approved`.
 */
password: string | null, };

export type CloseForm = { 
/**
 * The recall number.
 */
number: string, 
/**
 * `approved` (the default: the closer approves that every item is accounted for) or
 * `reviewed`.
 */
meaning: SignatureMeaning | null, 
/**
 * A closing note.
 */
note: string | null, 
/**
 * The password re-entered.
 */
password: string | null, };

export type Code = "ok" | "decode_error" | "unknown_product" | "missing_serial" | "missing_lot" | "duplicate_serial" | "already_decommissioned" | "expiry_mismatch" | "recalled" | "expired" | "short_dated" | "unexpected" | "differs_from_advice" | "not_in_stock" | "wrong_location" | "quarantined" | "fefo" | "expired_on_shelf" | "possible_missing_separator" | "insufficient_quantity" | "not_quarantined" | "price_above_contract" | "already_scanned" | "tamper_broken";

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

export type CountAbandon = { 
/**
 * The count.
 */
id: number, 
/**
 * Why.
 */
note: string | null, };

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

export type CountApply = { 
/**
 * The count.
 */
id: number, 
/**
 * Why the stock is adjusted.
 */
reason: string, 
/**
 * `approved` (the default) or `reviewed`.
 */
meaning: SignatureMeaning | null, 
/**
 * The password re-entered.
 */
password: string | null, };

export type CountFilter = { 
/**
 * Only counts in this status; none: all of them.
 */
status: CountStatus | null, 
/**
 * At most this many (capped at [`COUNT_PAGE_MAX`]; none: the cap).
 */
limit: number | null, 
/**
 * Only counts numbered below this one (the next page after a page ending with it).
 */
before: number | null, };

export type CountId = { 
/**
 * The count's number.
 */
id: number, };

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
counted_lot_quantity: number, 
/**
 * Why it was abandoned (as the person who abandoned it wrote it).
 */
note: string | null, };

export type CountLotCorrection = { 
/**
 * The count.
 */
id: number, 
/**
 * The product's GTIN.
 */
gtin: string, 
/**
 * The lot.
 */
lot: string, 
/**
 * The lot's total as counted (zero: none of it after all).
 */
quantity: number, };

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
 * In words: the sentences of `sentences` one after the other, in English from core and
 * in the session's language from the application layer.
 */
message: string, 
/**
 * What `message` says, as codes and arguments: the answer, and what to set aside.
 */
sentences: Array<Sentence>, 
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
counted_units: number, 
/**
 * For a lot: its running total in this count after this scan.
 */
lot_total: number | null, 
/**
 * Counted, but to be set aside: the pack or lot is under a recall, or expired. The count
 * still sees it (it is there); the person is told to take it off the shelf.
 */
set_aside: SetAside | null, };

export type CountScanCode = "counted" | "already_counted" | "lot_counted" | "elsewhere" | "wrong_status" | "not_received" | "not_in_count" | "unknown_product" | "decode_error" | "missing_serial" | "missing_lot" | "no_product" | "quantity_needed";

export type CountScanRequest = { 
/**
 * The count.
 */
id: number, 
/**
 * Exactly what the scanner sent.
 */
raw: string, 
/**
 * For lot-tracked products: how many.
 */
quantity: number | null, 
/**
 * For lot-tracked products scanned with no quantity: count nothing and answer
 * `quantity_needed`, so the app can ask "how many?" (else a scan counts one).
 */
ask_quantity: boolean, };

export type CountStart = { 
/**
 * Where (location code).
 */
location: string, 
/**
 * Only these products (GTINs); none: everything there.
 */
products: Array<string>, 
/**
 * Hide what the ledger expects from the counter.
 */
blind: boolean, };

export type CountStatus = "open" | "finished" | "applied" | "abandoned";

export type CountedLot = { 
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
 * Counted so far.
 */
quantity: number, };

export type CsvImport = { 
/**
 * The file's contents.
 */
csv: string, };

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

export type DrainerState = "running" | "not_configured" | "config_refused" | "locked_by_another" | "stopped";

export type DrainerStatus = { 
/**
 * Whether requests can leave.
 */
state: DrainerState, 
/**
 * Whether this is the app's own drainer (true), or what a look from outside found.
 */
own: boolean, 
/**
 * The refusal's code (`national.config_invalid`, `national.drainer_unavailable`), when
 * there is one.
 */
code: string | null, 
/**
 * Why, in the technical English of the file's reader or the system's client.
 */
reason: string | null, 
/**
 * The national systems' file read.
 */
config_path: string, 
/**
 * When the file and the lock were last tried.
 */
checked_at: string | null, 
/**
 * When the drainer last ran a pass.
 */
last_pass_at: string | null, 
/**
 * When a national system last answered a request.
 */
last_answer_at: string | null, 
/**
 * Since when every request sent found no system (no network, the system down), if so.
 */
unreachable_since: string | null, };

export type DwellInsight = { 
/**
 * The days whose departures are counted.
 */
period: Period, 
/**
 * One row per location, every product together; longest 90th percentile first.
 */
locations: Array<DwellRow>, 
/**
 * One row per location and product, longest 90th percentile first: at each location the
 * [`DWELL_PRODUCTS_LISTED`](super::DWELL_PRODUCTS_LISTED) longest (`rows_total` counts all).
 */
rows: Array<DwellRow>, 
/**
 * Location and product pairs with stays in the period, listed or not.
 */
rows_total: number, 
/**
 * At most this many products are listed per location.
 */
products_listed: number, 
/**
 * The threshold for `waiting`, in days.
 */
older_than_days: number, 
/**
 * Packs and lot quantities held at a location for longer than the threshold now.
 */
waiting_total: number, 
/**
 * The units they hold.
 */
waiting_units: number, 
/**
 * The longest waiting of them, longest first: at most 500 (`waiting_total` counts all).
 */
waiting: Array<WaitingStock>, };

export type DwellRow = { 
/**
 * Location code.
 */
location: string, 
/**
 * GTIN-14; none on a location's row.
 */
gtin: string | null, 
/**
 * Product name; none on a location's row.
 */
product: string | null, 
/**
 * Stays ended (a lot's quantity counts once per unit).
 */
stays: number, 
/**
 * Median stay in days, to one decimal.
 */
median_days: number, 
/**
 * 90th percentile (nearest rank) in days, to one decimal.
 */
p90_days: number, 
/**
 * Stays per bucket of `DWELL_BUCKETS`, plus the last, longer one.
 */
histogram: Array<number>, };

export type EpcisExport = { "pack": { 
/**
 * GTIN.
 */
gtin: string, 
/**
 * Serial.
 */
serial: string, } } | { "lot": { 
/**
 * GTIN.
 */
gtin: string, 
/**
 * Lot.
 */
lot: string, } } | { "days": { 
/**
 * The first day.
 */
from: string, 
/**
 * The day after the last.
 */
until: string, } };

export type EventKind = "receive" | "transfer" | "dispense" | "return" | "quarantine" | "release" | "destroy" | "return_to_supplier" | "count_adjust" | "mark_suspect" | "recall_close" | "user_enrolled" | "user_added" | "user_role_changed" | "user_disabled" | "user_enabled" | "clock_corrected" | "verify_checkpoint" | "nvs_request" | "nvs_result";

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
 * The invoiced price of one (a pack, or one of the lot), in hundredths of the site's
 * currency, when the advice gives it: the unit cost a receipt by inference keeps.
 */
unit_price_cents: number | null, 
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

export type ExpiryOrder = "expiry" | "product" | "location" | "quantity" | "value_cents";

export type ExpiryQuery = { 
/**
 * How far ahead to look, in days (default: the site's widest alert window). Lines are
 * marked with the smallest of the site's windows they fall in.
 */
within_days: number | null, 
/**
 * Only this location code.
 */
location: string | null, 
/**
 * Expired and expiring stock (the default), or only stock not yet expired: what Home's
 * "expiring within N days" tile counts.
 */
range?: ExpiryRange | null, 
/**
 * The order (default: earliest expiry first).
 */
sort: ExpiryOrder, 
/**
 * That order reversed.
 */
descending: boolean, 
/**
 * Rows to skip.
 */
offset: number, 
/**
 * Rows on the page, 1 to 1,000 (all when absent).
 */
limit: number | null, };

export type ExpiryRange = "expired_and_expiring" | "expiring_only";

export type Fact = { 
/**
 * Label.
 */
label: string, 
/**
 * Value.
 */
value: string, };

export type Figures = { 
/**
 * Packs (and lot quantity) in stock and usable (not expired): the stock list's "In stock"
 * column, summed.
 */
packs_in_stock: number, 
/**
 * Products with usable stock somewhere.
 */
products_in_stock: number, 
/**
 * Movements (events that move or hold stock: receipts, dispenses, transfers, holds,
 * count adjustments…) that happened today, by their own local day, as the audit extract
 * for today lists them; account changes and other records are not movements.
 */
movements_today: number, };

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
 * The catalogue's code of its sentence (see [`Sentence`]).
 */
key: string, 
/**
 * What its sentence says.
 */
args: { [key in string]: JsonValue }, 
/**
 * The sentence for the person scanning, in English from core, in the session's language
 * from the application layer.
 */
message: string, };

export type FirstRun = { 
/**
 * Load the demonstration pharmacy instead.
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
 * The first administrator's username.
 */
admin: string, 
/**
 * Their full name.
 */
admin_name: string, 
/**
 * Their password.
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

export type HoldPreview = { 
/**
 * Serialized packs the hold would quarantine (in stock now).
 */
units: number, 
/**
 * Quantity of lot-tracked stock the hold would quarantine.
 */
lot_quantity: number, 
/**
 * Locations where stock would be quarantined (one ledger event each).
 */
locations: number, 
/**
 * What would be quarantined at each location, by location code.
 */
by_location: Array<PreviewLocation>, 
/**
 * Covered packs the hold leaves where they are: dispensed, sent away, returned, destroyed,
 * missing or already in quarantine. Every later scan of one of them is blocked.
 */
blocked: number, 
/**
 * Packs named by serial that were never received here (blocked should they arrive).
 */
not_received: number, 
/**
 * GTINs of the scope that name no product here.
 */
unknown_gtins: Array<string>, };

export type HubAlarm = { 
/**
 * The hub's alarm number.
 */
id: number, 
/**
 * The pack's GTIN.
 */
gtin: string, 
/**
 * The pack's serial.
 */
serial: string, 
/**
 * `open`, `cleared` or `resolved`.
 */
state: string, 
/**
 * The last change: `raised`, `updated`, `cleared` or `resolved`.
 */
last_change: string, 
/**
 * The patterns' names.
 */
patterns: Array<string>, 
/**
 * The sites whose events show them.
 */
sites: Array<string>, 
/**
 * When the hub raised it (UTC).
 */
raised_at: string, 
/**
 * How it was cleared or resolved.
 */
closed: string | null, };

export type InsightQuery = { 
/**
 * From this day.
 */
from: string | null, 
/**
 * Up to and including this day.
 */
to: string | null, 
/**
 * Only this location (code).
 */
location: string | null, 
/**
 * Only this product (GTIN).
 */
product: string | null, 
/**
 * Only this supplier (partner code).
 */
supplier: string | null, 
/**
 * Dwell: list the packs waiting longer than this many days now (90 when none).
 */
older_than_days: number | null, };

export type LanguageChoice = { 
/**
 * A tag (`en`, `fr`, `es`, `pt`, `ar`, or the pseudo-locale `en-XA`); none or blank for the
 * machine's language.
 */
language: string | null, };

export type LateEntry = { 
/**
 * How many days back a person may say something happened.
 */
days: number, };

export type LedgerCheck = { 
/**
 * Nothing is wrong.
 */
intact: boolean, 
/**
 * What was checked: everything, or what changed since `since_checkpoint`.
 */
scope: VerifyScope, 
/**
 * The first event walked.
 */
first_seq: number | null, 
/**
 * The last event walked.
 */
last_seq: number | null, 
/**
 * For an incremental check, the checkpoint event it went on from (the events before
 * `first_seq` were checked by an earlier verification, not this one).
 */
since_checkpoint: number | null, 
/**
 * When that checkpoint was recorded (UTC).
 */
since_recorded_at: string | null, 
/**
 * Events walked.
 */
events: number, 
/**
 * Packs compared.
 */
units: number, 
/**
 * The checkpoint this check recorded, when it found nothing wrong.
 */
checkpoint: number | null, 
/**
 * The first problems, in words.
 */
problems: Array<string>, 
/**
 * Problems in all.
 */
total_problems: number, 
/**
 * Clock corrections declared on the ledger, in words.
 */
clock_corrections: Array<string>, };

export type LedgerCheckRequest = { 
/**
 * `full`: every event and every row; `incremental`: what changed since the last clean
 * check (everything when there was none).
 */
scope: VerifyScope, };

export type Level = "accepted" | "warning" | "ask" | "blocked";

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
kind: LocationKind, 
/**
 * For a ward or clinic: the code of the pharmacy or store that tops it up.
 */
supplied_by: string | null, };

export type LocationId = number;

export type LocationKind = "pharmacy" | "store" | "ward" | "clinic" | "quarantine";

export type LotHistory = { 
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
 * Expiry as first recorded.
 */
expiry: string | null, 
/**
 * Packs of the lot by status (serialized products).
 */
packs_by_status: Array<[UnitStatus, number]>, 
/**
 * Quantities held by location and status (lot-tracked products).
 */
quantities: Array<[string, UnitStatus, number]>, 
/**
 * Every event line of the lot, oldest first.
 */
events: Array<HistoryEntry>, };

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

export type MovementOffer = { 
/**
 * The movement.
 */
movement: Movement, 
/**
 * Whether this person's role may make it.
 */
allowed: boolean, 
/**
 * Why not, in the catalogue's words (the `auth.forbidden` sentence), when not allowed.
 */
why_not: string | null, };

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
 * The partner is required (a receipt's supplier or sending site, unless an expected
 * shipment that names its supplier is chosen; return to supplier).
 */
needs_partner: boolean, 
/**
 * The signature the movement needs (the password re-entered), with its meaning; `None`
 * when it is not signed. An override of a blocked scan is always signed `approved`.
 */
signature: SignatureMeaning | null, };

export type NationalCheck = "off" | "at_dispense" | "at_receipt" | "decommission_at_receipt";

export type NationalChoice = { 
/**
 * `EU-xx` or `US`; none: no national system.
 */
market: string | null, 
/**
 * `off`, `at_dispense` (EU), `at_receipt` (US) or `decommission_at_receipt` (EU hospitals).
 */
check: string, 
/**
 * How many hours a pack dispensed offline may wait for its decommission (1 to 240); none:
 * as it is (24 until chosen).
 */
window_hours?: number, };

export type NationalQueueRequest = { 
/**
 * Waiting, done, alerts or failed.
 */
shown: NvsShown, 
/**
 * At most this many, newest first (at most [`MAX_LISTED`]; none: that many).
 */
limit: number | null, };

export type NationalRetried = { 
/**
 * The new request's id.
 */
id: number, };

export type NationalRetry = { 
/**
 * The failed request.
 */
id: number, };

export type NationalSettings = { 
/**
 * The national system the site answers to, if chosen.
 */
market: string | null, 
/**
 * When it checks.
 */
check: NationalCheck, 
/**
 * How many hours a pack dispensed offline may wait for its decommission before the queue
 * warns that its window runs out.
 */
window_hours: number, };

export type NationalSummary = { 
/**
 * The drainer's own state: the app's, or what a look from outside finds.
 */
drainer: DrainerStatus, 
/**
 * Requests not yet sent.
 */
pending: number, 
/**
 * Requests sent whose answer was not read (verified before any re-send).
 */
sent: number, 
/**
 * Requests ended in an alert.
 */
alerts: number, 
/**
 * Requests refused, or that cannot be sent.
 */
failed: number, 
/**
 * When the oldest waiting request was queued (UTC, as stored).
 */
oldest_waiting_at: string | null, 
/**
 * Why the oldest waiting request waits, as its last attempt said.
 */
oldest_waiting_words: string | null, 
/**
 * When the oldest waiting decommission's window runs out (UTC), if one waits.
 */
window_ends_at: string | null, 
/**
 * Whether that is less than [`WINDOW_WARNING_HOURS`] away (or a quarter of a shorter
 * window), or past.
 */
window_warning: boolean, 
/**
 * Alerts on packs already supplied: each a patient-level follow-up.
 */
alerts_after_supply: number, };

export type NewLocation = { 
/**
 * Short code, e.g. `WARD-3`.
 */
code: string, 
/**
 * Name.
 */
name: string, 
/**
 * What kind of place.
 */
kind: LocationKind, };

export type NewPartner = { 
/**
 * Short code.
 */
code: string, 
/**
 * Name.
 */
name: string, 
/**
 * Supplier, distributor, manufacturer or another site.
 */
kind: PartnerKind, 
/**
 * Its GLN, when known.
 */
gln: string | null, };

export type NewPassword = { 
/**
 * Whose.
 */
username: string, 
/**
 * The new password.
 */
password: string, 
/**
 * The same again.
 */
password_again: string, };

export type NewUser = { 
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
 * The first password.
 */
password: string, 
/**
 * The same again.
 */
password_again: string, };

export type NvsKind = "verify" | "decommission" | "undo";

export type NvsQueued = { 
/**
 * The request.
 */
request: NvsRequest, 
/**
 * The product's name.
 */
product_name: string, 
/**
 * When it was queued (UTC, as stored).
 */
created_at: string, 
/**
 * For an alert on a pack that has left (supplied): its last dispense, where the
 * patient-level follow-up starts.
 */
supplied: NvsSupplied | null, };

export type NvsReason = "supplied" | "destroyed" | "exported" | "sample" | "free_sample" | "locked" | "stolen";

export type NvsRequest = { 
/**
 * Its id (the table's, also named by its ledger events).
 */
id: number, 
/**
 * What it asks.
 */
kind: NvsKind, 
/**
 * Why, for a decommission or its undo.
 */
reason: NvsReason | null, 
/**
 * `EU-xx` or `US`.
 */
market: string, 
/**
 * The pack's GTIN.
 */
gtin: string, 
/**
 * Its serial.
 */
serial: string, 
/**
 * Its lot, when known.
 */
lot: string | null, 
/**
 * Its expiry, when known.
 */
expiry: string | null, 
/**
 * Where it is.
 */
state: NvsState, 
/**
 * How many times it was sent.
 */
attempts: number, 
/**
 * When it is next due (UTC, as stored).
 */
next_attempt_at: string, 
/**
 * The last return code read.
 */
return_code: string | null, 
/**
 * The last code's words, or why the last attempt failed.
 */
words: string | null, 
/**
 * The national system's alert id, for an alert.
 */
alert_id: string | null, 
/**
 * The `nvs_request` event that queued it.
 */
request_seq: number, 
/**
 * The `nvs_result` event of its answer.
 */
result_seq: number | null, };

export type NvsShown = "waiting" | "done" | "alerts" | "failed";

export type NvsState = "pending" | "sent" | "done" | "alert" | "failed";

export type NvsSupplied = { 
/**
 * The dispense event's sequence number.
 */
seq: number, 
/**
 * When it happened (UTC, as stored).
 */
occurred_at: string, 
/**
 * Where from: the location's code.
 */
location: string | null, 
/**
 * The reference given (prescription, patient or ward).
 */
reference: string | null, 
/**
 * The partner named, if any.
 */
counterparty: string | null, 
/**
 * Who dispensed it.
 */
by: string, };

export type OrderLine = { 
/**
 * The pharmacy or store it is for (code).
 */
location: string, 
/**
 * GTIN-14.
 */
gtin: string, 
/**
 * Product name.
 */
product: string, 
/**
 * How many, to reach the par level.
 */
quantity: number, 
/**
 * The contract price of one with the usual supplier today (else the product's), in
 * hundredths, if there is one.
 */
unit_price_cents: number | null, 
/**
 * Quantity times the contract price, if there is one.
 */
line_total_cents: number | null, };

export type OutcomeForm = { 
/**
 * The recall number.
 */
number: string, 
/**
 * What became of them.
 */
outcome: RecallOutcome, 
/**
 * Only this GTIN.
 */
gtin: string | null, 
/**
 * Only this lot.
 */
lot: string | null, 
/**
 * Only these serials.
 */
serials: Array<string>, 
/**
 * Only stock held at this location (code).
 */
location: string | null, 
/**
 * The supplier stock goes back to (partner code).
 */
partner: string | null, 
/**
 * Who was told and how; the RMA number.
 */
note: string | null, 
/**
 * The password re-entered, when the outcome is signed (see [`outcome_signature`]).
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

export type PackOutcome = { 
/**
 * The pack as the recall's reach now shows it: a screen replaces its row with this one
 * (and moves its counts from `was` to its status) instead of reading the whole reach again.
 */
unit: AffectedUnit, 
/**
 * The status it had before the outcome.
 */
was: UnitStatus, 
/**
 * Ledger events written (for outcomes that move stock).
 */
events: Array<string>, };

export type PackQuery = { 
/**
 * A scan of the pack (read with the site's scanner settings).
 */
scan: string | null, 
/**
 * GTIN (with `serial`, or `lot` for a lot's history).
 */
gtin: string | null, 
/**
 * Serial.
 */
serial: string | null, 
/**
 * Lot: the lot's history instead of one pack's.
 */
lot: string | null, };

export type Page<T> = { 
/**
 * The rows.
 */
rows: Array<T>, 
/**
 * Rows in the whole list.
 */
total: number, };

export type PaperSize = "a4" | "letter";

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

export type Period = { 
/**
 * First day.
 */
from: string, 
/**
 * Last day.
 */
to: string, };

export type PhotoBounds = { 
/**
 * Pixels from the left edge to the code's leftmost point.
 */
left: number, 
/**
 * Pixels from the top edge to the code's topmost point.
 */
top: number, 
/**
 * Pixels from the left edge to the code's rightmost point.
 */
right: number, 
/**
 * Pixels from the top edge to the code's bottommost point.
 */
bottom: number, };

export type PhotoCode = { 
/**
 * What a scanner would have typed (symbology identifier, then the data with GS as byte 29):
 * the `raw` to send to `scan` when this code is chosen.
 */
scan_input: string, 
/**
 * The AIM symbology identifier (`]d2`, `]Q3`, `]C1`, `]E0`, …).
 */
symbology: string, 
/**
 * The kind of symbol.
 */
format: PhotoFormat, 
/**
 * Where it is in the photo.
 */
bounds: PhotoBounds, 
/**
 * What it says, when the decoder reads it with the site's settings.
 */
decoded: PhotoFields | null, 
/**
 * Why the decoder refuses it (`scan.unreadable`, in the person's language), when it does:
 * a scan of it would be refused the same way.
 */
refusal: ApiError | null, };

export type PhotoFields = { 
/**
 * GTIN-14.
 */
gtin: string | null, 
/**
 * Serial, exactly as encoded.
 */
serial: string | null, 
/**
 * Batch/lot, exactly as encoded.
 */
lot: string | null, 
/**
 * Expiry, `YYYY-MM-DD` (a month-only expiry as its last day).
 */
expiry: string | null, 
/**
 * Whether the expiry names only a month (day `00` in the code).
 */
expiry_month_only: boolean, 
/**
 * Every AI with its GS1 title and value, in the code's order.
 */
elements: Array<DecodedElement>, };

export type PhotoFormat = "data_matrix" | "qr_code" | "code128" | "ean13" | "ean8";

export type PhotoRequest = { 
/**
 * The file's bytes in standard base64 (padding optional): JSON carries them compactly.
 */
bytes_base64: string, 
/**
 * The file's name, when it has one (a pasted picture has none); kept in a refusal's
 * arguments, so a front end can say which file.
 */
name: string | null, };

export type PickLine = { 
/**
 * The line's number on the list, from 1.
 */
line_no: number, 
/**
 * Where to take it from (code).
 */
from_location: string, 
/**
 * Its name.
 */
from_name: string, 
/**
 * Which ward or clinic it goes to (code).
 */
to_location: string, 
/**
 * Its name.
 */
to_name: string, 
/**
 * GTIN-14.
 */
gtin: string, 
/**
 * Product name.
 */
product: string, 
/**
 * Tracking mode: packs scanned one by one, or lot quantities.
 */
tracking: TrackingMode, 
/**
 * What the ward needs to reach its par level.
 */
wanted: number, 
/**
 * The packs (or lot quantities) proposed, earliest expiry first.
 */
proposed: Array<ProposedPack>, 
/**
 * What the supplying location can give: the proposed packs' total.
 */
available: number, 
/**
 * What it cannot give (wanted minus available).
 */
short: number, 
/**
 * Picked so far (transferred under this list).
 */
picked: number, 
/**
 * Of those, from a lot that was not proposed.
 */
picked_other_lot: number, 
/**
 * Whether nothing more is to be picked: the wanted quantity, or all there was.
 */
done: boolean, };

export type PickList = { 
/**
 * Its number.
 */
id: number, 
/**
 * The reference its transfers carry (`PICK-<n>`).
 */
reference: string, 
/**
 * When it was made (UTC, RFC 3339).
 */
created_at: string, 
/**
 * Who made it (name).
 */
created_by: string, 
/**
 * Whether a newer list replaced it (nothing more is picked against it).
 */
replaced: boolean, 
/**
 * The lines, by supplying location, ward and product.
 */
lines: Array<PickLine>, 
/**
 * Ward shortages left out because the ward had no supplying location when it was made.
 */
unsupplied: Array<Unsupplied>, };

export type PickScan = { 
/**
 * The movement's verdict on the transfer (recorded, held, or blocked).
 */
verdict: Verdict, 
/**
 * The line the pack was picked for.
 */
line_no: number, 
/**
 * Whether the pack's lot was not one of those proposed for the line.
 */
not_proposed_lot: boolean, 
/**
 * The list afterwards.
 */
list: PickList, };

export type PickScanRequest = { 
/**
 * The pick list's number.
 */
list: number, 
/**
 * Exactly what the scanner sent.
 */
raw: string, 
/**
 * For a lot-tracked product: how many (default 1; a serialized pack is always 1).
 */
quantity: number | null, 
/**
 * The ward being picked for (code); none when the pack can only go to one ward. A pack
 * that could fill more than one ward's line is refused until one is named.
 */
ward: string | null, };

export type PolicyOverride = { 
/**
 * A receipt whose expiry is within this many days is short-dated.
 */
short_dated_days: number | null, };

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

export type PositionQuery = { 
/**
 * Only this GTIN.
 */
product: string | null, 
/**
 * Only this location code.
 */
location: string | null, 
/**
 * Days of use the daily consumption is averaged over (default 90).
 */
window_days: number | null, };

export type PreviewLocation = { 
/**
 * Location code.
 */
location: string, 
/**
 * Serialized packs.
 */
units: number, 
/**
 * Lot-tracked quantity.
 */
lot_quantity: number, };

export type PriceExcess = { 
/**
 * Partner code.
 */
supplier: string, 
/**
 * The local day received.
 */
day: string, gtin: string, product: string, lot: string | null, 
/**
 * Units.
 */
quantity: number, 
/**
 * The unit cost on the receipt.
 */
unit_cost_cents: number, 
/**
 * The supplier's contract price of one that day.
 */
contract_cents: number, 
/**
 * (unit cost − contract) × quantity.
 */
excess_cents: number, };

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

export type ProductId = number;

export type ProductQuery = { 
/**
 * Name, generic name or GTIN containing this (all when empty).
 */
search: string, 
/**
 * At most this many (1 to 10,000; default 100).
 */
limit: number | null, };

export type ProductQueryByGtin = { 
/**
 * GTIN.
 */
gtin: string, };

export type ProductRecord = { 
/**
 * Row id.
 */
id: ProductId, 
/**
 * The code of the supplier it is usually ordered from.
 */
usual_supplier: string | null, 
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

export type ProductUpdate = { 
/**
 * The product's row id.
 */
id: ProductId, 
/**
 * Every field, as when adding; its GTIN must be the product's own.
 */
product: ProductData, };

export type ProposedPack = { 
/**
 * Lot.
 */
lot: string | null, 
/**
 * Serial (serial-tracked products).
 */
serial: string | null, 
/**
 * Expiry.
 */
expiry: string | null, 
/**
 * How many: 1 for a pack.
 */
quantity: number, };

export type PulledBack = { 
/**
 * Events put back.
 */
pulled: number, 
/**
 * The first event put back, if any.
 */
from_seq: number | null, 
/**
 * The last event put back, if any.
 */
to_seq: number | null, 
/**
 * Accounts that came back without a password (an administrator sets one).
 */
accounts_without_password: number, 
/**
 * Products, locations and partners added from their key alone (a rebuild only).
 */
added_by_key: number, 
/**
 * The state afterwards.
 */
state: SyncState, 
/**
 * Why it stopped, when it did not end in step with the hub.
 */
message: string | null, };

export type PushFigures = { 
/**
 * Events sent (a batch sent again counts again).
 */
sent: number, 
/**
 * Events the hub stored new (the rest it held already).
 */
stored: number, 
/**
 * Batches acknowledged.
 */
batches: number, 
/**
 * The last event the hub holds, as acknowledged.
 */
acked_seq: number, 
/**
 * The state afterwards.
 */
state: SyncState, 
/**
 * The refusal or network failure that stopped the push, in words.
 */
message: string | null, 
/**
 * The site's own events pulled back from the hub first (a file restored from an old
 * backup), if the hub was ahead.
 */
restored: PulledBack | null, };

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

export type ReachQuery = { 
/**
 * The recall number.
 */
number: string, 
/**
 * Only the items that still need an outcome.
 */
open_only: boolean, };

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

export type RecallExtension = { 
/**
 * The recall number.
 */
number: string, 
/**
 * What is added.
 */
scope: RecallScope, };

export type RecallForm = { 
/**
 * The manufacturer's or regulator's recall number.
 */
number: string, 
/**
 * A short title.
 */
title: string, 
/**
 * I, II, III or withdrawal.
 */
class: RecallClass, 
/**
 * Why the product is recalled.
 */
reason: string, 
/**
 * What to do with affected stock.
 */
instructions: string | null, 
/**
 * Who issued it.
 */
issuer: string | null, 
/**
 * The date of the notice, YYYY-MM-DD (today when absent).
 */
issued_on: string | null, 
/**
 * What it covers.
 */
scope: RecallScope, };

export type RecallImport = { 
/**
 * The file's contents (EPCIS JSON-LD or XML with the disposition `recalled`, or a scope CSV).
 */
content: string, 
/**
 * Recall number.
 */
number: string | null, 
/**
 * Title.
 */
title: string | null, 
/**
 * Class.
 */
class: RecallClass | null, 
/**
 * Reason.
 */
reason: string | null, 
/**
 * Instructions.
 */
instructions: string | null, 
/**
 * Issuer.
 */
issuer: string | null, 
/**
 * Date of the notice, YYYY-MM-DD.
 */
issued_on: string | null, };

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

export type RecallReceived = { 
/**
 * The recall number.
 */
number: string, 
/**
 * Its title.
 */
title: string, 
/**
 * The site had entered it itself (same number): linked, only the hub's extra scope held.
 */
existed: boolean, 
/**
 * The ledger here already records its closure (a site rebuilt from the hub): entered
 * closed, as the ledger says, and nothing held.
 */
closed: boolean, 
/**
 * Packs the hold quarantined.
 */
units: number, 
/**
 * Lot-tracked quantity the hold quarantined.
 */
lot_quantity: number, };

export type RecallScope = { "product": { 
/**
 * GTIN.
 */
gtin: string, 
/**
 * Lots.
 */
lots: Array<string>, 
/**
 * Serial numbers.
 */
serials: Array<string>, } } | { "lines": Array<ScopeLine> };

export type RecallShared = { 
/**
 * The recall's number.
 */
number: string, 
/**
 * The hub's number for the network recall.
 */
hub_id: number, 
/**
 * The hub had it already (shared before, or entered at the hub): nothing new was entered.
 */
existed: boolean, 
/**
 * Who entered it at the hub (`site CODE`, or the hub's QA officer).
 */
entered_by: string, };

export type ReceiveAll = { 
/**
 * Packs (or units of lots) received.
 */
received: number, 
/**
 * Lines left outstanding, and why.
 */
skipped: Array<string>, };

export type ReceiveWhole = { 
/**
 * The shipment.
 */
id: number, 
/**
 * Where it goes (location code).
 */
location: string, };

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

export type ReorderRule = { 
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
 * Reorder point (min).
 */
reorder_point: number, 
/**
 * Par level (max).
 */
par_level: number, 
/**
 * Days from order to delivery.
 */
lead_time_days: number, };

export type ReportKind = "recall-notice" | "recall-closure" | "stock-on-hand" | "expiry" | "shortages" | "count-variance" | "chain-of-custody" | "audit-extract" | "quarantine-labels" | "pick-list" | "supplier-orders" | "insight-dwell" | "insight-waste" | "insight-shrinkage" | "insight-suppliers" | "insight-trends" | "supplier-scorecard";

export type ReportRequest = { "kind": "recall-notice", 
/**
 * Recall number.
 */
number: string, } | { "kind": "recall-closure", 
/**
 * Recall number.
 */
number: string, } | { "kind": "stock-on-hand", 
/**
 * Location code.
 */
location: string | null, } | { "kind": "expiry", 
/**
 * Alert windows in days (none: the site's).
 */
windows: Array<number>, 
/**
 * Location code.
 */
location: string | null, } | { "kind": "shortages", 
/**
 * Location code.
 */
location: string | null, } | { "kind": "count-variance", 
/**
 * Count number.
 */
count: number, } | { "kind": "chain-of-custody", 
/**
 * GTIN-14.
 */
gtin: string, 
/**
 * Serial.
 */
serial: string, } | { "kind": "audit-extract" } & AuditFilter | { "kind": "quarantine-labels", 
/**
 * Location code.
 */
location: string | null, } | { "kind": "pick-list", 
/**
 * Pick list number.
 */
list: number, } | { "kind": "supplier-orders", } | { "kind": "insight-dwell" } & InsightQuery | { "kind": "insight-waste" } & InsightQuery | { "kind": "insight-shrinkage" } & InsightQuery | { "kind": "insight-suppliers" } & InsightQuery | { "kind": "insight-trends" } & InsightQuery | { "kind": "supplier-scorecard", 
/**
 * Partner code.
 */
supplier: string, 
/**
 * From this local day (default: 364 days before `to`).
 */
from: string | null, 
/**
 * Up to and including this local day (default: today).
 */
to: string | null, };

export type Role = "staff" | "manager" | "qa" | "admin";

export type RuleChange = { 
/**
 * When, RFC 3339 with the local offset where it was changed.
 */
changed_at: string, 
/**
 * Who (username).
 */
changed_by: string, 
/**
 * Who (name).
 */
changed_by_name: string, 
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
 * The rule before; none when it was new.
 */
old: RuleLevels | null, 
/**
 * The rule after; none when it was removed.
 */
new: RuleLevels | null, };

export type RuleChangeFilter = { 
/**
 * Only this product (GTIN).
 */
gtin: string | null, 
/**
 * Only this location (code).
 */
location: string | null, 
/**
 * From this day.
 */
from: string | null, 
/**
 * Up to and including this day.
 */
to: string | null, };

export type RuleForm = { 
/**
 * The product (GTIN).
 */
gtin: string, 
/**
 * Location code.
 */
location: string, 
/**
 * Reorder point (min), packs.
 */
reorder_point: number, 
/**
 * Par level (max), packs.
 */
par_level: number, 
/**
 * Lead time in days (default 7).
 */
lead_time_days: number | null, };

export type RuleLevels = { 
/**
 * Reorder point (min).
 */
reorder_point: number, 
/**
 * Par level (max).
 */
par_level: number, 
/**
 * Days from order to delivery.
 */
lead_time_days: number, };

export type RuleVerdict = "too_low" | "too_high" | "fits" | "no_rule";

export type SaveReport = { 
/**
 * Which report.
 */
report: ReportRequest, 
/**
 * The file name (`.pdf` or `.csv`), saved in the reports folder beside the database.
 */
file: string, 
/**
 * Paper size of a PDF (default A4).
 */
paper: PaperSize, 
/**
 * Replace a file of that name (only after the person confirmed; the open database never).
 */
overwrite: boolean, };

export type SavedReport = { 
/**
 * Where it was written.
 */
path: string, 
/**
 * Its size.
 */
bytes: number, 
/**
 * The report's title.
 */
title: string, 
/**
 * Rows in its tables.
 */
rows: number, };

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
 * Unit cost on receipt, in hundredths of the site's currency, for whatever is scanned
 * (unless `unit_costs` gives the product its own). None: the despatch advice's price, if
 * the receipt is checked against one that gives it.
 */
unit_cost_cents: number | null, 
/**
 * Unit costs on receipt per product (a delivery that mixes products): a product listed
 * takes its own, others `unit_cost_cents`.
 */
unit_costs?: Array<UnitCost>, 
/**
 * To override a blocked scan (permitted users only): why. Overriding is signed.
 */
override_reason: string | null, 
/**
 * The person was asked whether to dispense this pack before an earlier-expiring one (a
 * verdict at level `ask`) and said yes: the dispense is recorded with their choice.
 */
fefo_confirmed?: boolean, 
/**
 * The person said this code, scanned before in the session, is on a second physical pack
 * (not the same pack again): it is checked as any pack, and a clone stays suspect. Without
 * it, the same code read again moments after it was recorded is a double read.
 */
another_pack?: boolean, 
/**
 * At a dispense, the pack's anti-tampering device as the person found it (EU FMD):
 * `intact` is recorded with its decommission; `broken`, the pack is not supplied but held
 * in quarantine as suspect (verdict code `tamper_broken`). None: not checked. Refused for
 * other movements (`movement.tamper_only_at_dispense`).
 */
tamper?: TamperCheck, 
/**
 * When what is scanned happened, if earlier than now (RFC 3339): a delivery entered late.
 */
occurred_at: string | null, 
/**
 * The user's password, re-entered when the movement is signed (see [`MovementRules`]).
 */
password: string | null, 
/**
 * A run's override from the command line: how this run's scanner sends data, in place of
 * the site's scanner settings (what is not given stays the site's). The app never sends one.
 */
scanner_override?: ScannerOverride, 
/**
 * A run's override from the command line: this run's receipt limits, in place of the
 * site's (what is not given stays the site's). The app never sends one.
 */
policy_override?: PolicyOverride, };

export type ScanSetup = { 
/**
 * The key this database's workstation settings (the workstation's location) are kept
 * under on this computer: the database's identity (its site's code and set-up instant), so
 * another database's location is never used here. `None` before the site is set up.
 */
database: string | null, 
/**
 * Every movement, whether this person may make it, and if not why.
 */
movements: Array<MovementOffer>, };

export type ScannedOutcome = { 
/**
 * The recall number.
 */
number: string, 
/**
 * Exactly what the scanner sent.
 */
raw: string, 
/**
 * What became of the pack.
 */
outcome: RecallOutcome, 
/**
 * The supplier it goes back to (partner code).
 */
partner: string | null, 
/**
 * Who was told and how; the RMA number.
 */
note: string | null, 
/**
 * The password re-entered, when the outcome is signed.
 */
password: string | null, };

export type ScannerOverride = { 
/**
 * Strings this scanner sends instead of the group separator (replacing the site's list).
 */
gs_substitutes: Array<string> | null, 
/**
 * Accept (and drop) a group separator right after the symbology identifier.
 */
ignore_leading_gs: boolean | null, 
/**
 * Read GS1 data found in a plain (non-GS1) symbol.
 */
accept_gs1_in_plain_symbol: boolean | null, };

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

export type ScannerTest = { 
/**
 * Exactly what the scanner sent.
 */
raw: string, };

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

export type Sentence = { 
/**
 * The catalogue's code of the sentence (`verdict.` and the finding's code, and a variant
 * where one code has several sentences).
 */
key: string, 
/**
 * What the sentence says: serials, lots, dates (`YYYY-MM-DD`), numbers, statuses and
 * movements as their codes.
 */
args: { [key in string]: JsonValue }, };

export type SetAside = { "kind": "recalled", 
/**
 * The recall's number.
 */
recall: string, 
/**
 * Its class.
 */
class: RecallClass, } | { "kind": "expired", 
/**
 * The expiry date (YYYY-MM-DD).
 */
expiry: string, };

export type SetUp = { 
/**
 * The site.
 */
site: Site, 
/**
 * The first administrator (none when the demonstration data was loaded).
 */
admin: User | null, };

export type ShareRecall = { 
/**
 * The recall's number.
 */
number: string, };

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

export type ShipmentClose = { 
/**
 * The shipment.
 */
id: number, 
/**
 * What happened to what did not arrive.
 */
note: string | null, };

export type ShipmentId = { 
/**
 * The shipment's number.
 */
id: number, };

export type ShipmentImport = { 
/**
 * The file's contents: EPCIS 2.0 JSON-LD, EPCIS 1.2/2.0 XML or CSV.
 */
content: string, 
/**
 * The file's name, kept with the shipment.
 */
file_name: string | null, 
/**
 * The supplier (partner code), when the file does not say.
 */
supplier: string | null, 
/**
 * The reference, when the file does not say (the despatch advice number).
 */
reference: string | null, };

export type ShipmentList = { 
/**
 * Only those still open (to receive against).
 */
open_only: boolean, };

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

export type ShortageOrder = "urgency" | "product" | "location" | "usable_cover" | "suggested_order";

export type ShortageQuery = { 
/**
 * Only this location code.
 */
location: string | null, 
/**
 * The order (default: most urgent first).
 */
sort: ShortageOrder, 
/**
 * That order reversed.
 */
descending: boolean, 
/**
 * Rows to skip.
 */
offset: number, 
/**
 * Rows on the page, 1 to 1,000 (all when absent).
 */
limit: number | null, 
/**
 * Days of use the daily consumption is averaged over (default 90; another window is
 * computed afresh rather than kept).
 */
window_days: number | null, };

export type ShrinkageFigures = { missing: number, found_elsewhere: number, found_again: number, wrong_status: number, lot_short: number, lot_surplus: number, 
/**
 * Value of what went missing or short, less what was found again or in surplus.
 */
value_lost_cents: number, };

export type ShrinkageInsight = { period: Period, currency: string | null, totals: ShrinkageFigures, 
/**
 * Oldest month first, every month of the period.
 */
by_month: Array<[string, ShrinkageFigures]>, 
/**
 * Most value lost first, then by code: the locations with a count in the period, and those
 * a variance is charged to (a pack found at another location's count is its loss).
 */
by_location: Array<ShrinkageLocation>, 
/**
 * Every variance, oldest first.
 */
lines: Array<ShrinkageLine>, };

export type ShrinkageLine = { event_id: string, day: string, 
/**
 * The count's reference (`COUNT-<id>`).
 */
count: string, 
/**
 * The location charged (code).
 */
location: string, kind: VarianceKind, gtin: string, product: string, serial: string | null, lot: string | null, quantity: number, 
/**
 * Value; none when unpriced.
 */
value_cents: number | null, };

export type ShrinkageLocation = { 
/**
 * Location code.
 */
location: string, 
/**
 * Location name.
 */
name: string, 
/**
 * Counts applied there in the period.
 */
counts: number, 
/**
 * Of which with at least one variance.
 */
counts_with_variance: number, figures: ShrinkageFigures, 
/**
 * At least two counts, and half or more of them disagreed with the ledger.
 */
keeps_disagreeing: boolean, };

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
price_tolerance_percent: number, 
/**
 * The ISO 4217 code (`EUR`) of the currency the site's prices are in; none until chosen,
 * and amounts are then shown as plain numbers. Left out of a request, it is none; left out
 * of an answer while none is chosen, so a site without one reads as it always has.
 */
currency?: string, };

export type StockHeld = "quarantined" | "suspect" | "expired";

export type StockQuery = { 
/**
 * Only this GTIN.
 */
gtin: string | null, 
/**
 * Only this location code.
 */
location: string | null, 
/**
 * Only products whose name, generic name or GTIN contains this.
 */
search: string | null, 
/**
 * Only rows holding this kind of stock (quarantined, suspect or expired): Home's tiles.
 */
held?: StockHeld | null, 
/**
 * Rows on the page, 1 to 1,000 (default 100).
 */
limit: number | null, 
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
 * Packs (or lot quantity) in stock and usable: not expired. The product detail's "on
 * hand" counts the same (`levels::Position::on_hand`).
 */
in_stock: number, 
/**
 * Packs (or lot quantity) in stock but past their expiry date: still on the shelf, to be
 * pulled, never counted as usable.
 */
expired: number, 
/**
 * Packs (or lot quantity) in quarantine.
 */
quarantined: number, 
/**
 * Of those quarantined, packs held as suspect (see [`SUSPECT_EVENT`]).
 */
suspect: number, 
/**
 * The earliest expiry among them.
 */
earliest_expiry: string | null, };

export type SuggestRequest = { 
/**
 * Only at this location code.
 */
location: string | null, 
/**
 * Lead time in days (default 7).
 */
lead_time_days: number | null, 
/**
 * Safety stock in days of use (default 7).
 */
safety_days: number | null, 
/**
 * Days of use one order should cover (default 30).
 */
cycle_days: number | null, 
/**
 * Days of use averaged (default 90).
 */
window_days: number | null, 
/**
 * Set the suggested rules (managers, administrators), not only show them.
 */
apply: boolean, };

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

export type SupplierFinding = "short_dated" | "lot_or_expiry_differs" | "unexpected" | "suspect" | "duplicate_serial" | "over_contract" | "recalled";

export type SupplierInsight = { period: Period, currency: string | null, 
/**
 * The site's price tolerance, in percent, used for `over_contract`.
 */
tolerance_percent: number, 
/**
 * The site's short-dated threshold in days today, used for `short_dated`.
 */
short_dated_days: number, 
/**
 * Most findings first (every figure but deliveries and packs, added up), then by code.
 */
suppliers: Array<SupplierQuality>, 
/**
 * Most findings first, then by name.
 */
manufacturers: Array<SupplierQuality>, 
/**
 * Oldest first, then by supplier, GTIN and lot.
 */
over_contract: Array<PriceExcess>, 
/**
 * Affected packs (or lot quantities) and findings, all of them.
 */
affected_total: number, 
/**
 * By supplier, then in the order they arrived, each pack's findings in `SupplierFinding`'s
 * order: the first 2,000 (`affected_total` counts all; `--supplier` narrows).
 */
affected: Array<AffectedPack>, };

export type SupplierOrder = { 
/**
 * The supplier's code; none for products without a usual supplier.
 */
supplier: string | null, 
/**
 * The supplier's name.
 */
supplier_name: string | null, 
/**
 * The lines, by location and product name.
 */
lines: Array<OrderLine>, 
/**
 * The total of the priced lines, in cents.
 */
total_cents: number, 
/**
 * How many lines have no contract price (and are not in the total).
 */
unpriced_lines: number, };

export type SupplierPrice = { 
/**
 * The supplier's code.
 */
supplier: string, 
/**
 * The supplier's name.
 */
supplier_name: string, 
/**
 * GTIN-14.
 */
gtin: string, 
/**
 * The product's name.
 */
product: string, 
/**
 * The first local day the price is in force (`0000-01-01`: from the start).
 */
valid_from: string, 
/**
 * The price of one pack, in hundredths of the site's currency.
 */
price_cents: number, 
/**
 * When it was set (UTC).
 */
updated_at: string, 
/**
 * Who set it (username).
 */
updated_by: string, };

export type SupplierPriceQuery = { 
/**
 * The supplier's code.
 */
supplier: string | null, 
/**
 * The product's GTIN.
 */
gtin: string | null, };

export type SupplierPriceUpdate = { 
/**
 * The supplier's code.
 */
supplier: string, 
/**
 * The product's GTIN.
 */
gtin: string, 
/**
 * The price of one pack, in hundredths of the site's currency.
 */
price_cents: number, 
/**
 * The first day it is in force (`YYYY-MM-DD`); today when left out.
 */
valid_from: string | null, };

export type SupplierQuality = { 
/**
 * Partner code, or the manufacturer's name (empty: no supplier named on the receipt, or
 * no manufacturer in the product list).
 */
key: string, 
/**
 * Partner name, or the manufacturer's name.
 */
name: string, 
/**
 * Deliveries: distinct (day, product, lot) received.
 */
deliveries: number, 
/**
 * Units received (receipt lines; a duplicate held on arrival is not received).
 */
packs: number, 
/**
 * Units that arrived with the site's short-dated days or fewer left (expired ones too):
 * the receipt scan's short-dated rule, with today's setting.
 */
short_dated: number, 
/**
 * Units that arrived on their despatch advice with another lot or expiry than it says.
 */
lot_or_expiry_differs: number, 
/**
 * Units that arrived without being on the advice (or beyond a lot's quantity on it).
 */
unexpected: number, 
/**
 * Units on the advice that never arrived, as recorded when their shipment was closed
 * (shipments closed in the period; an open shipment may still come).
 */
missing: number, 
/**
 * Units received that were held as suspect at receipt or afterwards (marked suspect, or
 * quarantined or counted for a suspect reason).
 */
suspect: number, 
/**
 * Serials that were already known when they arrived (held in stock or quarantine, or
 * gone for good): held as suspect on arrival instead of received.
 */
duplicate_serials: number, 
/**
 * Units received at a unit cost above the contract in force that day beyond the tolerance.
 */
over_contract: number, 
/**
 * What those units cost above contract.
 */
excess_cents: number, 
/**
 * Distinct recalls whose scope covers a pack or lot received from them.
 */
recalls: number, };

export type SupplyingLocation = { 
/**
 * The ward or clinic (code).
 */
location: string, 
/**
 * The pharmacy or store that supplies it (code); none to clear it.
 */
supplied_by: string | null, };

export type SymbolDrawing = { 
/**
 * Modules across, and down.
 */
side: number, 
/**
 * The dark modules.
 */
path: string, };

export type SyncEnrol = { 
/**
 * The hub's address (`https://host:port`).
 */
hub: string, 
/**
 * The one-time code the hub's administrator gave for this site.
 */
code: string, 
/**
 * Enrol again, replacing an earlier enrolment.
 */
re_enrol: boolean, };

export type SyncNowDone = { 
/**
 * The push's figures (both pushes, when the pull's recalls held stock).
 */
push: PushFigures, 
/**
 * The network recalls the pull entered or linked.
 */
recalls: Array<RecallReceived>, 
/**
 * The hub's open counterfeit alarms about this site's packs, after the pull.
 */
alarms: Array<HubAlarm>, 
/**
 * The status afterwards.
 */
status: SyncStatus, };

export type SyncState = "not_enrolled" | "ok" | "offline" | "fork" | "suspended" | "refused";

export type SyncStatus = { 
/**
 * The state.
 */
state: SyncState, 
/**
 * The hub's address, once enrolled.
 */
hub: string | null, 
/**
 * The site's code.
 */
site: string, 
/**
 * When the site enrolled (UTC).
 */
enrolled_at: string | null, 
/**
 * The last event the hub acknowledged (0: none).
 */
acked_seq: number, 
/**
 * The site's last event.
 */
last_seq: number, 
/**
 * Events the hub has not acknowledged.
 */
waiting: number, 
/**
 * When a push last went through (UTC).
 */
last_success_at: string | null, 
/**
 * Since when the hub has been unreachable (UTC).
 */
offline_since: string | null, 
/**
 * The last refusal's code (`fork`, `suspended`, …).
 */
refusal_code: string | null, 
/**
 * The last refusal in words.
 */
message: string | null, };

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

export type TamperCheck = "intact" | "broken";

export type TestSymbol = { 
/**
 * The element string the symbol carries, as a scanner would send it.
 */
code: string, 
/**
 * Each row of modules, top first: `1` dark, `0` light.
 */
rows: Array<string>, };

export type TrackingMode = "serial" | "lot";

export type TrendInsight = { 
/**
 * The days asked; the weeks cover them whole.
 */
period: Period, 
/**
 * Products and locations with use in the weeks or a rule in force on one of their days.
 */
rows_total: number, 
/**
 * Their verdicts, counted over all of them.
 */
verdicts: TrendVerdicts, 
/**
 * The 500 most used of them, then by GTIN and location code (`--location` or `--product`
 * narrows to the rest).
 */
rows: Array<TrendRow>, };

export type TrendRow = { 
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
 * Every ISO week the period overlaps, oldest first.
 */
weeks: Array<TrendWeek>, 
/**
 * Stock-out days over the weeks.
 */
stockout_days: number, 
/**
 * Overstock days over the weeks.
 */
overstock_days: number, 
/**
 * What the stock says about the rules over all the weeks.
 */
verdict: RuleVerdict, };

export type TrendVerdicts = { too_low: number, too_high: number, fits: number, no_rule: number, };

export type TrendWeek = { 
/**
 * `YYYY-Www`.
 */
week: string, 
/**
 * Its Monday.
 */
starts: string, 
/**
 * Units dispensed or issued from the location (the consumption the levels use).
 */
used: number, 
/**
 * The same ISO week number a year before; none when the ledger began after its Monday, or
 * for a week 53 the year before did not have.
 */
used_last_year: number | null, 
/**
 * The rule in force at the end of the week's Sunday.
 */
rule: RuleLevels | null, 
/**
 * Days ending with nothing in stock there while a rule was in force.
 */
stockout_days: number, 
/**
 * Days ending with more in stock there than the par level of the rule in force.
 */
overstock_days: number, };

export type UnitCost = { 
/**
 * The product's GTIN (GTIN-13 or GTIN-14).
 */
gtin: string, 
/**
 * Its unit cost, in hundredths of the site's currency.
 */
unit_cost_cents: number, };

export type UnitHistory = { 
/**
 * Its current state.
 */
unit: UnitState, 
/**
 * Derived flags: `expired`, `expiring`, `suspect`, `quarantined`, `national_alert`.
 */
flags: Array<string>, 
/**
 * Every event, oldest first.
 */
events: Array<HistoryEntry>, };

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

export type Unsupplied = { 
/**
 * The ward or clinic (code).
 */
location: string, 
/**
 * GTIN-14.
 */
gtin: string, 
/**
 * Product name.
 */
product: string, 
/**
 * What it needs to reach par.
 */
wanted: number, };

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

export type UserActive = { 
/**
 * Whose.
 */
username: string, 
/**
 * `false` disables the account (users are never deleted: their events name them).
 */
active: boolean, };

export type UserChange = { 
/**
 * Order of recording.
 */
seq: number, 
/**
 * Event id.
 */
event_id: string, 
/**
 * `user_enrolled`, `user_added`, `user_role_changed`, `user_disabled` or `user_enabled`.
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
 * Who made the change (username; `custody:system` for what Custody did on its own).
 */
by: string, 
/**
 * Whose account.
 */
username: string, 
/**
 * Their role after it.
 */
role: Role, 
/**
 * Whether they could act after it.
 */
active: boolean, 
/**
 * Why, when someone said.
 */
reason: string | null, };

export type UserId = number;

export type UserRole = { 
/**
 * Whose.
 */
username: string, 
/**
 * The role from now on.
 */
role: Role, };

export type Username = { 
/**
 * Login name.
 */
username: string, };

export type UsualSupplier = { 
/**
 * The product's GTIN.
 */
gtin: string, 
/**
 * The supplier's code; none to clear it.
 */
supplier: string | null, };

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

export type VarianceKind = "missing" | "found_elsewhere" | "found_again" | "wrong_status" | "lot_short" | "lot_surplus";

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
 * Its sentence: the sentences of `sentences` one after the other.
 */
message: string, 
/**
 * What `message` says, as codes and arguments: the most severe finding's sentence, and
 * once recorded what was done (or where the pack is held).
 */
sentences: Array<Sentence>, 
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

export type VerifyScope = "full" | "incremental";

export type WaitingStock = { 
/**
 * Location code.
 */
location: string, 
/**
 * GTIN-14.
 */
gtin: string, 
/**
 * Product name.
 */
product: string, 
/**
 * The pack's serial; none for a lot.
 */
serial: string | null, 
/**
 * Lot.
 */
lot: string | null, 
/**
 * Expiry, `YYYY-MM-DD`.
 */
expiry: string | null, 
/**
 * Units (1 for a pack).
 */
quantity: number, 
/**
 * `in_stock` or `quarantined`.
 */
status: string, 
/**
 * The local day it arrived at the location.
 */
since: string, 
/**
 * Whole days since then, to today.
 */
days: number, };

export type WasteCause = "recalled" | "expired" | "damaged";

export type WasteFigures = { 
/**
 * Units lost.
 */
packs: number, 
/**
 * Their value.
 */
value_cents: number, 
/**
 * Units with no price at all (not in `value_cents`).
 */
unpriced: number, 
/**
 * Units by cause.
 */
expired: number, recalled: number, damaged: number, 
/**
 * Expired units that were on the expires-unused list 30 days or more before their expiry.
 */
predicted: number, 
/**
 * Expired units that were not: a surprise.
 */
surprise: number, };

export type WasteGroup = { 
/**
 * `YYYY-MM`, GTIN, location code or partner code (empty: received from no supplier).
 */
key: string, 
/**
 * Product, location or supplier name; the month again for a month.
 */
name: string, 
/**
 * Its figures.
 */
figures: WasteFigures, };

export type WasteInsight = { period: Period, 
/**
 * ISO 4217 code of the amounts; none when the site has not chosen one.
 */
currency: string | null, totals: WasteFigures, 
/**
 * Oldest month first, every month of the period (empty ones too).
 */
by_month: Array<WasteGroup>, 
/**
 * Highest value first.
 */
by_product: Array<WasteGroup>, by_location: Array<WasteGroup>, by_supplier: Array<WasteGroup>, 
/**
 * Every line, oldest first.
 */
lines: Array<WasteLine>, };

export type WasteLine = { 
/**
 * The event.
 */
event_id: string, 
/**
 * Its local day.
 */
day: string, 
/**
 * `destroyed` or `returned_to_supplier`.
 */
disposition: string, cause: WasteCause, 
/**
 * Where it was (location code).
 */
location: string, gtin: string, product: string, serial: string | null, lot: string | null, expiry: string | null, quantity: number, 
/**
 * The supplier it was received from (partner code); none when unknown.
 */
supplier: string | null, 
/**
 * Value of the quantity; none when unpriced.
 */
value_cents: number | null, 
/**
 * Where the unit price came from: `receipt`, `contract` or `none`.
 */
priced_by: string, 
/**
 * Expired and on the expires-unused list 30 days before its expiry.
 */
predicted: boolean, };

export type WriteOffReason = "stolen" | "sample" | "free_sample";

export type WriteOffRequest = { 
/**
 * The pack's GTIN.
 */
gtin: string, 
/**
 * Its serial.
 */
serial: string, 
/**
 * `stolen`, `sample` (taken by the authorities) or `free_sample`.
 */
why: WriteOffReason, 
/**
 * A note: the police report's number, the inspector, to whom the sample went.
 */
note: string | null, };

export type WrittenOff = { 
/**
 * The event's id.
 */
event: string, 
/**
 * Its sequence number.
 */
seq: number, 
/**
 * The pack's status now: `missing` (stolen) or `transferred_out` (a sample).
 */
status: UnitStatus, 
/**
 * Where it was held (a location code).
 */
from: string, 
/**
 * The national decommission queued with it, if the site decommissions and none stood.
 */
decommission: number | null, };

export interface Operations {
  /** Sets up a new database: its site and first administrator, or the demonstration pharmacy. */
  first_run: { request: FirstRun; response: SetUp };
  /** Adds a product (managers, administrators). */
  add_product: { request: ProductData; response: ProductRecord };
  /** Products whose name, generic name or GTIN contains the search, by name. */
  products: { request: ProductQuery; response: Array<ProductRecord> };
  /** Changes a product's record; its GTIN never (managers, administrators). */
  update_product: { request: ProductUpdate; response: ProductRecord };
  /** Imports products from CSV, all lines or none. */
  import_products: { request: CsvImport; response: number };
  /** Adds a location (managers, administrators). */
  add_location: { request: NewLocation; response: Location };
  /** Every location. */
  locations: { request: null; response: Array<Location> };
  /** Adds a trading partner (managers, administrators). */
  add_partner: { request: NewPartner; response: Partner };
  /** Every trading partner. */
  partners: { request: null; response: Array<Partner> };
  /** Contract prices per supplier, of one supplier or product, by supplier, product and day. */
  supplier_prices: { request: SupplierPriceQuery; response: Array<SupplierPrice> };
  /** Sets a product's contract price with a supplier from a day on (managers, administrators). */
  set_supplier_price: { request: SupplierPriceUpdate; response: SupplierPrice };
  /** Imports contract prices per supplier from CSV, all lines or none. */
  import_supplier_prices: { request: CsvImport; response: number };
  /** Who may sign in here, for the sign-in screen's quick switch. */
  sign_in_users: { request: null; response: Array<SignInUser> };
  /** Every person's account. */
  users: { request: null; response: Array<User> };
  /** Adds a user (administrators); the password typed twice. */
  add_user: { request: NewUser; response: User };
  /** Sets a user's password (administrators); it also lifts a lockout. */
  set_password: { request: NewPassword; response: null };
  /** Chooses the language Custody speaks to the signed-in person (none: the machine's); answers the language now spoken. */
  set_my_language: { request: LanguageChoice; response: string };
  /** Disables or enables a user (administrators). */
  set_user_active: { request: UserActive; response: User };
  /** Changes a user's role (administrators). */
  set_user_role: { request: UserRole; response: User };
  /** The changes to a user's account, oldest first. */
  user_history: { request: Username; response: Array<UserChange> };
  /** Stock by product and location, a page at a time. */
  stock: { request: StockQuery; response: Array<StockRow> };
  /** The sizes of the store. */
  summary: { request: null; response: Summary };
  /** A pack's chain of custody, by a scan of it or by GTIN and serial. */
  unit_history: { request: PackQuery; response: UnitHistory };
  /** A lot's chain of custody. */
  lot_history: { request: PackQuery; response: LotHistory };
  /** The scanner test: what arrived and how the site's settings read it. */
  decode_scan: { request: ScannerTest; response: DecodedScan };
  /** Reads the codes in a photo of a pack (JPEG or PNG), each decoded with the site's scanner settings; nothing is recorded. */
  decode_photo: { request: PhotoRequest; response: Array<PhotoCode> };
  /** The site's settings: scanners, alert windows, receipt limits. */
  site_settings: { request: null; response: SiteSettings };
  /** Changes the site's settings (inventory managers, administrators). */
  set_site_settings: { request: SiteSettings; response: SiteSettings };
  /** One scan of a movement: decoded, checked and (unless blocked) recorded at once. */
  scan: { request: ScanRequest; response: Verdict };
  /** What a movement needs before the first scan: its required fields and its signature. */
  movement_rules: { request: Movement; response: MovementRules };
  /** The scan screen's setup: this database's workstation key, the movements this person may make. */
  scan_setup: { request: null; response: ScanSetup };
  /** Records that a pack held here left stolen or as a sample, decommissioned nationally for that reason where the site decommissions (QA officers, managers, administrators). */
  write_off: { request: WriteOffRequest; response: WrittenOff };
  /** Imports a despatch advice (EPCIS JSON-LD or XML, or CSV) as an expected shipment. */
  import_shipment: { request: ShipmentImport; response: Shipment };
  /** Expected shipments, newest first (or only the open ones). */
  shipments: { request: ShipmentList; response: Array<ShipmentSummary> };
  /** An expected shipment with its lines and what differed. */
  shipment: { request: ShipmentId; response: Shipment };
  /** Receives every outstanding line of a shipment as the advice says. */
  receive_all: { request: ReceiveWhole; response: ReceiveAll };
  /** Closes a shipment; what did not arrive is recorded. */
  close_shipment: { request: ShipmentClose; response: Shipment };
  /** The chain of custody of a pack, a lot or some days as EPCIS 2.0 JSON-LD. */
  export_epcis: { request: EpcisExport; response: JsonValue };
  /** Every recall with the counts of its reach, open ones first. */
  recalls: { request: null; response: Array<RecallListItem> };
  /** A recall's reach: every affected pack and lot quantity, and where it is or went. */
  recall_reach: { request: ReachQuery; response: Reach };
  /** What entering a recall with this scope would quarantine and block; nothing is written. */
  preview_recall: { request: RecallScope; response: HoldPreview };
  /** Enters a recall; every affected pack in stock is quarantined in place at once. */
  create_recall: { request: RecallForm; response: RecallCreated };
  /** Imports a recall file (EPCIS or scope CSV): one recall per notice, all or none. */
  import_recall: { request: RecallImport; response: Array<RecallCreated> };
  /** Adds lots or packs to an open recall; what they cover in stock is quarantined. */
  extend_recall: { request: RecallExtension; response: RecallCreated };
  /** Records what became of a recall's open items (destroying is signed). */
  recall_outcome: { request: OutcomeForm; response: OutcomeRecorded };
  /** Records what became of one pack of a recall, scanned as it is pulled. */
  recall_outcome_scan: { request: ScannedOutcome; response: PackOutcome };
  /** Closes a recall, signed; refused while anything is open. */
  close_recall: { request: CloseForm; response: Recall };
  /** Starts a count at a location (everything there, or some products). */
  count_start: { request: CountStart; response: CountInfo };
  /** One scan of a count, read with the site's scanner settings. */
  count_scan: { request: CountScanRequest; response: CountScan };
  /** Where a count stands. */
  count_status: { request: CountId; response: CountInfo };
  /** Ends scanning; the variance. */
  count_finish: { request: CountId; response: Variance };
  /** A count's variance as it stands. */
  count_variance: { request: CountId; response: Variance };
  /** Applies a finished count to the ledger, signed. */
  count_apply: { request: CountApply; response: CountApplied };
  /** Abandons a count. */
  count_abandon: { request: CountAbandon; response: CountInfo };
  /** The counts, newest first (by status, a page at a time): what to resume, apply or abandon. */
  count_list: { request: CountFilter; response: Array<CountInfo> };
  /** The lots counted so far in a count, each with its running total. */
  count_lots: { request: CountId; response: Array<CountedLot> };
  /** Corrects a counted lot's total in an open count. */
  count_lot_correct: { request: CountLotCorrection; response: CountedLot };
  /** What needs attention now (the Home screen). */
  attention: { request: null; response: Attention };
  /** The shortage list, most urgent first (or by a column), a page at a time. */
  shortages: { request: ShortageQuery; response: Page<Position> };
  /** Stock expired or expiring within a window, a page at a time. */
  expiring: { request: ExpiryQuery; response: Page<ExpiryLine> };
  /** A product's positions, lots and daily use. */
  product_detail: { request: ProductQueryByGtin; response: ProductDetail };
  /** Positions against reorder rules. */
  positions: { request: PositionQuery; response: Array<Position> };
  /** Every reorder rule. */
  reorder_rules: { request: null; response: Array<ReorderRule> };
  /** The changes of reorder rules (who, when, old and new), newest first. */
  reorder_rule_changes: { request: RuleChangeFilter; response: Array<RuleChange> };
  /** Sets the reorder rule of a product at a location (managers, administrators). */
  set_reorder_rule: { request: RuleForm; response: ReorderRule };
  /** Imports reorder rules from CSV, all lines or none. */
  import_reorder_rules: { request: CsvImport; response: number };
  /** Reorder rules suggested from use; set when asked. */
  suggest_reorder_rules: { request: SuggestRequest; response: Array<ReorderRule> };
  /** Dwell time: how long packs stay at each location, and what has waited longer than asked. */
  insights_dwell: { request: InsightQuery; response: DwellInsight };
  /** Waste: destroyed and returned stock by cause, month, product, location and supplier. */
  insights_waste: { request: InsightQuery; response: WasteInsight };
  /** Shrinkage: count variances by kind, month and location, and where counts keep disagreeing. */
  insights_shrinkage: { request: InsightQuery; response: ShrinkageInsight };
  /** Supplier quality: findings per supplier and manufacturer, traced to the packs. */
  insights_suppliers: { request: InsightQuery; response: SupplierInsight };
  /** Consumption trends: weekly use against last year and the reorder rules then in force. */
  insights_trends: { request: InsightQuery; response: TrendInsight };
  /** Names the pharmacy or store that tops up a ward or clinic (managers, administrators). */
  set_supplying_location: { request: SupplyingLocation; response: Location };
  /** Names a product's usual supplier (managers, administrators). */
  set_usual_supplier: { request: UsualSupplier; response: ProductRecord };
  /** The current pick list with what has been picked, if one has been made. */
  pick_list: { request: null; response: PickList | null };
  /** Makes a pick list from today's ward and clinic shortages, replacing the current one. */
  make_pick_list: { request: null; response: PickList };
  /** Picks a scanned pack: the transfer from the supplying location to the ward. */
  pick_scan: { request: PickScanRequest; response: PickScan };
  /** Today's supplier orders, grouped by usual supplier, at contract prices. */
  supplier_orders: { request: null; response: Array<SupplierOrder> };
  /** A report's model, for the preview. */
  report_preview: { request: ReportRequest; response: Document };
  /** Saves a report as PDF or CSV in the reports folder beside the database. */
  save_report: { request: SaveReport; response: SavedReport };
  /** Checks the ledger and the stock tables against it: in full, or what changed since the last clean check; a clean check records a checkpoint. */
  verify_ledger: { request: LedgerCheckRequest; response: LedgerCheck };
  /** Declares, signed, that the computer's clock ran ahead and is now right (administrators). */
  correct_clock: { request: ClockCorrection; response: Appended };
  /** How far back a person may say something happened. */
  late_entry: { request: null; response: LateEntry };
  /** Sets the late-entry window (administrators). */
  set_late_entry: { request: LateEntry; response: LateEntry };
  /** The folder an administrator chose for backups. */
  backup_folder: { request: null; response: string | null };
  /** Chooses the backup folder (administrators). */
  set_backup_folder: { request: BackupFolder; response: string };
  /** Where the site stands with the hub: the state, what waits, the last success and refusal. */
  sync_status: { request: null; response: SyncStatus };
  /** Pushes what waits and pulls what the hub sends, now; offline or refused is an answer. */
  sync_now: { request: null; response: SyncNowDone };
  /** Shares a recall entered here with the hospital network (QA officers, administrators). */
  share_recall: { request: ShareRecall; response: RecallShared };
  /** Enrols the site with the hub with its one-time code, or again after a fork (administrators). */
  sync_enrol: { request: SyncEnrol; response: SyncStatus };
  /** The site's national system (EU-xx, US) and when it checks with it. */
  national_settings: { request: null; response: NationalSettings };
  /** Chooses the site's national system and when it checks (managers, administrators). */
  set_national_settings: { request: NationalChoice; response: NationalSettings };
  /** How many verifications wait and since when, the alerts and failures: the status bar's figures. */
  national_summary: { request: null; response: NationalSummary };
  /** The verification requests of one state (waiting, done, alerts, failed), newest first. */
  national_queue: { request: NationalQueueRequest; response: Array<NvsQueued> };
  /** Queues a failed verification request again, once what refused it is mended (QA officers, managers, administrators). */
  national_retry: { request: NationalRetry; response: NationalRetried };
}

/** The operations callable before anyone signs in. */
export const PUBLIC_OPERATIONS = ["first_run", "sign_in_users"] as const;
