//! Reading EPCIS documents (2.0 JSON-LD, 1.2 and 2.0 XML) into a few plain events, and the EPC
//! identifiers in them (SGTIN/SSCC/LGTIN URNs and Digital Link URIs) into GTINs and serials.
//!
//! The readers are strict, because what they return decides what a hospital expects to receive
//! or must take off its shelves: an identifier that cannot be read, a field the reader does not
//! know (a misspelt `epcLsit` would otherwise be skipped with every pack in it), a pack listed
//! twice in one list, or a date that is not a date is a problem, never skipped. Every problem is
//! reported with the line of the file that holds the value ([`read_json`], [`read_xml`]).
//! Locations and parties (`readPoint`, `bizLocation`, sources and destinations) are not packs
//! and are not checked as packs.
//!
//! Where each rule lives: `event` is the document model (the plain event, its lines, bare CBV
//! terms, document numbers, dates); `fields` the fields both bindings know; `builder` the checks
//! of one event's values, shared by `json` (EPCIS 2.0 JSON-LD) and `xml` (1.2 and 2.0 XML, read
//! through `xml_tree`); `epc` the identifiers; `export` the EPCIS 2.0 document written from the
//! ledger.

mod builder;
mod epc;
mod event;
mod export;
mod fields;
mod json;
mod xml;
mod xml_tree;

pub use epc::{check_lot, check_serial, parse_epc, read_epc, Epc, EpcRole};
pub use event::{bare_term, document_number, parse_date, EpcisError, EpcisEvent, EventLines};
pub use export::ExportScope;
pub(crate) use json::read_json_into;
pub use json::{parse_json, read_json};
pub(crate) use xml::read_xml_into;
pub use xml::{parse_xml, read_xml};
pub use xml_tree::MAX_XML_DEPTH;
