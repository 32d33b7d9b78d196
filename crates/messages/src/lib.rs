//! The catalogue of Custody's refusals: every stable code a refusal carries, with its sentence.
//!
//! A refusal is a code such as `count.open_at_location` and its arguments (a JSON object such as
//! `{"count": 1, "location": "CLINIC-1"}`). Adapters send both, so a screen can act on the code
//! (and highlight `args["field"]` when a form field is at fault) without reading the sentence.
//! The sentence comes from `locales/en.ftl`, written in [Fluent](https://projectfluent.org)
//! syntax, so plurals and a person's role read right in English and later in other languages.
//!
//! # The catalogue
//!
//! A code is lowercase `[a-z0-9_]` segments joined by dots, the first segment naming the feature
//! (`auth`, `master`, `movement`, `shipment`, `recall`, `count`, `levels`, `report`, `backup`,
//! `ledger`, `import`, `store`; the api layer adds `session`, `files`, `api`). Its Fluent id is
//! the code with every dot replaced by `-` ([`ftl_id`]): `count.open_at_location` is the message
//! `count-open_at_location`. The comment lines above each message document its arguments, one
//! `# $name (number|text): what it is` line each; the tests render every message with exactly
//! those arguments and refuse any `{` left in the result, and core's tests refuse a code used in
//! the code that the catalogue lacks, or a message nobody uses.
//!
//! # Adding a language (issue #22)
//!
//! A translator copies `locales/en.ftl` to `locales/fr.ftl` and translates the text to the right
//! of each `=`, keeping the ids, the `$arguments` and the selector keys (`[one]`, `[qa]`, …):
//! plural categories are the language's own (French has `[one]` and `[many]`), Fluent picks them
//! from the number. Then a `french(code, args)` (or one `render(locale, code, args)`) is a second
//! bundle built like [`english`]'s, falling back to English for a message the translation lacks,
//! and a test like `every_code_renders_with_its_documented_arguments` runs over `fr.ftl` too.
//! Terms (`-name = …`) are shared phrases inside one file and are not codes.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde_json::{Map, Value};

/// The English catalogue, compiled in.
pub const EN_FTL: &str = include_str!("../locales/en.ftl");

/// The Fluent id of a code: `count.open_at_location` is `count-open_at_location`.
pub fn ftl_id(code: &str) -> String {
    code.replace('.', "-")
}

/// The code of a Fluent id, the inverse of [`ftl_id`] (segments never contain `-`).
fn code_of(id: &str) -> String {
    id.replace('-', ".")
}

fn english_bundle() -> &'static FluentBundle<FluentResource> {
    static BUNDLE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    BUNDLE.get_or_init(|| {
        // A syntax error in the catalogue is a programming error the tests catch; what parsed
        // is still served, so one broken entry never silences the others.
        let resource = match FluentResource::try_new(EN_FTL.to_string()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        let mut bundle = FluentBundle::new_concurrent(vec![
            unic_langid::LanguageIdentifier::from_bytes(b"en").unwrap_or_default(),
        ]);
        // Isolation marks (U+2068/U+2069 around each argument) are for mixing scripts in one
        // sentence; in a terminal and in our tests they are invisible noise.
        bundle.set_use_isolating(false);
        let _ = bundle.add_resource(resource);
        bundle
    })
}

/// Turns JSON arguments into Fluent's: strings and numbers as themselves (so `[one]`/`[other]`
/// plurals work), booleans as `yes`/`no` for a selector, anything else as its JSON text.
fn fluent_args(args: &Map<String, Value>) -> FluentArgs<'_> {
    let mut out = FluentArgs::new();
    for (name, value) in args {
        let v: FluentValue = match value {
            Value::String(s) => s.as_str().into(),
            Value::Number(n) => match (n.as_i64(), n.as_u64(), n.as_f64()) {
                (Some(i), _, _) => i.into(),
                (None, Some(u), _) => u.into(),
                (None, None, Some(f)) => f.into(),
                _ => n.to_string().into(),
            },
            Value::Bool(b) => (if *b { "yes" } else { "no" }).into(),
            Value::Null => continue,
            other => other.to_string().into(),
        };
        out.set(name.as_str(), v);
    }
    out
}

/// Renders `code` with `args` in English. A code the catalogue lacks renders as the code itself
/// (never a panic: a refusal must always reach the person); tests make sure none is missing.
pub fn english(code: &str, args: &Map<String, Value>) -> String {
    render(english_bundle(), code, args).unwrap_or_else(|| code.to_string())
}

/// The rendered message and nothing else, or `None` when the bundle has no such message.
fn render(
    bundle: &FluentBundle<FluentResource>,
    code: &str,
    args: &Map<String, Value>,
) -> Option<String> {
    let message = bundle.get_message(&ftl_id(code))?;
    let pattern = message.value()?;
    let fargs = fluent_args(args);
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, Some(&fargs), &mut errors)
            .into_owned(),
    )
}

/// Renders like [`english`], and also returns what Fluent complained about (an argument the
/// message uses but was not given, a syntax problem): the tests' strict form.
pub fn english_checked(code: &str, args: &Map<String, Value>) -> Result<String, String> {
    let bundle = english_bundle();
    let message = bundle
        .get_message(&ftl_id(code))
        .ok_or_else(|| format!("no message {} for the code {code}", ftl_id(code)))?;
    let pattern = message
        .value()
        .ok_or_else(|| format!("the message {} has no text", ftl_id(code)))?;
    let fargs = fluent_args(args);
    let mut errors = Vec::new();
    let text = bundle
        .format_pattern(pattern, Some(&fargs), &mut errors)
        .into_owned();
    if errors.is_empty() {
        Ok(text)
    } else {
        Err(format!("{code}: {errors:?}"))
    }
}

/// Every code in the catalogue, in the order of the file.
pub fn codes() -> Vec<String> {
    catalogue().into_iter().map(|e| e.code).collect()
}

/// One message of the catalogue: its code and the arguments its comment documents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The code, e.g. `count.open_at_location`.
    pub code: String,
    /// The documented arguments: name and kind (`number` or `text`).
    pub args: Vec<(String, String)>,
}

/// The catalogue's messages with their documented arguments (`# $name (kind): …` lines).
pub fn catalogue() -> Vec<Entry> {
    use fluent_syntax::ast;
    // The full parser keeps comments (the bundle's runtime parser drops them); a file with
    // syntax errors still yields what parsed, and `syntax_errors` reports the rest.
    let resource = match fluent_syntax::parser::parse(EN_FTL) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => Some(Entry {
                code: code_of(m.id.name),
                args: m
                    .comment
                    .iter()
                    .flat_map(|c| c.content.iter())
                    .filter_map(|line| documented_arg(line))
                    .collect(),
            }),
            _ => None,
        })
        .collect()
}

/// `$count (number): packs still open` is `("count", "number")`.
fn documented_arg(line: &str) -> Option<(String, String)> {
    let rest = line.trim().strip_prefix('$')?;
    let (name, rest) = rest.split_once(' ')?;
    let kind = rest.trim().strip_prefix('(')?.split_once(')')?.0;
    Some((name.to_string(), kind.to_string()))
}

/// The syntax errors of the English catalogue, empty when it parses.
pub fn syntax_errors() -> Vec<String> {
    match FluentResource::try_new(EN_FTL.to_string()) {
        Ok(_) => Vec::new(),
        Err((_, errors)) => errors.iter().map(|e| format!("{e:?}")).collect(),
    }
}
