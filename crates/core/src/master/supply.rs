//! Who supplies whom: the pharmacy or store that tops up a ward or clinic, and the partner a
//! product is usually ordered from. Both are master data the replenishment lists read.

use rusqlite::{params, OptionalExtension};

use crate::error::{CoreError, CoreResult};
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

impl Store {
    /// Names the location that tops up `location` (a ward or clinic), or clears it with `None`.
    /// Only a pharmacy or store that is active, and not the location itself, can supply: stock
    /// is never picked from another ward, from quarantine or from a closed room.
    pub fn set_supplying_location(
        &mut self,
        actor: &User,
        location: &str,
        supplied_by: Option<&str>,
    ) -> CoreResult<Location> {
        require(actor, Operation::ManageMasterData)?;
        let ward = self.location(location.trim())?;
        let supplier = match supplied_by.map(str::trim).filter(|s| !s.is_empty()) {
            None => None,
            Some(code) => Some(self.supplying_location(&ward, code)?),
        };
        if supplier.is_some() && !matches!(ward.kind, LocationKind::Ward | LocationKind::Clinic) {
            return Err(CoreError::refused("master.supplied_not_ward")
                .field("location")
                .arg("location", ward.code)
                .arg("kind", ward.kind.as_str()));
        }
        self.conn().execute(
            "UPDATE location SET supplied_by = ?1 WHERE id = ?2",
            params![supplier.map(|s| s.0), ward.id.0],
        )?;
        self.location(&ward.code)
    }

    /// The location `code` if it may supply `ward`, refused with why not.
    fn supplying_location(&self, ward: &Location, code: &str) -> CoreResult<LocationId> {
        let (id, kind, active): (i64, String, bool) = self
            .conn()
            .query_row(
                "SELECT id, kind, active FROM location WHERE code = ?1",
                [code],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?
            .ok_or_else(|| {
                CoreError::refused("master.supplier_location_unknown")
                    .field("supplied_by")
                    .arg("supplier", code)
            })?;
        let refuse = |code_: &'static str| {
            CoreError::refused(code_)
                .field("supplied_by")
                .arg("location", ward.code.clone())
                .arg("supplier", code)
        };
        if id == ward.id.0 {
            return Err(refuse("master.supplies_itself"));
        }
        if !active {
            return Err(refuse("master.supplier_location_inactive"));
        }
        if kind != "pharmacy" && kind != "store" {
            return Err(refuse("master.supplier_location_kind").arg("kind", kind));
        }
        Ok(LocationId(id))
    }

    /// Names the partner `gtin` is usually ordered from, or clears it with `None`.
    pub fn set_usual_supplier(
        &mut self,
        actor: &User,
        gtin: &str,
        supplier: Option<&str>,
    ) -> CoreResult<Product> {
        require(actor, Operation::ManageMasterData)?;
        let product = self.product_by_gtin(gtin.trim())?;
        let partner = match supplier.map(str::trim).filter(|s| !s.is_empty()) {
            None => None,
            Some(code) => Some(
                self.partner(code)
                    .map_err(|_| {
                        CoreError::refused("master.usual_supplier_unknown")
                            .field("usual_supplier")
                            .arg("supplier", code)
                    })?
                    .id,
            ),
        };
        self.conn().execute(
            "UPDATE product SET usual_supplier_id = ?1 WHERE id = ?2",
            params![partner.map(|p| p.0), product.id.0],
        )?;
        self.product_by_id(product.id)
    }
}
