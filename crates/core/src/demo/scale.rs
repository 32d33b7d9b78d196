//! How much demonstration data to make: the two scales and the sizes each stands for.

use serde::Serialize;

/// How much demonstration data to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    /// About 60 products, 8 locations and a few thousand packs.
    Small,
    /// 5,000 products, 50 locations, 1,000,000 packs, about 3,000,000 events.
    Hospital,
}

impl std::str::FromStr for Scale {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "small" => Ok(Scale::Small),
            "hospital" => Ok(Scale::Hospital),
            _ => Err(format!("'{s}' is not a scale; use small or hospital")),
        }
    }
}

/// The sizes of one scale.
pub(super) struct Params {
    /// Products in the catalogue, serialized and lot-tracked.
    pub products: usize,
    /// Of which lot-tracked consumables.
    pub lot_products: usize,
    /// Wards beyond the four every hospital has.
    pub extra_wards: usize,
    /// Outpatient clinics.
    pub clinics: usize,
    /// Serialized packs received over the history.
    pub units: usize,
    /// Days of history, ending today.
    pub days: i64,
    /// Receipts and issues of lot-tracked consumables.
    pub lot_events: usize,
}

impl Scale {
    /// This scale's sizes.
    pub(super) fn params(self) -> Params {
        match self {
            Scale::Small => Params {
                products: 60,
                lot_products: 6,
                extra_wards: 0,
                clinics: 1,
                units: 3_000,
                days: 180,
                lot_events: 400,
            },
            Scale::Hospital => Params {
                products: 5_000,
                lot_products: 250,
                extra_wards: 38,
                clinics: 5,
                units: 1_000_000,
                days: 540,
                lot_events: 300_000,
            },
        }
    }
}

/// Years of history behind a scale's own window (`custody demo --years`): none, or one to
/// [`Years::MAX`]. The extra years bring packs and lots in and see them all gone before the
/// window starts, so the stock on hand today is the scale's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Years(u8);

impl Years {
    /// No history beyond the scale's own window.
    pub const NONE: Years = Years(0);
    /// The most years a demo may have behind its window: six is what DSCSA asks a pharmacy to
    /// keep; ten leaves room above it while the hospital's stays tens of millions of events.
    pub const MAX: u8 = 10;

    /// How many years.
    pub fn get(self) -> u8 {
        self.0
    }
}

impl std::str::FromStr for Years {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().parse::<u8>() {
            Ok(n) if (1..=Years::MAX).contains(&n) => Ok(Years(n)),
            _ => Err(format!(
                "'{s}' is not a number of years of history; use 1 to {}",
                Years::MAX
            )),
        }
    }
}

/// What `custody demo` makes: a scale and the years of history behind its window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoSize {
    /// The hospital and its window of history.
    pub scale: Scale,
    /// Years of history before that window.
    pub years: Years,
}

impl From<Scale> for DemoSize {
    fn from(scale: Scale) -> Self {
        DemoSize {
            scale,
            years: Years::NONE,
        }
    }
}
