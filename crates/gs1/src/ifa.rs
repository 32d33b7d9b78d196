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
    let err = |kind, di: Option<&str>, at: usize, message: String| {
        DecodeError::new(kind, di, base + at, message)
    };
    let body = &data[3..];
    if body.first() != Some(&RS) || body.get(1..3) != Some(b"06") {
        return Err(err(
            ErrorKind::NotGs1,
            None,
            3,
            "This ISO/IEC 15434 message is not in format 06, the format of IFA pack codes.".into(),
        ));
    }
    let mut out = IfaData::default();
    let mut i = 3 + 3; // after "[)>" RS "06"
    let end = data
        .iter()
        .rposition(|b| *b == RS)
        .filter(|p| *p > i)
        .unwrap_or_else(|| {
            data.iter()
                .rposition(|b| *b != EOT)
                .map_or(data.len(), |p| p + 1)
        });
    while i < end {
        if data[i] == GS {
            i += 1;
            continue;
        }
        let field_end = data[i..end]
            .iter()
            .position(|b| *b == GS)
            .map_or(end, |p| i + p);
        let field = &data[i..field_end];
        let di_len = field
            .iter()
            .position(|b| b.is_ascii_alphabetic())
            .map(|p| p + 1)
            .ok_or_else(|| {
                err(
                    ErrorKind::InvalidCharacter,
                    None,
                    i,
                    "An IFA field has no data identifier.".into(),
                )
            })?;
        let di = String::from_utf8_lossy(&field[..di_len]).into_owned();
        let value = &field[di_len..];
        let vpos = i + di_len;
        if let Some(bad) = value.iter().position(|b| !is_cset82(*b)) {
            return Err(err(
                ErrorKind::InvalidCharacter,
                Some(&di),
                vpos + bad,
                format!(
                    "The IFA field {di} contains {}, which is not allowed.",
                    crate::value::describe_byte(value, bad)
                ),
            ));
        }
        let text = String::from_utf8_lossy(value).into_owned();
        if text.is_empty() {
            return Err(err(
                ErrorKind::EmptyValue,
                Some(&di),
                vpos,
                format!("The IFA field {di} is empty."),
            ));
        }
        let too_long = |max: usize| {
            (text.len() > max).then(|| {
                err(
                    ErrorKind::ValueTooLong,
                    Some(&di),
                    vpos,
                    format!("The IFA field {di} is longer than {max} characters."),
                )
            })
        };
        match di.as_str() {
            "9N" => {
                check_ppn(value).map_err(|(kind, m)| err(kind, Some("9N"), vpos, m))?;
                if value.starts_with(b"11") && value.len() == 12 {
                    out.pzn = Some(text[2..10].to_string());
                }
                out.ppn = Some(text.clone());
            }
            "1T" => {
                if let Some(e) = too_long(20) {
                    return Err(e);
                }
                out.lot = Some(text.clone());
            }
            "S" => {
                if let Some(e) = too_long(20) {
                    return Err(e);
                }
                out.serial = Some(text.clone());
            }
            "D" => {
                out.expiry = Some(parse_yymmdd(value, today, true).ok_or_else(|| {
                    err(
                        ErrorKind::InvalidDate,
                        Some("D"),
                        vpos,
                        format!("The expiry '{text}' is not a real date (YYMMDD)."),
                    )
                })?);
            }
            "16D" => {
                out.manufactured = Some(parse_yyyymmdd(value, false).ok_or_else(|| {
                    err(
                        ErrorKind::InvalidDate,
                        Some("16D"),
                        vpos,
                        format!("The manufacturing date '{text}' is not a real date (YYYYMMDD)."),
                    )
                })?);
            }
            "8P" => {
                out.gtin = Some(Gtin::parse(&text).map_err(|e| {
                    let kind = match e {
                        crate::GtinError::CheckDigit { .. } => ErrorKind::CheckDigit,
                        crate::GtinError::NonDigit(_) => ErrorKind::InvalidCharacter,
                        crate::GtinError::Length(_) => ErrorKind::ValueTooShort,
                    };
                    err(
                        kind,
                        Some("8P"),
                        vpos,
                        format!("The GTIN '{text}' in field 8P is not valid: {e}."),
                    )
                })?);
            }
            _ => {}
        }
        out.fields.push((di, text));
        i = field_end;
    }
    if out.ppn.is_none() && out.gtin.is_none() {
        return Err(err(
            ErrorKind::MissingAssociatedAi,
            Some("9N"),
            0,
            "This IFA code has no product code (neither a PPN in 9N nor a GTIN in 8P).".into(),
        ));
    }
    Ok(out)
}

fn check_ppn(v: &[u8]) -> Result<(), (ErrorKind, String)> {
    if v.len() < 4 || v.len() > 22 || !v.iter().all(u8::is_ascii_alphanumeric) {
        return Err((ErrorKind::InvalidValue, "This is not a valid PPN.".into()));
    }
    let (data, check) = v.split_at(v.len() - 2);
    let expected = ppn_check_digits(data);
    if check != format!("{expected:02}").as_bytes() {
        return Err((
            ErrorKind::CheckDigit,
            format!(
                "The PPN '{}' has wrong check digits (they should be {expected:02}). Rescan the pack or check the printed PZN.",
                String::from_utf8_lossy(v)
            ),
        ));
    }
    if data.starts_with(b"11")
        && data.len() == 10
        && !pzn_ok(std::str::from_utf8(&data[2..]).unwrap_or(""))
    {
        return Err((
            ErrorKind::CheckDigit,
            "The PZN inside the PPN has a wrong check digit.".into(),
        ));
    }
    Ok(())
}
