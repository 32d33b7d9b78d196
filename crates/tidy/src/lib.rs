//! The tidy rules, as functions over a file's text, so `tests/tidy.rs` can walk the workspace
//! with them (in the manner of rust-analyzer's tidy test): every module opens with a purpose
//! line; no `todo!`, `unimplemented!` or `dbg!` outside tests; no source file longer than
//! [`MAX_LINES`]; no `unwrap()` or `expect(` outside tests without a comment saying why it cannot
//! fail.

#![forbid(unsafe_code)]

/// The longest a source file may be, in lines before its tests.
pub const MAX_LINES: usize = 600;

/// The part of a file that is not its unit tests: everything before the first `#[cfg(test)]`.
pub fn code_part(text: &str) -> &str {
    match text.find("#[cfg(test)]") {
        Some(i) => &text[..i],
        None => text,
    }
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
            ["todo!(", "unimplemented!(", "dbg!("]
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
            let unwraps = code.contains(".unwrap()") || code.contains(".expect(");
            let above = *i > 0 && lines[i - 1].trim_start().starts_with("//");
            unwraps && !comment && !above
        })
        .map(|(i, _)| i + 1)
        .collect()
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
    }
}
