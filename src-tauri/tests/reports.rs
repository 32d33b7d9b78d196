//! Reports saved from the app go into the reports folder beside the database, by file name.

use std::path::Path;

#[test]
fn a_report_is_saved_by_name_beside_the_database_and_never_elsewhere() {
    let db = Path::new("/data/custody/custody.db");
    assert_eq!(
        custody_api::report::reports_folder_path(db, "recall-notice-RCL-1.pdf").unwrap(),
        Path::new("/data/custody/reports/recall-notice-RCL-1.pdf")
    );
    assert!(custody_api::report::reports_folder_path(db, "stock.CSV").is_ok());
    for bad in [
        "../x.pdf",
        "/etc/x.pdf",
        "a/b.pdf",
        ".hidden.pdf",
        "",
        "notes.txt",
        "a\\b.pdf",
    ] {
        assert!(
            custody_api::report::reports_folder_path(db, bad).is_err(),
            "{bad:?} accepted"
        );
    }
}
