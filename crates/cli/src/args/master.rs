//! `custody product|location|partner …`: master data.

use std::path::PathBuf;

use clap::{Args, Subcommand};

#[derive(Subcommand, Debug)]
pub enum ProductCommand {
    /// Add one product.
    #[command(
        after_help = "Example:\n  custody --as alice product add --gtin 09506000134352 --name \"Amoxicillin 500 mg capsules x21\" --tracking serial --price 4.20"
    )]
    Add(ProductAddArgs),
    /// Change one product: only the options given.
    ///
    /// Its GTIN never changes (it is how the ledger names the product); its tracking only while
    /// none of it has been recorded.
    #[command(
        after_help = "An empty value clears an optional text (--storage \"\").\n\nExample:\n  custody --as alice product edit --gtin 09506000134352 --name \"Amoxicillin 500 mg capsules x21\" --storage \"below 25 °C\""
    )]
    Edit(ProductEditArgs),
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
    /// Contract prices with a supplier: set, list or import them.
    #[command(subcommand)]
    Price(PriceCommand),
}

/// `custody partner price …`: a product's contract price with each supplier, from a day on.
#[derive(Subcommand, Debug)]
pub enum PriceCommand {
    /// Set a product's contract price with a supplier, in force from a day on.
    ///
    /// A product bought from two suppliers has a price with each. A receipt is judged against
    /// the contract of its own supplier in force on its day (the latest --from on or before it),
    /// else the product's contract price (`product add --price`). The same supplier, product and
    /// day again replaces the price.
    #[command(
        after_help = "The price is in the site's currency (`custody settings`), written with its decimals and a point.\n\nExample:\n  custody --as alice partner price set MEDIDIST --gtin 09506000134352 --price 4.10 --from 2027-01-01"
    )]
    Set {
        /// The supplier's code.
        supplier: String,
        /// The product's GTIN.
        #[arg(long)]
        gtin: String,
        /// The price of one pack, e.g. 4.10.
        #[arg(long)]
        price: String,
        /// The first day it is in force (YYYY-MM-DD); today when left out.
        #[arg(long, value_name = "DAY")]
        from: Option<String>,
    },
    /// List contract prices, of one supplier or one product.
    #[command(after_help = "Example:\n  custody --as alice partner price list MEDIDIST")]
    List {
        /// Only this supplier's (its code).
        supplier: Option<String>,
        /// Only this product's.
        #[arg(long)]
        gtin: Option<String>,
    },
    /// Import contract prices from a CSV file: all rows or none.
    #[command(
        after_help = "Columns (header row required; gtin, supplier and price required):\n  gtin,supplier,price,valid_from\nAn empty or missing valid_from is today. Every problem is reported with its line and column, and\nnothing is imported unless all rows are good.\n\nExample:\n  custody --as alice partner price import contracts.csv"
    )]
    Import {
        /// The CSV file.
        file: PathBuf,
    },
}

/// The product `custody product add` adds.
#[derive(Args, Debug)]
pub struct ProductAddArgs {
    /// GTIN (8, 12, 13 or 14 digits, with a valid check digit).
    #[arg(long)]
    pub gtin: String,
    /// Name as staff know it.
    #[arg(long)]
    pub name: String,
    /// Generic (INN) name.
    #[arg(long)]
    pub generic_name: Option<String>,
    /// Dosage form.
    #[arg(long)]
    pub form: Option<String>,
    /// Strength.
    #[arg(long)]
    pub strength: Option<String>,
    /// Units per pack.
    #[arg(long)]
    pub pack_size: Option<i64>,
    /// Manufacturer.
    #[arg(long)]
    pub manufacturer: Option<String>,
    /// serial (every pack has a serial; the default) or lot (lot and quantity).
    #[arg(long)]
    pub tracking: Option<String>,
    /// Contract price per pack, e.g. 12.50.
    #[arg(long)]
    pub price: Option<String>,
    /// Storage notes.
    #[arg(long)]
    pub storage: Option<String>,
    /// Controlled substance.
    #[arg(long)]
    pub controlled: bool,
    /// US NDC with hyphens.
    #[arg(long)]
    pub ndc: Option<String>,
    /// German PZN.
    #[arg(long)]
    pub pzn: Option<String>,
    /// French CIP.
    #[arg(long)]
    pub cip: Option<String>,
}

/// What `custody product edit` changes: the product named by its GTIN, and each option given.
#[derive(Args, Debug)]
pub struct ProductEditArgs {
    /// The product's GTIN (which itself cannot change).
    #[arg(long)]
    pub gtin: String,
    /// Name as staff know it.
    #[arg(long)]
    pub name: Option<String>,
    /// Generic (INN) name.
    #[arg(long)]
    pub generic_name: Option<String>,
    /// Dosage form.
    #[arg(long)]
    pub form: Option<String>,
    /// Strength.
    #[arg(long)]
    pub strength: Option<String>,
    /// Units per pack.
    #[arg(long)]
    pub pack_size: Option<i64>,
    /// Manufacturer.
    #[arg(long)]
    pub manufacturer: Option<String>,
    /// serial or lot; refused once a pack or lot of the product has been recorded.
    #[arg(long)]
    pub tracking: Option<String>,
    /// Contract price per pack, e.g. 12.50.
    #[arg(long)]
    pub price: Option<String>,
    /// Storage notes.
    #[arg(long)]
    pub storage: Option<String>,
    /// Controlled substance: true or false.
    #[arg(long)]
    pub controlled: Option<bool>,
    /// US NDC with hyphens.
    #[arg(long)]
    pub ndc: Option<String>,
    /// German PZN.
    #[arg(long)]
    pub pzn: Option<String>,
    /// French CIP.
    #[arg(long)]
    pub cip: Option<String>,
}
