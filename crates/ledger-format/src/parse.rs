//! Canonical bytes parsed back into the event they encode: for the hub, which receives events as
//! bytes and checks them before it stores them, and for tests that hold the encoding to being
//! read back exactly (a field that could be read two ways would let two events share a hash).

use crate::{Canonical, CanonicalLine, CanonicalSubject, Format, V1_SIGNATURE_TAG};

/// Why bytes are not an event's canonical form. `at` is the byte offset of the problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// The bytes do not start with a known format's tag.
    UnknownFormat,
    /// The bytes end inside a field.
    Truncated {
        /// Where.
        at: usize,
    },
    /// A presence byte is neither 0 nor 1.
    BadPresence {
        /// Where.
        at: usize,
        /// The byte.
        found: u8,
    },
    /// A field that is always present is absent, or an integer is not 8 bytes.
    BadField {
        /// Where.
        at: usize,
        /// Which field.
        field: &'static str,
    },
    /// A text field is not UTF-8.
    NotText {
        /// Where.
        at: usize,
        /// Which field.
        field: &'static str,
    },
    /// Bytes are left after the last line.
    Trailing {
        /// Where they start.
        at: usize,
    },
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ParseError::UnknownFormat => f.write_str("not a Custody event: no known format tag"),
            ParseError::Truncated { at } => write!(f, "the event ends inside a field at byte {at}"),
            ParseError::BadPresence { at, found } => {
                write!(f, "byte {at}: presence byte {found}, not 0 or 1")
            }
            ParseError::BadField { at, field } => {
                write!(f, "byte {at}: the field {field} is malformed")
            }
            ParseError::NotText { at, field } => {
                write!(f, "byte {at}: the field {field} is not UTF-8 text")
            }
            ParseError::Trailing { at } => {
                write!(f, "bytes left after the last line, from byte {at}")
            }
        }
    }
}

impl std::error::Error for ParseError {}

/// An event parsed back from its canonical bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    /// The format.
    pub format: Format,
    /// UUID v7.
    pub id: String,
    /// Site code.
    pub site: String,
    /// Kind.
    pub kind: String,
    /// Occurred at (UTC text).
    pub occurred_at: String,
    /// Offset in minutes.
    pub occurred_offset: i64,
    /// Recorded at (UTC text).
    pub recorded_at: String,
    /// Actor's username.
    pub actor: String,
    /// Location code.
    pub location: Option<String>,
    /// Partner code.
    pub counterparty: Option<String>,
    /// The document.
    pub reference: Option<String>,
    /// Why.
    pub reason: Option<String>,
    /// The scan.
    pub raw_scan: Option<String>,
    /// The signature's meaning.
    pub signature: Option<String>,
    /// The subject of a user event.
    pub subject: Option<ParsedSubject>,
    /// The lines.
    pub lines: Vec<ParsedLine>,
}

/// The subject of a user event, parsed back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedSubject {
    /// Username.
    pub username: String,
    /// Role after.
    pub role: String,
    /// Active after.
    pub active: bool,
}

/// A line parsed back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedLine {
    /// Line number.
    pub line_no: i64,
    /// GTIN.
    pub gtin: String,
    /// Lot.
    pub lot: Option<String>,
    /// Serial.
    pub serial: Option<String>,
    /// Expiry.
    pub expiry: Option<String>,
    /// Quantity.
    pub quantity: i64,
    /// Status before.
    pub status_before: Option<String>,
    /// Status after.
    pub status_after: Option<String>,
    /// Location before.
    pub location_before: Option<String>,
    /// Location after.
    pub location_after: Option<String>,
    /// Unit cost, cents.
    pub unit_cost_cents: Option<i64>,
}

impl Parsed {
    /// The event in the borrowed canonical form, to encode or hash again.
    pub fn canonical(&self) -> (Canonical<'_>, Vec<CanonicalLine<'_>>) {
        let event = Canonical {
            format: self.format,
            id: &self.id,
            site: &self.site,
            kind: &self.kind,
            occurred_at: &self.occurred_at,
            occurred_offset: self.occurred_offset,
            recorded_at: &self.recorded_at,
            actor: &self.actor,
            location: self.location.as_deref(),
            counterparty: self.counterparty.as_deref(),
            reference: self.reference.as_deref(),
            reason: self.reason.as_deref(),
            raw_scan: self.raw_scan.as_deref(),
            signature: self.signature.as_deref(),
            subject: self.subject.as_ref().map(|s| CanonicalSubject {
                username: &s.username,
                role: &s.role,
                active: s.active,
            }),
        };
        let lines = self
            .lines
            .iter()
            .map(|l| CanonicalLine {
                line_no: l.line_no,
                gtin: &l.gtin,
                lot: l.lot.as_deref(),
                serial: l.serial.as_deref(),
                expiry: l.expiry.as_deref(),
                quantity: l.quantity,
                status_before: l.status_before.as_deref(),
                status_after: l.status_after.as_deref(),
                location_before: l.location_before.as_deref(),
                location_after: l.location_after.as_deref(),
                unit_cost_cents: l.unit_cost_cents,
            })
            .collect();
        (event, lines)
    }
}

/// A cursor over canonical bytes.
struct Reader<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl<'b> Reader<'b> {
    fn take(&mut self, n: usize) -> Result<&'b [u8], ParseError> {
        let end = self.at.checked_add(n).filter(|e| *e <= self.bytes.len());
        let end = end.ok_or(ParseError::Truncated { at: self.at })?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }

    fn field(&mut self) -> Result<Option<&'b [u8]>, ParseError> {
        let at = self.at;
        match self.take(1)?[0] {
            0 => Ok(None),
            1 => {
                let len = self.take(4)?;
                let len = u32::from_be_bytes([len[0], len[1], len[2], len[3]]) as usize;
                Ok(Some(self.take(len)?))
            }
            found => Err(ParseError::BadPresence { at, found }),
        }
    }

    fn text(&mut self, field: &'static str) -> Result<Option<String>, ParseError> {
        let at = self.at;
        self.field()?
            .map(|b| String::from_utf8(b.to_vec()).map_err(|_| ParseError::NotText { at, field }))
            .transpose()
    }

    fn int(&mut self, field: &'static str) -> Result<Option<i64>, ParseError> {
        let at = self.at;
        self.field()?
            .map(|b| {
                <[u8; 8]>::try_from(b)
                    .map(i64::from_be_bytes)
                    .map_err(|_| ParseError::BadField { at, field })
            })
            .transpose()
    }

    fn required_text(&mut self, field: &'static str) -> Result<String, ParseError> {
        let at = self.at;
        self.text(field)?.ok_or(ParseError::BadField { at, field })
    }

    fn required_int(&mut self, field: &'static str) -> Result<i64, ParseError> {
        let at = self.at;
        self.int(field)?.ok_or(ParseError::BadField { at, field })
    }

    /// The signature and, in v2, the subject of a user event, as each format writes them.
    fn signature_and_subject(
        &mut self,
        format: Format,
    ) -> Result<(Option<String>, Option<ParsedSubject>), ParseError> {
        Ok(match format {
            // A v1 signature is marked by its tag; the line count that follows otherwise starts
            // with a presence byte, never with 's'.
            Format::V1 if self.starts_with(V1_SIGNATURE_TAG) => {
                self.take(V1_SIGNATURE_TAG.len())?;
                let at = self.at;
                let meaning = self.text("signature")?.ok_or(ParseError::BadField {
                    at,
                    field: "signature",
                })?;
                (Some(meaning), None)
            }
            Format::V1 => (None, None),
            Format::V2 => {
                let signature = self.text("signature")?;
                let at = self.at;
                let username = self.text("subject_username")?;
                let role = self.text("subject_role")?;
                let active = self.int("subject_active")?;
                let subject = match (username, role, active) {
                    (Some(username), Some(role), Some(active @ (0 | 1))) => Some(ParsedSubject {
                        username,
                        role,
                        active: active == 1,
                    }),
                    (None, None, None) => None,
                    _ => {
                        return Err(ParseError::BadField {
                            at,
                            field: "subject",
                        })
                    }
                };
                (signature, subject)
            }
        })
    }

    /// The line count and the lines; a count larger than what is left is refused before
    /// anything is allocated for it.
    fn lines(&mut self) -> Result<Vec<ParsedLine>, ParseError> {
        let at = self.at;
        let count = self.required_int("line_count")?;
        let count = usize::try_from(count).map_err(|_| ParseError::BadField {
            at,
            field: "line_count",
        })?;
        // Each line takes at least 39 bytes: a count larger than what is left is refused before
        // anything is allocated for it.
        if count > self.bytes.len().saturating_sub(self.at) / 39 {
            return Err(ParseError::BadField {
                at,
                field: "line_count",
            });
        }
        let mut lines = Vec::with_capacity(count);
        for _ in 0..count {
            lines.push(ParsedLine {
                line_no: self.required_int("line_no")?,
                gtin: self.required_text("gtin")?,
                lot: self.text("lot")?,
                serial: self.text("serial")?,
                expiry: self.text("expiry")?,
                quantity: self.required_int("quantity")?,
                status_before: self.text("status_before")?,
                status_after: self.text("status_after")?,
                location_before: self.text("location_before")?,
                location_after: self.text("location_after")?,
                unit_cost_cents: self.int("unit_cost_cents")?,
            });
        }
        Ok(lines)
    }

    fn starts_with(&self, tag: &[u8]) -> bool {
        self.bytes[self.at..].starts_with(tag)
    }
}

/// Parses an event's canonical bytes (without the previous hash) back into the event.
pub fn parse(bytes: &[u8]) -> Result<Parsed, ParseError> {
    let format = [Format::V1, Format::V2]
        .into_iter()
        .find(|f| bytes.starts_with(f.domain_tag()))
        .ok_or(ParseError::UnknownFormat)?;
    let mut r = Reader {
        bytes,
        at: format.domain_tag().len(),
    };
    let id = r.required_text("id")?;
    let site = r.required_text("site")?;
    let kind = r.required_text("kind")?;
    let occurred_at = r.required_text("occurred_at")?;
    let occurred_offset = r.required_int("occurred_offset")?;
    let recorded_at = r.required_text("recorded_at")?;
    let actor = r.required_text("actor")?;
    let location = r.text("location")?;
    let counterparty = r.text("counterparty")?;
    let reference = r.text("reference")?;
    let reason = r.text("reason")?;
    let raw_scan = r.text("raw_scan")?;
    let (signature, subject) = r.signature_and_subject(format)?;
    let lines = r.lines()?;
    if r.at != bytes.len() {
        return Err(ParseError::Trailing { at: r.at });
    }
    Ok(Parsed {
        format,
        id,
        site,
        kind,
        occurred_at,
        occurred_offset,
        recorded_at,
        actor,
        location,
        counterparty,
        reference,
        reason,
        raw_scan,
        signature,
        subject,
        lines,
    })
}
