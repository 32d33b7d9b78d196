//! Walks every Rust source of the workspace with the tidy rules. Files written before the rules
//! that break them are listed here with their current figures, as ceilings: they may only get
//! better (issue #18 splits them), and a new file must follow the rules from the start.

use std::path::{Path, PathBuf};

use custody_tidy::{code_lines, has_purpose_line, placeholders, unexplained_unwraps, MAX_LINES};

/// Files longer than [`MAX_LINES`], and the most lines each may keep until it is split.
const LONG_FILES: &[(&str, usize)] = &[
    ("crates/cli/src/args.rs", 1082),
    ("crates/core/src/count/mod.rs", 1153),
    ("crates/core/src/demo.rs", 1039),
    ("crates/core/src/epcis/mod.rs", 1327),
    ("crates/core/src/levels/mod.rs", 1202),
    ("crates/core/src/master/mod.rs", 929),
    ("crates/core/src/movement/mod.rs", 883),
    ("crates/core/src/perf.rs", 780),
    ("crates/core/src/recall/mod.rs", 1540),
    ("crates/core/src/recall/file.rs", 955),
    ("crates/core/src/report/build.rs", 622),
    ("crates/core/src/shipment/mod.rs", 1210),
    ("crates/report/src/layout.rs", 827),
    ("src-tauri/src/lib.rs", 622),
];

/// Files with unwraps that do not say why they cannot fail, and how many each may keep.
const UNEXPLAINED_UNWRAPS: &[(&str, usize)] = &[];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The workspace's Rust sources outside tests, benches, build scripts and build output,
/// relative to the root.
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
            } else if name.ends_with(".rs") && name != "build.rs" {
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
        let ceiling = LONG_FILES
            .iter()
            .find(|(p, _)| *p == f)
            .map_or(MAX_LINES, |(_, n)| *n);
        if lines > ceiling {
            over.push(format!("{f}: {lines} lines (at most {ceiling})"));
        }
    }
    assert!(over.is_empty(), "split these into named parts: {over:?}");
    for (f, _) in LONG_FILES {
        assert!(
            root().join(f).exists(),
            "{f} is gone: take it off LONG_FILES"
        );
    }
}

#[test]
fn no_unexplained_unwrap_outside_tests() {
    let mut over = Vec::new();
    for f in sources() {
        let found = unexplained_unwraps(&read(&f));
        let ceiling = UNEXPLAINED_UNWRAPS
            .iter()
            .find(|(p, _)| *p == f)
            .map_or(0, |(_, n)| *n);
        if found.len() > ceiling {
            over.push(format!("{f}: lines {found:?} (at most {ceiling} allowed)"));
        }
    }
    assert!(
        over.is_empty(),
        "say in a comment why each cannot fail, or handle the error: {over:?}"
    );
}
