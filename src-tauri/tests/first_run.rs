//! Where the database goes when it is chosen at first run.

use custody_app::database_target;

#[test]
fn a_folder_or_a_db_file_is_taken_and_anything_else_refused() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().display().to_string();
    assert_eq!(
        database_target(&folder).unwrap(),
        dir.path().join("custody.db")
    );
    assert_eq!(
        database_target(&format!("  {folder}/pharmacy.DB ")).unwrap(),
        dir.path().join("pharmacy.DB")
    );
    let relative = database_target("custody/data").unwrap_err();
    assert!(relative.contains("not a full path"), "{relative}");
    assert!(database_target("").is_err());
    let missing = database_target(&format!("{folder}/no/such/folder")).unwrap_err();
    assert!(missing.contains("does not exist"), "{missing}");
}
