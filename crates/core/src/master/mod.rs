//! Master data: the site, its locations, trading partners and products, each added by a person
//! with the right (`permissions`) and named by a stable code or GTIN that the ledger hashes.
//! `places.rs` holds sites, locations and partners; `products.rs` what a product record must
//! hold and the product queries; `product_file.rs` the CSV import (all or nothing, every problem
//! with its line and column); `supply.rs` who supplies whom (a ward's supplying pharmacy or
//! store, a product's usual supplier); `supplier_price.rs` the contract price of a product with each
//! supplier, from a day on. Users are not master data: reading them is `users`, managing them
//! `auth`.

mod places;
mod product_file;
mod products;
mod supplier_price;
mod supply;

pub(crate) use places::{checked_partner, insert_site};
pub use product_file::{MAX_IMPORT_BYTES, PRODUCT_CSV_COLUMNS};
pub(crate) use products::{
    has_stock_recorded, insert_product, product_from_row, write_product, PRODUCT_COLUMNS,
};
pub use products::{parse_price, validate_product, MAX_CONTRACT_PRICE_CENTS};
pub use supplier_price::{
    check_price, read_price, read_valid_from, NewSupplierPrice, SupplierPrice, FROM_THE_START,
    SUPPLIER_PRICE_CSV_COLUMNS,
};
