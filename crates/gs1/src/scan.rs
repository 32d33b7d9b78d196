//! The entry point: one raw scan in, a typed [`Scan`] or a [`DecodeError`] out.

use chrono::{NaiveDate, NaiveDateTime};

use crate::date::parse_yymmdd;
use crate::element::{self, Element, GS};
use crate::error::{DecodeError, ErrorKind};
use crate::gtin::{Gtin, GtinError};
use crate::{dl, hri, ifa};

/// How to decode: the date used for the century rule, and which scanner quirks to tolerate.
/// [`DecodeOptions::new`] is strict; switch on what your scanners need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeOptions {
    /// "Today", for the century of two-digit years (GS1 General Specifications §7.12).
    pub today: NaiveDate,
    /// Strings a scanner sends instead of the group separator (e.g. `~`, `<GS>`).
    pub gs_substitutes: Vec<String>,
    /// Accept (and drop) a group separator right after the symbology identifier.
    pub ignore_leading_gs: bool,
    /// Parse GS1 data found in a plain (`]d1`, `]Q1`) symbol, as some printers encode packs.
    pub accept_gs1_in_plain_symbol: bool,
    /// Allow spaces between elements of the bracketed form, as typed from a printed label.
    pub lenient_hri_whitespace: bool,
    /// Pad an 8-, 12- or 13-digit GTIN in a Digital Link path to 14 digits.
    pub lenient_dl_gtin: bool,
}

impl DecodeOptions {
    /// Strict decoding relative to `today`.
    pub fn new(today: NaiveDate) -> Self {
        DecodeOptions {
            today,
            gs_substitutes: Vec::new(),
            ignore_leading_gs: false,
            accept_gs1_in_plain_symbol: false,
            lenient_hri_whitespace: false,
            lenient_dl_gtin: false,
        }
    }
}

/// The barcode type, from the AIM symbology identifier (`]d2`, `]C1`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Symbology {
    /// Data Matrix (`]d`).
    DataMatrix,
    /// Code 128 / GS1-128 (`]C`).
    Code128,
    /// QR Code (`]Q`).
    QrCode,
    /// GS1 DataBar (`]e`).
    DataBar,
    /// EAN-13 or UPC-A (`]E0`).
    Ean13,
    /// EAN-8 (`]E4`).
    Ean8,
    /// DotCode (`]J`).
    DotCode,
    /// No symbology identifier was sent (or the data was typed).
    Unknown,
}

/// How the data was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// GS1 element string (AIs with group separators).
    ElementString,
    /// Bracketed human-readable form.
    Bracketed,
    /// GS1 Digital Link URI.
    DigitalLink,
    /// A bare GTIN (EAN/UPC, or typed digits).
    Gtin,
    /// IFA PPN code (ISO/IEC 15434).
    Ifa,
}

/// Something worth telling the user about a scan that decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// What kind of warning.
    pub kind: WarningKind,
    /// A plain-language sentence.
    pub message: String,
    /// The facts the sentence says, by name, for an application that says it in another
    /// language (a possible missing separator: `ai`, `value`, `rest` and `embedded`); empty for
    /// a sentence that says no facts.
    pub args: Vec<(&'static str, String)>,
}

/// Kinds of [`Warning`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WarningKind {
    /// A value looks like two fields run together: the scanner may drop group separators.
    PossibleMissingSeparator,
    /// GS1 data in a plain symbol, accepted by option.
    Gs1InPlainSymbol,
    /// A leading group separator was dropped, by option.
    LeadingSeparatorIgnored,
    /// A short GTIN in a Digital Link path was padded to 14 digits, by option.
    ZeroSuppressedGtin,
    /// No symbology identifier: the data was recognised by its shape.
    NoSymbologyIdentifier,
}

impl WarningKind {
    /// The kind's `snake_case` name.
    pub fn as_str(self) -> &'static str {
        match self {
            WarningKind::PossibleMissingSeparator => "possible_missing_separator",
            WarningKind::Gs1InPlainSymbol => "gs1_in_plain_symbol",
            WarningKind::LeadingSeparatorIgnored => "leading_separator_ignored",
            WarningKind::ZeroSuppressedGtin => "zero_suppressed_gtin",
            WarningKind::NoSymbologyIdentifier => "no_symbology_identifier",
        }
    }
}

/// A national healthcare reimbursement number (NHRN, AIs 710–717).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NationalCode {
    /// The AI that carried it.
    pub ai: &'static str,
    /// What it is, e.g. `"de_pzn"`, `"us_ndc"`.
    pub scheme: &'static str,
    /// The code as encoded.
    pub value: String,
}

/// A decoded scan: the pack's identity and every element, as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scan {
    /// Barcode type.
    pub symbology: Symbology,
    /// How the data was written.
    pub syntax: Syntax,
    /// GTIN-14 (AI 01, an EAN/UPC, or IFA field 8P).
    pub gtin: Option<Gtin>,
    /// Serial number (AI 21 or IFA `S`), exactly as encoded.
    pub serial: Option<String>,
    /// Batch/lot (AI 10 or IFA `1T`), exactly as encoded.
    pub lot: Option<String>,
    /// Expiry date (AI 17 or IFA `D`); `DD=00` is the month's last day.
    pub expiry: Option<NaiveDate>,
    /// Expiry date and time (AI 7003), local to the label, without a zone.
    pub expiry_datetime: Option<NaiveDateTime>,
    /// SSCC of a logistic unit (AI 00).
    pub sscc: Option<String>,
    /// Variable count (AI 30) or count of trade items (AI 37).
    pub count: Option<u32>,
    /// National codes (AIs 710–717), never derived from the GTIN.
    pub national_codes: Vec<NationalCode>,
    /// IFA PPN.
    pub ppn: Option<String>,
    /// PZN from an IFA PPN.
    pub pzn: Option<String>,
    /// Every GS1 AI and its value, in scan order (empty for a bare GTIN or an IFA code).
    pub elements: Vec<Element>,
    /// IFA data identifiers and values, in order (empty unless `syntax` is `Ifa`).
    pub ifa_fields: Vec<(String, String)>,
    /// Things worth telling the user.
    pub warnings: Vec<Warning>,
}

impl Scan {
    fn new(symbology: Symbology, syntax: Syntax) -> Self {
        Scan {
            symbology,
            syntax,
            gtin: None,
            serial: None,
            lot: None,
            expiry: None,
            expiry_datetime: None,
            sscc: None,
            count: None,
            national_codes: Vec::new(),
            ppn: None,
            pzn: None,
            elements: Vec::new(),
            ifa_fields: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// The value of an AI, if present.
    pub fn ai(&self, ai: &str) -> Option<&str> {
        self.elements
            .iter()
            .find(|e| e.entry.ai == ai)
            .map(|e| e.value.as_str())
    }

    /// Whether the data was GS1 Application Identifier data (element string, bracketed form or
    /// Digital Link), so that [`Scan::elements`] is meaningful.
    pub fn has_ai_data(&self) -> bool {
        matches!(
            self.syntax,
            Syntax::ElementString | Syntax::Bracketed | Syntax::DigitalLink
        )
    }

    fn warn(&mut self, kind: WarningKind, message: impl Into<String>) {
        self.warn_with(kind, message, Vec::new());
    }

    fn warn_with(
        &mut self,
        kind: WarningKind,
        message: impl Into<String>,
        args: Vec<(&'static str, String)>,
    ) {
        self.warnings.push(Warning {
            kind,
            message: message.into(),
            args,
        });
    }
}

/// Decodes one raw scan, exactly as the scanner delivered it (symbology identifier, group
/// separators as ASCII 29, a trailing CR/LF).
///
/// ```
/// use chrono::NaiveDate;
/// use custody_gs1::{decode, DecodeOptions};
///
/// let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
/// let scan = decode("]d201095060001343521728123110LOT42\u{1d}21SN12345", &DecodeOptions::new(today)).unwrap();
/// assert_eq!(scan.gtin.unwrap().as_str(), "09506000134352");
/// assert_eq!(scan.serial.as_deref(), Some("SN12345"));
/// assert_eq!(scan.lot.as_deref(), Some("LOT42"));
/// assert_eq!(scan.expiry, NaiveDate::from_ymd_opt(2028, 12, 31));
/// ```
pub fn decode(raw: &str, options: &DecodeOptions) -> Result<Scan, DecodeError> {
    let trimmed = raw.trim_end_matches(['\r', '\n']);
    if options
        .gs_substitutes
        .iter()
        .any(|s| !s.is_empty() && trimmed.contains(s.as_str()))
    {
        let (data, map) = substitute(trimmed, &options.gs_substitutes);
        return decode_data(data.as_bytes(), options).map_err(|mut e| {
            e.position = map.get(e.position).copied().unwrap_or(raw.len());
            e
        });
    }
    decode_data(trimmed.as_bytes(), options)
}

/// Whether `data` is the bracketed form after leading spaces, as a label's printed line is often
/// typed or pasted (` (01) 0950…`); only asked in lenient mode, where `hri::parse` skips them.
fn typed_hri(data: &[u8]) -> bool {
    data.iter().find(|b| **b != b' ') == Some(&b'(')
}

/// Replaces each GS substitute with GS, keeping for every output byte its offset in the input.
fn substitute(input: &str, substitutes: &[String]) -> (String, Vec<usize>) {
    let mut subs: Vec<&str> = substitutes
        .iter()
        .map(String::as_str)
        .filter(|s| !s.is_empty())
        .collect();
    subs.sort_by_key(|s| std::cmp::Reverse(s.len()));
    let mut out = String::with_capacity(input.len());
    let mut map = Vec::with_capacity(input.len() + 1);
    let mut i = 0;
    while i < input.len() {
        if let Some(s) = subs.iter().find(|s| input[i..].starts_with(**s)) {
            out.push('\u{1d}');
            map.push(i);
            i += s.len();
        } else {
            let c = input[i..].chars().next().unwrap_or('\0');
            map.extend(i..i + c.len_utf8());
            out.push(c);
            i += c.len_utf8();
        }
    }
    map.push(input.len());
    (out, map)
}

fn decode_data(data: &[u8], options: &DecodeOptions) -> Result<Scan, DecodeError> {
    if data.len() >= 3 && data[0] == b']' {
        let (code, modifier) = (data[1], data[2]);
        let rest = &data[3..];
        let symbology = match code {
            b'd' => Symbology::DataMatrix,
            b'C' => Symbology::Code128,
            b'Q' => Symbology::QrCode,
            b'e' => Symbology::DataBar,
            b'E' if modifier == b'4' => Symbology::Ean8,
            b'E' => Symbology::Ean13,
            b'J' => Symbology::DotCode,
            _ => Symbology::Unknown,
        };
        return match (code, modifier) {
            (b'd', b'2') | (b'd', b'5') | (b'C', b'1') | (b'Q', b'3') | (b'Q', b'5') | (b'e', b'0') | (b'J', b'1') => {
                element_string(rest, 3, symbology, options)
            }
            (b'd', b'1') | (b'd', b'4') | (b'Q', b'1') | (b'Q', b'0') | (b'Q', b'2') | (b'C', b'0') | (b'J', b'0') => {
                plain(rest, 3, symbology, options)
            }
            (b'E', b'0') | (b'E', b'3') | (b'E', b'4') => {
                let digits = if modifier == b'3' { &rest[..rest.len().min(13)] } else { rest };
                bare_gtin(digits, 3, symbology)
            }
            _ => Err(DecodeError::new(
                ErrorKind::UnsupportedSymbology,
                None,
                0,
                "scan.decode.unsupported_symbology",
                format!(
                    "This barcode type (symbology identifier ]{}{}) does not carry GS1 pack data. Scan the 2D code (Data Matrix) on the pack.",
                    code as char, modifier as char
                ),
            )
            .arg("symbology", format!("{}{}", code as char, modifier as char))),
        };
    }
    // No symbology identifier: recognise the data by its shape (gs1-notes §3).
    let mut scan = if dl::looks_like_uri(data) {
        digital_link(data, 0, Symbology::Unknown, options)?
    } else if data.first() == Some(&b'(') || (options.lenient_hri_whitespace && typed_hri(data)) {
        let mut elements = hri::parse(data, 0, options.today, options.lenient_hri_whitespace)?;
        element::check_relationships(&mut elements)?;
        from_elements(Symbology::Unknown, Syntax::Bracketed, elements, options)
    } else if ifa::looks_like_ifa(data) {
        ifa_scan(data, 0, Symbology::Unknown, options)?
    } else if data.iter().all(u8::is_ascii_digit) && [8, 12, 13, 14].contains(&data.len()) {
        return bare_gtin(data, 0, Symbology::Unknown);
    } else if starts_with_gtin_element(data)
        || (data.first() == Some(&GS) && options.ignore_leading_gs)
    {
        element_string(data, 0, Symbology::Unknown, options)?
    } else {
        return Err(not_gs1(0));
    };
    scan.warn(
        WarningKind::NoSymbologyIdentifier,
        "The scanner sent no symbology identifier; the data was recognised by its shape. Enable AIM identifiers on the scanner.",
    );
    Ok(scan)
}

/// Data that starts with AI 01 and 14 digits, the shape of a pack's element string.
fn starts_with_gtin_element(data: &[u8]) -> bool {
    data.len() >= 16 && data.starts_with(b"01") && data[2..16].iter().all(u8::is_ascii_digit)
}

fn not_gs1(base: usize) -> DecodeError {
    DecodeError::new(
        ErrorKind::NotGs1,
        None,
        base,
        "scan.decode.not_gs1",
        "This barcode is readable but holds no GS1 pack data (no GTIN). It is not a pack code: scan the pack's Data Matrix.".into(),
    )
}

fn element_string(
    data: &[u8],
    base: usize,
    symbology: Symbology,
    options: &DecodeOptions,
) -> Result<Scan, DecodeError> {
    let (data, base, dropped) = if data.first() == Some(&GS) && options.ignore_leading_gs {
        (&data[1..], base + 1, true)
    } else {
        (data, base, false)
    };
    let mut elements = element::parse(data, base, options.today)?;
    element::check_relationships(&mut elements)?;
    let mut scan = from_elements(symbology, Syntax::ElementString, elements, options);
    if dropped {
        scan.warn(
            WarningKind::LeadingSeparatorIgnored,
            "The code starts with a group separator, which was ignored. The pack's code is misprinted; it decoded anyway.",
        );
    }
    Ok(scan)
}

fn plain(
    data: &[u8],
    base: usize,
    symbology: Symbology,
    options: &DecodeOptions,
) -> Result<Scan, DecodeError> {
    if dl::looks_like_uri(data) {
        return digital_link(data, base, symbology, options);
    }
    if ifa::looks_like_ifa(data) {
        return ifa_scan(data, base, symbology, options);
    }
    let looks_gs1 = data.first() == Some(&GS)
        || (data.len() >= 16
            && data.starts_with(b"01")
            && data[2..16].iter().all(u8::is_ascii_digit));
    if looks_gs1 && options.accept_gs1_in_plain_symbol {
        let (rest, offset) = if data.first() == Some(&GS) {
            (&data[1..], 1)
        } else {
            (data, 0)
        };
        let mut elements = element::parse(rest, base + offset, options.today)?;
        element::check_relationships(&mut elements)?;
        let mut scan = from_elements(symbology, Syntax::ElementString, elements, options);
        scan.warn(
            WarningKind::Gs1InPlainSymbol,
            "The pack's code is printed as a plain Data Matrix rather than GS1 Data Matrix; its GS1 data was read anyway. Report the misprint to the supplier.",
        );
        return Ok(scan);
    }
    let mut e = not_gs1(base);
    if looks_gs1 {
        e.message.push_str(" It looks like GS1 data in a plain symbol (a printing fault); the option 'accept_gs1_in_plain_symbol' reads it.");
    }
    Err(e)
}

fn digital_link(
    data: &[u8],
    base: usize,
    symbology: Symbology,
    options: &DecodeOptions,
) -> Result<Scan, DecodeError> {
    let parsed = dl::parse(data, base, options.today, options.lenient_dl_gtin)?;
    let mut elements = parsed.elements;
    element::check_relationships(&mut elements)?;
    let mut scan = from_elements(symbology, Syntax::DigitalLink, elements, options);
    if parsed.padded_gtin {
        scan.warn(
            WarningKind::ZeroSuppressedGtin,
            "The Digital Link has a short GTIN (an older form); it was padded to 14 digits.",
        );
    }
    Ok(scan)
}

fn ifa_scan(
    data: &[u8],
    base: usize,
    symbology: Symbology,
    options: &DecodeOptions,
) -> Result<Scan, DecodeError> {
    let ifa = ifa::parse(data, base, options.today)?;
    let mut scan = Scan::new(symbology, Syntax::Ifa);
    scan.gtin = ifa.gtin;
    scan.ppn = ifa.ppn;
    scan.pzn = ifa.pzn;
    scan.lot = ifa.lot;
    scan.serial = ifa.serial;
    scan.expiry = ifa.expiry;
    scan.ifa_fields = ifa.fields;
    if let Some(pzn) = &scan.pzn {
        scan.national_codes.push(NationalCode {
            ai: "710",
            scheme: "de_pzn",
            value: pzn.clone(),
        });
    }
    Ok(scan)
}

fn bare_gtin(digits: &[u8], base: usize, symbology: Symbology) -> Result<Scan, DecodeError> {
    let text = std::str::from_utf8(digits).unwrap_or("");
    let gtin = Gtin::parse(text).map_err(|e| {
        let (kind, at, key) = match e {
            GtinError::Length(n) if n > 14 => {
                (ErrorKind::ValueTooLong, 0, "scan.decode.gtin.length")
            }
            GtinError::Length(_) => (ErrorKind::ValueTooShort, 0, "scan.decode.gtin.length"),
            GtinError::NonDigit(i) => {
                (ErrorKind::InvalidCharacter, i, "scan.decode.gtin.non_digit")
            }
            GtinError::CheckDigit { .. } => (
                ErrorKind::CheckDigit,
                digits.len().saturating_sub(1),
                "scan.decode.gtin.check_digit",
            ),
        };
        DecodeError::new(
            kind,
            Some("01"),
            base + at,
            key,
            format!("'{text}' is not a valid GTIN: {e}."),
        )
        .arg("gtin", text)
        .gtin(&e)
    })?;
    let mut scan = Scan::new(symbology, Syntax::Gtin);
    scan.gtin = Some(gtin);
    Ok(scan)
}

fn from_elements(
    symbology: Symbology,
    syntax: Syntax,
    elements: Vec<Element>,
    options: &DecodeOptions,
) -> Scan {
    let mut scan = Scan::new(symbology, syntax);
    for e in &elements {
        let v = &e.value;
        match e.entry.ai {
            // Values were validated against the dictionary, so these conversions hold.
            "01" => scan.gtin = Gtin::parse(v).ok(),
            "21" => scan.serial = Some(v.clone()),
            "10" => scan.lot = Some(v.clone()),
            "17" => scan.expiry = parse_yymmdd(v.as_bytes(), options.today, true),
            "7003" => {
                scan.expiry_datetime = parse_yymmdd(&v.as_bytes()[..6], options.today, false)
                    .and_then(|d| d.and_hms_opt(v[6..8].parse().ok()?, v[8..10].parse().ok()?, 0));
            }
            "00" => scan.sscc = Some(v.clone()),
            "30" | "37" => scan.count = v.parse().ok(),
            ai @ ("710" | "711" | "712" | "713" | "714" | "715" | "716" | "717") => {
                let scheme = match ai {
                    "710" => "de_pzn",
                    "711" => "fr_cip",
                    "712" => "es_cn",
                    "713" => "br_drn",
                    "714" => "pt_aim",
                    "715" => "us_ndc",
                    "716" => "it_aic",
                    _ => "srn",
                };
                scan.national_codes.push(NationalCode {
                    ai: e.entry.ai,
                    scheme,
                    value: v.clone(),
                });
            }
            _ => {}
        }
    }
    scan.elements = elements;
    missing_separator_warnings(&mut scan);
    scan
}

/// A value that contains what looks like another AI and its value, where that AI is absent from
/// the scan, suggests the scanner dropped a group separator (gs1-notes §2). Never split it: warn.
fn missing_separator_warnings(scan: &mut Scan) {
    let mut found = Vec::new();
    for e in &scan.elements {
        if e.entry.fixed_len().is_some() {
            continue;
        }
        let v = e.value.as_bytes();
        for i in 1..v.len() {
            let rest = &v[i..];
            let embedded = if rest.starts_with(b"21") && rest.len() > 2 && scan.serial.is_none() {
                Some("21")
            } else if rest.starts_with(b"10") && rest.len() > 2 && scan.lot.is_none() {
                Some("10")
            } else if rest.starts_with(b"17")
                && rest.len() >= 8
                && rest[2..8].iter().all(u8::is_ascii_digit)
                && scan.expiry.is_none()
            {
                Some("17")
            } else {
                None
            };
            if let Some(ai) = embedded {
                let rest = String::from_utf8_lossy(rest).into_owned();
                let message = format!(
                    "AI ({}) '{}' contains '{rest}…', which may be AI ({ai}) run into it: the scanner may have dropped a group separator. Check the printed text on the pack.",
                    e.entry.ai, e.value,
                );
                let args = vec![
                    ("ai", e.entry.ai.to_string()),
                    ("value", e.value.clone()),
                    ("rest", rest),
                    ("embedded", ai.to_string()),
                ];
                found.push((message, args));
                break;
            }
        }
    }
    for (m, args) in found {
        scan.warn_with(WarningKind::PossibleMissingSeparator, m, args);
    }
}
