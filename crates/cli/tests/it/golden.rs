//! Golden files: the `--help` of every command and the `--json` of a scripted day, compared with
//! what the binary prints now. A change that is meant is recorded again with `UPDATE_GOLDEN=1`
//! and reviewed in the diff like any other change to what people and scripts read.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

use crate::day::{seed, steps, Step};
use crate::{Scratch, NOW};

fn golden_dir(kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(kind)
}

fn updating() -> bool {
    std::env::var_os("UPDATE_GOLDEN").is_some()
}

/// `custody ARGS --help`, in an environment that sets none of the variables clap would show
/// beside an option.
fn help(path: &[String]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_custody"))
        .args(path)
        .arg("--help")
        .env_remove("CUSTODY_DB")
        .env_remove("CUSTODY_USER")
        .env_remove("CUSTODY_LANG")
        .env_remove("CUSTODY_BACKUP_DIR")
        .env_remove("CUSTODY_NOW")
        .env("COLUMNS", "100")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "custody {path:?} --help failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The subcommands a help text lists under "Commands:" (without `help`).
fn subcommands(help: &str) -> Vec<String> {
    help.lines()
        .skip_while(|l| l.trim() != "Commands:")
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .filter(|l| l.starts_with("  ") && !l.starts_with("    "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(String::from)
        .collect()
}

/// Compares `actual` with the golden file `name` (or writes it when updating); the names of the
/// files that differ are collected, so one run lists them all.
fn compare_text(dir: &Path, name: &str, actual: &str, differ: &mut Vec<String>) {
    let file = dir.join(name);
    if updating() {
        std::fs::create_dir_all(dir).unwrap();
        std::fs::write(&file, actual).unwrap();
        return;
    }
    match std::fs::read_to_string(&file) {
        Ok(expected) if expected == actual => {}
        _ => differ.push(name.to_string()),
    }
}

#[test]
fn the_help_of_every_command_is_as_recorded() {
    let dir = golden_dir("help");
    let mut differ = Vec::new();
    let mut seen = Vec::new();
    let mut todo: Vec<Vec<String>> = vec![Vec::new()];
    while let Some(path) = todo.pop() {
        let text = help(&path);
        let name = if path.is_empty() {
            "custody.txt".to_string()
        } else {
            format!("custody-{}.txt", path.join("-"))
        };
        compare_text(&dir, &name, &text, &mut differ);
        seen.push(name);
        for sub in subcommands(&text) {
            let mut deeper = path.clone();
            deeper.push(sub);
            todo.push(deeper);
        }
    }
    assert!(
        seen.len() > 60,
        "every command and subcommand is visited ({} help texts): the walk must not stop at the top",
        seen.len()
    );
    if !updating() {
        let mut stale: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| !seen.contains(n))
            .collect();
        stale.sort();
        assert!(
            stale.is_empty(),
            "golden help files of commands that no longer exist: {stale:?} (UPDATE_GOLDEN=1 after removing them)"
        );
    }
    assert!(
        differ.is_empty(),
        "the help of {differ:?} changed: if that is meant, run with UPDATE_GOLDEN=1 and review the diff"
    );
}

/// The `--json` output of a step: one document, or the stream of one object per scan as an
/// array.
fn documents(stdout: &str) -> Value {
    let docs: Vec<Value> = serde_json::Deserializer::from_str(stdout)
        .into_iter::<Value>()
        .collect::<Result<_, _>>()
        .unwrap_or_else(|e| panic!("not JSON ({e}):\n{stdout}"));
    match <[Value; 1]>::try_from(docs) {
        Ok([one]) => one,
        Err(many) => Value::Array(many),
    }
}

/// Runs step `n` of the day as `custody --json …` on `s`, with the step's own event-id seed.
pub fn run_step(s: &Scratch, n: usize, step: &Step) -> Output {
    let mut args = vec!["--json"];
    args.extend(&step.args);
    let mut child = s
        .command(NOW, s.password)
        .env("CUSTODY_FIXED_IDS", seed(n).to_string())
        .args(&args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(step.stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn the_json_of_a_scripted_day_is_as_recorded() {
    let dir = golden_dir("json");
    let s = Scratch::new();
    let mut differ = Vec::new();
    for (n, step) in steps().into_iter().enumerate() {
        let out = run_step(&s, n, &step);
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert_eq!(
            out.status.code(),
            Some(step.exit),
            "step {} ends as the day expects: {}{stdout}",
            step.name,
            String::from_utf8_lossy(&out.stderr)
        );
        let actual = documents(&stdout);
        let file = dir.join(format!("{}.json", step.name));
        if updating() {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&file, serde_json::to_string_pretty(&actual).unwrap() + "\n").unwrap();
            continue;
        }
        // Compared as JSON values: the order of keys and the spacing are not the contract.
        let expected: Option<Value> = std::fs::read_to_string(&file)
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok());
        if expected.as_ref() != Some(&actual) {
            differ.push(step.name);
        }
    }
    assert!(
        differ.is_empty(),
        "the --json output of {differ:?} changed: if that is meant, run with UPDATE_GOLDEN=1 and review the diff"
    );
}
