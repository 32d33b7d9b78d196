//! The US (VRS-style) verification, after the GS1 lightweight messaging standard for the
//! verification of product identifiers: the request is a GS1 Digital Link path
//! `/01/{gtin}/10/{lot}/21/{serial}?17={yymmdd}` with the link type, the context, the
//! requestor's GLN and a correlation UUID as query parameters; the answer is a small JSON
//! object. The query parameters' names are as recalled from the standard, not checked against
//! its text (see the decision record): the real router's names are a matter of configuration
//! and an adapter if they differ.

use serde::{Deserialize, Serialize};

use super::PackKey;

/// Why the requester verifies (the standard's context).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Context {
    /// A saleable return, before it is resold.
    #[serde(rename = "dscsaSaleableReturn")]
    SaleableReturn,
    /// A pack suspected of being illegitimate (a dispenser's check at receipt).
    #[serde(rename = "dscsaSuspect")]
    Suspect,
}

impl Context {
    /// The value as the query carries it.
    pub fn code(self) -> &'static str {
        match self {
            Context::SaleableReturn => "dscsaSaleableReturn",
            Context::Suspect => "dscsaSuspect",
        }
    }
}

/// A verification request: what goes in the path and the query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VrsRequest {
    /// The pack.
    pub pack: PackKey,
    /// The requestor's GLN, from configuration.
    pub requestor_gln: String,
    /// Why it asks.
    pub context: Context,
    /// A UUID the answer echoes.
    pub correlation: String,
}

/// The query parameters of a request, as the router reads them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VrsQuery {
    /// The expiry, `YYMMDD` (GS1 AI 17).
    #[serde(rename = "17")]
    pub expiry: String,
    /// Always `gs1:verificationService`.
    #[serde(rename = "linkType")]
    pub link_type: String,
    /// Why the requester asks.
    pub context: Context,
    /// The requestor's GLN.
    #[serde(rename = "reqGLN")]
    pub requestor_gln: String,
    /// The correlation UUID.
    #[serde(rename = "corrUUID")]
    pub correlation: String,
}

/// The link type of a verification request.
pub const LINK_TYPE: &str = "gs1:verificationService";

impl VrsRequest {
    /// The Digital Link path, with the lot and serial percent-encoded.
    pub fn path(&self) -> String {
        format!(
            "/01/{}/10/{}/21/{}",
            self.pack.product_code,
            encode(&self.pack.batch),
            encode(&self.pack.serial)
        )
    }

    /// The query parameters.
    pub fn query(&self) -> VrsQuery {
        VrsQuery {
            expiry: self.pack.expiry.clone(),
            link_type: LINK_TYPE.to_string(),
            context: self.context,
            requestor_gln: self.requestor_gln.clone(),
            correlation: self.correlation.clone(),
        }
    }
}

/// `s` percent-encoded for a path segment: GS1 AI values may hold `/`, `%`, `?` and `#`.
fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Why a pack was not verified (guideline 1.3's values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FailureReason {
    /// The manufacturer does not answer this kind of request.
    #[serde(rename = "Manufacturer_policy")]
    ManufacturerPolicy,
    /// No pack with this GTIN and serial.
    #[serde(rename = "No_match_GTIN_Serial")]
    NoMatchGtinSerial,
    /// GTIN and serial known, lot does not match.
    #[serde(rename = "No_match_GTIN_Serial_Lot")]
    NoMatchGtinSerialLot,
    /// GTIN and serial known, expiry does not match.
    #[serde(rename = "No_match_GTIN_Serial_Expiry")]
    NoMatchGtinSerialExpiry,
    /// GTIN and serial known, neither lot nor expiry match.
    #[serde(rename = "No_match_GTIN_Serial_Lot_Expiry")]
    NoMatchGtinSerialLotExpiry,
    /// Not verified, no reason given.
    #[serde(rename = "No_reason_provided")]
    NoReasonProvided,
    /// The pack is not to be distributed again.
    #[serde(rename = "Not_for_re-distribution")]
    NotForRedistribution,
}

impl FailureReason {
    /// Every reason, for tests and listings.
    pub const ALL: [FailureReason; 7] = [
        FailureReason::ManufacturerPolicy,
        FailureReason::NoMatchGtinSerial,
        FailureReason::NoMatchGtinSerialLot,
        FailureReason::NoMatchGtinSerialExpiry,
        FailureReason::NoMatchGtinSerialLotExpiry,
        FailureReason::NoReasonProvided,
        FailureReason::NotForRedistribution,
    ];

    /// The value as the router writes it.
    pub fn code(self) -> &'static str {
        match self {
            FailureReason::ManufacturerPolicy => "Manufacturer_policy",
            FailureReason::NoMatchGtinSerial => "No_match_GTIN_Serial",
            FailureReason::NoMatchGtinSerialLot => "No_match_GTIN_Serial_Lot",
            FailureReason::NoMatchGtinSerialExpiry => "No_match_GTIN_Serial_Expiry",
            FailureReason::NoMatchGtinSerialLotExpiry => "No_match_GTIN_Serial_Lot_Expiry",
            FailureReason::NoReasonProvided => "No_reason_provided",
            FailureReason::NotForRedistribution => "Not_for_re-distribution",
        }
    }

    /// Its meaning in words.
    pub fn meaning(self) -> &'static str {
        match self {
            FailureReason::ManufacturerPolicy => "the manufacturer does not answer this request",
            FailureReason::NoMatchGtinSerial => "no pack with this product code and serial",
            FailureReason::NoMatchGtinSerialLot => "the lot does not match the serial",
            FailureReason::NoMatchGtinSerialExpiry => "the expiry does not match the serial",
            FailureReason::NoMatchGtinSerialLotExpiry => {
                "neither the lot nor the expiry match the serial"
            }
            FailureReason::NoReasonProvided => "not verified, no reason given",
            FailureReason::NotForRedistribution => "the pack is not to be distributed again",
        }
    }
}

/// What the manufacturer adds about a pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AdditionalInfo {
    /// Past its expiry.
    Expired,
    /// Its expiry was extended by the manufacturer: the pack is good.
    ExpirationExtended,
    /// Its lot is recalled.
    Recalled,
    /// Suspect product, under investigation.
    Suspect,
    /// Illegitimate product.
    Illegitimate,
    /// A value we do not know yet (the list may grow): read as worth a look.
    #[serde(other)]
    Other,
}

impl AdditionalInfo {
    /// Its meaning in words.
    pub fn meaning(self) -> &'static str {
        match self {
            AdditionalInfo::Expired => "expired",
            AdditionalInfo::ExpirationExtended => "expiry extended by the manufacturer",
            AdditionalInfo::Recalled => "recalled",
            AdditionalInfo::Suspect => "suspect product",
            AdditionalInfo::Illegitimate => "illegitimate product",
            AdditionalInfo::Other => "something the router adds that we do not know",
        }
    }

    /// Whether the pack should still be used (only an extended expiry leaves it good).
    pub fn harmless(self) -> bool {
        self == AdditionalInfo::ExpirationExtended
    }
}

/// The router's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VrsAnswer {
    /// Whether the pack's identifier is the manufacturer's.
    pub verified: bool,
    /// Why not, when not.
    #[serde(default)]
    pub verification_failure_reason: Option<FailureReason>,
    /// What the manufacturer adds.
    #[serde(default)]
    pub additional_info: Option<AdditionalInfo>,
    /// The request's correlation UUID, echoed.
    #[serde(rename = "corrUUID", default)]
    pub correlation: String,
    /// The responder's GLN.
    #[serde(rename = "responderGLN", default)]
    pub responder_gln: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_request_is_a_digital_link_with_lot_and_serial_encoded() {
        // Built by hand: a space is not printable in a checked key, but a router must cope.
        let pack = PackKey {
            product_code: "00312345678906".into(),
            serial: "A/1".into(),
            batch: "L 1".into(),
            expiry: "270131".into(),
        };
        let request = VrsRequest {
            pack,
            requestor_gln: "0614141000005".into(),
            context: Context::Suspect,
            correlation: "c0ffee".into(),
        };
        assert_eq!(request.path(), "/01/00312345678906/10/L%201/21/A%2F1");
        assert_eq!(request.query().link_type, LINK_TYPE);
    }

    #[test]
    fn failure_reasons_read_as_the_router_writes_them() {
        for r in FailureReason::ALL {
            let back: FailureReason = serde_json::from_str(&format!("\"{}\"", r.code())).unwrap();
            assert_eq!(back, r, "{} reads back", r.code());
        }
        let info: AdditionalInfo = serde_json::from_str("\"Quarantined\"").unwrap();
        assert_eq!(
            info,
            AdditionalInfo::Other,
            "an unknown value is kept as other"
        );
    }
}
