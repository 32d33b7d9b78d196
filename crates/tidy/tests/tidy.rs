//! Walks every Rust source of the workspace with the tidy rules. There are no exceptions: the
//! files and functions written before the rules were split (issue #18), and a new one follows
//! them from the start.

use std::path::{Path, PathBuf};

use custody_tidy::{
    code_lines, cycles, has_purpose_line, long_functions, module_of, placeholders,
    unexplained_unwraps, MAX_FN_LINES, MAX_LINES,
};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The workspace's Rust sources outside tests, benches, build scripts (a `build.rs` beside its
/// `Cargo.toml`; `report/build.rs` is a module) and build output, relative to the root.
fn sources() -> Vec<String> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            if p.is_dir() {
                if !["target", "tests", "benches", "fuzz", "node_modules", "data"].contains(&name) {
                    walk(&p, root, out);
                }
            } else if name.ends_with(".rs")
                && !(name == "build.rs" && dir.join("Cargo.toml").exists())
            {
                let rel = p
                    .strip_prefix(root)
                    .unwrap_or(&p)
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push(rel);
            }
        }
    }
    let root = root();
    let mut out = Vec::new();
    walk(&root.join("crates"), &root, &mut out);
    walk(&root.join("src-tauri/src"), &root, &mut out);
    out.sort();
    out
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap_or_default()
}

#[test]
fn the_walk_finds_the_workspace() {
    let files = sources();
    assert!(
        files.iter().any(|f| f == "crates/core/src/lib.rs") && files.len() > 80,
        "the tidy rules must see the sources they judge: {} found",
        files.len()
    );
}

#[test]
fn every_module_opens_with_a_purpose_line() {
    let missing: Vec<String> = sources()
        .into_iter()
        .filter(|f| !has_purpose_line(&read(f)))
        .collect();
    assert!(
        missing.is_empty(),
        "open these with a `//!` line saying what the module is for: {missing:?}"
    );
}

#[test]
fn no_placeholders_outside_tests() {
    let found: Vec<String> = sources()
        .into_iter()
        .flat_map(|f| {
            placeholders(&read(&f))
                .into_iter()
                .map(move |l| format!("{f}:{l}"))
        })
        .collect();
    assert!(
        found.is_empty(),
        "todo!, unimplemented! and dbg! do not ship: {found:?}"
    );
}

#[test]
fn no_file_over_the_limit() {
    let mut over = Vec::new();
    for f in sources() {
        let lines = code_lines(&read(&f));
        if lines > MAX_LINES {
            over.push(format!("{f}: {lines} lines (at most {MAX_LINES})"));
        }
    }
    assert!(over.is_empty(), "split these into named parts: {over:?}");
}

#[test]
fn no_unexplained_unwrap_outside_tests() {
    let mut over = Vec::new();
    for f in sources() {
        let found = unexplained_unwraps(&read(&f));
        if !found.is_empty() {
            over.push(format!("{f}: lines {found:?}"));
        }
    }
    assert!(
        over.is_empty(),
        "say in a comment why each cannot fail, or handle the error: {over:?}"
    );
}

#[test]
fn no_function_over_the_limit() {
    let mut over = Vec::new();
    for f in sources() {
        for (name, line, lines) in long_functions(&read(&f), MAX_FN_LINES) {
            over.push(format!(
                "{f}:{line} {name}: {lines} lines (at most {MAX_FN_LINES})"
            ));
        }
    }
    assert!(over.is_empty(), "write these as named steps: {over:?}");
}

#[test]
fn no_import_cycle_inside_a_crate() {
    let root = root();
    let mut crates: Vec<PathBuf> = std::fs::read_dir(root.join("crates"))
        .map(|d| d.flatten().map(|e| e.path().join("src")).collect())
        .unwrap_or_default();
    crates.push(root.join("src-tauri/src"));
    let mut found = Vec::new();
    for src in crates.iter().filter(|s| s.is_dir()) {
        let prefix = src
            .strip_prefix(&root)
            .unwrap_or(src)
            .to_string_lossy()
            .replace('\\', "/");
        let files: Vec<(Vec<String>, String)> = sources()
            .into_iter()
            .filter_map(|f| {
                let rel = f.strip_prefix(&format!("{prefix}/"))?.to_string();
                Some((module_of(&rel), read(&f)))
            })
            .collect();
        for cycle in cycles(&files) {
            found.push(format!("{prefix}: {}", cycle.join(" ↔ ")));
        }
    }
    assert!(
        found.is_empty(),
        "modules that use each other: move the shared piece to where it belongs: {found:?}"
    );
}
