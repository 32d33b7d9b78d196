//! GS1 Digital Link URIs: `https://{any domain}/{prefix}/01/{gtin}/10/{lot}/21/{serial}?17=…`.

use chrono::NaiveDate;

use crate::ai::{lookup, AiEntry};
use crate::element::Element;
use crate::error::{DecodeError, ErrorKind};
use crate::value::validate;

/// Characters allowed anywhere in a URI (RFC 3986), including `%`.
fn is_uri_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=%".contains(&b)
}

/// Whether `data` starts with an `http` or `https` scheme, in any letter case.
pub(crate) fn looks_like_uri(data: &[u8]) -> bool {
    scheme_len(data).is_some()
}

/// The length of the `http://` or `https://` that starts `data`, in any letter case.
fn scheme_len(data: &[u8]) -> Option<usize> {
    let lower = |n: usize| data.get(..n).map(|s| s.to_ascii_lowercase());
    if lower(8).as_deref() == Some(b"https://") {
        Some(8)
    } else if lower(7).as_deref() == Some(b"http://") {
        Some(7)
    } else {
        None
    }
}

/// Percent-decodes a URI component. In a query, `+` is a space.
fn unescape(s: &[u8], query: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        match s[i] {
            b'%' if i + 2 < s.len()
                && s[i + 1].is_ascii_hexdigit()
                && s[i + 2].is_ascii_hexdigit() =>
            {
                let hex = |c: u8| (c as char).to_digit(16).unwrap_or(0) as u8;
                out.push(hex(s[i + 1]) * 16 + hex(s[i + 2]));
                i += 3;
            }
            b'+' if query => {
                out.push(b' ');
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// The result of parsing a Digital Link URI.
pub(crate) struct Parsed {
    pub elements: Vec<Element>,
    pub padded_gtin: bool,
}

/// Where the parts of a URI are, as offsets into it.
#[derive(Debug, PartialEq, Eq)]
struct Parts {
    /// The '/' that starts the path.
    path_start: usize,
    /// The end of the path: the '?' of the query, the '#' of the fragment or the end.
    path_end: usize,
    /// The query's text, after its '?' and before any fragment.
    query: Option<std::ops::Range<usize>>,
}

/// Parses a Digital Link URI. `base` is its offset in the raw input.
pub(crate) fn parse(
    data: &[u8],
    base: usize,
    today: NaiveDate,
    lenient_gtin: bool,
) -> Result<Parsed, DecodeError> {
    check_uri_chars(data, base)?;
    let parts = split(data, base)?;
    let segments = path_segments(data, &parts, base)?;
    let key_at = primary_key_at(&segments).ok_or_else(|| no_key(base + parts.path_start))?;
    let path = path_elements(&segments[key_at..], base, today, lenient_gtin)?;
    check_path_order(&path.entries, base + parts.path_start)?;
    let mut elements = path.elements;
    if let Some(query) = parts.query {
        query_elements(data, query, &path.entries, &mut elements, base, today)?;
    }
    Ok(Parsed {
        elements,
        padded_gtin: path.padded_gtin,
    })
}

/// Refuses a byte that a URI cannot contain, at its position.
fn check_uri_chars(data: &[u8], base: usize) -> Result<(), DecodeError> {
    match data.iter().position(|b| !is_uri_char(*b)) {
        Some(i) => {
            let byte = crate::value::describe_byte(data, i);
            Err(DecodeError::new(
                ErrorKind::InvalidCharacter,
                None,
                base + i,
                "scan.decode.dl.invalid_character",
                format!("The web address contains {byte}, which is not allowed in a URI."),
            )
            .byte(byte))
        }
        None => Ok(()),
    }
}

/// The refusal of a web address whose path holds no GS1 key, pointing at `position`.
fn no_key(position: usize) -> DecodeError {
    DecodeError::new(
        ErrorKind::DlNoPrimaryKey,
        None,
        position,
        "scan.decode.dl.no_primary_key",
        "This web address is not a GS1 Digital Link: its path has no GS1 key such as /01/{GTIN}."
            .into(),
    )
    // An argument, so that the braces are not read as a placeable of the catalogue's sentence.
    .arg("example", "/01/{GTIN}")
}

/// Finds the path and the query after an http(s) scheme and a domain with nothing in it a
/// domain cannot hold.
fn split(data: &[u8], base: usize) -> Result<Parts, DecodeError> {
    let scheme = scheme_len(data).ok_or_else(|| {
        DecodeError::new(
            ErrorKind::NotGs1,
            None,
            base,
            "scan.decode.dl.not_http",
            "Only http and https addresses can be GS1 Digital Links.".into(),
        )
    })?;
    let path_start = match data[scheme..].iter().position(|b| *b == b'/') {
        Some(0) | None => return Err(no_key(base + scheme)),
        Some(p) => scheme + p,
    };
    // A host has no query, fragment or other sub-delimiters (the GS1 engine's rule); checking
    // here also keeps a '?' or '#' before the path from being taken for the query.
    if let Some(i) = data[scheme..path_start]
        .iter()
        .position(|b| b"_~?#@!$&'()*+,;=%".contains(b))
    {
        let byte = crate::value::describe_byte(data, scheme + i);
        return Err(DecodeError::new(
            ErrorKind::InvalidCharacter,
            None,
            base + scheme + i,
            "scan.decode.dl.domain_character",
            format!("The web address's domain contains {byte}, which a domain cannot contain."),
        )
        .byte(byte));
    }
    let end = data.iter().position(|b| *b == b'#').unwrap_or(data.len());
    let query_at = data[..end].iter().position(|b| *b == b'?');
    Ok(Parts {
        path_start,
        path_end: query_at.unwrap_or(end),
        query: query_at.map(|q| q + 1..end),
    })
}

/// The path's segments after its leading '/', each with its offset in `data`; a path ending in
/// '/' is refused (its last element would be empty).
fn path_segments<'a>(
    data: &'a [u8],
    parts: &Parts,
    base: usize,
) -> Result<Vec<(&'a [u8], usize)>, DecodeError> {
    let path = &data[parts.path_start..parts.path_end];
    if path.len() > 1 && path.ends_with(b"/") {
        return Err(DecodeError::new(
            ErrorKind::DlEmptyValue,
            None,
            base + parts.path_end - 1,
            "scan.decode.dl.path_ends_with_slash",
            "The Digital Link path ends with '/': its last element is empty.".into(),
        ));
    }
    let mut segments = Vec::new();
    let mut at = parts.path_start + 1;
    for seg in path[1..].split(|b| *b == b'/') {
        segments.push((seg, at));
        at += seg.len() + 1;
    }
    Ok(segments)
}

/// The index of the segment naming the primary key. /AI/value pairs are walked from the right:
/// the rightmost primary key starts the GS1 path, and anything to its left is the resolver's own
/// path prefix. `None` when no key is reached before a segment that is not an AI.
fn primary_key_at(segments: &[(&[u8], usize)]) -> Option<usize> {
    let mut k = segments.len() as isize - 2;
    while k >= 0 {
        let ai = std::str::from_utf8(segments[k as usize].0).unwrap_or("");
        match lookup(ai) {
            Some(e) if e.dl_pkey.is_some() => return Some(k as usize),
            Some(_) => k -= 2,
            None => return None,
        }
    }
    None
}

/// The elements of the GS1 path, the key first.
struct PathElements {
    elements: Vec<Element>,
    /// Their AIs, in order, for the order check and the query's.
    entries: Vec<&'static AiEntry>,
    /// A GTIN of 8, 12 or 13 digits was padded to 14 (only when `lenient_gtin`).
    padded_gtin: bool,
}

/// Reads and validates the /AI/value pairs from the primary key on.
fn path_elements(
    pairs: &[(&[u8], usize)],
    base: usize,
    today: NaiveDate,
    lenient_gtin: bool,
) -> Result<PathElements, DecodeError> {
    let mut path = PathElements {
        elements: Vec::new(),
        entries: Vec::new(),
        padded_gtin: false,
    };
    for pair in pairs.chunks(2) {
        let (ai_seg, ai_pos) = pair[0];
        let entry = lookup(std::str::from_utf8(ai_seg).unwrap_or(""))
            .ok_or_else(|| no_key(base + ai_pos))?;
        let (raw, pos) = pair[1];
        if raw.is_empty() {
            return Err(empty(entry, base + pos));
        }
        let mut value = unescape(raw, false);
        // Offsets into a padded GTIN point at the original digits, never past the input.
        let mut padding = 0;
        if entry.ai == "01" && [8, 12, 13].contains(&value.len()) && lenient_gtin {
            padding = 14 - value.len();
            value = pad_gtin(&value);
            path.padded_gtin = true;
        }
        validate(entry, &value, (base + pos).saturating_sub(padding), today)?;
        path.entries.push(entry);
        path.elements.push(element(entry, value, base + ai_pos));
    }
    Ok(path)
}

/// Reads the query's AI parameters (`17=281231`) after the path's elements, in order; other
/// parameters (`utm_source`, `lang`, one without a value) are not data and are skipped.
fn query_elements(
    data: &[u8],
    query: std::ops::Range<usize>,
    path: &[&'static AiEntry],
    elements: &mut Vec<Element>,
    base: usize,
    today: NaiveDate,
) -> Result<(), DecodeError> {
    let mut pos = query.start;
    for param in data[query].split(|b| *b == b'&') {
        let param_pos = base + pos;
        pos += param.len() + 1;
        if let Some((entry, value)) = query_element(param, param_pos, today)? {
            check_query_ai(entry, path, elements, param_pos)?;
            elements.push(element(entry, value, param_pos));
        }
    }
    Ok(())
}

/// One query parameter at `position` in the raw input: its AI and validated value, or `None`
/// when it is not an AI parameter. A GTIN in the query is always padded to 14 digits.
fn query_element(
    param: &[u8],
    position: usize,
    today: NaiveDate,
) -> Result<Option<(&'static AiEntry, Vec<u8>)>, DecodeError> {
    let Some(eq) = param.iter().position(|b| *b == b'=') else {
        return Ok(None); // a parameter without a value is not data
    };
    let key = &param[..eq];
    if key.is_empty() || !key.iter().all(u8::is_ascii_digit) {
        return Ok(None); // utm_source, lang and the like
    }
    let key = std::str::from_utf8(key).unwrap_or("");
    let entry = lookup(key).ok_or_else(|| {
        DecodeError::new(
            ErrorKind::UnknownAi,
            Some(key),
            position,
            "scan.decode.dl.unknown_ai",
            format!("The Digital Link query names AI ({key}), which is not in the GS1 dictionary."),
        )
        .arg("ai", key)
    })?;
    let raw = &param[eq + 1..];
    if raw.is_empty() {
        return Err(empty(entry, position));
    }
    let mut value = unescape(raw, true);
    let mut padding = 0;
    if entry.ai == "01" && [8, 12, 13].contains(&value.len()) {
        padding = 14 - value.len();
        value = pad_gtin(&value);
    }
    validate(
        entry,
        &value,
        (position + eq + 1).saturating_sub(padding),
        today,
    )?;
    Ok(Some((entry, value)))
}

/// Refuses a query AI that is already present, that belongs in the path (a key qualifier), or
/// that is not a Digital Link attribute.
fn check_query_ai(
    entry: &'static AiEntry,
    path: &[&'static AiEntry],
    elements: &[Element],
    position: usize,
) -> Result<(), DecodeError> {
    if elements.iter().any(|e| e.entry.ai == entry.ai) {
        return Err(DecodeError::new(
            ErrorKind::DuplicateAiConflict,
            Some(entry.ai),
            position,
            "scan.decode.dl.duplicate_ai",
            format!(
                "AI ({}) appears more than once in the Digital Link.",
                entry.ai
            ),
        )
        .arg("ai", entry.ai));
    }
    if belongs_in_path(path, entry) {
        return Err(DecodeError::new(
            ErrorKind::DlAiShouldBeInPath,
            Some(entry.ai),
            position,
            "scan.decode.dl.ai_should_be_in_path",
            format!(
                "AI ({}) {} is a key qualifier: it belongs in the Digital Link path, not in the query.",
                entry.ai, entry.title
            ),
        )
        .arg("ai", entry.ai)
        .arg("title", entry.title));
    }
    if !entry.dl_attr {
        return Err(DecodeError::new(
            ErrorKind::DlInvalidAttribute,
            Some(entry.ai),
            position,
            "scan.decode.dl.invalid_attribute",
            format!(
                "AI ({}) {} is not allowed in a Digital Link query.",
                entry.ai, entry.title
            ),
        )
        .arg("ai", entry.ai)
        .arg("title", entry.title));
    }
    Ok(())
}

/// An element read from the URI, its value as text.
fn element(entry: &'static AiEntry, value: Vec<u8>, position: usize) -> Element {
    Element {
        entry,
        value: String::from_utf8_lossy(&value).into_owned(),
        position,
    }
}

/// The refusal of an AI given with an empty value.
fn empty(entry: &AiEntry, position: usize) -> DecodeError {
    DecodeError::new(
        ErrorKind::DlEmptyValue,
        Some(entry.ai),
        position,
        "scan.decode.dl.empty_value",
        format!(
            "AI ({}) {} has an empty value in the Digital Link.",
            entry.ai, entry.title
        ),
    )
    .arg("ai", entry.ai)
    .arg("title", entry.title)
}

/// A GTIN-8, -12 or -13 with leading zeros to 14 digits.
fn pad_gtin(v: &[u8]) -> Vec<u8> {
    let mut out = vec![b'0'; 14 - v.len()];
    out.extend_from_slice(v);
    out
}

/// Whether the path's qualifiers follow one of the key's allowed sequences, in order.
fn is_valid_sequence(path: &[&'static AiEntry]) -> bool {
    let Some((key, qualifiers)) = path.split_first() else {
        return false;
    };
    let Some(sequences) = key.dl_pkey else {
        return false;
    };
    sequences.iter().any(|seq| {
        let mut allowed = seq.iter();
        qualifiers.iter().all(|q| allowed.any(|a| *a == q.ai))
    })
}

/// Refuses a path whose qualifiers are not in one of the key's allowed orders.
fn check_path_order(path: &[&'static AiEntry], position: usize) -> Result<(), DecodeError> {
    if is_valid_sequence(path) {
        return Ok(());
    }
    let names: Vec<&str> = path.iter().map(|e| e.ai).collect();
    let allowed: Vec<String> = path[0]
        .dl_pkey
        .unwrap_or(&[])
        .iter()
        .map(|s| s.join(", "))
        .collect();
    // "or" between the orders is a word of the sentence: the first order, and the others.
    let (order, others) = allowed
        .split_first()
        .map_or((String::new(), &[][..]), |(o, rest)| (o.clone(), rest));
    Err(DecodeError::new(
        ErrorKind::DlQualifierOrder,
        path.get(1).map(|e| e.ai),
        position,
        "scan.decode.dl.qualifier_order",
        format!(
            "The Digital Link path has the AIs {} in an order the standard does not allow (after {} the qualifiers go in the order {}).",
            names.join("/"),
            path[0].ai,
            allowed.join(" or ")
        ),
    )
    .arg("path", names.join("/"))
    .arg("key", path[0].ai)
    .arg("order", order)
    .arg("or", if others.is_empty() { "no" } else { "yes" })
    .arg("others", others.join(" or ")))
}

/// Whether inserting `attr` somewhere after the key would make a valid path.
fn belongs_in_path(path: &[&'static AiEntry], attr: &'static AiEntry) -> bool {
    (1..=path.len()).any(|j| {
        let mut trial: Vec<&'static AiEntry> = path.to_vec();
        trial.insert(j, attr);
        is_valid_sequence(&trial)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    #[test]
    fn a_uri_splits_into_its_path_and_its_query_before_any_fragment() {
        let uri = b"https://id.example.org/01/09506000134352?17=281231#top";
        let parts = split(uri, 0).unwrap();
        assert_eq!(
            parts,
            Parts {
                path_start: 22,
                path_end: 40,
                query: Some(41..50),
            },
            "the fragment is the browser's, never data"
        );
    }

    #[test]
    fn a_question_mark_in_the_domain_is_refused_where_it_is() {
        let err = split(b"https://id.exa?mple.org/01/09506000134352", 5).unwrap_err();
        assert_eq!(
            (err.kind, err.position),
            (ErrorKind::InvalidCharacter, 5 + 14),
            "a '?' before the path must not be taken for the start of the query"
        );
    }

    #[test]
    fn the_rightmost_primary_key_starts_the_gs1_path() {
        let uri = b"https://r.example.org/shop/01/09506000134352/10/L1";
        let parts = split(uri, 0).unwrap();
        let segments = path_segments(uri, &parts, 0).unwrap();
        assert_eq!(
            primary_key_at(&segments),
            Some(1),
            "the resolver's own prefix (/shop) is not part of the GS1 data"
        );
        let plain = b"https://www.example.org/about/us";
        let segments = path_segments(plain, &split(plain, 0).unwrap(), 0).unwrap();
        assert_eq!(
            primary_key_at(&segments),
            None,
            "a page that names no GS1 key is not a Digital Link"
        );
    }

    #[test]
    fn query_parameters_that_are_not_ais_are_skipped() {
        for param in [&b"utm_source=mail"[..], b"17", b"=281231", b"lang=fr"] {
            assert!(
                query_element(param, 0, today()).unwrap().is_none(),
                "{} is not data and must not stop the scan",
                String::from_utf8_lossy(param)
            );
        }
    }

    #[test]
    fn a_gtin_in_the_query_is_padded_and_an_empty_ai_refused() {
        let (entry, value) = query_element(b"01=9506000134352", 0, today())
            .unwrap()
            .unwrap();
        assert_eq!(
            (entry.ai, value.as_slice()),
            ("01", &b"09506000134352"[..]),
            "a GTIN-13 is the same product as its 14-digit form"
        );
        let err = query_element(b"17=", 7, today()).unwrap_err();
        assert_eq!(
            (err.kind, err.position),
            (ErrorKind::DlEmptyValue, 7),
            "an AI with no value is an error at the parameter, not a skipped parameter"
        );
    }
}
