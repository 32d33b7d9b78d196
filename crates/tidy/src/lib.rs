//! The tidy rules, as functions over a file's text, so `tests/tidy.rs` can walk the workspace
//! with them (in the manner of rust-analyzer's tidy test): every module opens with a purpose
//! line; no `todo!`, `unimplemented!` or `dbg!` outside tests; no source file longer than
//! [`MAX_LINES`] and no function longer than [`MAX_FN_LINES`]; no `unwrap()` or `expect(`
//! outside tests without a comment saying why it cannot fail; no import cycle between the
//! modules of a crate ([`cycles`]).

#![forbid(unsafe_code)]

mod cycles;

pub use cycles::{cycles, module_of, references};

/// The longest a source file may be, in lines before its tests.
pub const MAX_LINES: usize = 600;

/// The part of a file that is not its unit tests: everything before the test module (a
/// `#[cfg(test)]` line followed by a `mod` line). A `#[cfg(test)]` on anything else (a helper
/// function, an import) does not end the code part, so nothing after it escapes the rules.
pub fn code_part(text: &str) -> &str {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let rest = &text[at + line.len()..];
        if line.trim_end() == "#[cfg(test)]" && rest.trim_start().starts_with("mod ") {
            return &text[..at];
        }
        at += line.len();
    }
    text
}

/// Whether the file opens with a module doc (`//!`).
pub fn has_purpose_line(text: &str) -> bool {
    text.lines()
        .find(|l| !l.trim().is_empty())
        .is_some_and(|l| l.trim_start().starts_with("//!"))
}

/// The lines (1-based) of `todo!`, `unimplemented!` or `dbg!` in the code part.
pub fn placeholders(text: &str) -> Vec<usize> {
    code_part(text)
        .lines()
        .enumerate()
        .filter(|(_, l)| {
            let code = l.split("//").next().unwrap_or_default();
            // Spelt in halves, so these lines do not match themselves.
            [
                concat!("todo", "!("),
                concat!("unimplemented", "!("),
                concat!("dbg", "!("),
            ]
            .iter()
            .any(|m| code.contains(m))
        })
        .map(|(i, _)| i + 1)
        .collect()
}

/// The lines (1-based) of `.unwrap()` or `.expect(` in the code part with no comment on the line
/// itself or on the line above saying why it cannot fail.
pub fn unexplained_unwraps(text: &str) -> Vec<usize> {
    let lines: Vec<&str> = code_part(text).lines().collect();
    lines
        .iter()
        .enumerate()
        .filter(|(i, l)| {
            let (code, comment) = match l.find("//") {
                Some(at) => (&l[..at], true),
                None => (&l[..], false),
            };
            // Spelt in halves, so this line does not match itself.
            let unwraps =
                code.contains(concat!(".unwrap", "()")) || code.contains(concat!(".expect", "("));
            let above = *i > 0 && lines[i - 1].trim_start().starts_with("//");
            unwraps && !comment && !above
        })
        .map(|(i, _)| i + 1)
        .collect()
}

/// The longest a function may be, in lines from its signature to its closing brace: a longer
/// one is a sequence of named steps waiting to be written.
pub const MAX_FN_LINES: usize = 100;

/// The functions of the code part longer than `max` lines: (name, first line (1-based),
/// lines). Reads rustfmt's layout: a function ends at the first `}` at its own indentation.
pub fn long_functions(text: &str, max: usize) -> Vec<(String, usize, usize)> {
    let lines: Vec<&str> = code_part(text).lines().collect();
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(name) = fn_name(line) else {
            continue;
        };
        if line.trim_end().ends_with('}') {
            continue; // a function on one line
        }
        let indent = &line[..line.len() - line.trim_start().len()];
        // A signature without a body (a trait's declaration) ends with `;` before any `{`.
        let body_opens = lines[i..]
            .iter()
            .find(|l| l.trim_end().ends_with('{') || l.trim_end().ends_with(';'))
            .is_some_and(|l| l.trim_end().ends_with('{'));
        if !body_opens {
            continue;
        }
        let closing = format!("{indent}}}");
        let Some(end) = lines[i..].iter().position(|l| l.trim_end() == closing) else {
            continue;
        };
        if end + 1 > max {
            found.push((name, i + 1, end + 1));
        }
    }
    found
}

/// The name of the function a line declares, if it declares one (`pub(crate) async fn name`).
fn fn_name(line: &str) -> Option<String> {
    let mut rest = line.trim_start();
    for prefix in [
        "pub(crate) ",
        "pub(super) ",
        "pub ",
        "const ",
        "async ",
        "unsafe ",
    ] {
        rest = rest.strip_prefix(prefix).unwrap_or(rest);
    }
    let rest = rest.strip_prefix("fn ")?;
    let name: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    (!name.is_empty()).then_some(name)
}

/// Lines in the code part.
pub fn code_lines(text: &str) -> usize {
    code_part(text).lines().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rules_see_what_they_are_meant_to() {
        let text = "//! A module.\nfn f() {\n    x.unwrap();\n    // the map holds every key\n    y.unwrap();\n    z.expect(\"set above\"); // set above\n    todo!();\n}\n#[cfg(test)]\nmod tests { fn t() { a.unwrap(); todo!(); } }\n";
        assert!(has_purpose_line(text));
        assert!(
            !has_purpose_line("fn f() {}\n"),
            "a file without a module doc"
        );
        assert_eq!(
            unexplained_unwraps(text),
            vec![3],
            "only the unexplained one, not the tests'"
        );
        assert_eq!(placeholders(text), vec![7], "only outside tests");
        assert_eq!(code_lines(text), 8, "tests do not count towards the length");
        let hidden = "//! A module.\n#[cfg(test)]\nuse x::y;\nfn f() {\n    x.unwrap();\n}\n";
        assert_eq!(
            unexplained_unwraps(hidden),
            vec![5],
            "a cfg(test) import is not the test module: what follows it is still code"
        );
    }

    #[test]
    fn a_long_function_is_measured_from_signature_to_closing_brace() {
        let body = "        x += 1;\n".repeat(5);
        let text = format!(
            "//! A module.\nimpl A {{\n    pub(crate) fn long(\n        a: u8,\n    ) -> u8 {{\n{body}    }}\n\n    fn declared();\n    fn short() {{ 1 }}\n}}\n"
        );
        assert_eq!(
            long_functions(&text, 4),
            vec![("long".to_string(), 3, 9)],
            "signature, body and closing brace count; a declaration or a one-line function is short"
        );
        assert!(
            long_functions(&text, 9).is_empty(),
            "a function exactly at the limit passes"
        );
    }
}
