//! Import cycles between the modules of a crate. A file's `crate::` and `super::` paths (through
//! `use` trees too) are its references; a reference from module `a::b` to `a::c::X` is an edge
//! between the siblings `a::b` and `a::c` (the level where the two paths part). A parent and its
//! children are not siblings, so a folder's `mod.rs` may re-export its children and a child may
//! use its parent's items. A cycle is a strongly connected set of siblings.
//!
//! Items re-exported by a parent are seen at the parent, not at the child that defines them, so
//! the check can miss a cycle through a re-export; it never reports one that is not there.

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
    let code: String = crate::code_part(text)
        .lines()
        .map(|l| l.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n");
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
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, text) in files {
        for r in references(text, module) {
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
