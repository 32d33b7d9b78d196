//! `custody product`, `location` and `partner` (with `partner price`, contract prices per
//! supplier): each command's arguments become the api's request (`custody_api::master`,
//! `custody_api::prices`), and its answer is printed.

use std::path::Path;

use anyhow::{Context as _, Result};
use custody_api::master::{self, NewLocation, NewPartner, ProductQuery, ProductUpdate};
use custody_api::prices::{self, SupplierPriceQuery, SupplierPriceUpdate};
use custody_api::Cx;
use custody_core::currency::Currency;
use custody_core::master::{parse_price, read_price, SupplierPrice, FROM_THE_START};
use custody_core::{CoreError, ProductData};
use serde_json::json;

use crate::args::{
    LocationCommand, PartnerCommand, PriceCommand, ProductAddArgs, ProductCommand, ProductEditArgs,
};
use crate::files::read_import;
use crate::output::{self, opt, table};
use crate::speech::{headers, t};

/// `custody product …`: one function per subcommand.
pub fn product(cx: &mut Cx<'_>, c: ProductCommand, as_json: bool) -> Result<i32> {
    match c {
        ProductCommand::Add(a) => add_product(cx, a, as_json),
        ProductCommand::Edit(a) => edit_product(cx, a, as_json),
        ProductCommand::Import { file } => import_products(cx, &file, as_json),
        ProductCommand::List { search, limit } => list_products(cx, search, limit, as_json),
    }
}

/// The product `custody product add` describes, its tracking and price read from the options'
/// text (refused naming the option).
fn product_data(a: ProductAddArgs) -> Result<ProductData> {
    Ok(ProductData {
        gtin: a.gtin,
        name: a.name,
        generic_name: a.generic_name,
        form: a.form,
        strength: a.strength,
        pack_size: a.pack_size,
        manufacturer: a.manufacturer,
        tracking: a
            .tracking
            .as_deref()
            .map(str::parse)
            .transpose()
            .map_err(anyhow::Error::msg)
            .context("--tracking")?,
        contract_price_cents: a
            .price
            .map(|p| parse_price(&p))
            .transpose()
            .map_err(anyhow::Error::msg)
            .context("--price")?,
        storage: a.storage,
        controlled: a.controlled,
        ndc: a.ndc,
        pzn: a.pzn,
        cip: a.cip,
    })
}

/// `custody product add`.
fn add_product(cx: &mut Cx<'_>, a: ProductAddArgs, as_json: bool) -> Result<i32> {
    let p = master::add_product(cx, product_data(a)?)?;
    if as_json {
        output::json(&p)
    } else {
        println!(
            "{}",
            t!("product-added", gtin = p.data.gtin, name = p.data.name)
        )
    }
    Ok(0)
}

/// `custody product edit --gtin G …`: the product's record as the api lists it, with each option
/// given put over it, sent whole as the app's form sends it.
fn edit_product(cx: &mut Cx<'_>, a: ProductEditArgs, as_json: bool) -> Result<i32> {
    // The list shows GTIN-14; a shorter GTIN typed here is the same product.
    let gtin = custody_gs1::Gtin::parse(a.gtin.trim())
        .map(|g| g.to_string())
        .unwrap_or_else(|_| a.gtin.trim().to_string());
    let query = ProductQuery {
        search: gtin.clone(),
        limit: Some(10),
    };
    let current = master::products(cx, query)?
        .into_iter()
        .find(|p| p.data.gtin == gtin)
        .ok_or_else(|| {
            custody_api::ApiError::from(
                CoreError::refused("master.product_unknown").arg("gtin", gtin.as_str()),
            )
        })?;
    let old = current.data;
    let tracking = match a.tracking.as_deref() {
        Some(t) => Some(
            t.parse()
                .map_err(anyhow::Error::msg)
                .context("--tracking")?,
        ),
        None => old.tracking,
    };
    let contract_price_cents = match a.price.as_deref() {
        Some(p) => Some(
            parse_price(p)
                .map_err(anyhow::Error::msg)
                .context("--price")?,
        ),
        None => old.contract_price_cents,
    };
    let product = ProductData {
        gtin: old.gtin,
        name: a.name.unwrap_or(old.name),
        generic_name: a.generic_name.or(old.generic_name),
        form: a.form.or(old.form),
        strength: a.strength.or(old.strength),
        pack_size: a.pack_size.or(old.pack_size),
        manufacturer: a.manufacturer.or(old.manufacturer),
        tracking,
        contract_price_cents,
        storage: a.storage.or(old.storage),
        controlled: a.controlled.unwrap_or(old.controlled),
        ndc: a.ndc.or(old.ndc),
        pzn: a.pzn.or(old.pzn),
        cip: a.cip.or(old.cip),
    };
    let p = master::update_product(
        cx,
        ProductUpdate {
            id: current.id,
            product,
        },
    )?;
    if as_json {
        output::json(&p)
    } else {
        println!(
            "{}",
            t!("product-changed", gtin = p.data.gtin, name = p.data.name)
        )
    }
    Ok(0)
}

/// `custody product import FILE`: read with the import size limit, all rows or none.
fn import_products(cx: &mut Cx<'_>, file: &Path, as_json: bool) -> Result<i32> {
    let bytes = read_import(file)?;
    let n = master::import_products_bytes(cx, &bytes)
        .with_context(|| format!("importing {}", file.display()))?;
    if as_json {
        output::json(&json!({"imported": n}))
    } else {
        let file = file.display().to_string();
        println!("{}", t!("product-imported", products = n, file = file))
    }
    Ok(0)
}

/// `custody product list`.
fn list_products(cx: &mut Cx<'_>, search: String, limit: u32, as_json: bool) -> Result<i32> {
    let ps = master::products(
        cx,
        ProductQuery {
            search,
            limit: Some(limit),
        },
    )?;
    if as_json {
        output::json(&ps);
        return Ok(0);
    }
    table(
        &headers(&[
            "cli-col-gtin",
            "cli-col-name",
            "product-col-tracking",
            "product-col-pack",
            "product-col-manufacturer",
        ]),
        &ps.iter()
            .map(|p| {
                vec![
                    p.data.gtin.clone(),
                    p.data.name.clone(),
                    p.tracking().to_string(),
                    opt(&p.data.pack_size),
                    opt(&p.data.manufacturer),
                ]
            })
            .collect::<Vec<_>>(),
    );
    Ok(0)
}

/// `custody location add|list`.
pub fn location(cx: &mut Cx<'_>, c: LocationCommand, as_json: bool) -> Result<i32> {
    match c {
        LocationCommand::Add { code, name, kind } => add_location(cx, code, name, &kind, as_json),
        LocationCommand::List => list_locations(cx, as_json),
    }
}

/// `custody location add CODE NAME --kind …`.
fn add_location(
    cx: &mut Cx<'_>,
    code: String,
    name: String,
    kind: &str,
    as_json: bool,
) -> Result<i32> {
    let kind = kind.parse().map_err(anyhow::Error::msg).context("--kind")?;
    let l = master::add_location(cx, NewLocation { code, name, kind })?;
    if as_json {
        output::json(&l)
    } else {
        println!("{}", t!("location-added", code = l.code, name = l.name))
    }
    Ok(0)
}

/// `custody location list`.
fn list_locations(cx: &mut Cx<'_>, as_json: bool) -> Result<i32> {
    let ls = master::locations(cx, ())?;
    if as_json {
        output::json(&ls);
        return Ok(0);
    }
    table(
        &headers(&["cli-col-code", "cli-col-name", "cli-col-kind"]),
        &ls.iter()
            .map(|l| vec![l.code.clone(), l.name.clone(), l.kind.to_string()])
            .collect::<Vec<_>>(),
    );
    Ok(0)
}

/// `custody partner add|list`.
pub fn partner(cx: &mut Cx<'_>, c: PartnerCommand, as_json: bool) -> Result<i32> {
    match c {
        PartnerCommand::Add {
            code,
            name,
            kind,
            gln,
        } => {
            let kind = kind.parse().map_err(anyhow::Error::msg).context("--kind")?;
            add_partner(
                cx,
                NewPartner {
                    code,
                    name,
                    kind,
                    gln,
                },
                as_json,
            )
        }
        PartnerCommand::List => list_partners(cx, as_json),
        PartnerCommand::Price(c) => price(cx, c, as_json),
    }
}

/// `custody partner price set|list|import`.
fn price(cx: &mut Cx<'_>, c: PriceCommand, as_json: bool) -> Result<i32> {
    let currency = cx.store().currency()?;
    match c {
        PriceCommand::Set {
            supplier,
            gtin,
            price,
            from,
        } => {
            let price_cents = read_price(&price, currency, "price").context("--price")?;
            let set = prices::set_supplier_price(
                cx,
                SupplierPriceUpdate {
                    supplier,
                    gtin,
                    price_cents,
                    valid_from: from,
                },
            )?;
            if as_json {
                output::json(&set);
            } else {
                println!(
                    "{}",
                    t!(
                        "price-set",
                        gtin = set.gtin,
                        supplier = set.supplier,
                        price = money(set.price_cents, currency),
                        from = from_day(&set.valid_from)
                    )
                );
            }
        }
        PriceCommand::List { supplier, gtin } => {
            let listed = prices::supplier_prices(cx, SupplierPriceQuery { supplier, gtin })?;
            if as_json {
                output::json(&listed);
            } else {
                price_table(&listed, currency);
            }
        }
        PriceCommand::Import { file } => {
            let bytes = read_import(&file)?;
            let n = prices::import_supplier_prices_bytes(cx, &bytes)
                .with_context(|| format!("importing {}", file.display()))?;
            if as_json {
                output::json(&json!({"imported": n}));
            } else {
                let file = file.display().to_string();
                println!("{}", t!("price-imported", prices = n, file = file));
            }
        }
    }
    Ok(0)
}

/// Money with the site currency's decimals (two when none is chosen).
fn money(cents: i64, currency: Option<Currency>) -> String {
    match currency {
        Some(c) => c.plain(cents),
        None => format!("{}.{:02}", cents / 100, cents % 100),
    }
}

/// A contract's first day as a person reads it: the day, or "from the start".
fn from_day(valid_from: &str) -> String {
    if valid_from == FROM_THE_START {
        t!("price-from-start")
    } else {
        valid_from.to_string()
    }
}

/// The contract prices as a table; the price column names the site's currency when one was
/// chosen.
fn price_table(listed: &[SupplierPrice], currency: Option<Currency>) {
    if listed.is_empty() {
        println!("{}", t!("price-none"));
        return;
    }
    let mut header = headers(&[
        "price-col-supplier",
        "cli-col-gtin",
        "cli-col-product",
        "price-col-from",
        "price-col-price",
    ]);
    if let (Some(c), Some(price)) = (currency, header.last_mut()) {
        *price = format!("{price} ({c})");
    }
    table(
        &header,
        &listed
            .iter()
            .map(|p| {
                vec![
                    p.supplier.clone(),
                    p.gtin.clone(),
                    p.product.clone(),
                    from_day(&p.valid_from),
                    money(p.price_cents, currency),
                ]
            })
            .collect::<Vec<_>>(),
    );
}

/// `custody partner add CODE NAME --kind … [--gln …]`.
fn add_partner(cx: &mut Cx<'_>, partner: NewPartner, as_json: bool) -> Result<i32> {
    let p = master::add_partner(cx, partner)?;
    if as_json {
        output::json(&p)
    } else {
        println!("{}", t!("partner-added", code = p.code, name = p.name))
    }
    Ok(0)
}

/// `custody partner list`.
fn list_partners(cx: &mut Cx<'_>, as_json: bool) -> Result<i32> {
    let ps = master::partners(cx, ())?;
    if as_json {
        output::json(&ps);
        return Ok(0);
    }
    table(
        &headers(&[
            "cli-col-code",
            "cli-col-name",
            "cli-col-kind",
            "partner-col-gln",
        ]),
        &ps.iter()
            .map(|p| {
                vec![
                    p.code.clone(),
                    p.name.clone(),
                    p.kind.to_string(),
                    opt(&p.gln),
                ]
            })
            .collect::<Vec<_>>(),
    );
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `custody product add --gtin … --name …` with nothing else given.
    fn added(gtin: &str, name: &str) -> ProductAddArgs {
        ProductAddArgs {
            gtin: gtin.into(),
            name: name.into(),
            generic_name: None,
            form: None,
            strength: None,
            pack_size: None,
            manufacturer: None,
            tracking: None,
            price: None,
            storage: None,
            controlled: false,
            ndc: None,
            pzn: None,
            cip: None,
        }
    }

    #[test]
    fn a_products_price_and_tracking_are_read_from_the_options_text() {
        let data = product_data(ProductAddArgs {
            price: Some("4.20".into()),
            tracking: Some("lot".into()),
            ..added("09506000134352", "Amoxicillin")
        })
        .map_err(|e| format!("{e:#}"));
        let data = data.as_ref();
        assert_eq!(
            data.map(|d| d.contract_price_cents),
            Ok(Some(420)),
            "a price is stored in cents"
        );
        assert_eq!(
            data.map(|d| d.tracking.map(|t| t.to_string())),
            Ok(Some("lot".into())),
            "--tracking lot is lot tracking"
        );
        let plain = product_data(added("09506000134352", "Amoxicillin")).map_err(|e| e.to_string());
        assert_eq!(
            plain.as_ref().map(|d| (d.contract_price_cents, d.tracking)),
            Ok((None, None)),
            "options not given are not sent: the api's defaults apply"
        );
    }

    #[test]
    fn a_bad_price_or_tracking_is_refused_naming_the_option() {
        let price = product_data(ProductAddArgs {
            price: Some("four".into()),
            ..added("09506000134352", "Amoxicillin")
        })
        .map(|_| ())
        .map_err(|e| format!("{e:#}"));
        assert!(
            price.as_ref().is_err_and(|m| m.starts_with("--price")),
            "the person is told which option is wrong: {price:?}"
        );
        let tracking = product_data(ProductAddArgs {
            tracking: Some("box".into()),
            ..added("09506000134352", "Amoxicillin")
        })
        .map(|_| ())
        .map_err(|e| format!("{e:#}"));
        assert!(
            tracking
                .as_ref()
                .is_err_and(|m| m.starts_with("--tracking")),
            "the person is told which option is wrong: {tracking:?}"
        );
    }
}
