//! The pull feed's wire types: what the hub owns (products, partners, the network's sites) and
//! the counterfeit alarms and network recalls that concern a site, sent down as changes in the hub's changelog order,
//! each under its cursor. A site applies a page whole and keeps the page's `next_cursor` with it.
//! `docs/decisions/2026-12-01-hub-feed.md` gives the ownership and scoping rules.

use serde::{Deserialize, Serialize};

/// At most this many changes in one page of the feed.
pub const MAX_FEED_PAGE: i64 = 500;

/// A page of the feed, after the cursor the site asked from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedPage {
    /// The changes for this site, in cursor order.
    pub changes: Vec<FeedChange>,
    /// The cursor to ask from next time: the last change's when the page is full, else the
    /// hub's newest committed cursor (the site has seen everything up to it that concerns it).
    pub next_cursor: i64,
    /// Whether more changes may wait after `next_cursor` (the page was full).
    pub more: bool,
}

/// One change, at its place in the hub's changelog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedChange {
    /// The changelog's cursor.
    pub cursor: i64,
    /// What changed.
    pub item: FeedItem,
}

/// What a change carries: the record as the hub now holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FeedItem {
    /// A product of the network, named by its GTIN.
    Product(FeedProduct),
    /// A trading partner of the network (supplier, distributor, manufacturer), named by code.
    Partner(FeedPartner),
    /// A site of the network, which other sites' ledgers name as a partner under its code.
    Site(FeedSite),
    /// A counterfeit alarm about a pack this site has an event of, in its new state.
    Alarm(FeedAlarm),
    /// A network recall of a product this site uses, as the hub now holds it.
    Recall(FeedRecall),
}

/// A product as the hub owns it. The site keeps its own contract price and usual supplier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedProduct {
    /// GTIN-14.
    pub gtin: String,
    /// Name.
    pub name: String,
    /// Generic (INN) name.
    pub generic_name: Option<String>,
    /// Dosage form.
    pub form: Option<String>,
    /// Strength.
    pub strength: Option<String>,
    /// Units in a pack.
    pub pack_size: Option<i64>,
    /// Manufacturer.
    pub manufacturer: Option<String>,
    /// `serial` or `lot`.
    pub tracking: String,
    /// Storage conditions.
    pub storage: Option<String>,
    /// A controlled drug.
    pub controlled: bool,
    /// National Drug Code.
    pub ndc: Option<String>,
    /// Pharmazentralnummer.
    pub pzn: Option<String>,
    /// Code CIP.
    pub cip: Option<String>,
}

/// A trading partner as the hub owns it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedPartner {
    /// The partner's code across the network.
    pub code: String,
    /// Name.
    pub name: String,
    /// `supplier`, `distributor` or `manufacturer`.
    pub partner_kind: String,
    /// GS1 Global Location Number.
    pub gln: Option<String>,
}

/// A site of the network.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedSite {
    /// The site's code, as its ledger and other sites' ledgers name it.
    pub code: String,
    /// Name.
    pub name: String,
}

/// A counterfeit alarm about one pack, as the hub holds it after a change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedAlarm {
    /// The hub's alarm number.
    pub id: i64,
    /// The pack's GTIN.
    pub gtin: String,
    /// The pack's serial.
    pub serial: String,
    /// What happened: `raised`, `updated`, `cleared` or `resolved`.
    pub change: String,
    /// Where it stands: `open`, `cleared` or `resolved`.
    pub state: String,
    /// The patterns' names, sorted.
    pub patterns: Vec<String>,
    /// The sites whose events show them, sorted.
    pub sites: Vec<String>,
    /// When the hub raised it (UTC, RFC 3339).
    pub raised_at: String,
    /// Why it was cleared or resolved, and by whom.
    pub closed: Option<String>,
}

/// A network recall as the hub holds it: entered once by a QA officer at the hub, sent to every
/// site that uses its GTIN, where the site's own recall path enters it and holds the stock. Its
/// number names the site's recall and the references of the site's hold and outcome events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedRecall {
    /// The hub's recall number (the site keeps it to enter the recall once).
    pub id: i64,
    /// The firm's or regulator's recall number.
    pub number: String,
    /// The product's GTIN-14.
    pub gtin: String,
    /// The lots it covers.
    pub lots: Vec<String>,
    /// The packs it covers, by serial (whatever their lot).
    pub serials: Vec<String>,
    /// `I`, `II`, `III` or `withdrawal`.
    pub class: String,
    /// A short title.
    pub title: String,
    /// Why the product is recalled.
    pub reason: String,
    /// The date of the notice (`YYYY-MM-DD`).
    pub issued_on: String,
    /// Who entered it at the hub.
    pub entered_by: String,
    /// When and by whom the hub closed it, once it has.
    pub closed: Option<String>,
}

/// A recall a site entered itself, shared with the network (`POST /v1/sites/{site}/recalls`):
/// the hub enters it as a network recall, entered by the site, and sends it down the feed to
/// every site using the GTIN, the sharing site included (which links it to its own by number).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SharedRecall {
    /// The firm's or regulator's recall number, as the site entered it.
    pub number: String,
    /// The product's GTIN.
    pub gtin: String,
    /// The lots it covers.
    pub lots: Vec<String>,
    /// The packs it covers, by serial.
    pub serials: Vec<String>,
    /// `I`, `II`, `III` or `withdrawal`.
    pub class: String,
    /// The site's title.
    pub title: String,
    /// Why the product is recalled.
    pub reason: String,
    /// The date of the notice (`YYYY-MM-DD`).
    pub issued_on: String,
}

/// The hub's answer to a shared recall.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedReply {
    /// The network recall, as every site using the GTIN receives it.
    pub recall: FeedRecall,
    /// The hub had it already under that number (shared before, or entered at the hub): nothing
    /// new was entered.
    pub existed: bool,
}
