//! `custody replenish …`: who supplies whom, the pick list (made, shown, picked by scanning) and
//! the supplier orders.

use clap::Subcommand;

/// `custody replenish …`
#[derive(Subcommand, Debug)]
#[command(
    after_help = "Shortages at wards and clinics are topped up from the pharmacy or store that supplies each\n(a pick list); shortages at a pharmacy or store are ordered from each product's usual supplier.\nPrint them with `custody report pick-list N --out …` and `custody report supplier-orders --out …`\n(.pdf or .csv).\n\nExamples:\n  custody --as ben replenish supply WARD-3A --from MAIN\n  custody --as ben replenish usual-supplier 09506000134352 --supplier MEDIDIST\n  custody --as amira replenish pick-list --new\n  custody --as amira replenish pick < scans.txt\n  custody --as ben replenish orders"
)]
pub enum ReplenishCommand {
    /// Name the pharmacy or store that tops up a ward or clinic (managers, administrators).
    Supply {
        /// The ward or clinic (code).
        location: String,
        /// The pharmacy or store that supplies it (code).
        #[arg(long, conflicts_with = "clear", required_unless_present = "clear")]
        from: Option<String>,
        /// Remove the supplying location.
        #[arg(long)]
        clear: bool,
    },
    /// Name the supplier a product is usually ordered from (managers, administrators).
    UsualSupplier {
        /// The product's GTIN.
        gtin: String,
        /// The supplier (partner code).
        #[arg(long, conflicts_with = "clear", required_unless_present = "clear")]
        supplier: Option<String>,
        /// Remove the usual supplier.
        #[arg(long)]
        clear: bool,
    },
    /// The current pick list with what has been picked; --new makes one from today's shortages.
    PickList {
        /// Make a new pick list from today's ward and clinic shortages (it replaces the current).
        #[arg(long)]
        new: bool,
    },
    /// Pick by scanning: scans on stdin, one per line; each records the transfer to the ward.
    Pick {
        /// For lot-tracked products: how many each scan picks.
        #[arg(long)]
        quantity: Option<i64>,
        /// The ward being picked for (code): needed when a product is on the list for more
        /// than one ward.
        #[arg(long)]
        ward: Option<String>,
    },
    /// Today's supplier orders: the pharmacies' and stores' shortages by usual supplier.
    Orders,
}
