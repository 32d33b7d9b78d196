//! A small JSON reader that keeps the line of every value, so an import can say which line of
//! the file holds a bad EPC or date. serde_json gives positions only for syntax errors, and a
//! person fixing a despatch advice needs the line of the value, not the index of the event.
//!
//! The reader is iterative (an explicit stack, never recursion), refuses nesting deeper than
//! [`MAX_DEPTH`] and refuses an object that names the same key twice (JSON leaves that to the
//! reader; "the last one wins" would silently drop the first value).

use serde_json::Value;

/// The deepest nesting of arrays and objects accepted. EPCIS documents nest about eight deep;
/// extensions a few more. Anything much deeper is not a despatch advice or a recall.
pub const MAX_DEPTH: usize = 64;

/// A JSON value with the line it starts on.
#[derive(Debug, Clone, PartialEq)]
pub struct JsonValue {
    /// 1-based line of the value's first character.
    pub line: usize,
    /// The value.
    pub kind: JsonKind,
}

/// What a [`JsonValue`] is.
#[derive(Debug, Clone, PartialEq)]
pub enum JsonKind {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written (so `4.0` and `4` can be told apart when that matters).
    Number(String),
    /// A string, unescaped.
    String(String),
    /// An array.
    Array(Vec<JsonValue>),
    /// An object, its members in file order.
    Object(Vec<(String, JsonValue)>),
}

/// Why the text is not JSON we read, with where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column (in characters).
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

impl JsonValue {
    /// The member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&JsonValue> {
        match &self.kind {
            JsonKind::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match &self.kind {
            JsonKind::String(s) => Some(s),
            _ => None,
        }
    }

    /// The elements, if this is an array.
    pub fn as_array(&self) -> Option<&[JsonValue]> {
        match &self.kind {
            JsonKind::Array(a) => Some(a),
            _ => None,
        }
    }

    /// The members, if this is an object.
    pub fn as_object(&self) -> Option<&[(String, JsonValue)]> {
        match &self.kind {
            JsonKind::Object(m) => Some(m),
            _ => None,
        }
    }

    /// A short description for messages: "a string", "an array", …
    pub fn kind_name(&self) -> &'static str {
        match self.kind {
            JsonKind::Null => "null",
            JsonKind::Bool(_) => "true or false",
            JsonKind::Number(_) => "a number",
            JsonKind::String(_) => "a string",
            JsonKind::Array(_) => "an array",
            JsonKind::Object(_) => "an object",
        }
    }

    /// The same value as serde_json's, for code that keeps extension fields as they are. The
    /// recursion is bounded by [`MAX_DEPTH`], which the reader enforced.
    pub fn to_value(&self) -> Value {
        match &self.kind {
            JsonKind::Null => Value::Null,
            JsonKind::Bool(b) => Value::Bool(*b),
            JsonKind::Number(n) => serde_json::from_str(n).unwrap_or(Value::Null),
            JsonKind::String(s) => Value::String(s.clone()),
            JsonKind::Array(a) => Value::Array(a.iter().map(JsonValue::to_value).collect()),
            JsonKind::Object(m) => Value::Object(
                m.iter()
                    .map(|(k, v)| (k.clone(), v.to_value()))
                    .collect::<serde_json::Map<_, _>>(),
            ),
        }
    }
}

/// An array or object being read: its line, and what it holds so far.
enum Open {
    Array(usize, Vec<JsonValue>),
    /// Line, members, the key whose value comes next, and the keys so far (a set, so an
    /// object of a million keys is checked for duplicates in one pass).
    Object(
        usize,
        Vec<(String, JsonValue)>,
        Option<String>,
        std::collections::HashSet<String>,
    ),
}

struct Cursor<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    line: usize,
    line_start: usize,
}

impl Cursor<'_> {
    fn error(&self, message: impl Into<String>) -> JsonError {
        JsonError {
            line: self.line,
            column: self.text[self.line_start..self.pos.min(self.text.len())]
                .chars()
                .count()
                + 1,
            message: message.into(),
        }
    }

    fn skip_whitespace(&mut self) {
        while let Some(&b) = self.bytes.get(self.pos) {
            match b {
                b'\n' => {
                    self.pos += 1;
                    self.line += 1;
                    self.line_start = self.pos;
                }
                b' ' | b'\t' | b'\r' => self.pos += 1,
                _ => break,
            }
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn literal(&mut self, word: &str) -> Result<(), JsonError> {
        if self.text[self.pos..].starts_with(word) {
            self.pos += word.len();
            Ok(())
        } else {
            Err(self.error("expected a JSON value"))
        }
    }

    fn number(&mut self) -> Result<String, JsonError> {
        let start = self.pos;
        let digits = |c: &mut Self| {
            let from = c.pos;
            while c.peek().is_some_and(|b| b.is_ascii_digit()) {
                c.pos += 1;
            }
            c.pos > from
        };
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        if self.peek() == Some(b'0') {
            self.pos += 1;
        } else if !digits(self) {
            return Err(self.error("expected a JSON value"));
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if !digits(self) {
                return Err(self.error("a number needs digits after its decimal point"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if !digits(self) {
                return Err(self.error("a number needs digits in its exponent"));
            }
        }
        Ok(self.text[start..self.pos].to_string())
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let hex = self
            .text
            .get(self.pos..self.pos + 4)
            .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| self.error("a \\u escape needs four hexadecimal digits"))?;
        self.pos += 4;
        u32::from_str_radix(hex, 16).map_err(|_| self.error("bad \\u escape"))
    }

    fn string(&mut self) -> Result<String, JsonError> {
        // At the opening quote.
        self.pos += 1;
        let mut out = String::new();
        loop {
            let run_start = self.pos;
            while let Some(&b) = self.bytes.get(self.pos) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            out.push_str(&self.text[run_start..self.pos]);
            match self.peek() {
                None => return Err(self.error("the file ends inside a string")),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let escaped = self
                        .peek()
                        .ok_or_else(|| self.error("the file ends inside a string"))?;
                    self.pos += 1;
                    match escaped {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let first = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&first) {
                                if !self.text[self.pos..].starts_with("\\u") {
                                    return Err(self.error("a lone surrogate in a \\u escape"));
                                }
                                self.pos += 2;
                                let second = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&second) {
                                    return Err(self.error("a lone surrogate in a \\u escape"));
                                }
                                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                            } else {
                                first
                            };
                            out.push(char::from_u32(code).ok_or_else(|| {
                                self.error("a \\u escape that is not a character")
                            })?);
                        }
                        _ => return Err(self.error("an unknown escape in a string")),
                    }
                }
                Some(_) => return Err(self.error(
                    "a control character (such as a line break) inside a string must be escaped",
                )),
            }
        }
    }
}

/// Reads a JSON document (a leading byte-order mark is allowed).
pub fn parse(text: &str) -> Result<JsonValue, JsonError> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut c = Cursor {
        text: body,
        bytes: body.as_bytes(),
        pos: 0,
        line: 1,
        line_start: 0,
    };
    let mut stack: Vec<Open> = Vec::new();
    loop {
        let Some(value) = next_value(&mut c, &mut stack)? else {
            continue;
        };
        if let Some(document) = place(&mut c, &mut stack, value)? {
            return Ok(document);
        }
    }
}

/// Reads the next value: a scalar, or an empty array or object (`Some`), or opens a container
/// on the stack (`None`: its first element comes next).
fn next_value(c: &mut Cursor<'_>, stack: &mut Vec<Open>) -> Result<Option<JsonValue>, JsonError> {
    c.skip_whitespace();
    let line = c.line;
    let kind = match c.peek() {
        None => return Err(c.error("the file ends where a value was expected")),
        Some(b'{') | Some(b'[') => return open(c, stack, line),
        Some(b'"') => JsonKind::String(c.string()?),
        Some(b't') => {
            c.literal("true")?;
            JsonKind::Bool(true)
        }
        Some(b'f') => {
            c.literal("false")?;
            JsonKind::Bool(false)
        }
        Some(b'n') => {
            c.literal("null")?;
            JsonKind::Null
        }
        Some(b'-' | b'0'..=b'9') => JsonKind::Number(c.number()?),
        Some(_) => return Err(c.error("expected a JSON value")),
    };
    Ok(Some(JsonValue { line, kind }))
}

/// At a `{` or `[` on `line`: an empty container is a value (`Some`); any other is pushed on
/// the stack (with an object's first key read), refusing nesting deeper than [`MAX_DEPTH`].
fn open(
    c: &mut Cursor<'_>,
    stack: &mut Vec<Open>,
    line: usize,
) -> Result<Option<JsonValue>, JsonError> {
    if stack.len() >= MAX_DEPTH {
        return Err(c.error(format!("the document nests deeper than {MAX_DEPTH} levels")));
    }
    let object = c.peek() == Some(b'{');
    c.pos += 1;
    c.skip_whitespace();
    let close = if object { b'}' } else { b']' };
    if c.peek() == Some(close) {
        c.pos += 1;
        let kind = if object {
            JsonKind::Object(Vec::new())
        } else {
            JsonKind::Array(Vec::new())
        };
        return Ok(Some(JsonValue { line, kind }));
    }
    if object {
        let key = read_key(c)?;
        stack.push(Open::Object(
            line,
            Vec::new(),
            Some(key),
            std::collections::HashSet::new(),
        ));
    } else {
        stack.push(Open::Array(line, Vec::new()));
    }
    Ok(None)
}

/// Places a value in the open container, closing every container that ends after it. `Some`
/// with the whole document when the outermost value is complete (nothing may follow it),
/// `None` when a `,` says another element comes.
fn place(
    c: &mut Cursor<'_>,
    stack: &mut Vec<Open>,
    mut value: JsonValue,
) -> Result<Option<JsonValue>, JsonError> {
    loop {
        let closed = match stack.last_mut() {
            None => {
                c.skip_whitespace();
                if c.peek().is_some() {
                    return Err(c.error("there is more after the end of the JSON document"));
                }
                return Ok(Some(value));
            }
            Some(Open::Array(_, items)) => {
                items.push(value);
                close_after_element(c)?
            }
            Some(Open::Object(_, members, key, keys)) => {
                let k = key.take().unwrap_or_default();
                if !keys.insert(k.clone()) {
                    return Err(JsonError {
                        line: value.line,
                        column: 1,
                        message: format!(
                            "the key \"{k}\" appears twice in the same object: say it once"
                        ),
                    });
                }
                members.push((k, value));
                let closed = close_after_member(c)?;
                if !closed {
                    let k = read_key(c)?;
                    if let Some(Open::Object(_, _, key, _)) = stack.last_mut() {
                        *key = Some(k);
                    }
                }
                closed
            }
        };
        if !closed {
            return Ok(None);
        }
        value = match stack.pop() {
            Some(Open::Array(line, items)) => JsonValue {
                line,
                kind: JsonKind::Array(items),
            },
            Some(Open::Object(line, members, _, _)) => JsonValue {
                line,
                kind: JsonKind::Object(members),
            },
            None => unreachable!("a container was open to place the value in"),
        };
    }
}

/// After an array element: `,` (false: another element comes) or `]` (true: the array closes).
fn close_after_element(c: &mut Cursor<'_>) -> Result<bool, JsonError> {
    c.skip_whitespace();
    match c.peek() {
        Some(b',') => {
            c.pos += 1;
            Ok(false)
        }
        Some(b']') => {
            c.pos += 1;
            Ok(true)
        }
        _ => Err(c.error("expected ',' or ']' after an array element")),
    }
}

/// After an object member: `,` (false: another member comes) or `}` (true: the object closes).
fn close_after_member(c: &mut Cursor<'_>) -> Result<bool, JsonError> {
    c.skip_whitespace();
    match c.peek() {
        Some(b',') => {
            c.pos += 1;
            Ok(false)
        }
        Some(b'}') => {
            c.pos += 1;
            Ok(true)
        }
        _ => Err(c.error("expected ',' or '}' after an object member")),
    }
}

/// Reads `"key" :` inside an object.
fn read_key(c: &mut Cursor<'_>) -> Result<String, JsonError> {
    c.skip_whitespace();
    if c.peek() != Some(b'"') {
        return Err(c.error("expected a key in double quotes"));
    }
    let key = c.string()?;
    c.skip_whitespace();
    if c.peek() != Some(b':') {
        return Err(c.error("expected ':' after a key"));
    }
    c.pos += 1;
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_keep_their_lines() {
        let v = parse("{\n  \"a\": [\n    \"x\",\n    4.5\n  ],\n  \"b\": null\n}").unwrap();
        let a = v.get("a").unwrap();
        assert_eq!(a.line, 2, "an array starts on the line of its '['");
        let items = a.as_array().unwrap();
        assert_eq!(
            (items[0].line, items[1].line),
            (3, 4),
            "each element is on its own line"
        );
        assert_eq!(v.get("b").unwrap().line, 6);
    }

    #[test]
    fn strings_are_unescaped_and_numbers_kept_as_written() {
        let v = parse(r#"["a\"b\u00e9\ud83d\ude00", 4.0, -1e3]"#).unwrap();
        let a = v.as_array().unwrap();
        assert_eq!(
            a[0].as_str(),
            Some("a\"bé😀"),
            "escapes and surrogate pairs"
        );
        assert_eq!(a[1].kind, JsonKind::Number("4.0".into()));
        assert_eq!(v.to_value(), serde_json::json!(["a\"bé😀", 4.0, -1000.0]));
    }

    #[test]
    fn syntax_errors_say_where() {
        for (text, line, words) in [
            ("{\"a\": 1,\n\"b\" 2}", 2, "expected ':'"),
            ("[1,\n2,\n", 3, "ends where a value"),
            ("{\"a\": 1, \"a\": 2}", 1, "appears twice"),
            ("[01]", 1, "expected ','"),
            ("[\"a\nb\"]", 1, "control character"),
            ("{} x", 1, "more after the end"),
            ("[1.]", 1, "decimal point"),
        ] {
            let e = parse(text).unwrap_err();
            assert_eq!(e.line, line, "{text:?}: {e:?}");
            assert!(e.message.contains(words), "{text:?}: {e:?}");
        }
    }

    #[test]
    fn nesting_is_bounded_without_recursion() {
        let deep = "[".repeat(1_000_000);
        let e = parse(&deep).unwrap_err();
        assert!(
            e.message.contains("nests deeper"),
            "a million open brackets must be refused, not overflow the stack: {e:?}"
        );
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok(), "exactly the limit is accepted");
    }

    #[test]
    fn a_value_closes_every_container_that_ends_after_it() {
        let v = parse("[[{\"a\": [1]}],\n {}, []]").expect("valid JSON");
        let outer = v.as_array().expect("an array");
        assert_eq!(
            outer.len(),
            3,
            "the ']' and '}}' after 1 close three containers, not the outer one"
        );
        let inner = outer[0].as_array().expect("an array");
        assert_eq!(
            inner[0]
                .get("a")
                .and_then(JsonValue::as_array)
                .map(<[JsonValue]>::len),
            Some(1),
            "the innermost list keeps its one element"
        );
        assert_eq!(
            (outer[1].kind.clone(), outer[1].line),
            (JsonKind::Object(Vec::new()), 2),
            "an empty object is a value on its own line"
        );
        assert_eq!(
            outer[2].kind,
            JsonKind::Array(Vec::new()),
            "an empty array is a value, not an open container"
        );
    }

    #[test]
    fn a_container_must_be_closed_by_its_own_bracket() {
        for (text, words) in [
            ("[1}", "expected ',' or ']'"),
            ("{\"a\": 1]", "expected ',' or '}'"),
            ("{\"a\": 1,}", "expected a key"),
        ] {
            let e = parse(text).expect_err(text);
            assert!(
                e.message.contains(words),
                "{text:?} must be refused at the wrong bracket, not read: {e:?}"
            );
        }
    }
}
