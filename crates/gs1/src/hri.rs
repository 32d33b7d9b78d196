//! The bracketed human-readable form, `(01)09506000134352(17)281231(10)LOT42`, with `\(` for a
//! literal parenthesis inside a value.

use chrono::NaiveDate;

use crate::ai::lookup;
use crate::element::Element;
use crate::error::{DecodeError, ErrorKind};
use crate::value::validate;

/// Parses bracketed data starting at `data[0] == b'('`. `base` is its offset in the raw input.
///
/// With `lenient_whitespace`, spaces *adjacent to a bracketed AI* are dropped, as a person types
/// a label's printed line: `(01) 09506000134352 (17) 251231 (10) AB12 (21) X1`. That is spaces
/// before an opening `(` (and at the very start or end of the input) and spaces right after a
/// closing `)`. A space *inside* a value (`(21)X1 Y2`) is kept, and the value is then refused by
/// its character set: no GS1 character set holds a space (gs1-notes, "Whitespace"), so dropping
/// only the spaces at a value's edges can never change what a valid value says. Strict mode
/// drops nothing, as the GS1 Syntax Engine does.
pub(crate) fn parse(
    data: &[u8],
    base: usize,
    today: NaiveDate,
    lenient_whitespace: bool,
) -> Result<Vec<Element>, DecodeError> {
    let mut elements = Vec::new();
    let mut i = 0;
    loop {
        if lenient_whitespace {
            while i < data.len() && data[i] == b' ' {
                i += 1;
            }
        }
        if i == data.len() {
            break;
        }
        let start = i;
        if data[i] != b'(' {
            return Err(DecodeError::new(
                ErrorKind::InvalidCharacter,
                None,
                base + i,
                "scan.decode.bracket_expected",
                "Expected '(' to open the next AI in the bracketed form.".into(),
            ));
        }
        let close = data[i..]
            .iter()
            .position(|b| *b == b')')
            .map(|p| i + p)
            .ok_or_else(|| {
                DecodeError::new(
                    ErrorKind::Truncated,
                    None,
                    base + i,
                    "scan.decode.bracket_unclosed",
                    "An AI is opened with '(' but never closed with ')'.".into(),
                )
            })?;
        let ai = std::str::from_utf8(&data[i + 1..close]).unwrap_or("");
        let entry = lookup(ai).ok_or_else(|| {
            DecodeError::new(
                ErrorKind::UnknownAi,
                (!ai.is_empty()).then_some(ai),
                base + i + 1,
                "scan.decode.unknown_ai.bracketed",
                format!("({ai}) is not an AI in the GS1 dictionary."),
            )
            .arg("ai", ai)
        })?;
        i = close + 1;
        if lenient_whitespace {
            while i < data.len() && data[i] == b' ' {
                i += 1;
            }
        }
        let value_start = i;
        let mut value = Vec::new();
        while i < data.len() && data[i] != b'(' {
            if data[i] == b'\\' && data.get(i + 1) == Some(&b'(') {
                value.push(b'(');
                i += 2;
            } else {
                value.push(data[i]);
                i += 1;
            }
        }
        if lenient_whitespace {
            while value.last() == Some(&b' ') {
                value.pop();
            }
        }
        validate(entry, &value, base + value_start, today)?;
        elements.push(Element {
            entry,
            value: String::from_utf8_lossy(&value).into_owned(),
            position: base + start,
        });
    }
    Ok(elements)
}
