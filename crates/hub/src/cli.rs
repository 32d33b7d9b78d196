//! The `custody-hub` command line: migrate the database, serve the routes, and the
//! administrator's commands (sites, enrolment codes, alarms, lifting a fork's suspension), and
//! the network views (a recall's reach, transfers, counterfeit alarms, settings), and the master
//! data the hub owns (products, partners, what a site uses: `cli_master`), and network recalls.
//! Each command is one call into the library; this module only parses and prints.

use clap::{Parser, Subcommand};

use crate::cli_master::{self, PartnerCommand, ProductCommand, RecallCommand};
use crate::cli_people::{self, sign_in_as, UserCommand};
use crate::db::{migrate, schema_version, Database};
use crate::feed;
use crate::views::{self, TransferState};
use crate::{admin, server, table, HubError};

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
    /// Serve the sync protocol and the web page, over TLS with --tls-cert and --tls-key, else
    /// over plain HTTP (said once at start). Prints the address it listens on, on one line.
    Serve {
        /// Address and port to listen on (port 0: any free port).
        #[arg(long, default_value = "127.0.0.1:8750")]
        listen: String,
        /// The hub's certificate chain (PEM), e.g. issued by the hospital's CA.
        #[arg(long, value_name = "FILE", requires = "tls_key")]
        tls_cert: Option<std::path::PathBuf>,
        /// The certificate's private key (PEM).
        #[arg(long, value_name = "FILE", requires = "tls_cert")]
        tls_key: Option<std::path::PathBuf>,
        /// Mark the web page's session cookie Secure when serving plain HTTP behind a TLS proxy
        /// (browsers then send it only over HTTPS; with --tls-cert it always is).
        #[arg(long, conflicts_with = "tls_cert")]
        secure_cookies: bool,
    },
    /// Fill an empty hub with a demonstration network: two sites' signed events taken through
    /// the push's own checks, a transfer, and a planted counterfeit raising one alarm.
    Demo,
    /// The sites of the network.
    #[command(subcommand)]
    Site(SiteCommand),
    /// The network's products, which the hub owns and sends to the sites that use them.
    #[command(subcommand)]
    Product(ProductCommand),
    /// The network's trading partners (suppliers, distributors, manufacturers), which the hub
    /// owns and sends to the sites that use them.
    #[command(subcommand)]
    Partner(PartnerCommand),
    /// The alarms, newest first: each site's open fork alarms, then the counterfeit alarms
    /// (one per pack: its patterns, the sites whose events show them, open, cleared or
    /// resolved).
    Alarms {
        /// Counterfeit alarms cleared or resolved too, not only the open ones.
        #[arg(long)]
        all: bool,
    },
    /// An alarm.
    #[command(subcommand)]
    Alarm(AlarmCommand),
    /// Check every site's chain as the hub holds it: each event's hash recomputed from its
    /// bytes and chained from the first, the cursor at the last, each batch's signature against
    /// the key recorded with it. Prints each site's last event and hash, to compare with the
    /// site's `custody verify`; exits 1 when anything is wrong.
    Verify {
        /// Only this site.
        #[arg(long)]
        site: Option<String>,
    },
    /// Network recalls: a QA officer enters one once; every site using its GTIN receives it on
    /// its next pull and holds the stock; `recall show` reconciles the sites' outcomes.
    #[command(subcommand)]
    Recall(RecallCommand),
    /// A recall's reach across the network: per site and status how many packs (and
    /// lot-tracked quantity), then each pack with where it went.
    Reach {
        /// The product's GTIN.
        #[arg(long)]
        gtin: String,
        /// The lot.
        #[arg(long)]
        lot: String,
        /// One pack's serial only.
        #[arg(long)]
        serial: Option<String>,
    },
    /// Transfers between network sites, sent and received: in transit, received, a receipt
    /// whose send the hub does not hold (yet), or lost (in transit longer than the
    /// lost_after_days setting).
    Transfers {
        /// Only the transfers in this state.
        #[arg(long, value_enum)]
        state: Option<StateArg>,
        /// Judge "lost" as of this time (RFC 3339) rather than now.
        #[arg(long)]
        as_of: Option<String>,
    },
    /// The people who work at the hub (QA officers, administrators), who sign in to its
    /// command line and web page.
    #[command(subcommand)]
    User(UserCommand),
    /// The hub's settings; `settings set NAME VALUE` changes one.
    Settings {
        #[command(subcommand)]
        command: Option<SettingsCommand>,
    },
}

/// `alarm …`
#[derive(Debug, Subcommand)]
pub enum AlarmCommand {
    /// Mark an open counterfeit alarm resolved, with who and why (a fork alarm is resolved by
    /// `site resume`).
    Resolve {
        /// The alarm's number, as `alarms` shows it.
        id: i64,
        /// The hub person resolving it (signs in: password from CUSTODY_HUB_PASSWORD or asked).
        #[arg(long = "as", value_name = "USERNAME")]
        by: String,
        /// How it was resolved.
        #[arg(long)]
        reason: String,
    },
}

/// `settings …`
#[derive(Debug, Subcommand)]
pub enum SettingsCommand {
    /// Change a setting (lost_after_days: days in transit before a transfer is listed as lost).
    Set {
        /// The setting's name.
        name: String,
        /// Its new value (a whole number, 0 or more).
        value: i32,
    },
}

/// A transfer's state, as `--state` takes it.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
#[value(rename_all = "snake_case")]
pub enum StateArg {
    /// Sent, not yet received.
    InTransit,
    /// Sent and received.
    Received,
    /// Received; its send not held.
    ReceiptWithoutSend,
    /// In transit too long.
    Lost,
}

impl From<StateArg> for TransferState {
    fn from(s: StateArg) -> TransferState {
        match s {
            StateArg::InTransit => TransferState::InTransit,
            StateArg::Received => TransferState::Received,
            StateArg::ReceiptWithoutSend => TransferState::ReceiptWithoutSend,
            StateArg::Lost => TransferState::Lost,
        }
    }
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
    /// Every site: enrolled or not, where its chain stands, its last push, suspended or not, the
    /// latest range of its events set aside.
    List,
    /// Declare products and partners a site uses before its events name them (its formulary,
    /// its suppliers): each reaches it on its next pull. Its pushes add the rest themselves.
    Use {
        /// The site's code.
        code: String,
        /// A product's GTIN (repeat for more).
        #[arg(long = "gtin")]
        gtins: Vec<String>,
        /// A partner's code (repeat for more).
        #[arg(long = "partner")]
        partners: Vec<String>,
    },
    /// Lift a site's suspension after its fork has been resolved (with --set-aside-from, setting
    /// aside first the events the hub took from the wrong copy).
    ///
    /// Its fork alarms are marked resolved with who and why, its token is withdrawn, and a new
    /// one-time code is printed for the real site to enrol again with. When the copy the hub
    /// took first was the wrong one (a clone, or an old backup that recorded new work, pushed
    /// before the real site, which was then caught as the fork), --set-aside-from sets aside the
    /// hub's events of the site from that position on, in the same transaction.
    Resume {
        /// The site's code.
        code: String,
        /// How the fork was resolved.
        #[arg(long)]
        reason: String,
        /// The hub administrator resuming it (signs in: password from CUSTODY_HUB_PASSWORD or
        /// asked).
        #[arg(long = "as", value_name = "USERNAME")]
        by: String,
        /// Set aside the hub's events of the site from this position on: the event the fork
        /// alarm names (custody-hub alarms); any other is refused. When a batch of the copy set
        /// aside reaches from before it, the range starts at that batch's first event, and the
        /// real site pushes those events again under its own signature (the output says so).
        /// Nothing is deleted: the events, their lines and batch signatures are kept apart with
        /// who, when and why (site set-asides), the site's position at the hub goes back to the
        /// event before, the network views are computed again without them (the output says
        /// how many counterfeit alarms that cleared and raised), and the real site pushes its
        /// own events from there once enrolled again.
        #[arg(long, value_name = "SEQ")]
        set_aside_from: Option<i64>,
    },
    /// The ranges of sites' events set aside by `site resume --set-aside-from`, oldest first:
    /// which events, how many, the fork alarm resolved, when, by whom and why.
    SetAsides {
        /// Only this site's.
        code: Option<String>,
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
        Command::Serve {
            listen,
            tls_cert,
            tls_key,
            secure_cookies,
        } => serve(db, &listen, tls_cert.zip(tls_key), secure_cookies).await?,
        Command::Site(c) => site(&db, c).await?,
        Command::Product(c) => cli_master::product(&db, c).await?,
        Command::Recall(c) => cli_master::recall(&db, c).await?,
        Command::Partner(c) => cli_master::partner(&db, c).await?,
        Command::Alarms { all } => {
            let forks = admin::open_alarms(&db).await?;
            let packs = views::counterfeit_alarms(&db, all).await?;
            if forks.is_empty() && packs.is_empty() {
                println!("no open alarms");
            }
            if !forks.is_empty() {
                table::fork_alarms(&forks);
            }
            if !packs.is_empty() {
                table::counterfeit_alarms(&packs);
            }
        }
        Command::Verify { site } => {
            let checks = crate::verify::verify(&db, site.as_deref()).await?;
            print_checks(&checks);
            let broken = checks.iter().filter(|c| !c.is_intact()).count();
            if broken > 0 {
                return Err(HubError::Damaged(format!(
                    "{broken} of {} sites' chains are not intact",
                    checks.len()
                )));
            }
        }
        Command::Alarm(AlarmCommand::Resolve { id, by, reason }) => {
            let user = sign_in_as(&db, &by).await?;
            views::resolve_alarm(&db, id, &user, &reason).await?;
            println!("alarm {id} resolved by {}", user.username);
        }
        Command::Reach { gtin, lot, serial } => {
            // The hub keeps GTINs as 14 digits: a GTIN-13 as typed would match nothing.
            let gtin = custody_gs1::Gtin::parse(gtin.trim()).map_err(|e| HubError::BadRecord {
                what: format!("--gtin {gtin}"),
                why: e.to_string(),
            })?;
            table::reach(&views::reach(&db, gtin.as_str(), &lot, serial.as_deref()).await?)
        }
        Command::Transfers { state, as_of } => {
            let rows = views::transfers(&db, state.map(Into::into), as_of.as_deref()).await?;
            table::transfers(&rows);
        }
        Command::Demo => {
            migrate(&db).await?;
            for line in crate::demo::fill(&db).await? {
                println!("{line}");
            }
        }
        Command::User(command) => cli_people::run(&db, command).await?,
        Command::Settings { command: None } => table::settings(&views::settings(&db).await?),
        Command::Settings {
            command: Some(SettingsCommand::Set { name, value }),
        } => {
            views::set_setting(&db, &name, value).await?;
            println!("{name} = {value}");
        }
    }
    Ok(())
}

/// `site …`: add, a new code, list, declare what a site uses, lift a fork's suspension (setting
/// aside the wrong copy's events), list what was set aside.
async fn site(db: &Database, c: SiteCommand) -> Result<(), HubError> {
    match c {
        SiteCommand::Add { code, name } => {
            let enrolment = admin::add_site(db, &code, &name).await?;
            println!("{enrolment}");
            eprintln!(
                "site {code} added; give the site this one-time code (valid {} days)",
                admin::ENROLMENT_DAYS
            );
        }
        SiteCommand::Code { code } => {
            let enrolment = admin::new_code(db, &code).await?;
            println!("{enrolment}");
            eprintln!(
                "a new one-time code for site {code} (valid {} days); earlier unused codes no longer work",
                admin::ENROLMENT_DAYS
            );
        }
        SiteCommand::List => table::sites(&admin::sites(db).await?),
        SiteCommand::SetAsides { code } => {
            let set_asides = crate::set_aside::set_asides(db, code.as_deref()).await?;
            if set_asides.is_empty() {
                println!("no events set aside");
            } else {
                table::set_asides(&set_asides);
            }
        }
        SiteCommand::Use {
            code,
            gtins,
            partners,
        } => {
            let new = feed::declare_use(db, &code, &gtins, &partners).await?;
            println!("site {code}: {new} new use(s) declared");
        }
        SiteCommand::Resume {
            code,
            reason,
            by,
            set_aside_from,
        } => {
            let user = sign_in_as(db, &by).await?;
            let resumed = match set_aside_from {
                Some(from) => admin::resume_setting_aside(db, &code, &reason, &user, from).await?,
                None => admin::resume(db, &code, &reason, &user).await?,
            };
            if let Some(s) = &resumed.set_aside {
                say_set_aside(&code, s, &resumed.alarms);
            }
            println!(
                "site {code} resumed; {} fork alarm(s) resolved by {}",
                resumed.resolved, user.username
            );
            println!(
                "its token is withdrawn (a copy of a site shares it): enrol the real site again \
                 with `custody sync enrol --re-enrol` and this one-time code (valid {} days):",
                admin::ENROLMENT_DAYS
            );
            println!("{}", resumed.code);
        }
    }
    Ok(())
}

/// `serve`: migrate, bind, say where (and, without TLS, that it is plain HTTP), serve until
/// interrupted.
async fn serve(
    db: Database,
    listen: &str,
    tls: Option<(std::path::PathBuf, std::path::PathBuf)>,
    secure_cookies: bool,
) -> Result<(), HubError> {
    // The files are read before anything else, so a wrong path fails at once.
    let config = match &tls {
        Some((cert, key)) => Some(crate::tls::server_config(cert, key)?),
        None => None,
    };
    migrate(&db).await?;
    let listener = server::bind(listen).await?;
    let addr = listener.local_addr().map_err(|source| HubError::Listen {
        addr: listen.to_string(),
        source,
    })?;
    println!("listening on {addr}");
    let shutdown = async {
        // Without a signal handler the process just ends on Ctrl-C, which is fine too.
        let _ = tokio::signal::ctrl_c().await;
    };
    match config {
        Some(config) => {
            eprintln!("serving TLS (https://{addr})");
            server::serve_tls(listener, config, db, shutdown).await
        }
        None if secure_cookies => {
            eprintln!(
                "serving plain HTTP (http://{addr}) for a TLS proxy: the web page's session \
                 cookie is marked Secure, so browsers must come through the proxy's https://"
            );
            server::serve_behind_tls_proxy(listener, db, shutdown).await
        }
        None => {
            eprintln!(
                "serving plain HTTP (http://{addr}): no --tls-cert/--tls-key given; use them, \
                 or keep the hub on a trusted network behind a TLS proxy (--secure-cookies)"
            );
            server::serve(listener, db, shutdown).await
        }
    }
}

fn print_checks(checks: &[crate::verify::SiteCheck]) {
    for c in checks {
        let head = c.head.as_ref().map_or(String::new(), |(seq, hash)| {
            format!(" to event {seq} (hash {}…)", &hash[..16])
        });
        if c.is_intact() {
            println!(
                "{}: intact, {} events{head}; {} batch signatures checked.",
                c.site, c.events, c.batches
            );
        } else {
            let problems = if c.total_findings == 1 {
                "problem"
            } else {
                "problems"
            };
            println!(
                "{}: NOT INTACT, {} {problems}; {} events check out{head}.",
                c.site, c.total_findings, c.events
            );
            for f in &c.findings {
                println!("- {f}");
            }
        }
        if c.unkeyed > 0 {
            println!(
                "  {} batches stored before the hub kept each batch's key, by a site enrolled again since: their signatures cannot be checked.",
                c.unkeyed
            );
        }
    }
}

/// What `site resume --set-aside-from` set aside, and what it did to the counterfeit alarms.
fn say_set_aside(code: &str, s: &crate::set_aside::SetAside, alarms: &crate::views::AlarmChanges) {
    println!(
        "site {code}: events {}–{} set aside (set-aside {}: {} event(s), {} batch signature(s), \
         kept; see `custody-hub site set-asides {code}`); the hub now holds its chain up to \
         event {}",
        s.from_seq,
        s.last_seq,
        s.id,
        s.events,
        s.batches,
        s.from_seq - 1
    );
    if s.from_seq < s.asked_from {
        println!(
            "site {code}: set aside from event {} rather than {}: a batch signature of the copy \
             set aside reached from event {} to {} or past it, and its events went with it so \
             that none is kept unsigned; the real site pushes events {}–{} again, identical, \
             under its own signature",
            s.from_seq,
            s.asked_from,
            s.from_seq,
            s.asked_from,
            s.from_seq,
            s.asked_from - 1
        );
    }
    println!(
        "counterfeit alarms: {} cleared, {} raised, {} changed by the set-aside",
        alarms.cleared, alarms.raised, alarms.updated
    );
}
