//! The command line's side of the master data and recalls the hub owns: `custody-hub product
//! add|list`, `partner add|list` and `recall add|extend|list|show|close`. Each command is one call into
//! the library (`feed`, `recall`); this module only parses and prints.

use clap::Subcommand;

use crate::cli_people::sign_in_as;
use crate::db::Database;
use crate::feed::{self, PartnerInput, ProductInput, Write};
use crate::recall::{self, RecallInput};
use crate::{table, HubError};

/// `product …`
#[derive(Debug, Subcommand)]
pub enum ProductCommand {
    /// Add a product (or change one with --replace); the sites using it receive it on their
    /// next pull.
    Add(Box<ProductArgs>),
    /// Every product, with the sites that use it.
    List,
}

/// A product's fields.
#[derive(Debug, clap::Args)]
pub struct ProductArgs {
    /// GTIN (8, 12, 13 or 14 digits; kept as GTIN-14).
    pub gtin: String,
    /// Name.
    #[arg(long)]
    pub name: String,
    /// serial or lot.
    #[arg(long, default_value = "serial")]
    pub tracking: String,
    /// Generic (INN) name.
    #[arg(long)]
    pub generic_name: Option<String>,
    /// Dosage form.
    #[arg(long)]
    pub form: Option<String>,
    /// Strength.
    #[arg(long)]
    pub strength: Option<String>,
    /// Units in a pack.
    #[arg(long)]
    pub pack_size: Option<i64>,
    /// Manufacturer.
    #[arg(long)]
    pub manufacturer: Option<String>,
    /// Storage conditions.
    #[arg(long)]
    pub storage: Option<String>,
    /// A controlled drug.
    #[arg(long)]
    pub controlled: bool,
    /// National Drug Code, as given.
    #[arg(long)]
    pub ndc: Option<String>,
    /// Pharmazentralnummer, as given.
    #[arg(long)]
    pub pzn: Option<String>,
    /// Code CIP, as given.
    #[arg(long)]
    pub cip: Option<String>,
    /// Change the product with this GTIN if the hub has it.
    #[arg(long)]
    pub replace: bool,
}

/// `partner …`
#[derive(Debug, Subcommand)]
pub enum PartnerCommand {
    /// Add a partner (or change one with --replace); the sites using it receive it on their
    /// next pull.
    Add {
        /// The partner's code across the network.
        code: String,
        /// Name.
        #[arg(long)]
        name: String,
        /// supplier, distributor or manufacturer.
        #[arg(long)]
        kind: String,
        /// GLN (13 digits).
        #[arg(long)]
        gln: Option<String>,
        /// Change the partner with this code if the hub has it.
        #[arg(long)]
        replace: bool,
    },
    /// Every partner, with the sites that use it.
    List,
}

/// `recall …`
#[derive(Debug, Subcommand)]
pub enum RecallCommand {
    /// Enter a network recall (QA officers): it goes to every site that uses the GTIN on its
    /// next pull, where it is entered and the stock it covers is held.
    #[command(
        after_help = "Example:\n  custody-hub recall add 09506000134352 --number RC-2026-14 --lot A12345 --class II \\\n    --reason \"Out-of-specification dissolution\" --as osei"
    )]
    Add {
        /// The product's GTIN.
        gtin: String,
        /// The firm's or regulator's recall number (the sites' recalls carry it).
        #[arg(long)]
        number: String,
        /// A lot it covers (repeat for more).
        #[arg(long = "lot")]
        lots: Vec<String>,
        /// A pack it covers, by serial (repeat for more).
        #[arg(long = "serial")]
        serials: Vec<String>,
        /// I, II, III or withdrawal.
        #[arg(long)]
        class: String,
        /// Why the product is recalled.
        #[arg(long)]
        reason: String,
        /// A short title (made from the GTIN and what it covers when not given).
        #[arg(long)]
        title: Option<String>,
        /// The notice's date, 2026-12-01 (today when not given).
        #[arg(long)]
        issued_on: Option<String>,
        /// The hub person entering it (signs in: password from CUSTODY_HUB_PASSWORD or asked).
        #[arg(long = "as", value_name = "USERNAME")]
        by: String,
    },
    /// Widen an open network recall with further lots or serials of its GTIN (QA officers): the
    /// sites it reached, and any site using the GTIN since, hold them on their next pull.
    #[command(
        after_help = "Refused for a closed recall, for lots and serials it covers already, and for a recall a site\nhas closed already: enter those as a new recall (recall add).\n\nExample:\n  custody-hub recall extend 3 --lot A12346 --lot A12347 \\\n    --reason \"The firm's second letter: two more lots\" --as osei"
    )]
    Extend {
        /// The recall's number at the hub, as `recall list` shows it.
        id: i64,
        /// A further lot it covers (repeat for more).
        #[arg(long = "lot")]
        lots: Vec<String>,
        /// A further pack it covers, by serial (repeat for more).
        #[arg(long = "serial")]
        serials: Vec<String>,
        /// Why the recall is widened.
        #[arg(long)]
        reason: String,
        /// The hub person widening it (signs in: password from CUSTODY_HUB_PASSWORD or asked).
        #[arg(long = "as", value_name = "USERNAME")]
        by: String,
    },
    /// Every network recall, newest first.
    List,
    /// A recall reconciled across the sites: each site's events that name it and its packs by
    /// outcome (in stock, held, returned, destroyed, dispensed before or after the recall…),
    /// then each pack; whether it can be closed.
    Show {
        /// The recall's number at the hub, as `recall list` shows it.
        id: i64,
    },
    /// Close a recall once nothing it covers is open at any site: in stock, held, in transit,
    /// or left a site (dispensed, transferred outside the network, missing) without an outcome
    /// from that site.
    Close {
        /// The recall's number at the hub.
        id: i64,
        /// The hub person closing it (signs in: password from CUSTODY_HUB_PASSWORD or asked).
        #[arg(long = "as", value_name = "USERNAME")]
        by: String,
        /// Close although some packs that left a site have no outcome from it, saying why (the
        /// site is not upgraded, closed down, suspended); kept with the closure. Never closes
        /// one with stock still in stock, held or in transit.
        #[arg(long, value_name = "WHY")]
        unanswered: Option<String>,
    },
}

pub(crate) async fn recall(db: &Database, c: RecallCommand) -> Result<(), HubError> {
    match c {
        RecallCommand::Add {
            gtin,
            number,
            lots,
            serials,
            class,
            reason,
            title,
            issued_on,
            by,
        } => {
            let input = RecallInput {
                number,
                gtin,
                lots,
                serials,
                class,
                title,
                reason,
                issued_on,
            };
            let user = sign_in_as(db, &by).await?;
            let r = recall::add(db, &input, &user).await?;
            println!("recall {} ({}) entered: {}", r.id, r.number, r.title);
        }
        RecallCommand::Extend {
            id,
            lots,
            serials,
            reason,
            by,
        } => {
            let input = recall::ExtensionInput {
                lots,
                serials,
                reason,
            };
            let user = sign_in_as(db, &by).await?;
            let e = recall::extend(db, id, &input, &user).await?;
            let added = e
                .lots
                .iter()
                .map(|l| format!("lot {l}"))
                .chain(e.serials.iter().map(|s| format!("serial {s}")))
                .collect::<Vec<_>>()
                .join(", ");
            println!(
                "recall {} ({}) extended: {added}; the sites using GTIN {} hold them on their next pull",
                e.recall.id, e.recall.number, e.recall.gtin
            );
        }
        RecallCommand::List => table::recalls(&recall::list(db).await?),
        RecallCommand::Show { id } => table::reconciliation(&recall::show(db, id).await?),
        RecallCommand::Close { id, by, unanswered } => {
            let user = sign_in_as(db, &by).await?;
            let r = match unanswered {
                Some(why) => recall::close_unanswered(db, id, &user, &why).await?,
                None => recall::close(db, id, &user).await?,
            };
            println!(
                "recall {} ({}) closed {}",
                r.id,
                r.number,
                r.closed.as_deref().unwrap_or_default()
            );
        }
    }
    Ok(())
}

pub(crate) async fn product(db: &Database, c: ProductCommand) -> Result<(), HubError> {
    match c {
        ProductCommand::Add(a) => {
            let a = *a;
            let write = if a.replace {
                Write::Replace
            } else {
                Write::New
            };
            let input = ProductInput {
                gtin: a.gtin,
                name: a.name,
                generic_name: a.generic_name,
                form: a.form,
                strength: a.strength,
                pack_size: a.pack_size,
                manufacturer: a.manufacturer,
                tracking: a.tracking,
                storage: a.storage,
                controlled: a.controlled,
                ndc: a.ndc,
                pzn: a.pzn,
                cip: a.cip,
            };
            let p = feed::add_product(db, &input, write).await?;
            println!("product {} {}", p.gtin, p.name);
        }
        ProductCommand::List => table::products(&feed::products(db).await?),
    }
    Ok(())
}

pub(crate) async fn partner(db: &Database, c: PartnerCommand) -> Result<(), HubError> {
    match c {
        PartnerCommand::Add {
            code,
            name,
            kind,
            gln,
            replace,
        } => {
            let write = if replace { Write::Replace } else { Write::New };
            let input = PartnerInput {
                code,
                name,
                kind,
                gln,
            };
            let p = feed::add_partner(db, &input, write).await?;
            println!("partner {} {}", p.code, p.name);
        }
        PartnerCommand::List => table::partners(&feed::partners(db).await?),
    }
    Ok(())
}
