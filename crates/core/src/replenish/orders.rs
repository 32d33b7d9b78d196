//! Supplier orders: the shortages at pharmacies and stores, grouped by each product's usual
//! supplier (products without one in a group of their own, to be given one), each line with the
//! quantity that reaches par, the usual supplier's contract price and the line total (printed and exported as
//! CSV by `report`).

use chrono::NaiveDate;
use serde::Serialize;

use crate::error::{CoreError, CoreResult};
use crate::levels::LevelPolicy;
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

/// One line of a supplier order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OrderLine {
    /// The pharmacy or store it is for (code).
    pub location: String,
    /// GTIN-14.
    pub gtin: String,
    /// Product name.
    pub product: String,
    /// How many, to reach the par level.
    pub quantity: i64,
    /// The contract price of one with the usual supplier today (else the product's), in
    /// hundredths, if there is one.
    pub unit_price_cents: Option<i64>,
    /// Quantity times the contract price, if there is one.
    pub line_total_cents: Option<i64>,
}

/// The order to one supplier (or the lines whose product has no usual supplier yet).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SupplierOrder {
    /// The supplier's code; none for products without a usual supplier.
    pub supplier: Option<String>,
    /// The supplier's name.
    pub supplier_name: Option<String>,
    /// The lines, by location and product name.
    pub lines: Vec<OrderLine>,
    /// The total of the priced lines, in cents.
    pub total_cents: i64,
    /// How many lines have no contract price (and are not in the total).
    pub unpriced_lines: i64,
}

impl Store {
    /// Today's shortages at pharmacies and stores, as one order per usual supplier, by supplier
    /// code; the lines of products without a usual supplier come last, in a group of their own.
    pub fn supplier_orders(
        &self,
        actor: &User,
        policy: &LevelPolicy,
        today: NaiveDate,
    ) -> CoreResult<Vec<SupplierOrder>> {
        require(actor, Operation::ViewStock)?;
        let places = self.places()?;
        let mut orders: std::collections::BTreeMap<(bool, String), SupplierOrder> =
            Default::default();
        for p in self.shortages(actor, policy, today)? {
            let stocks = places
                .get(&p.location)
                .is_some_and(|(_, kind, _, _)| kind == "pharmacy" || kind == "store");
            if !stocks || p.suggested_order <= 0 {
                continue;
            }
            let product = self.product_by_gtin(&p.gtin)?;
            let supplier = match &product.usual_supplier {
                Some(code) => Some(self.partner(code)?),
                None => None,
            };
            let key = (
                supplier.is_none(),
                supplier
                    .as_ref()
                    .map(|s| s.code.clone())
                    .unwrap_or_default(),
            );
            let order = orders.entry(key).or_insert_with(|| SupplierOrder {
                supplier: supplier.as_ref().map(|s| s.code.clone()),
                supplier_name: supplier.as_ref().map(|s| s.name.clone()),
                lines: Vec::new(),
                total_cents: 0,
                unpriced_lines: 0,
            });
            // The usual supplier's contract in force today, else the product's price.
            let price = self.contract_price(supplier.as_ref().map(|s| s.id), product.id, today)?;
            // Checked: a total that does not fit is refused, never wrapped into a wrong order.
            let total = price
                .map(|c| c.checked_mul(p.suggested_order).ok_or(()))
                .transpose()
                .and_then(|t| {
                    order.total_cents = order.total_cents.checked_add(t.unwrap_or(0)).ok_or(())?;
                    Ok(t)
                })
                .map_err(|()| {
                    CoreError::refused("replenish.order_total_too_large")
                        .arg("product", p.product.clone())
                })?;
            order.unpriced_lines += i64::from(total.is_none());
            order.lines.push(OrderLine {
                location: p.location,
                gtin: p.gtin,
                product: p.product,
                quantity: p.suggested_order,
                unit_price_cents: price,
                line_total_cents: total,
            });
        }
        let mut orders: Vec<SupplierOrder> = orders.into_values().collect();
        for o in &mut orders {
            o.lines
                .sort_by(|a, b| (&a.location, &a.product).cmp(&(&b.location, &b.product)));
        }
        Ok(orders)
    }
}
