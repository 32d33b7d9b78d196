//! The hub's settings (`hub_setting`): whole numbers an administrator may change, each with a
//! default the migration sets.

use serde::Serialize;

use crate::db::Database;
use crate::HubError;

/// Days a transfer may stay in transit before listings call it lost (default 14).
pub const LOST_AFTER_DAYS: &str = "lost_after_days";

/// A setting and its value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Setting {
    /// Its name.
    pub name: String,
    /// Its value.
    pub value: i32,
}

/// Every setting, by name.
pub async fn settings(db: &Database) -> Result<Vec<Setting>, HubError> {
    let client = db.client().await?;
    let rows = client
        .query("SELECT name, value FROM hub_setting ORDER BY name", &[])
        .await
        .map_err(HubError::db("reading the settings"))?;
    Ok(rows
        .iter()
        .map(|r| Setting {
            name: r.get(0),
            value: r.get(1),
        })
        .collect())
}

/// Sets a known setting; refuses an unknown name, a negative value, and a `lost_after_days`
/// under one day (every send would be lost the moment it is pushed).
pub async fn set_setting(db: &Database, name: &str, value: i32) -> Result<(), HubError> {
    if value < 0 {
        return Err(HubError::Invalid {
            what: "setting",
            why: "a setting's value is 0 or more",
        });
    }
    if name == LOST_AFTER_DAYS && value < 1 {
        return Err(HubError::Invalid {
            what: "lost_after_days",
            why: "at least 1 day: with 0 every send would be lost as soon as it is pushed",
        });
    }
    let client = db.client().await?;
    let changed = client
        .execute(
            "UPDATE hub_setting SET value = $2 WHERE name = $1",
            &[&name, &value],
        )
        .await
        .map_err(HubError::db("changing a setting"))?;
    if changed == 0 {
        return Err(HubError::UnknownSetting(name.to_string()));
    }
    Ok(())
}
