//! A pack traced back to its source: the manufacturing date (GS1 AI 11) printed on it, read
//! from the raw scan that received it, decoded as the site's scanners send data (their group
//! separator substitutes and symbol settings) with the century rule of the day it was scanned.

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;
use custody_gs1::DecodeOptions;

use crate::error::CoreResult;
use crate::site_setting::{GS_SUBSTITUTES, IGNORE_LEADING_GS, PLAIN_SYMBOL};
use crate::Store;

use super::AffectedPack;

impl Store {
    /// The packs findings touch, each with the event that brought it in (its `seq`), given
    /// that event's id and the manufacturing date from its raw scan (read in one statement,
    /// each decoded once); by supplier, then in the order recorded, then by finding; the first
    /// `limit` of them only.
    pub(super) fn trace(
        &self,
        packs: impl IntoIterator<Item = (i64, AffectedPack)>,
        limit: usize,
    ) -> CoreResult<Vec<AffectedPack>> {
        let mut packs: Vec<(i64, AffectedPack)> = packs.into_iter().collect();
        packs.sort_by(|(sa, a), (sb, b)| {
            (&a.supplier, a.received, sa, a.finding).cmp(&(&b.supplier, b.received, sb, b.finding))
        });
        packs.truncate(limit);
        let seqs: BTreeSet<i64> = packs.iter().map(|(seq, _)| *seq).collect();
        let events = self.event_traces(&seqs)?;
        let tracer = Tracer::new(self)?;
        let mut made: HashMap<i64, Option<String>> = HashMap::new();
        for (seq, p) in packs.iter_mut() {
            let Some((id, raw)) = events.get(seq) else {
                continue;
            };
            p.event_id.clone_from(id);
            p.manufactured = made
                .entry(*seq)
                .or_insert_with(|| {
                    raw.as_deref()
                        .and_then(|r| tracer.manufactured(r, p.received))
                })
                .clone();
        }
        Ok(packs.into_iter().map(|(_, p)| p).collect())
    }
}

/// Reads manufacturing dates from raw scans, with the site's scanner settings.
pub(crate) struct Tracer {
    options: DecodeOptions,
}

impl Tracer {
    /// A tracer with the site's scanner settings as stored now.
    pub(crate) fn new(store: &Store) -> CoreResult<Self> {
        let mut options = DecodeOptions::new(NaiveDate::default());
        options.gs_substitutes = store
            .setting(GS_SUBSTITUTES)?
            .and_then(|v| serde_json::from_str(&v).ok())
            .unwrap_or_default();
        options.ignore_leading_gs = store.setting(IGNORE_LEADING_GS)?.as_deref() == Some("true");
        options.accept_gs1_in_plain_symbol =
            store.setting(PLAIN_SYMBOL)?.as_deref() == Some("true");
        // What is read here was accepted when scanned: a label typed with spaces is read too.
        options.lenient_hri_whitespace = true;
        Ok(Tracer { options })
    }

    /// The manufacturing date a raw scan made on `day` carries: `YYYY-MM-DD`, or `YYYY-MM`
    /// when the label gives no day (`00`). None when the scan has no AI 11 or cannot be read.
    pub(crate) fn manufactured(&self, raw: &str, day: NaiveDate) -> Option<String> {
        let mut options = self.options.clone();
        options.today = day;
        let scan = custody_gs1::decode(raw, &options).ok()?;
        let value = scan.elements.iter().find(|e| e.ai() == "11")?;
        production_date(&value.value, day)
    }
}

/// An AI 11 value (`YYMMDD`) as a date, its century by the GS1 rule relative to `day`.
fn production_date(value: &str, day: NaiveDate) -> Option<String> {
    let b = value.as_bytes();
    if b.len() != 6 || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let two = |i: usize| i32::from(b[i] - b'0') * 10 + i32::from(b[i + 1] - b'0');
    let year = custody_gs1::resolve_century(two(0), day);
    let (month, dd) = (two(2) as u32, two(4) as u32);
    if dd == 0 {
        return (1..=12)
            .contains(&month)
            .then(|| format!("{year:04}-{month:02}"));
    }
    NaiveDate::from_ymd_opt(year, month, dd).map(|d| d.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_production_date_takes_its_century_from_the_day_it_was_scanned() {
        assert_eq!(
            production_date("260315", d("2027-01-10")).as_deref(),
            Some("2026-03-15")
        );
        assert_eq!(
            production_date("981231", d("2027-01-10")).as_deref(),
            Some("1998-12-31"),
            "more than 50 years ahead is the previous century"
        );
        assert_eq!(
            production_date("260300", d("2027-01-10")).as_deref(),
            Some("2026-03"),
            "a label with no day says the month, not a made-up day"
        );
        assert_eq!(production_date("261301", d("2027-01-10")), None);
        assert_eq!(production_date("2603", d("2027-01-10")), None);
    }
}
