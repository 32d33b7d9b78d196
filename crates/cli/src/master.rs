//! `custody product`, `location` and `partner`: each command's arguments become the api's
//! request (`custody_api::master`), and its answer is printed.

use anyhow::{Context as _, Result};
use custody_api::master::{self, NewLocation, NewPartner, ProductQuery};
use custody_api::Cx;
use custody_core::master::parse_price;
use custody_core::ProductData;
use serde_json::json;

use crate::args::{LocationCommand, PartnerCommand, ProductCommand};
use crate::files::read_import;
use crate::output::{self, opt, table};

pub fn product(cx: &mut Cx<'_>, c: ProductCommand, as_json: bool) -> Result<i32> {
    match c {
        ProductCommand::Add {
            gtin,
            name,
            generic_name,
            form,
            strength,
            pack_size,
            manufacturer,
            tracking,
            price,
            storage,
            controlled,
            ndc,
            pzn,
            cip,
        } => {
            let data = ProductData {
                gtin,
                name,
                generic_name,
                form,
                strength,
                pack_size,
                manufacturer,
                tracking: tracking
                    .as_deref()
                    .map(str::parse)
                    .transpose()
                    .map_err(anyhow::Error::msg)
                    .context("--tracking")?,
                contract_price_cents: price
                    .map(|p| parse_price(&p))
                    .transpose()
                    .map_err(anyhow::Error::msg)
                    .context("--price")?,
                storage,
                controlled,
                ndc,
                pzn,
                cip,
            };
            let p = master::add_product(cx, data)?;
            if as_json {
                output::json(&p)
            } else {
                println!("Added product {} ({}).", p.data.gtin, p.data.name)
            }
        }
        ProductCommand::Import { file } => {
            let bytes = read_import(&file)?;
            let n = master::import_products_bytes(cx, &bytes)
                .with_context(|| format!("importing {}", file.display()))?;
            if as_json {
                output::json(&json!({"imported": n}))
            } else {
                println!("Imported {n} products from {}.", file.display())
            }
        }
        ProductCommand::List { search, limit } => {
            let ps = master::products(
                cx,
                ProductQuery {
                    search,
                    limit: Some(limit),
                },
            )?;
            if as_json {
                output::json(&ps);
            } else {
                table(
                    &["gtin", "name", "tracking", "pack", "manufacturer"],
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
            }
        }
    }
    Ok(0)
}

pub fn location(cx: &mut Cx<'_>, c: LocationCommand, as_json: bool) -> Result<i32> {
    match c {
        LocationCommand::Add { code, name, kind } => {
            let kind = kind.parse().map_err(anyhow::Error::msg).context("--kind")?;
            let l = master::add_location(cx, NewLocation { code, name, kind })?;
            if as_json {
                output::json(&l)
            } else {
                println!("Added location {} ({}).", l.code, l.name)
            }
        }
        LocationCommand::List => {
            let ls = master::locations(cx, ())?;
            if as_json {
                output::json(&ls);
            } else {
                table(
                    &["code", "name", "kind"],
                    &ls.iter()
                        .map(|l| vec![l.code.clone(), l.name.clone(), l.kind.to_string()])
                        .collect::<Vec<_>>(),
                );
            }
        }
    }
    Ok(0)
}

pub fn partner(cx: &mut Cx<'_>, c: PartnerCommand, as_json: bool) -> Result<i32> {
    match c {
        PartnerCommand::Add {
            code,
            name,
            kind,
            gln,
        } => {
            let kind = kind.parse().map_err(anyhow::Error::msg).context("--kind")?;
            let p = master::add_partner(
                cx,
                NewPartner {
                    code,
                    name,
                    kind,
                    gln,
                },
            )?;
            if as_json {
                output::json(&p)
            } else {
                println!("Added partner {} ({}).", p.code, p.name)
            }
        }
        PartnerCommand::List => {
            let ps = master::partners(cx, ())?;
            if as_json {
                output::json(&ps);
            } else {
                table(
                    &["code", "name", "kind", "gln"],
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
            }
        }
    }
    Ok(0)
}
