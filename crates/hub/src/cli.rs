//! The `custody-hub` command line: migrate the database, serve the routes, and the
//! administrator's commands (sites, enrolment codes, alarms, lifting a fork's suspension).
//! Each command is one call into the library; this module only parses and prints.

use clap::{Parser, Subcommand};

use crate::db::{migrate, schema_version, Database};
use crate::{admin, server, HubError};

/// The hospital network's hub: sites push their signed ledgers to it; it keeps them in
/// PostgreSQL.
#[derive(Debug, Parser)]
#[command(name = "custody-hub", version)]
pub struct Cli {
    /// The hub's PostgreSQL database (a postgresql:// URL or key=value pairs).
    // The variable's value stays out of --help: it may hold a password.
    #[arg(long, env = "CUSTODY_HUB_DB", global = true, hide_env_values = true)]
    pub db_url: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

/// What to do.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Bring the database's schema up to this hub's version (serve does it too).
    Migrate,
    /// Serve the sync protocol over plain HTTP (no TLS yet: put it on a trusted network or
    /// behind a TLS proxy). Prints the address it listens on, on one line.
    Serve {
        /// Address and port to listen on (port 0: any free port).
        #[arg(long, default_value = "127.0.0.1:8750")]
        listen: String,
    },
    /// The sites of the network.
    #[command(subcommand)]
    Site(SiteCommand),
    /// The open alarms, newest first.
    Alarms,
}

/// `site …`
#[derive(Debug, Subcommand)]
pub enum SiteCommand {
    /// Add a site and print its one-time enrolment code (valid 7 days, shown only now).
    Add {
        /// The site's code, as its ledger names it.
        code: String,
        /// The site's name.
        #[arg(long)]
        name: String,
    },
    /// Print a new one-time enrolment code for a site the hub has (a site rebuilt, or whose
    /// code expired); enrolling with it replaces the site's token and key.
    Code {
        /// The site's code.
        code: String,
    },
    /// Every site: enrolled or not, where its chain stands, its last push, suspended or not.
    List,
    /// Lift a site's suspension after its fork has been resolved; its fork alarms are marked
    /// resolved with who and why.
    Resume {
        /// The site's code.
        code: String,
        /// How the fork was resolved.
        #[arg(long)]
        reason: String,
        /// Who resolved it.
        #[arg(long)]
        by: String,
    },
}

/// Runs one command to its end (`serve` until interrupted).
pub async fn run(cli: Cli) -> Result<(), HubError> {
    let url = cli.db_url.ok_or(HubError::Invalid {
        what: "no database",
        why: "give --db-url or set CUSTODY_HUB_DB",
    })?;
    let db = Database::open(&url)?;
    match cli.command {
        Command::Migrate => {
            let before = migrate(&db).await?;
            println!("{}: schema {before} -> {}", db.target(), schema_version());
        }
        Command::Serve { listen } => {
            migrate(&db).await?;
            let listener = server::bind(&listen).await?;
            let addr = listener.local_addr().map_err(|source| HubError::Listen {
                addr: listen,
                source,
            })?;
            println!("listening on {addr}");
            let shutdown = async {
                // Without a signal handler the process just ends on Ctrl-C, which is fine too.
                let _ = tokio::signal::ctrl_c().await;
            };
            server::serve(listener, db, shutdown).await?;
        }
        Command::Site(SiteCommand::Add { code, name }) => {
            let enrolment = admin::add_site(&db, &code, &name).await?;
            println!("{enrolment}");
            eprintln!(
                "site {code} added; give the site this one-time code (valid {} days)",
                admin::ENROLMENT_DAYS
            );
        }
        Command::Site(SiteCommand::Code { code }) => {
            let enrolment = admin::new_code(&db, &code).await?;
            println!("{enrolment}");
            eprintln!(
                "a new one-time code for site {code} (valid {} days); earlier unused codes no longer work",
                admin::ENROLMENT_DAYS
            );
        }
        Command::Site(SiteCommand::List) => print_sites(&admin::sites(&db).await?),
        Command::Site(SiteCommand::Resume { code, reason, by }) => {
            let resolved = admin::resume(&db, &code, &reason, &by).await?;
            println!("site {code} resumed; {resolved} fork alarm(s) resolved by {by}");
        }
        Command::Alarms => print_alarms(&admin::open_alarms(&db).await?),
    }
    Ok(())
}

fn print_sites(sites: &[admin::SiteRow]) {
    println!("CODE\tNAME\tENROLLED\tLAST SEQ\tLAST PUSH\tSUSPENDED");
    for s in sites {
        println!(
            "{}\t{}\t{}\t{}\t{}\t{}",
            s.code,
            s.name,
            s.enrolled_at.as_deref().unwrap_or("no"),
            s.last_seq,
            s.last_push.as_deref().unwrap_or("never"),
            s.suspended.as_deref().unwrap_or("no"),
        );
    }
}

fn print_alarms(alarms: &[admin::AlarmRow]) {
    if alarms.is_empty() {
        println!("no open alarms");
        return;
    }
    println!("ID\tKIND\tSITE\tSEQ\tRAISED\tDETAIL");
    for a in alarms {
        println!(
            "{}\t{}\t{}\t{}\t{}\t{}",
            a.id,
            a.kind,
            a.site,
            a.seq.map(|s| s.to_string()).unwrap_or_default(),
            a.raised_at,
            a.detail,
        );
    }
}
