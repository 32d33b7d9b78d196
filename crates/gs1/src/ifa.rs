//! IFA PPN codes on German packs: ISO/IEC 15434 format 06 with ASC MH10 data identifiers
//! (`9N` PPN, `1T` batch, `D` expiry, `S` serial, `8P` GTIN, `16D` manufacturing date).

use chrono::NaiveDate;

use crate::ai::is_cset82;
use crate::check::{ppn_check_digits, pzn_ok};
use crate::date::{parse_yymmdd, parse_yyyymmdd};
use crate::element::GS;
use crate::error::{DecodeError, ErrorKind};
use crate::gtin::Gtin;

const RS: u8 = 0x1e;
const EOT: u8 = 0x04;

/// What an IFA code carries.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IfaData {
    /// The PPN (`11` + PZN + two check digits).
    pub ppn: Option<String>,
    /// The PZN inside a PPN whose registration code is `11`.
    pub pzn: Option<String>,
    /// Batch (`1T`).
    pub lot: Option<String>,
    /// Serial (`S`).
    pub serial: Option<String>,
    /// Expiry (`D`), `DD=00` meaning the month's last day.
    pub expiry: Option<NaiveDate>,
    /// Manufacturing date (`16D`).
    pub manufactured: Option<NaiveDate>,
    /// GTIN or NTIN (`8P`), if present.
    pub gtin: Option<Gtin>,
    /// Every data identifier and its value, in order.
    pub fields: Vec<(String, String)>,
}

/// Whether `data` opens an ISO/IEC 15434 envelope.
pub(crate) fn looks_like_ifa(data: &[u8]) -> bool {
    data.starts_with(b"[)>")
}

/// Parses an ISO/IEC 15434 format-06 message. `base` is its offset in the raw input.
pub(crate) fn parse(data: &[u8], base: usize, today: NaiveDate) -> Result<IfaData, DecodeError> {
    check_format_06(data, base)?;
    let mut out = IfaData::default();
    let mut i = 3 + 3; // after "[)>" RS "06"
    let end = message_end(data, i);
    while i < end {
        if data[i] == GS {
            i += 1;
            continue;
        }
        let field_end = data[i..end]
            .iter()
            .position(|b| *b == GS)
            .map_or(end, |p| i + p);
        let field = read_field(&data[i..field_end], base + i)?;
        keep(&mut out, &field, today)?;
        out.fields.push((field.di, field.text));
        i = field_end;
    }
    if out.ppn.is_none() && out.gtin.is_none() {
        return Err(DecodeError::new(
            ErrorKind::MissingAssociatedAi,
            Some("9N"),
            base,
            "scan.decode.ifa.no_product_code",
            "This IFA code has no product code (neither a PPN in 9N nor a GTIN in 8P).".into(),
        ));
    }
    Ok(out)
}

/// Refuses an envelope (`[)>` RS) whose message is not format 06.
fn check_format_06(data: &[u8], base: usize) -> Result<(), DecodeError> {
    let body = &data[3..];
    if body.first() != Some(&RS) || body.get(1..3) != Some(b"06") {
        return Err(DecodeError::new(
            ErrorKind::NotGs1,
            None,
            base + 3,
            "scan.decode.ifa.not_format_06",
            "This ISO/IEC 15434 message is not in format 06, the format of IFA pack codes.".into(),
        ));
    }
    Ok(())
}

/// Where the fields end: at the last RS after `start` (the format trailer), else before any
/// trailing EOTs, else at the end of the data.
fn message_end(data: &[u8], start: usize) -> usize {
    data.iter()
        .rposition(|b| *b == RS)
        .filter(|p| *p > start)
        .unwrap_or_else(|| {
            data.iter()
                .rposition(|b| *b != EOT)
                .map_or(data.len(), |p| p + 1)
        })
}

/// One field: its data identifier and its value.
struct Field<'a> {
    /// The data identifier, digits and the letter that ends it (`9N`, `1T`, `S`).
    di: String,
    value: &'a [u8],
    /// The value as text (it is checked to be GS1's character set 82, so ASCII).
    text: String,
    /// The value's offset in the raw input.
    at: usize,
}

impl Field<'_> {
    /// A refusal of this field's value.
    fn refusal(&self, kind: ErrorKind, key: &'static str, message: String) -> DecodeError {
        DecodeError::new(kind, Some(&self.di), self.at, key, message)
    }
}

/// Splits a field, at `at` in the raw input, into its data identifier and a non-empty value in
/// GS1's character set 82.
fn read_field(field: &[u8], at: usize) -> Result<Field<'_>, DecodeError> {
    let di_len = field
        .iter()
        .position(|b| b.is_ascii_alphabetic())
        .map(|p| p + 1)
        .ok_or_else(|| {
            DecodeError::new(
                ErrorKind::InvalidCharacter,
                None,
                at,
                "scan.decode.ifa.no_identifier",
                "An IFA field has no data identifier.".into(),
            )
        })?;
    let di = String::from_utf8_lossy(&field[..di_len]).into_owned();
    let value = &field[di_len..];
    let vpos = at + di_len;
    if let Some(bad) = value.iter().position(|b| !is_cset82(*b)) {
        let byte = crate::value::describe_byte(value, bad);
        return Err(DecodeError::new(
            ErrorKind::InvalidCharacter,
            Some(&di),
            vpos + bad,
            "scan.decode.ifa.invalid_character",
            format!("The IFA field {di} contains {byte}, which is not allowed."),
        )
        .arg("di", &di)
        .byte(byte));
    }
    let text = String::from_utf8_lossy(value).into_owned();
    if text.is_empty() {
        return Err(DecodeError::new(
            ErrorKind::EmptyValue,
            Some(&di),
            vpos,
            "scan.decode.ifa.empty",
            format!("The IFA field {di} is empty."),
        )
        .arg("di", &di));
    }
    Ok(Field {
        di,
        value,
        text,
        at: vpos,
    })
}

/// Keeps what a field means for the pack in `out`, after checking its value; a data identifier
/// Custody does not use is kept only in the list of fields.
fn keep(out: &mut IfaData, field: &Field, today: NaiveDate) -> Result<(), DecodeError> {
    let text = &field.text;
    match field.di.as_str() {
        "9N" => {
            check_ppn(field.value).map_err(|(kind, key, m, expected)| {
                let e = field.refusal(kind, key, m).arg("ppn", text.as_str());
                match expected {
                    Some(d) => e.arg("expected", format!("{d:02}")),
                    None => e,
                }
            })?;
            if field.value.starts_with(b"11") && field.value.len() == 12 {
                out.pzn = Some(text[2..10].to_string());
            }
            out.ppn = Some(text.clone());
        }
        "1T" => out.lot = Some(at_most_20(field)?),
        "S" => out.serial = Some(at_most_20(field)?),
        "D" => {
            out.expiry = Some(parse_yymmdd(field.value, today, true).ok_or_else(|| {
                field
                    .refusal(
                        ErrorKind::InvalidDate,
                        "scan.decode.ifa.expiry",
                        format!("The expiry '{text}' is not a real date (YYMMDD)."),
                    )
                    .arg("value", text.as_str())
            })?);
        }
        "16D" => {
            out.manufactured = Some(parse_yyyymmdd(field.value, false).ok_or_else(|| {
                field
                    .refusal(
                        ErrorKind::InvalidDate,
                        "scan.decode.ifa.manufactured",
                        format!("The manufacturing date '{text}' is not a real date (YYYYMMDD)."),
                    )
                    .arg("value", text.as_str())
            })?);
        }
        "8P" => out.gtin = Some(gtin(field)?),
        _ => {}
    }
    Ok(())
}

/// A batch or serial: at most 20 characters, as in GS1's AIs (10) and (21).
fn at_most_20(field: &Field) -> Result<String, DecodeError> {
    const MAX: usize = 20;
    if field.text.len() > MAX {
        return Err(field
            .refusal(
                ErrorKind::ValueTooLong,
                "scan.decode.ifa.too_long",
                format!(
                    "The IFA field {} is longer than {MAX} characters.",
                    field.di
                ),
            )
            .arg("di", &field.di)
            .arg("max", MAX));
    }
    Ok(field.text.clone())
}

/// The GTIN or NTIN of field 8P, its refusal in GS1's terms.
fn gtin(field: &Field) -> Result<Gtin, DecodeError> {
    Gtin::parse(&field.text).map_err(|e| {
        let (kind, key) = match e {
            crate::GtinError::CheckDigit { .. } => {
                (ErrorKind::CheckDigit, "scan.decode.ifa.gtin.check_digit")
            }
            crate::GtinError::NonDigit(_) => (
                ErrorKind::InvalidCharacter,
                "scan.decode.ifa.gtin.non_digit",
            ),
            crate::GtinError::Length(_) => {
                (ErrorKind::ValueTooShort, "scan.decode.ifa.gtin.length")
            }
        };
        field
            .refusal(
                kind,
                key,
                format!("The GTIN '{}' in field 8P is not valid: {e}.", field.text),
            )
            .arg("gtin", &field.text)
            .gtin(&e)
    })
}

/// A PPN: 4 to 22 letters and digits, its two check digits right, and the PZN inside one with
/// registration code `11` with its own check digit right.
/// A refused PPN: the kind, the code of its sentence, the sentence, and the check digits
/// expected when they are wrong.
type PpnRefusal = (ErrorKind, &'static str, String, Option<u32>);

fn check_ppn(v: &[u8]) -> Result<(), PpnRefusal> {
    if v.len() < 4 || v.len() > 22 || !v.iter().all(u8::is_ascii_alphanumeric) {
        return Err((
            ErrorKind::InvalidValue,
            "scan.decode.ifa.ppn",
            "This is not a valid PPN.".into(),
            None,
        ));
    }
    let (data, check) = v.split_at(v.len() - 2);
    let expected = ppn_check_digits(data);
    if check != format!("{expected:02}").as_bytes() {
        return Err((
            ErrorKind::CheckDigit,
            "scan.decode.ifa.ppn.check_digits",
            format!(
                "The PPN '{}' has wrong check digits (they should be {expected:02}). Rescan the pack or check the printed PZN.",
                String::from_utf8_lossy(v)
            ),
            Some(expected),
        ));
    }
    if data.starts_with(b"11")
        && data.len() == 10
        && !pzn_ok(std::str::from_utf8(&data[2..]).unwrap_or(""))
    {
        return Err((
            ErrorKind::CheckDigit,
            "scan.decode.ifa.ppn.pzn",
            "The PZN inside the PPN has a wrong check digit.".into(),
            None,
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_message_ends_at_its_trailer_or_before_trailing_eots() {
        assert_eq!(
            message_end(b"[)>\x1e06\x1d9N1\x1e\x04", 6),
            10,
            "the fields stop at the RS of the trailer"
        );
        assert_eq!(
            message_end(b"[)>\x1e06\x1d9N1\x04\x04", 6),
            10,
            "without a trailer, the EOTs a scanner adds are not data"
        );
    }

    #[test]
    fn a_field_splits_after_the_letter_of_its_data_identifier() {
        let field = read_field(b"1TLOT1", 10).unwrap();
        assert_eq!(
            (field.di.as_str(), field.text.as_str(), field.at),
            ("1T", "LOT1", 12),
            "an error in the value must point at the value, not the identifier"
        );
        let err = read_field(b"123", 10).err().unwrap();
        assert_eq!(
            (err.kind, err.position),
            (ErrorKind::InvalidCharacter, 10),
            "digits alone name no field"
        );
        let err = read_field(b"1T", 10).err().unwrap();
        assert_eq!(
            err.kind,
            ErrorKind::EmptyValue,
            "a batch field with no batch is an error, never an empty batch"
        );
    }

    #[test]
    fn a_batch_of_21_characters_is_refused() {
        let field = read_field(b"1TABCDEFGHIJKLMNOPQRSTU", 0).unwrap();
        let err = at_most_20(&field).unwrap_err();
        assert_eq!(
            (err.kind, err.position),
            (ErrorKind::ValueTooLong, 2),
            "a batch longer than GS1 allows cannot be recorded against the same lot"
        );
    }
}
