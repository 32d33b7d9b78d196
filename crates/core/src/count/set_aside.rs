//! What a count tells a person to take off the shelf while still counting it: a pack or lot
//! under a recall, or past its expiry.
//!
//! A count records what is there, so a recalled or expired pack is counted like any other (the
//! variance must see it); but the person holding it is the one who can set it aside, so the
//! scan's answer says so, as a typed finding a front end can show in its own words.

use chrono::NaiveDate;
use custody_gs1::Scan;
use serde::Serialize;

use crate::error::CoreResult;
use crate::model::*;
use crate::movement::Sentence;
use crate::Store;
use rusqlite::OptionalExtension;

/// Why a counted pack or lot should be set aside.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SetAside {
    /// An open or closed recall covers it (recalled stock is never usable again).
    Recalled {
        /// The recall's number.
        recall: String,
        /// Its class.
        class: RecallClass,
    },
    /// Its expiry date has passed.
    Expired {
        /// The expiry date (YYYY-MM-DD).
        expiry: String,
    },
}

impl SetAside {
    /// The sentence a person reads after the scan's answer, as codes and arguments.
    pub fn said(&self) -> Sentence {
        match self {
            SetAside::Recalled { recall, class } => {
                Sentence::new("verdict.count.set_aside.recalled")
                    .arg("recall", recall.clone())
                    .arg("class", class.as_str())
            }
            SetAside::Expired { expiry } => {
                Sentence::new("verdict.count.set_aside.expired").arg("expiry", expiry.clone())
            }
        }
    }

    /// The sentence a person reads after the scan's answer, in English.
    pub fn sentence(&self) -> String {
        self.said().english()
    }
}

/// Expired, as a movement's scan has it: the day after the expiry date (on the date itself the
/// pack may still be used).
fn expired(expiry: Option<NaiveDate>, today: NaiveDate) -> Option<SetAside> {
    let e = expiry.filter(|e| *e < today)?;
    Some(SetAside::Expired {
        expiry: e.to_string(),
    })
}

impl Store {
    /// Whether a counted pack or lot is to be set aside: under a recall first (the graver
    /// finding), else expired. The lot and expiry are the ones the code gives, else the pack's
    /// recorded ones: a code without its lot or expiry (a GTIN + serial label) still names a
    /// pack the ledger knows, and a recall of its lot covers it all the same.
    pub(super) fn set_aside(
        &self,
        product: &Product,
        scan: &Scan,
        today: NaiveDate,
    ) -> CoreResult<Option<SetAside>> {
        let serial = scan.serial.as_deref();
        let recorded = match serial {
            Some(s) if scan.lot.is_none() || scan.expiry.is_none() => {
                self.pack_lot_expiry(product.id, s)?
            }
            _ => None,
        };
        let (recorded_lot, recorded_expiry) = recorded.unwrap_or((None, None));
        let lot = scan.lot.as_deref().or(recorded_lot.as_deref());
        if let Some((recall, class)) = self.recall_covering(&product.data.gtin, lot, serial)? {
            return Ok(Some(SetAside::Recalled { recall, class }));
        }
        Ok(expired(scan.expiry.or(recorded_expiry), today))
    }

    /// The lot and expiry the ledger recorded for a pack (none for a pack never received).
    pub(crate) fn pack_lot_expiry(
        &self,
        product: ProductId,
        serial: &str,
    ) -> CoreResult<Option<(Option<String>, Option<NaiveDate>)>> {
        Ok(self
            .conn()
            .prepare_cached("SELECT lot, expiry FROM unit WHERE product_id = ?1 AND serial = ?2")?
            .query_row(rusqlite::params![product.0, serial], |r| {
                let expiry: Option<String> = r.get(1)?;
                Ok((r.get(0)?, expiry.and_then(|e| e.parse().ok())))
            })
            .optional()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("a test date")
    }

    #[test]
    fn a_pack_is_expired_the_day_after_its_date_not_on_it() {
        let today = day("2026-11-22");
        assert_eq!(
            expired(Some(day("2026-11-22")), today),
            None,
            "on its expiry date a pack may still be used, as a movement's scan has it"
        );
        assert_eq!(
            expired(Some(day("2026-11-21")), today),
            Some(SetAside::Expired {
                expiry: "2026-11-21".into()
            }),
            "the day after, it is expired and must be set aside"
        );
        assert_eq!(
            expired(None, today),
            None,
            "no expiry known: nothing to say"
        );
    }

    #[test]
    fn the_sentence_names_the_recall_or_the_date() {
        let recalled = SetAside::Recalled {
            recall: "R-7".into(),
            class: RecallClass::II,
        };
        assert_eq!(
            recalled.sentence(),
            "Recalled (R-7, Class II): set it aside.",
            "the person needs the recall's number to find its notice"
        );
        assert_eq!(
            SetAside::Expired {
                expiry: "2026-10-31".into()
            }
            .sentence(),
            "Expired 2026-10-31: set it aside.",
            "the date says which pack on the shelf is meant"
        );
    }
}
