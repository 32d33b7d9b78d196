//! The site's choice of national system and of when to check with it: never, at dispense
//! (EU: verify and decommission as supplied), at receipt (US: verify suspect product), or
//! decommission at receipt (EU hospitals: every pack received decommissioned in bulk).
//! Inventory managers and administrators set it, as the other site settings.

use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use super::is_market;
use crate::error::{CoreError, CoreResult};
use crate::model::{NationalCheck, Timestamp, User};
use crate::permissions::{require, Operation};

/// The setting holding the site's market, `EU-xx` or `US`.
pub const MARKET_SETTING: &str = "nvs.market";
/// The setting holding when the site checks: `off`, `at_dispense`, `at_receipt` or
/// `decommission_at_receipt`.
pub const CHECK_SETTING: &str = "nvs.check";

/// The setting holding how many hours a pack dispensed offline may wait for its decommission.
pub const WINDOW_SETTING: &str = "nvs.window_hours";
/// The window until a site chooses one.
pub const DEFAULT_WINDOW_HOURS: u32 = 24;
/// The longest window a site may choose: ten days, the EU systems' limit for an undo.
pub const MAX_WINDOW_HOURS: u32 = 240;

/// The site's national verification settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct NationalSettings {
    /// The national system the site answers to, if chosen.
    pub market: Option<String>,
    /// When it checks.
    pub check: NationalCheck,
    /// How many hours a pack dispensed offline may wait for its decommission before the queue
    /// warns that its window runs out.
    pub window_hours: u32,
}

/// The settings as stored; a value no longer valid reads as none (never checking), so a bad row
/// can never stop a dispense.
pub(crate) fn read(conn: &Connection) -> CoreResult<NationalSettings> {
    let get = |key: &str| -> CoreResult<Option<String>> {
        Ok(conn
            .prepare_cached("SELECT value FROM setting WHERE key = ?1")?
            .query_row([key], |r| r.get(0))
            .optional()?)
    };
    let market = get(MARKET_SETTING)?.filter(|m| is_market(m));
    let check = get(CHECK_SETTING)?
        .and_then(|c| c.parse().ok())
        .filter(|_| market.is_some())
        .unwrap_or(NationalCheck::Off);
    let window_hours = get(WINDOW_SETTING)?
        .and_then(|h| h.parse().ok())
        .filter(|h| (1..=MAX_WINDOW_HOURS).contains(h))
        .unwrap_or(DEFAULT_WINDOW_HOURS);
    Ok(NationalSettings {
        market,
        check,
        window_hours,
    })
}

/// Checks a choice: the market's form, the moment's word, a moment only with a market, and the
/// moment that market's law asks for.
fn checked(market: Option<&str>, check: &str) -> CoreResult<NationalSettings> {
    let check: NationalCheck = check.parse().map_err(|_| {
        CoreError::refused("national.check_invalid")
            .field("check")
            .arg("check", check)
    })?;
    if let Some(m) = market.filter(|m| !is_market(m)) {
        return Err(CoreError::refused("national.market_invalid")
            .field("market")
            .arg("market", m));
    }
    match (market, check) {
        (
            None,
            NationalCheck::AtDispense
            | NationalCheck::AtReceipt
            | NationalCheck::DecommissionAtReceipt,
        ) => Err(CoreError::refused("national.market_missing")
            .field("market")
            .arg("check", check.as_str())),
        // Only the EU's systems take decommissions: the US router verifies, nothing more.
        (Some(m), NationalCheck::AtDispense | NationalCheck::DecommissionAtReceipt)
            if !m.starts_with("EU-") =>
        {
            Err(CoreError::refused("national.dispense_needs_eu")
                .field("check")
                .arg("market", m))
        }
        _ => Ok(NationalSettings {
            market: market.map(str::to_string),
            check,
            window_hours: DEFAULT_WINDOW_HOURS,
        }),
    }
}

impl crate::Store {
    /// The setting holding how many hours a pack dispensed offline may wait for its decommission.
    pub const WINDOW_SETTING: &str = "nvs.window_hours";
    /// The window until a site chooses one.
    pub const DEFAULT_WINDOW_HOURS: u32 = 24;
    /// The longest window a site may choose: ten days, the EU systems' limit for an undo.
    pub const MAX_WINDOW_HOURS: u32 = 240;

    /// The site's national verification settings.
    pub fn national_settings(&self) -> CoreResult<NationalSettings> {
        read(self.conn())
    }

    /// Chooses the site's market, when it checks and, when given, the decommission window in
    /// hours (inventory managers and administrators); one transaction.
    pub fn set_national_settings(
        &mut self,
        actor: &User,
        market: Option<&str>,
        check: &str,
        window_hours: Option<u32>,
        now: Timestamp,
    ) -> CoreResult<NationalSettings> {
        require(actor, Operation::ManageMasterData)?;
        let mut chosen = checked(market, check)?;
        if let Some(h) = window_hours.filter(|h| !(1..=MAX_WINDOW_HOURS).contains(h)) {
            return Err(CoreError::refused("national.window_invalid")
                .field("window_hours")
                .arg("hours", h)
                .arg("max", MAX_WINDOW_HOURS));
        }
        chosen.window_hours = match window_hours {
            Some(h) => h,
            None => read(self.conn())?.window_hours,
        };
        let tx = self.conn_mut().transaction()?;
        if window_hours.is_some() {
            set(
                &tx,
                actor,
                WINDOW_SETTING,
                &chosen.window_hours.to_string(),
                now,
            )?;
        }
        match &chosen.market {
            Some(m) => set(&tx, actor, MARKET_SETTING, m, now)?,
            None => {
                tx.execute("DELETE FROM setting WHERE key = ?1", [MARKET_SETTING])?;
            }
        }
        set(&tx, actor, CHECK_SETTING, chosen.check.as_str(), now)?;
        tx.commit()?;
        Ok(chosen)
    }
}

fn set(c: &Connection, actor: &User, key: &str, value: &str, now: Timestamp) -> CoreResult<()> {
    c.execute(
        "INSERT INTO setting (key, value, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by",
        rusqlite::params![key, value, now.utc_text(), actor.id.0],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(r: CoreResult<NationalSettings>) -> String {
        match r {
            Err(CoreError::Refused { code, .. }) => code.to_string(),
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn bad_choices_are_refused_with_their_own_code() {
        assert_eq!(
            code(checked(Some("EU-DE"), "sometimes")),
            "national.check_invalid",
            "the moment must be one of off, at_dispense, at_receipt"
        );
        assert_eq!(
            code(checked(Some("DE"), "off")),
            "national.market_invalid",
            "a market is US or EU-xx"
        );
        assert_eq!(
            code(checked(None, "at_dispense")),
            "national.market_missing",
            "checking needs a system to check with"
        );
        assert_eq!(
            code(checked(Some("US"), "at_dispense")),
            "national.dispense_needs_eu",
            "the US router takes no decommissions"
        );
        assert_eq!(
            code(checked(Some("US"), "decommission_at_receipt")),
            "national.dispense_needs_eu",
            "not at receipt either"
        );
        assert_eq!(
            checked(Some("EU-NL"), "decommission_at_receipt")
                .map(|c| c.check)
                .ok(),
            Some(NationalCheck::DecommissionAtReceipt)
        );
        assert_eq!(
            checked(Some("EU-FR"), "at_dispense").ok(),
            Some(NationalSettings {
                market: Some("EU-FR".into()),
                check: NationalCheck::AtDispense,
                window_hours: DEFAULT_WINDOW_HOURS,
            }),
            "an EU site verifies at dispense"
        );
    }
}
