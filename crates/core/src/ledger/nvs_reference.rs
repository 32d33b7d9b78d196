//! How the `nvs_request` and `nvs_result` events (the national verification queue's, see
//! `national`) name their request and pack: space-separated
//! tokens in the event's `reference`, the way `verify_checkpoint` names what it vouches for.
//! A token is the value with `%`, space and `~` written `%25`, `%20` and `%7E`; `~` alone is an
//! absent value. So any lot or serial, even one typed by hand, reads back exactly.

use chrono::NaiveDate;

use crate::model::{NvsKind, NvsState, TamperCheck};

/// What an `nvs_request` event's reference says: `<id> <market> <kind> <gtin> <serial> <lot>
/// <expiry>`, e.g. `12 EU-DE decommission 04150999999994 SN123 L42 2028-06-30`, and from
/// 2026-12-03 an optional eighth token, the anti-tampering device check: `atd=intact` or
/// `atd=broken` (`~`, or no token, when it was not checked; a request written without it is
/// written in seven tokens, as before, so references written before read the same).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestReference {
    /// The request's id.
    pub id: i64,
    /// `EU-xx` or `US`.
    pub market: String,
    /// What it asks (the reason of a decommission is the event's `reason`).
    pub kind: NvsKind,
    /// The pack's GTIN.
    pub gtin: String,
    /// Its serial.
    pub serial: String,
    /// Its lot.
    pub lot: Option<String>,
    /// Its expiry.
    pub expiry: Option<NaiveDate>,
    /// The anti-tampering device as the person who caused the request found it, if checked.
    pub atd: Option<TamperCheck>,
}

/// What an `nvs_result` event's reference says: `<id> <state> <code> <alert id>`, e.g.
/// `12 alert NMVS_NC_PCK_22 UAID-7F3A` or `13 done NMVS_SUCCESS ~`. The system's words are
/// the event's `reason`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultReference {
    /// The request's id.
    pub id: i64,
    /// `done`, `alert` or `failed`.
    pub state: NvsState,
    /// The system's return code.
    pub code: Option<String>,
    /// The national system's alert id.
    pub alert_id: Option<String>,
}

impl RequestReference {
    /// The reference text.
    pub fn text(&self) -> String {
        let tokens = [
            self.id.to_string(),
            token(Some(&self.market)),
            self.kind.as_str().to_string(),
            token(Some(&self.gtin)),
            token(Some(&self.serial)),
            token(self.lot.as_deref()),
            token(self.expiry.map(|d| d.to_string()).as_deref()),
        ];
        let mut text = tokens.join(" ");
        if let Some(atd) = self.atd {
            text.push_str(" atd=");
            text.push_str(atd.as_str());
        }
        text
    }

    /// Reads a reference back; `None` when it is not in this form.
    pub fn parse(text: &str) -> Option<RequestReference> {
        let t: Vec<&str> = text.split(' ').collect();
        let (atd, t) = match t.as_slice() {
            [first @ .., "~"] if first.len() == 7 => (None, first),
            [first @ .., last] if first.len() == 7 => {
                (Some(last.strip_prefix("atd=")?.parse().ok()?), first)
            }
            all => (None, all),
        };
        let [id, market, kind, gtin, serial, lot, expiry] = t else {
            return None;
        };
        let expiry = match value(expiry)? {
            Some(d) => Some(NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()?),
            None => None,
        };
        Some(RequestReference {
            id: id.parse().ok()?,
            market: value(market)??,
            kind: kind.parse().ok()?,
            gtin: value(gtin)??,
            serial: value(serial)??,
            lot: value(lot)?,
            expiry,
            atd,
        })
    }
}

impl ResultReference {
    /// The reference text.
    pub fn text(&self) -> String {
        [
            self.id.to_string(),
            self.state.as_str().to_string(),
            token(self.code.as_deref()),
            token(self.alert_id.as_deref()),
        ]
        .join(" ")
    }

    /// Reads a reference back; `None` when it is not in this form.
    pub fn parse(text: &str) -> Option<ResultReference> {
        let t: Vec<&str> = text.split(' ').collect();
        let [id, state, code, alert_id] = t.as_slice() else {
            return None;
        };
        Some(ResultReference {
            id: id.parse().ok()?,
            state: state.parse().ok()?,
            code: value(code)?,
            alert_id: value(alert_id)?,
        })
    }
}

/// A value as a token: `~` when absent, else escaped.
fn token(v: Option<&str>) -> String {
    match v {
        None => "~".to_string(),
        Some(s) => s
            .replace('%', "%25")
            .replace(' ', "%20")
            .replace('~', "%7E"),
    }
}

/// A token's value: `Some(None)` for `~`, `None` when it is not a token.
fn value(t: &str) -> Option<Option<String>> {
    if t == "~" {
        return Some(None);
    }
    if t.is_empty() || t.contains('~') {
        return None;
    }
    let mut out = String::with_capacity(t.len());
    let mut rest = t;
    while let Some(i) = rest.find('%') {
        out.push_str(&rest[..i]);
        let escaped = rest.get(i..i + 3)?;
        out.push(match escaped {
            "%25" => '%',
            "%20" => ' ',
            "%7E" => '~',
            _ => return None,
        });
        rest = &rest[i + 3..];
    }
    out.push_str(rest);
    Some(Some(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_reference_reads_back_exactly_even_with_odd_lots() {
        let r = RequestReference {
            id: 12,
            market: "EU-DE".into(),
            kind: NvsKind::Decommission,
            gtin: "04150999999994".into(),
            serial: "SN~1".into(),
            lot: Some("L 4%2".into()),
            expiry: NaiveDate::from_ymd_opt(2028, 6, 30),
            atd: None,
        };
        assert_eq!(
            r.text(),
            "12 EU-DE decommission 04150999999994 SN%7E1 L%204%252 2028-06-30",
            "spaces, tildes and percent signs are escaped so the tokens stay apart"
        );
        assert_eq!(RequestReference::parse(&r.text()), Some(r), "it reads back");
        let bare = RequestReference {
            lot: None,
            expiry: None,
            ..RequestReference::parse("1 US verify 04150999999994 A ~ ~").unwrap()
        };
        assert_eq!(
            bare.text(),
            "1 US verify 04150999999994 A ~ ~",
            "~ is absent"
        );
    }

    #[test]
    fn the_tamper_check_is_an_optional_eighth_token_and_seven_tokens_still_read() {
        let old = "12 EU-DE decommission 04150999999994 SN1 L42 2028-06-30";
        let r = RequestReference::parse(old).unwrap();
        assert_eq!(
            r.atd, None,
            "a reference written before the token is not checked"
        );
        assert_eq!(
            r.text(),
            old,
            "and is written back the same, in seven tokens"
        );
        let intact = RequestReference {
            atd: Some(TamperCheck::Intact),
            ..r.clone()
        };
        assert_eq!(
            intact.text(),
            format!("{old} atd=intact"),
            "a check is the eighth token"
        );
        assert_eq!(RequestReference::parse(&intact.text()), Some(intact));
        let broken = RequestReference::parse(&format!("{old} atd=broken")).unwrap();
        assert_eq!(broken.atd, Some(TamperCheck::Broken));
        assert_eq!(
            RequestReference::parse(&format!("{old} ~")),
            Some(r),
            "~ is not checked"
        );
        for bad in ["atd=torn", "intact", "atd=", "x"] {
            assert_eq!(
                RequestReference::parse(&format!("{old} {bad}")),
                None,
                "{bad:?} is not an eighth token"
            );
        }
        assert_eq!(
            RequestReference::parse(&format!("{old} atd=intact x")),
            None,
            "nine tokens are not a reference"
        );
    }

    #[test]
    fn a_result_reference_reads_back_and_a_wrong_one_is_none() {
        let r = ResultReference {
            id: 3,
            state: NvsState::Alert,
            code: Some("NMVS_NC_PCK_22".into()),
            alert_id: None,
        };
        assert_eq!(
            r.text(),
            "3 alert NMVS_NC_PCK_22 ~",
            "an absent alert id is ~"
        );
        assert_eq!(ResultReference::parse(&r.text()), Some(r), "it reads back");
        assert_eq!(ResultReference::parse("3 alert X"), None, "too few tokens");
        assert_eq!(ResultReference::parse("3 later X ~"), None, "no such state");
        assert_eq!(ResultReference::parse("3 done X%2 ~"), None, "a bad escape");
    }
}
