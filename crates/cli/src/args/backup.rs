//! `custody backup …`: taking, listing, checking and restoring backups.

use clap::{Args, Subcommand};

#[derive(Subcommand, Debug)]
pub enum BackupCommand {
    /// Copy the database (consistently, while in use), verify the copy, keep it, drop old ones.
    #[command(
        after_help = "The copy is written as custody-YYYYMMDD-HHMMSS.db.partial, checked (integrity_check and the whole\nledger) and only then renamed, so every custody-*.db in the folder is a verified backup. Old\nbackups are dropped: the newest --keep-last are kept, plus the newest of each of --keep-months months.\n\nExample:\n  custody --as alice backup create --dir /media/usb/custody-backups"
    )]
    Create(BackupCreateArgs),
    /// The backups in a folder, newest first.
    #[command(after_help = "Example:\n  custody backup list --dir /media/usb/custody-backups")]
    List {
        /// The backup folder.
        #[arg(long, env = "CUSTODY_BACKUP_DIR")]
        dir: std::path::PathBuf,
    },
    /// Check a backup (or any Custody database) without changing it: integrity, ledger, schema.
    /// Exit 4 if it is damaged.
    #[command(
        after_help = "Example:\n  custody backup verify /media/usb/custody-backups/custody-20261122-020000.db"
    )]
    Verify {
        /// The file.
        file: std::path::PathBuf,
    },
    /// Replace the database (--db) with a backup, after checking it; the current database is
    /// kept aside as <db>.before-restore-<time>. Administrators only.
    #[command(
        after_help = "The backup must pass integrity_check and the ledger check, and its tables, indexes, triggers\nand views must be exactly what Custody's migrations of its version create: anything extra,\nmissing or different is refused, naming it.\n\nExample:\n  custody --db pharmacy.db --as alice backup restore /media/usb/custody-backups/custody-20261122-020000.db --yes"
    )]
    Restore {
        /// The backup file.
        file: std::path::PathBuf,
        /// Confirm: the current database is replaced (and kept aside).
        #[arg(long)]
        yes: bool,
    },
}

/// Where `custody backup create` puts the copy, and how many it keeps.
#[derive(Args, Debug)]
pub struct BackupCreateArgs {
    /// The backup folder (e.g. a USB disk or a network share).
    #[arg(long, env = "CUSTODY_BACKUP_DIR")]
    pub dir: std::path::PathBuf,
    /// Newest backups kept (default 14).
    #[arg(long, value_name = "N")]
    pub keep_last: Option<usize>,
    /// Months for which the newest backup is kept (default 12).
    #[arg(long, value_name = "N")]
    pub keep_months: Option<usize>,
}
