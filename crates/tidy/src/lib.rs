//! The tidy rules, as functions over a file's text, so `tests/tidy.rs` can walk the workspace
//! with them (in the manner of rust-analyzer's tidy test): every module opens with a purpose
//! line; no `todo!`, `unimplemented!` or `dbg!` outside tests; no source file longer than
//! [`MAX_LINES`] and no function longer than [`MAX_FN_LINES`]; no `unwrap()` or `expect(`
//! outside tests without a comment saying why it cannot fail; no import cycle between the
//! modules of a crate ([`cycles`]).

#![forbid(unsafe_code)]

mod cycles;

pub use cycles::{cycles, module_of, references, strip_literals};

/// The longest a source file may be, in lines outside its test modules.
pub const MAX_LINES: usize = 600;

/// The file without its test modules (each `#[cfg(test)]` line followed by `mod name;` or by
/// `mod name {` up to its closing brace): those lines are left blank, so line numbers still
/// match the file, and code before, between or after test modules is all judged. A
/// `#[cfg(test)]` on anything else (a helper, an import) hides nothing.
pub fn code_part(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let tests = test_lines(&lines);
    let mut kept: Vec<&str> = lines
        .iter()
        .zip(&tests)
        .map(|(l, t)| if *t { "" } else { l })
        .collect();
    while kept.last().is_some_and(|l| l.is_empty()) {
        kept.pop();
    }
    kept.join("\n")
}

/// Which lines belong to a test module.
fn test_lines(lines: &[&str]) -> Vec<bool> {
    let mut tests = vec![false; lines.len()];
    let mut i = 0;
    while i < lines.len() {
        let next = lines.get(i + 1).map_or("", |l| l.trim_start());
        if lines[i].trim() != "#[cfg(test)]" || !next.starts_with("mod ") {
            i += 1;
            continue;
        }
        let indent = &lines[i][..lines[i].len() - lines[i].trim_start().len()];
        let end = if next.trim_end().ends_with(';') {
            i + 1
        } else {
            let closing = format!("{indent}}}");
            (i + 1..lines.len())
                .find(|&j| lines[j].trim_end() == closing)
                .unwrap_or(lines.len() - 1)
        };
        for t in &mut tests[i..=end] {
            *t = true;
        }
        i = end + 1;
    }
    tests
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
    let code = code_part(text);
    let lines: Vec<&str> = code.lines().collect();
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
    let code = code_part(text);
    let lines: Vec<&str> = code.lines().collect();
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

/// The name of the function a line declares, if it declares one (`pub(crate) async fn name`,
/// `pub(in crate::a) fn name`, `extern "C" fn name`).
pub(crate) fn fn_name(line: &str) -> Option<String> {
    let mut rest = line.trim_start();
    if let Some(r) = rest.strip_prefix("pub(") {
        rest = r.split_once(") ").map_or(r, |(_, after)| after);
    }
    for prefix in [
        "pub ",
        "default ",
        "const ",
        "async ",
        "unsafe ",
        "extern \"C\" ",
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

/// Lines outside test modules (up to the last line of code).
pub fn code_lines(text: &str) -> usize {
    let code = code_part(text);
    let lines: Vec<&str> = code.lines().collect();
    let tests = test_lines(&text.lines().collect::<Vec<_>>());
    lines
        .iter()
        .zip(tests.iter().chain(std::iter::repeat(&false)))
        .filter(|(_, t)| !**t)
        .count()
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
