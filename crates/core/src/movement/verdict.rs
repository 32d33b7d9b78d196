//! The verdict on a scan: accepted, warning or blocked, with a reason code and a sentence.
//!
//! Core says what a scan found as codes and arguments ([`Sentence`]): each finding names its
//! sentence in the catalogue (`verdict.recalled`, `verdict.not_in_stock.never_received`, … in
//! `crates/messages/locales/en.ftl`, section "verdict") with the facts it needs, and carries its
//! English rendering as `message`. The application layer renders them again in the session's
//! language ([`Verdict::in_lang`]); the ledger keeps the English (a hold's reason, a confirmed
//! choice).

use chrono::NaiveDate;
use custody_messages::Lang;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::ledger::Appended;
use crate::model::UnitStatus;

/// How a scan went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Recorded; nothing to say.
    Accepted,
    /// Recorded, but the user must be told.
    Warning,
    /// Not recorded yet: the person is asked first, and the same scan sent again with their
    /// answer records it (a dispense out of first-expiry order).
    Ask,
    /// Not recorded (unless held in quarantine, or overridden).
    Blocked,
}

/// Why. Stable codes: the UI and scripts match on these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Code {
    /// All checks passed.
    Ok,
    /// The scan could not be decoded.
    DecodeError,
    /// The GTIN is not in the product list.
    UnknownProduct,
    /// A serialized product scanned without a serial (e.g. its linear barcode).
    MissingSerial,
    /// A lot-tracked product scanned without a lot, or without a quantity.
    MissingLot,
    /// The serial is already in stock here: a duplicate or cloned pack.
    DuplicateSerial,
    /// The serial was dispensed, destroyed, returned or sent away: a reused or cloned pack.
    AlreadyDecommissioned,
    /// The lot was seen before with another expiry.
    ExpiryMismatch,
    /// The lot or serial is under an open recall.
    Recalled,
    /// The pack has expired.
    Expired,
    /// The pack expires inside the alert window.
    ShortDated,
    /// Not on the expected shipment.
    Unexpected,
    /// On the expected shipment, but with another lot or expiry than the advice says.
    DiffersFromAdvice,
    /// Not in stock here (never received, or gone).
    NotInStock,
    /// In stock, but at another location.
    WrongLocation,
    /// In quarantine: not usable.
    Quarantined,
    /// An earlier-expiring pack of the product, not yet expired, is at the same location.
    Fefo,
    /// Expired packs of the product are still in stock at the location: quarantine them.
    ExpiredOnShelf,
    /// A value looks like two fields run together: the scanner may drop group separators.
    PossibleMissingSeparator,
    /// Fewer of the lot are there than asked for.
    InsufficientQuantity,
    /// Released or moved as held, but the pack is not in quarantine.
    NotQuarantined,
    /// The receipt price is above the contract price by more than the tolerance.
    PriceAboveContract,
    /// The same code read again by the same person moments after it was recorded, with no
    /// other scan between: a scanner's double read, counted once; nothing more is recorded.
    AlreadyScanned,
    /// The person dispensing found the pack's anti-tampering device broken: not supplied, held
    /// in quarantine as suspect.
    TamperBroken,
}

impl Code {
    /// The code's name.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::Ok => "ok",
            Code::DecodeError => "decode_error",
            Code::UnknownProduct => "unknown_product",
            Code::MissingSerial => "missing_serial",
            Code::MissingLot => "missing_lot",
            Code::DuplicateSerial => "duplicate_serial",
            Code::AlreadyDecommissioned => "already_decommissioned",
            Code::ExpiryMismatch => "expiry_mismatch",
            Code::Recalled => "recalled",
            Code::Expired => "expired",
            Code::ShortDated => "short_dated",
            Code::Unexpected => "unexpected",
            Code::DiffersFromAdvice => "differs_from_advice",
            Code::NotInStock => "not_in_stock",
            Code::WrongLocation => "wrong_location",
            Code::Quarantined => "quarantined",
            Code::Fefo => "fefo",
            Code::ExpiredOnShelf => "expired_on_shelf",
            Code::PossibleMissingSeparator => "possible_missing_separator",
            Code::InsufficientQuantity => "insufficient_quantity",
            Code::NotQuarantined => "not_quarantined",
            Code::PriceAboveContract => "price_above_contract",
            Code::AlreadyScanned => "already_scanned",
            Code::TamperBroken => "tamper_broken",
        }
    }

    /// Whether a permitted user may override this block with a reason. Suspect packs and
    /// unknown products are never waved through: they need QA or master data, not a click.
    pub fn overridable(self) -> bool {
        matches!(
            self,
            Code::Expired | Code::WrongLocation | Code::NotQuarantined
        )
    }

    /// Whether the pack is suspect (DSCSA: quarantine and investigate).
    pub fn suspect(self) -> bool {
        matches!(
            self,
            Code::DuplicateSerial
                | Code::AlreadyDecommissioned
                | Code::ExpiryMismatch
                | Code::Recalled
                | Code::TamperBroken
        )
    }
}

/// One sentence of the catalogue: its code (`verdict.recalled`, …) and the arguments it says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Sentence {
    /// The catalogue's code of the sentence (`verdict.` and the finding's code, and a variant
    /// where one code has several sentences).
    pub key: String,
    /// What the sentence says: serials, lots, dates (`YYYY-MM-DD`), numbers, statuses and
    /// movements as their codes.
    pub args: Map<String, Value>,
}

impl Sentence {
    /// The sentence `key` with no arguments yet.
    pub(crate) fn new(key: &str) -> Sentence {
        Sentence {
            key: key.to_string(),
            args: Map::new(),
        }
    }

    /// The sentence with one more argument.
    pub(crate) fn arg(mut self, name: &str, value: impl Into<Value>) -> Sentence {
        self.args.insert(name.to_string(), value.into());
        self
    }

    /// The sentence in `lang` (in English where the language lacks it).
    pub fn render(&self, lang: Lang) -> String {
        custody_messages::render(lang, &self.key, &self.args)
    }

    /// The sentence in English.
    pub fn english(&self) -> String {
        self.render(Lang::En)
    }
}

/// Sentences said one after the other.
pub(crate) fn render_all(sentences: &[Sentence], lang: Lang) -> String {
    let said: Vec<String> = sentences.iter().map(|s| s.render(lang)).collect();
    said.join(" ")
}

/// One finding of the checks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Finding {
    /// Severity.
    pub level: Level,
    /// Reason code.
    pub code: Code,
    /// The catalogue's code of its sentence (see [`Sentence`]).
    pub key: String,
    /// What its sentence says.
    pub args: Map<String, Value>,
    /// The sentence for the person scanning, in English from core, in the session's language
    /// from the application layer.
    pub message: String,
}

impl Finding {
    /// Its sentence, as codes and arguments.
    pub fn sentence(&self) -> Sentence {
        Sentence {
            key: self.key.clone(),
            args: self.args.clone(),
        }
    }

    /// The finding with its sentence in `lang`.
    pub fn in_lang(mut self, lang: Lang) -> Finding {
        self.message = self.sentence().render(lang);
        self
    }
}

/// What was recorded, if anything.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Recorded {
    /// The event's id.
    pub event_id: String,
    /// Its sequence number.
    pub seq: i64,
    /// The pack's (or lot quantity's) status afterwards.
    pub status: UnitStatus,
    /// Its location afterwards.
    pub location: Option<String>,
    /// Whether it was held in quarantine instead of the operation asked for.
    pub held: bool,
    /// Whether a blocked verdict was overridden.
    pub overridden: bool,
}

/// The verdict on one scan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Verdict {
    /// The most severe level found.
    pub verdict: Level,
    /// The reason code of the most severe finding.
    pub code: Code,
    /// Its sentence: the sentences of `sentences` one after the other.
    pub message: String,
    /// What `message` says, as codes and arguments: the most severe finding's sentence, and
    /// once recorded what was done (or where the pack is held).
    pub sentences: Vec<Sentence>,
    /// Every finding, most severe first.
    pub findings: Vec<Finding>,
    /// GTIN, if decoded.
    pub gtin: Option<String>,
    /// Product name, if known.
    pub product: Option<String>,
    /// Serial.
    pub serial: Option<String>,
    /// Lot.
    pub lot: Option<String>,
    /// Expiry.
    pub expiry: Option<NaiveDate>,
    /// Quantity (1 for a pack).
    pub quantity: i64,
    /// What was written to the ledger.
    pub recorded: Option<Recorded>,
}

impl Verdict {
    pub(crate) fn new(findings: Vec<Finding>) -> Verdict {
        let mut findings = findings;
        findings.sort_by_key(|f| std::cmp::Reverse(f.level));
        let top = findings
            .first()
            .cloned()
            .unwrap_or_else(|| finding(Level::Accepted, Code::Ok, Sentence::new("verdict.ok")));
        Verdict {
            verdict: top.level,
            code: top.code,
            sentences: vec![top.sentence()],
            message: top.message,
            findings,
            gtin: None,
            product: None,
            serial: None,
            lot: None,
            expiry: None,
            quantity: 1,
            recorded: None,
        }
    }

    /// The verdict with its sentence and its findings' in `lang`: what the application layer
    /// sends to a person whose session speaks `lang`.
    pub fn in_lang(mut self, lang: Lang) -> Verdict {
        if lang == Lang::En {
            return self;
        }
        self.message = render_all(&self.sentences, lang);
        self.findings = self.findings.into_iter().map(|f| f.in_lang(lang)).collect();
        self
    }

    /// Replaces what the verdict says by `sentences`.
    pub(crate) fn say(&mut self, sentences: Vec<Sentence>) {
        self.message = render_all(&sentences, Lang::En);
        self.sentences = sentences;
    }

    /// Whether nothing was recorded as asked (held in quarantine, or not recorded at all): a
    /// block, or a question not answered yet.
    pub fn is_blocked(&self) -> bool {
        matches!(self.verdict, Level::Blocked | Level::Ask)
    }

    pub(crate) fn with_recorded(
        mut self,
        appended: Appended,
        status: UnitStatus,
        location: Option<String>,
        held: bool,
        overridden: bool,
    ) -> Verdict {
        self.recorded = Some(Recorded {
            event_id: appended.id,
            seq: appended.seq,
            status,
            location,
            held,
            overridden,
        });
        self
    }
}

/// A finding that says `sentence`, in English until the application layer renders it.
pub(crate) fn finding(level: Level, code: Code, sentence: Sentence) -> Finding {
    Finding {
        level,
        code,
        message: sentence.english(),
        key: sentence.key,
        args: sentence.args,
    }
}

/// A finding with a sentence of the test's own, for tests of what is done with findings.
#[cfg(test)]
pub(crate) fn said(level: Level, code: Code, message: impl Into<String>) -> Finding {
    Finding {
        level,
        code,
        key: format!("verdict.{}", code.as_str()),
        args: Map::new(),
        message: message.into(),
    }
}
