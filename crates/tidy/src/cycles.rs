//! Import cycles between the modules of a crate. A file's `crate::` and `super::` paths (through
//! `use` trees too) are its references, and so are its calls `self.name(..)` of a method that one
//! other module defines in an inherent `impl` (core spreads `impl Store` over its features, so a
//! call is as much a dependency as an import). A reference from module `a::b` to `a::c::X` is an
//! edge between the siblings `a::b` and `a::c` (the level where the two paths part). A parent and
//! its children are not siblings, so a folder's `mod.rs` may re-export its children and a child
//! may use its parent's items. A cycle is a strongly connected set of siblings.
//!
//! String and char literals are blanked first. Items re-exported by a parent are seen at the
//! parent, not at the child that defines them, a method name defined in several modules is not
//! followed, and `use super::*` globs name nothing: the check can miss a cycle through those.

use std::collections::{BTreeMap, BTreeSet};

/// The module path of a source file from its crate's `src` folder: `recall/mod.rs` and
/// `recall.rs` are `["recall"]`, `lib.rs` and `main.rs` the root `[]`.
pub fn module_of(rel: &str) -> Vec<String> {
    let mut parts: Vec<String> = rel
        .trim_end_matches(".rs")
        .split('/')
        .map(String::from)
        .collect();
    if parts.len() == 1 && (parts[0] == "lib" || parts[0] == "main")
        || parts.last().is_some_and(|p| p == "mod")
    {
        parts.pop();
    }
    parts
}

/// The absolute paths (segments from the crate root) a file's code part refers to.
pub fn references(text: &str, module: &[String]) -> BTreeSet<Vec<String>> {
    let code = code_of(text);
    let mut found = BTreeSet::new();
    let bytes = code.as_bytes();
    let mut at = 0;
    while let Some(offset) = code[at..]
        .find("crate::")
        .into_iter()
        .chain(code[at..].find("super::"))
        .min()
    {
        let start = at + offset;
        at = start + 1;
        // A longer identifier ending in `crate` or `super` (`custody_crate::`) is not this.
        if start > 0 && (bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] == b'_') {
            continue;
        }
        let (base, rest) = if code[start..].starts_with("crate::") {
            (Vec::new(), &code[start + "crate::".len()..])
        } else {
            let mut base = module.to_vec();
            let mut rest = &code[start..];
            while let Some(r) = rest.strip_prefix("super::") {
                base.pop();
                rest = r;
            }
            (base, rest)
        };
        let mut tree = UseTree { text: rest, at: 0 };
        tree.paths(base, &mut found);
    }
    found
}

/// The code part of a file with its literals blanked and its comments dropped.
fn code_of(text: &str) -> String {
    strip_literals(&crate::code_part(text))
        .lines()
        .map(|l| l.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

/// `code` with the contents of its string and char literals (raw strings too) replaced by
/// spaces, so a path or a `//` written in a string is not read as code. Lifetimes stay.
pub fn strip_literals(code: &str) -> String {
    let chars: Vec<char> = code.chars().collect();
    let mut out = String::with_capacity(code.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let raw_hashes = (c == 'r')
            .then(|| chars[i + 1..].iter().take_while(|c| **c == '#').count())
            .filter(|n| chars.get(i + 1 + n) == Some(&'"'));
        if let Some(hashes) = raw_hashes {
            let close: Vec<char> = std::iter::once('"')
                .chain(std::iter::repeat_n('#', hashes))
                .collect();
            let start = i + 2 + hashes;
            let end = (start..chars.len())
                .find(|&j| chars[j..].starts_with(&close))
                .unwrap_or(chars.len());
            out.push_str(&" ".repeat(end - i));
            i = (end + close.len()).min(chars.len());
            out.push_str(&" ".repeat(close.len().min(chars.len() - end)));
        } else if c == '"' {
            let mut j = i + 1;
            while j < chars.len() && chars[j] != '"' {
                j += if chars[j] == '\\' { 2 } else { 1 };
            }
            for c in &chars[i..=j.min(chars.len() - 1)] {
                out.push(if *c == '\n' { '\n' } else { ' ' });
            }
            i = j + 1;
        } else if c == '\'' && chars.get(i + 1) == Some(&'\\') {
            let end = (i + 2..chars.len())
                .find(|&j| chars[j] == '\'')
                .unwrap_or(chars.len() - 1);
            out.push_str(&" ".repeat(end + 1 - i));
            i = end + 1;
        } else if c == '\'' && chars.get(i + 2) == Some(&'\'') {
            out.push_str("   ");
            i += 3;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// The methods a file defines in inherent `impl` blocks at its top level (`impl Store {`, not
/// `impl Display for X {`).
fn inherent_methods(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut inside = false;
    for line in code.lines() {
        if line.starts_with("impl") && !line.contains(" for ") && line.trim_end().ends_with('{') {
            inside = true;
        } else if line == "}" {
            inside = false;
        } else if inside && line.starts_with("    ") && !line.starts_with("     ") {
            found.extend(crate::fn_name(line));
        }
    }
    found
}

/// The methods a file calls on `self`.
fn self_calls(code: &str) -> BTreeSet<String> {
    code.match_indices("self.")
        .filter(|(at, _)| {
            *at == 0 || !code[..*at].ends_with(|c: char| c.is_alphanumeric() || c == '_')
        })
        .filter_map(|(at, _)| {
            let rest = &code[at + "self.".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            rest[name.len()..].starts_with('(').then_some(name)
        })
        .collect()
}

/// A `use` tree (or a plain path) being read: `a::b::{c, d::{e, F}}`.
struct UseTree<'t> {
    text: &'t str,
    at: usize,
}

impl UseTree<'_> {
    /// Adds every path of the tree that starts here, each prefixed with `prefix`.
    fn paths(&mut self, prefix: Vec<String>, out: &mut BTreeSet<Vec<String>>) {
        let mut path = prefix;
        loop {
            self.skip_space();
            if self.eat('{') {
                loop {
                    self.skip_space();
                    if self.eat('}') || self.at >= self.text.len() {
                        return;
                    }
                    self.paths(path.clone(), out);
                    self.skip_space();
                    self.eat(',');
                }
            }
            let name = self.ident();
            if name.is_empty() {
                break;
            }
            path.push(name);
            if !self.text[self.at..].starts_with("::") {
                break;
            }
            self.at += 2;
        }
        if !path.is_empty() {
            out.insert(path);
        }
    }

    fn ident(&mut self) -> String {
        let name: String = self.text[self.at..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        self.at += name.len();
        name
    }

    fn skip_space(&mut self) {
        let rest = &self.text[self.at..];
        self.at += rest.len() - rest.trim_start().len();
    }

    fn eat(&mut self, c: char) -> bool {
        let hit = self.text[self.at..].starts_with(c);
        if hit {
            self.at += c.len_utf8();
        }
        hit
    }
}

/// The import cycles among the modules of one crate, given each file's module path and text:
/// every set of sibling modules that reach each other, each as its sorted `a/b` names.
pub fn cycles(files: &[(Vec<String>, String)]) -> Vec<Vec<String>> {
    let mut defined: BTreeMap<String, BTreeSet<Vec<String>>> = BTreeMap::new();
    for (module, text) in files {
        for name in inherent_methods(&code_of(text)) {
            defined.entry(name).or_default().insert(module.clone());
        }
    }
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, text) in files {
        let calls = self_calls(&code_of(text)).into_iter().filter_map(|name| {
            let owners = defined.get(&name)?;
            let owner = owners.iter().next().filter(|_| owners.len() == 1)?;
            (owner != module).then(|| owner.clone())
        });
        for r in references(text, module).into_iter().chain(calls) {
            let shared = module.iter().zip(&r).take_while(|(a, b)| a == b).count();
            if shared < module.len() && shared < r.len() {
                let from = module[..=shared].join("/");
                let to = r[..=shared].join("/");
                edges.entry(from).or_default().insert(to);
            }
        }
    }
    strongly_connected(&edges)
        .into_iter()
        .filter(|c| c.len() > 1)
        .collect()
}

/// Tarjan's strongly connected components of a small graph.
fn strongly_connected(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct Walk<'g> {
        edges: &'g BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'g str, usize>,
        low: BTreeMap<&'g str, usize>,
        stack: Vec<&'g str>,
        out: Vec<Vec<String>>,
    }
    impl<'g> Walk<'g> {
        fn visit(&mut self, v: &'g str) {
            let i = self.index.len();
            self.index.insert(v, i);
            self.low.insert(v, i);
            self.stack.push(v);
            for w in self.edges.get(v).into_iter().flatten() {
                let w = w.as_str();
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let lw = self.low[w];
                    let lv = self.low[v];
                    self.low.insert(v, lv.min(lw));
                } else if self.stack.contains(&w) {
                    let iw = self.index[w];
                    let lv = self.low[v];
                    self.low.insert(v, lv.min(iw));
                }
            }
            if self.low[v] == self.index[v] {
                let mut component = Vec::new();
                while let Some(w) = self.stack.pop() {
                    component.push(w.to_string());
                    if w == v {
                        break;
                    }
                }
                component.sort();
                self.out.push(component);
            }
        }
    }
    let mut walk = Walk {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        out: Vec::new(),
    };
    for v in edges.keys() {
        if !walk.index.contains_key(v.as_str()) {
            walk.visit(v);
        }
    }
    walk.out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str) -> (Vec<String>, String) {
        (module_of(path), text.to_string())
    }

    #[test]
    fn literals_are_blanked_and_lifetimes_kept() {
        let code = r##"let a = "crate::x::y // no"; let b = r#"crate::z"#; let c = '"'; fn f<'a>(x: &'a str) {}"##;
        let stripped = strip_literals(code);
        assert_eq!(stripped.len(), code.len(), "positions stay where they were");
        assert!(
            !stripped.contains("crate::") && !stripped.contains("//"),
            "paths and slashes inside strings are not code: {stripped}"
        );
        assert!(
            stripped.contains("&'a str"),
            "a lifetime is not a char: {stripped}"
        );
    }

    #[test]
    fn a_call_of_a_method_another_module_defines_is_an_edge() {
        let files = [
            file("lib.rs", "//! Root.\npub struct Store;\n"),
            file(
                "a.rs",
                "//! A.\nimpl Store {\n    pub fn from_a(&self) {\n        self.from_b();\n    }\n}\n",
            ),
            file(
                "b.rs",
                "//! B.\nimpl Store {\n    pub fn from_b(&self) {\n        self.from_a();\n    }\n}\n",
            ),
        ];
        assert_eq!(
            cycles(&files),
            vec![vec!["a".to_string(), "b".to_string()]],
            "a calls b's method and b calls a's: a cycle with no import"
        );
    }

    #[test]
    fn use_trees_and_super_paths_are_read() {
        let text =
            "//! M.\nuse crate::{a::{b, C}, d};\nuse super::e::F;\nfn f() { crate::g::h(); }\n";
        let found = references(text, &module_of("x/y.rs"));
        let expect: BTreeSet<Vec<String>> = [
            vec!["a", "b"],
            vec!["a", "C"],
            vec!["d"],
            vec!["x", "e", "F"],
            vec!["g", "h"],
        ]
        .into_iter()
        .map(|p| p.into_iter().map(String::from).collect())
        .collect();
        assert_eq!(
            found, expect,
            "every leaf of a use tree, super resolved against x::y"
        );
    }

    #[test]
    fn siblings_that_use_each_other_are_a_cycle_and_a_parent_and_child_are_not() {
        let files = [
            file("lib.rs", "//! Root.\nuse crate::a::X;\n"),
            file("a/mod.rs", "//! A.\npub use b::Y;\nuse crate::c::Z;\n"),
            file("a/b.rs", "//! B.\nuse super::X;\nuse crate::a::c::W;\n"),
            file("a/c.rs", "//! C.\nuse super::b::Y;\n"),
            file("c.rs", "//! C.\nfn f() { crate::a::X::new(); }\n"),
        ];
        assert_eq!(
            cycles(&files),
            vec![
                vec!["a".to_string(), "c".to_string()],
                vec!["a/b".to_string(), "a/c".to_string()]
            ],
            "a ↔ c at the top and b ↔ c inside a; lib → a and a/b → a are not cycles"
        );
    }
}
