//! `custody product|location|partner …`: master data.

use std::path::PathBuf;

use clap::Subcommand;

#[derive(Subcommand, Debug)]
pub enum ProductCommand {
    /// Add one product.
    #[command(
        after_help = "Example:\n  custody --as alice product add --gtin 09506000134352 --name \"Amoxicillin 500 mg capsules x21\" --tracking serial --price 4.20"
    )]
    Add {
        /// GTIN (8, 12, 13 or 14 digits, with a valid check digit).
        #[arg(long)]
        gtin: String,
        /// Name as staff know it.
        #[arg(long)]
        name: String,
        /// Generic (INN) name.
        #[arg(long)]
        generic_name: Option<String>,
        /// Dosage form.
        #[arg(long)]
        form: Option<String>,
        /// Strength.
        #[arg(long)]
        strength: Option<String>,
        /// Units per pack.
        #[arg(long)]
        pack_size: Option<i64>,
        /// Manufacturer.
        #[arg(long)]
        manufacturer: Option<String>,
        /// serial (every pack has a serial; the default) or lot (lot and quantity).
        #[arg(long)]
        tracking: Option<String>,
        /// Contract price per pack, e.g. 12.50.
        #[arg(long)]
        price: Option<String>,
        /// Storage notes.
        #[arg(long)]
        storage: Option<String>,
        /// Controlled substance.
        #[arg(long)]
        controlled: bool,
        /// US NDC with hyphens.
        #[arg(long)]
        ndc: Option<String>,
        /// German PZN.
        #[arg(long)]
        pzn: Option<String>,
        /// French CIP.
        #[arg(long)]
        cip: Option<String>,
    },
    /// Import products from a CSV file: all rows or none.
    #[command(
        after_help = "Columns (header row required; gtin and name required):\n  gtin,name,generic_name,form,strength,pack_size,manufacturer,tracking,contract_price,storage,controlled,ndc,pzn,cip\nEvery problem is reported with its line and column, and nothing is imported unless all rows are good.\n\nExample:\n  custody --as alice product import products.csv"
    )]
    Import {
        /// The CSV file.
        file: PathBuf,
    },
    /// List products.
    #[command(after_help = "Example:\n  custody --as alice product list --search amox")]
    List {
        /// Only names or GTINs containing this.
        #[arg(long, default_value = "")]
        search: String,
        /// At most this many (1 to 10,000).
        #[arg(long, default_value_t = 200)]
        limit: u32,
    },
}

#[derive(Subcommand, Debug)]
pub enum LocationCommand {
    /// Add a location.
    #[command(
        after_help = "Example:\n  custody --as alice location add WARD-3A \"Ward 3A\" --kind ward"
    )]
    Add {
        /// Short code.
        code: String,
        /// Name.
        name: String,
        /// pharmacy, store, ward, clinic or quarantine.
        #[arg(long)]
        kind: String,
    },
    /// List locations.
    #[command(after_help = "Example:\n  custody --as alice location list")]
    List,
}

#[derive(Subcommand, Debug)]
pub enum PartnerCommand {
    /// Add a trading partner.
    #[command(
        after_help = "Example:\n  custody --as alice partner add MEDIDIST \"MediDist Wholesale\" --kind distributor --gln 0614141000012"
    )]
    Add {
        /// Short code.
        code: String,
        /// Name.
        name: String,
        /// supplier, distributor or manufacturer.
        #[arg(long)]
        kind: String,
        /// GLN (13 digits).
        #[arg(long)]
        gln: Option<String>,
    },
    /// List trading partners.
    #[command(after_help = "Example:\n  custody --as alice partner list")]
    List,
}
