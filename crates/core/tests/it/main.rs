//! Integration tests of custody-core against real SQLite files in temporary directories.

mod auth;
mod backup;
mod count;
mod epcis_export;
mod fixtures;
mod import_properties;
mod ledger;
mod levels;
mod master;
mod movement;
mod recall;
mod report;
mod shipment;
mod strict_import;
mod verify;
