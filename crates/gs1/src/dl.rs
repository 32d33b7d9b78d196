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

/// Parses a Digital Link URI. `base` is its offset in the raw input.
pub(crate) fn parse(
    data: &[u8],
    base: usize,
    today: NaiveDate,
    lenient_gtin: bool,
) -> Result<Parsed, DecodeError> {
    if let Some(i) = data.iter().position(|b| !is_uri_char(*b)) {
        return Err(DecodeError::new(
            ErrorKind::InvalidCharacter,
            None,
            base + i,
            format!(
                "The web address contains {}, which is not allowed in a URI.",
                crate::value::describe_byte(data, i)
            ),
        ));
    }
    let scheme = scheme_len(data).ok_or_else(|| {
        DecodeError::new(
            ErrorKind::NotGs1,
            None,
            base,
            "Only http and https addresses can be GS1 Digital Links.".into(),
        )
    })?;
    let no_key = |at: usize| {
        DecodeError::new(
            ErrorKind::DlNoPrimaryKey,
            None,
            base + at,
            "This web address is not a GS1 Digital Link: its path has no GS1 key such as /01/{GTIN}.".into(),
        )
    };
    let path_start = match data[scheme..].iter().position(|b| *b == b'/') {
        Some(0) | None => return Err(no_key(scheme)),
        Some(p) => scheme + p,
    };
    // A host has no query, fragment or other sub-delimiters (the GS1 engine's rule); checking
    // here also keeps a '?' or '#' before the path from being taken for the query.
    if let Some(i) = data[scheme..path_start]
        .iter()
        .position(|b| b"_~?#@!$&'()*+,;=%".contains(b))
    {
        return Err(DecodeError::new(
            ErrorKind::InvalidCharacter,
            None,
            base + scheme + i,
            format!(
                "The web address's domain contains {}, which a domain cannot contain.",
                crate::value::describe_byte(data, scheme + i)
            ),
        ));
    }
    let end = data.iter().position(|b| *b == b'#').unwrap_or(data.len());
    let query_at = data[..end].iter().position(|b| *b == b'?');
    let path_end = query_at.unwrap_or(end);
    let path = &data[path_start..path_end];

    if path.len() > 1 && path.ends_with(b"/") {
        return Err(DecodeError::new(
            ErrorKind::DlEmptyValue,
            None,
            base + path_end - 1,
            "The Digital Link path ends with '/': its last element is empty.".into(),
        ));
    }
    // Segments with their offsets; the path starts with '/'.
    let mut segments: Vec<(&[u8], usize)> = Vec::new();
    let mut at = path_start + 1;
    for seg in path[1..].split(|b| *b == b'/') {
        segments.push((seg, at));
        at += seg.len() + 1;
    }
    // Walk /AI/value pairs from the right: the rightmost primary key starts the GS1 path, and
    // anything to its left is the resolver's own path prefix.
    let n = segments.len();
    let mut key_at = None;
    let mut k = n as isize - 2;
    while k >= 0 {
        let ai = std::str::from_utf8(segments[k as usize].0).unwrap_or("");
        match lookup(ai) {
            Some(e) if e.dl_pkey.is_some() => {
                key_at = Some(k as usize);
                break;
            }
            Some(_) => k -= 2,
            None => break,
        }
    }
    let key_at = key_at.ok_or_else(|| no_key(path_start))?;

    let mut elements = Vec::new();
    let mut padded_gtin = false;
    let mut path_entries: Vec<&'static AiEntry> = Vec::new();
    for pair in segments[key_at..].chunks(2) {
        let (ai_seg, ai_pos) = pair[0];
        let entry =
            lookup(std::str::from_utf8(ai_seg).unwrap_or("")).ok_or_else(|| no_key(ai_pos))?;
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
            padded_gtin = true;
        }
        validate(entry, &value, (base + pos).saturating_sub(padding), today)?;
        path_entries.push(entry);
        elements.push(element(entry, value, base + ai_pos));
    }
    check_path_order(&path_entries, base + path_start)?;
    let path_count = elements.len();

    if let Some(q) = query_at {
        let mut pos = q + 1;
        for param in data[q + 1..end].split(|b| *b == b'&') {
            let param_pos = pos;
            pos += param.len() + 1;
            let Some(eq) = param.iter().position(|b| *b == b'=') else {
                continue; // a parameter without a value is not data
            };
            let key = &param[..eq];
            if key.is_empty() || !key.iter().all(u8::is_ascii_digit) {
                continue; // utm_source, lang and the like
            }
            let key = std::str::from_utf8(key).unwrap_or("");
            let entry = lookup(key).ok_or_else(|| {
                DecodeError::new(
                    ErrorKind::UnknownAi,
                    Some(key),
                    base + param_pos,
                    format!("The Digital Link query names AI ({key}), which is not in the GS1 dictionary."),
                )
            })?;
            let raw = &param[eq + 1..];
            if raw.is_empty() {
                return Err(empty(entry, base + param_pos));
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
                (base + param_pos + eq + 1).saturating_sub(padding),
                today,
            )?;
            if elements.iter().any(|e: &Element| e.entry.ai == entry.ai) {
                return Err(DecodeError::new(
                    ErrorKind::DuplicateAiConflict,
                    Some(entry.ai),
                    base + param_pos,
                    format!(
                        "AI ({}) appears more than once in the Digital Link.",
                        entry.ai
                    ),
                ));
            }
            if belongs_in_path(&path_entries, entry) {
                return Err(DecodeError::new(
                    ErrorKind::DlAiShouldBeInPath,
                    Some(entry.ai),
                    base + param_pos,
                    format!(
                        "AI ({}) {} is a key qualifier: it belongs in the Digital Link path, not in the query.",
                        entry.ai, entry.title
                    ),
                ));
            }
            if !entry.dl_attr {
                return Err(DecodeError::new(
                    ErrorKind::DlInvalidAttribute,
                    Some(entry.ai),
                    base + param_pos,
                    format!(
                        "AI ({}) {} is not allowed in a Digital Link query.",
                        entry.ai, entry.title
                    ),
                ));
            }
            elements.push(element(entry, value, base + param_pos));
        }
    }
    debug_assert!(elements.len() >= path_count);
    Ok(Parsed {
        elements,
        padded_gtin,
    })
}

fn element(entry: &'static AiEntry, value: Vec<u8>, position: usize) -> Element {
    Element {
        entry,
        value: String::from_utf8_lossy(&value).into_owned(),
        position,
    }
}

fn empty(entry: &AiEntry, position: usize) -> DecodeError {
    DecodeError::new(
        ErrorKind::DlEmptyValue,
        Some(entry.ai),
        position,
        format!(
            "AI ({}) {} has an empty value in the Digital Link.",
            entry.ai, entry.title
        ),
    )
}

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
    Err(DecodeError::new(
        ErrorKind::DlQualifierOrder,
        path.get(1).map(|e| e.ai),
        position,
        format!(
            "The Digital Link path has the AIs {} in an order the standard does not allow (after {} the qualifiers go in the order {}).",
            names.join("/"),
            path[0].ai,
            allowed.join(" or ")
        ),
    ))
}

/// Whether inserting `attr` somewhere after the key would make a valid path.
fn belongs_in_path(path: &[&'static AiEntry], attr: &'static AiEntry) -> bool {
    (1..=path.len()).any(|j| {
        let mut trial: Vec<&'static AiEntry> = path.to_vec();
        trial.insert(j, attr);
        is_valid_sequence(&trial)
    })
}
