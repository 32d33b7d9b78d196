//! GS1 element strings (what GS1 DataMatrix, GS1-128, GS1 QR and DataBar carry), and the rules
//! between AIs that every syntax shares: duplicates, exclusions and required associations.

use chrono::NaiveDate;

use crate::ai::{lookup_prefix, matches_pattern, AiEntry};
use crate::error::{DecodeError, ErrorKind};
use crate::value::{describe_byte, validate};

/// The ASCII group separator (GS, 29) that ends a variable-length value.
pub const GS: u8 = 0x1d;

/// One AI and its value, as it appeared in the scan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element {
    /// The dictionary entry of the AI.
    pub entry: &'static AiEntry,
    /// The value, exactly as encoded (text, never a number).
    pub value: String,
    /// Byte offset of the AI in the raw input.
    pub position: usize,
}

impl Element {
    /// The AI, e.g. `"21"`.
    pub fn ai(&self) -> &'static str {
        self.entry.ai
    }
}

/// Parses an element string. `base` is the byte offset of `data` in the raw input.
pub(crate) fn parse(
    data: &[u8],
    base: usize,
    today: NaiveDate,
) -> Result<Vec<Element>, DecodeError> {
    if data.is_empty() {
        return Err(DecodeError::new(
            ErrorKind::Truncated,
            None,
            base,
            "scan.decode.no_data",
            "The scan holds a GS1 symbology identifier but no data.".into(),
        ));
    }
    let mut elements = Vec::with_capacity(6);
    let mut i = 0;
    let mut after_predefined = false;
    while i < data.len() {
        if data[i] == GS {
            if i == 0 {
                return Err(DecodeError::new(
                    ErrorKind::InvalidCharacter,
                    None,
                    base,
                    "scan.decode.leading_separator",
                    "The data starts with a group separator (GS) where the first AI should be. Some printers encode packs this way; the lenient option 'ignore_leading_gs' accepts it.".into(),
                ));
            }
            if after_predefined || i + 1 == data.len() {
                i += 1;
                after_predefined = false;
                continue;
            }
            return Err(DecodeError::new(
                ErrorKind::InvalidCharacter,
                None,
                base + i,
                "scan.decode.double_separator",
                "Two group separators (GS) in a row: an element is missing between them.".into(),
            ));
        }
        let start = i;
        let Some(entry) = lookup_prefix(&data[i..]) else {
            return Err(unknown_ai(data, i, base));
        };
        i += entry.ai.len();
        let value_start = i;
        let value = if entry.predefined {
            let len = entry.fixed_len().unwrap_or_else(|| entry.max_len());
            let window = &data[i..data.len().min(i + len)];
            match window.iter().position(|b| *b == GS) {
                Some(g) => &window[..g],
                None if window.len() < len => {
                    return Err(DecodeError::new(
                        ErrorKind::Truncated,
                        Some(entry.ai),
                        base + start,
                        "scan.decode.truncated",
                        format!(
                            "The data ends inside AI ({}) {}: it needs {len} characters but only {} are left. The scan was cut short; rescan the pack.",
                            entry.ai,
                            entry.title,
                            window.len()
                        ),
                    )
                    .arg("ai", entry.ai)
                    .arg("title", entry.title)
                    .arg("needed", len)
                    .arg("left", window.len()))
                }
                None => window,
            }
        } else {
            let end = data[i..]
                .iter()
                .position(|b| *b == GS)
                .map_or(data.len(), |p| i + p);
            &data[i..end]
        };
        i += value.len();
        validate(entry, value, base + value_start, today)?;
        after_predefined = entry.predefined;
        if !entry.predefined && i < data.len() {
            i += 1; // the separator that ended this value
        }
        elements.push(Element {
            entry,
            // Validation admits only ASCII character sets, so this is lossless.
            value: String::from_utf8_lossy(value).into_owned(),
            position: base + start,
        });
    }
    Ok(elements)
}

fn unknown_ai(data: &[u8], i: usize, base: usize) -> DecodeError {
    let digits: String = data[i..]
        .iter()
        .take(4)
        .take_while(|b| b.is_ascii_digit())
        .map(|b| *b as char)
        .collect();
    let ai = (digits.len() >= 2).then_some(digits.as_str());
    if ai.is_some() {
        let message = format!(
            "'{digits}…' does not start with an AI in the GS1 dictionary. The code may be damaged, or the scanner may have dropped a group separator before it."
        );
        DecodeError::new(
            ErrorKind::UnknownAi,
            ai,
            base + i,
            "scan.decode.unknown_ai",
            message,
        )
        .arg("digits", digits.as_str())
    } else {
        let byte = describe_byte(data, i);
        let message = format!(
            "Expected an AI (digits) but found {byte}. The code may be damaged, or the scanner may have dropped a group separator before it."
        );
        DecodeError::new(
            ErrorKind::UnknownAi,
            ai,
            base + i,
            "scan.decode.unknown_ai.not_digits",
            message,
        )
        .byte(byte)
    }
}

/// Applies the rules between AIs: a repeated AI must repeat its value (and is then kept once),
/// no AI may appear with one it excludes, and every AI's required associations must be present.
pub(crate) fn check_relationships(elements: &mut Vec<Element>) -> Result<(), DecodeError> {
    let mut i = 0;
    while i < elements.len() {
        if let Some(first) = elements[..i]
            .iter()
            .find(|e| e.entry.ai == elements[i].entry.ai)
        {
            let e = &elements[i];
            if first.value != e.value {
                return Err(DecodeError::new(
                    ErrorKind::DuplicateAiConflict,
                    Some(e.entry.ai),
                    e.position,
                    "scan.decode.duplicate_ai",
                    format!(
                        "AI ({}) {} appears twice with different values ('{}' and '{}').",
                        e.entry.ai, e.entry.title, first.value, e.value
                    ),
                )
                .arg("ai", e.entry.ai)
                .arg("title", e.entry.title)
                .arg("first", &first.value)
                .arg("second", &e.value));
            }
            elements.remove(i);
        } else {
            i += 1;
        }
    }
    for e in elements.iter() {
        for pattern in e.entry.ex {
            if let Some(other) = elements
                .iter()
                .find(|o| o.entry.ai != e.entry.ai && matches_pattern(o.entry.ai, pattern))
            {
                return Err(DecodeError::new(
                    ErrorKind::InvalidAiPair,
                    Some(e.entry.ai),
                    other.position,
                    "scan.decode.invalid_ai_pair",
                    format!(
                        "AI ({}) {} must not appear together with AI ({}) {}.",
                        e.entry.ai, e.entry.title, other.entry.ai, other.entry.title
                    ),
                )
                .arg("ai", e.entry.ai)
                .arg("title", e.entry.title)
                .arg("other", other.entry.ai)
                .arg("other_title", other.entry.title));
            }
        }
    }
    for e in elements.iter() {
        for alternatives in e.entry.req {
            let met = alternatives.iter().any(|all| {
                all.iter()
                    .all(|p| elements.iter().any(|o| matches_pattern(o.entry.ai, p)))
            });
            if !met {
                let wanted: Vec<String> = alternatives.iter().map(|a| a.join("+")).collect();
                return Err(DecodeError::new(
                    ErrorKind::MissingAssociatedAi,
                    Some(e.entry.ai),
                    e.position,
                    "scan.decode.missing_associated_ai",
                    format!(
                        "AI ({}) {} needs one of these AIs with it: {}.",
                        e.entry.ai,
                        e.entry.title,
                        wanted.join(", ")
                    ),
                )
                .arg("ai", e.entry.ai)
                .arg("title", e.entry.title)
                .arg("wanted", wanted.join(", ")));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    fn ais(data: &str) -> Result<Vec<(String, String)>, ErrorKind> {
        let mut e = parse(data.as_bytes(), 0, today()).map_err(|e| e.kind)?;
        check_relationships(&mut e).map_err(|e| e.kind)?;
        Ok(e.into_iter()
            .map(|e| (e.entry.ai.to_string(), e.value))
            .collect())
    }

    #[test]
    fn separators_after_predefined_values_are_redundant() {
        let got = ais("0109506000134352\u{1d}17281231\u{1d}10L\u{1d}21S").unwrap();
        assert_eq!(got.len(), 4);
    }

    #[test]
    fn a_missing_separator_after_7003_makes_it_too_long() {
        assert_eq!(
            ais("010950600013435270032812312359"),
            Ok(vec![
                ("01".into(), "09506000134352".into()),
                ("7003".into(), "2812312359".into()),
            ])
        );
        assert_eq!(
            ais("01095060001343527003281231235921S1"),
            Err(ErrorKind::ValueTooLong)
        );
    }

    #[test]
    fn repeated_ai_with_the_same_value_is_kept_once() {
        assert_eq!(
            ais("0109506000134352\u{1d}0109506000134352").unwrap().len(),
            1
        );
        assert_eq!(
            ais("010950600013435221A\u{1d}21B"),
            Err(ErrorKind::DuplicateAiConflict)
        );
    }

    #[test]
    fn a_separator_inside_a_predefined_value_makes_it_too_short() {
        assert_eq!(ais("010950600\u{1d}21S1"), Err(ErrorKind::ValueTooShort));
        assert_eq!(ais("0109506"), Err(ErrorKind::Truncated));
    }
}
