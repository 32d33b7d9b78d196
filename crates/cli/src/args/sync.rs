//! `custody sync …`: the site's side of the hospital network.

use clap::{Args, Subcommand};

#[derive(Subcommand, Debug)]
pub enum SyncCommand {
    /// Enrol this site with the network's hub, with the one-time code its administrator gave
    /// (administrators). Makes the site's signing key and keeps it, with the hub's token, in
    /// the database.
    #[command(
        after_help = "Nothing is written on the ledger: enrolling changes no event's hash. A site enrolled already is\nrefused unless --re-enrol is given (after the hub's administrator resolved a fork, or to move to\nanother hub); enrolling again makes a new key.\n\nExample:\n  custody --as alice sync enrol --hub https://hub.example.org:8443 --code 7K2M-Q9XD-4HNP-2CWA-8RTE"
    )]
    Enrol {
        /// The hub's address (https://host:port).
        #[arg(long)]
        hub: String,
        /// The one-time enrolment code from the hub's administrator.
        #[arg(long)]
        code: String,
        /// Replace an earlier enrolment.
        #[arg(long)]
        re_enrol: bool,
    },
    /// Push the ledger's events the hub has not acknowledged, in signed batches.
    #[command(
        after_help = "The hub recomputes every hash. An unreachable hub is reported and the events wait for the next\npush; a fork (the hub holds another event where this site has its own) stops every push until\nthe hub's administrator resolves it. A site behind the hub (restored from an old backup) first\npulls its own events back, and says so; with nothing waiting, a push asks the hub where it stands.\n\nExample:\n  custody --as alice sync push"
    )]
    Push,
    /// Pull what the hub sends this site: the network's products and partners it uses, the
    /// other sites, and the counterfeit alarms about its packs.
    #[command(
        after_help = "Each page is applied whole with the position it ends at, so a pull cut off halfway is simply\nrun again. A partner code the hub gives to another partner than this site's is kept under a\nlocal code (CODE.HUB) and reported; the site's own partner and its ledger are never changed.\n\nExample:\n  custody --as alice sync pull"
    )]
    Pull,
    /// Push the ledger, then pull from the hub.
    #[command(after_help = "Example:\n  custody --as alice sync now")]
    Now,
    /// The hub's counterfeit alarms about this site's packs: pack, patterns, sites, state.
    #[command(after_help = "Example:\n  custody --as alice sync alarms --all")]
    Alarms {
        /// Cleared and resolved alarms too, not only the open ones.
        #[arg(long)]
        all: bool,
    },
    /// Pull back this site's own events from the hub, after the database was restored from an
    /// old backup.
    #[command(
        after_help = "Events the hub holds past the end of this site's ledger come back exactly as they were recorded,\nand stock, lots and accounts with them (an account added after the backup comes back without a\npassword: an administrator sets one). A push does this by itself when the hub is ahead. An event\nrecorded here after the restore, before pulling back, is a fork: call the hub administrator.\n\nExample:\n  custody --as alice sync restore"
    )]
    Restore,
    /// Rebuild a lost site from the hub into a new database: its whole ledger pulled back, every
    /// hash recomputed.
    #[command(
        after_help = "The hub's administrator issues a one-time code for the site (custody-hub site code CODE);\nenrolling with it gives the new database a new key and token, and the lost computer's token stops\nworking. --admin is an active administrator of the site, as its ledger names them, with a new\npassword (CUSTODY_NEW_PASSWORD, or asked for). Every event comes back exactly as it was recorded, and stock,\nlots and accounts with it; the other accounts come back without a password (an administrator sets\none), and products, locations and partners named by their code only (complete them). A rebuild\nthat does not finish takes the new database away. Check it afterwards with custody verify.\n\nExample:\n  custody --db west.db sync rebuild --hub https://hub.example.org:8443 --code 7K2M-Q9XD-4HNP-2CWA-8RTE \\\n    --site-code WEST --site-name \"West clinic\" --admin alice --admin-name \"Alice Smith\""
    )]
    Rebuild(RebuildArgs),
    /// Where this site stands with the hub: synced, offline, waiting events, a fork.
    #[command(after_help = "Example:\n  custody --as alice sync status")]
    Status,
}

/// What `custody sync rebuild` needs: the hub, the one-time code, and the new database's site
/// and first administrator.
#[derive(Args, Debug)]
pub struct RebuildArgs {
    /// The hub's address (https://host:port).
    #[arg(long)]
    pub hub: String,
    /// The one-time enrolment code the hub's administrator issued for the site.
    #[arg(long)]
    pub code: String,
    /// The lost site's code, as its ledger names it.
    #[arg(long)]
    pub site_code: String,
    /// The site's name.
    #[arg(long)]
    pub site_name: String,
    /// Username of an active administrator of the site, as its ledger names them.
    #[arg(long)]
    pub admin: String,
    /// Their full name.
    #[arg(long)]
    pub admin_name: String,
}
