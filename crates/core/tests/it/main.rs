//! Integration tests of custody-core against real SQLite files in temporary directories.

mod auth;
mod backup;
mod catalogue;
mod clock;
mod count;
mod count_resume;
mod epcis_export;
mod figures;
mod fixtures;
mod hostile_imports;
mod import_properties;
mod ledger;
mod ledger_format;
mod levels;
mod master;
mod master_import;
mod movement;
mod recall;
mod recall_import;
mod recall_properties;
mod replenish;
mod report;
mod shipment;
mod strict_import;
mod users;
mod verify;
