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
//! # Languages
//!
//! Each [`Lang`] has its own file beside `en.ftl` (`fr.ftl`, `es.ftl`, `pt.ftl`, `ar.ftl`), with
//! the same ids, the same `$arguments` and its own plural categories (French has `[one]` and
//! `[many]`, Arabic six); Fluent picks the category from the number. [`render`] speaks the
//! session's language and falls back to English for a message a file lacks, which the tests
//! refuse ([`missing`]). Terms (`-name = …`) are shared phrases inside one file and are not
//! codes. The translations are drafts for native review; `locales/glossary/` keeps, per
//! language, the pharmacy words they use (a recall is a "rappel de lot" in a French hospital).
//!
//! The reports' own words (titles, column headers, notices) are a second catalogue,
//! `locales/reports/<lang>.ftl`, read with [`report_text`]: they are not refusals and have no
//! code. The command line's own lines are a third, `locales/cli/<lang>.ftl`, read with
//! [`cli_text`]. [`Lang::Pseudo`] is English with accents and 30 % more length, for screenshots that show
//! where a longer language would be cut.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde_json::{Map, Value};

mod arabic;
mod lang;
mod numbers;
mod pseudo;

pub use lang::Lang;
pub use numbers::{signed_thousands, thousands, NumberFormat};

/// The English catalogue, compiled in.
pub const EN_FTL: &str = include_str!("../locales/en.ftl");

/// Which catalogue a message comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Catalogue {
    /// Refusals and verdicts: one message per code.
    Codes,
    /// The words of reports: titles, headers, notices.
    Reports,
    /// The command line's own words: what a command printed for a person (never `--help`,
    /// never `--json`).
    Cli,
}

impl Catalogue {
    /// Both catalogues.
    pub const ALL: [Catalogue; 3] = [Catalogue::Codes, Catalogue::Reports, Catalogue::Cli];

    /// The source of one language's file, compiled in (the pseudo-locale has none of its own).
    pub fn source(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Catalogue::Codes, Lang::En | Lang::Pseudo) => EN_FTL,
            (Catalogue::Codes, Lang::Fr) => include_str!("../locales/fr.ftl"),
            (Catalogue::Codes, Lang::Es) => include_str!("../locales/es.ftl"),
            (Catalogue::Codes, Lang::Pt) => include_str!("../locales/pt.ftl"),
            (Catalogue::Codes, Lang::Ar) => include_str!("../locales/ar.ftl"),
            (Catalogue::Reports, Lang::En | Lang::Pseudo) => {
                include_str!("../locales/reports/en.ftl")
            }
            (Catalogue::Reports, Lang::Fr) => include_str!("../locales/reports/fr.ftl"),
            (Catalogue::Reports, Lang::Es) => include_str!("../locales/reports/es.ftl"),
            (Catalogue::Reports, Lang::Pt) => include_str!("../locales/reports/pt.ftl"),
            (Catalogue::Reports, Lang::Ar) => include_str!("../locales/reports/ar.ftl"),
            (Catalogue::Cli, Lang::En | Lang::Pseudo) => include_str!("../locales/cli/en.ftl"),
            (Catalogue::Cli, Lang::Fr) => include_str!("../locales/cli/fr.ftl"),
            (Catalogue::Cli, Lang::Es) => include_str!("../locales/cli/es.ftl"),
            (Catalogue::Cli, Lang::Pt) => include_str!("../locales/cli/pt.ftl"),
            (Catalogue::Cli, Lang::Ar) => include_str!("../locales/cli/ar.ftl"),
        }
    }

    /// The file's path under `crates/messages/`, for messages that name it.
    pub fn path(self, lang: Lang) -> String {
        let tag = if lang == Lang::Pseudo {
            "en"
        } else {
            lang.tag()
        };
        match self {
            Catalogue::Codes => format!("locales/{tag}.ftl"),
            Catalogue::Reports => format!("locales/reports/{tag}.ftl"),
            Catalogue::Cli => format!("locales/cli/{tag}.ftl"),
        }
    }
}

/// The Fluent id of a code: `count.open_at_location` is `count-open_at_location`.
pub fn ftl_id(code: &str) -> String {
    code.replace('.', "-")
}

/// The code of a Fluent id, the inverse of [`ftl_id`] (segments never contain `-`).
fn code_of(id: &str) -> String {
    id.replace('-', ".")
}

type Bundle = FluentBundle<FluentResource>;

/// One language's compiled bundle of one catalogue, built on first use.
fn bundle(catalogue: Catalogue, lang: Lang) -> &'static Bundle {
    const N: usize = Lang::ALL.len();
    static CODES: [OnceLock<Bundle>; N] = [const { OnceLock::new() }; N];
    static REPORTS: [OnceLock<Bundle>; N] = [const { OnceLock::new() }; N];
    static CLI: [OnceLock<Bundle>; N] = [const { OnceLock::new() }; N];
    let cells = match catalogue {
        Catalogue::Codes => &CODES,
        Catalogue::Reports => &REPORTS,
        Catalogue::Cli => &CLI,
    };
    cells[lang.index()].get_or_init(|| build(catalogue, lang))
}

fn build(catalogue: Catalogue, lang: Lang) -> Bundle {
    // A syntax error in a catalogue is a programming error the tests catch; what parsed is
    // still served, so one broken entry never silences the others.
    let source = match lang {
        Lang::Ar => arabic::wrap_selectors(catalogue.source(lang)),
        _ => catalogue.source(lang).to_string(),
    };
    let resource = match FluentResource::try_new(source) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let id = unic_langid::LanguageIdentifier::from_bytes(lang.plural_tag().as_bytes())
        .unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks (U+2068/U+2069 around each argument) are for mixing scripts in one
    // sentence; in a terminal, a PDF and our tests they are invisible noise or missing-glyph
    // boxes. The pseudo-locale keeps them, to leave the arguments unaccented.
    bundle.set_use_isolating(lang == Lang::Pseudo);
    if lang == Lang::Ar {
        let _ = bundle.add_function(arabic::AR_PLURAL, arabic::plural);
    }
    let _ = bundle.add_resource(resource);
    bundle
}

/// Turns JSON arguments into Fluent's: strings and numbers as themselves (so `[one]`/`[other]`
/// plurals work), booleans as `yes`/`no` for a selector, a nested sentence (see
/// [`nested`]) as its text in `lang`, anything else as its JSON text.
fn fluent_args(catalogue: Catalogue, lang: Lang, args: &Map<String, Value>) -> FluentArgs<'_> {
    let mut out = FluentArgs::new();
    for (name, value) in args {
        if let Some((code, inner)) = nested(value) {
            // The pseudo-locale accents the whole sentence once, not this part twice.
            let inner_lang = if lang == Lang::Pseudo { Lang::En } else { lang };
            let said = render_id(catalogue, inner_lang, &ftl_id(code), inner)
                .unwrap_or_else(|| code.to_string());
            out.set(name.as_str(), FluentValue::from(said));
            continue;
        }
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

/// An argument that is itself a sentence of the catalogue: a JSON object `{"key": code, "args":
/// {…}}`. It is said first, in the same language, and its text is the argument: a sentence that
/// says another's in full (a refused scan says the decoder's own sentence) keeps both as codes
/// and arguments, so each is said in the person's language.
fn nested(value: &Value) -> Option<(&str, &Map<String, Value>)> {
    let o = value.as_object()?;
    match (o.get("key")?, o.get("args")?) {
        (Value::String(code), Value::Object(args)) if o.len() == 2 => Some((code, args)),
        _ => None,
    }
}

/// Renders `code` with `args` in English. A code the catalogue lacks renders as the code itself
/// (never a panic: a refusal must always reach the person); tests make sure none is missing.
pub fn english(code: &str, args: &Map<String, Value>) -> String {
    render(Lang::En, code, args)
}

/// Renders `code` with `args` in `lang`, in English where the language's file lacks it, and as
/// the code itself where English lacks it too.
pub fn render(lang: Lang, code: &str, args: &Map<String, Value>) -> String {
    render_id(Catalogue::Codes, lang, &ftl_id(code), args).unwrap_or_else(|| code.to_string())
}

/// Whether the catalogue of codes has a message for `code`.
pub fn has(code: &str) -> bool {
    bundle(Catalogue::Codes, Lang::En).has_message(&ftl_id(code))
}

/// One of the reports' words or sentences (`recall-notice-title`, …) in `lang`, in English
/// where the language lacks it, and as the id itself where English lacks it too.
pub fn report_text(lang: Lang, id: &str, args: &Map<String, Value>) -> String {
    render_id(Catalogue::Reports, lang, id, args).unwrap_or_else(|| id.to_string())
}

/// One of the command line's own lines (`scan-recorded`, …) in `lang`, in English where the
/// language lacks it, and as the id itself where English lacks it too.
pub fn cli_text(lang: Lang, id: &str, args: &Map<String, Value>) -> String {
    render_id(Catalogue::Cli, lang, id, args).unwrap_or_else(|| id.to_string())
}

/// The message `id` of `catalogue` in `lang`, else in English, else `None`.
fn render_id(
    catalogue: Catalogue,
    lang: Lang,
    id: &str,
    args: &Map<String, Value>,
) -> Option<String> {
    let found = format_in(catalogue, lang, id, args)
        .or_else(|| format_in(catalogue, Lang::En, id, args))?;
    Some(match lang {
        Lang::Pseudo => pseudo::localize(&found),
        _ => found,
    })
}

/// The rendered message and nothing else, or `None` when the bundle has no such message.
fn format_in(
    catalogue: Catalogue,
    lang: Lang,
    id: &str,
    args: &Map<String, Value>,
) -> Option<String> {
    let bundle = bundle(catalogue, lang);
    let message = bundle.get_message(id)?;
    let pattern = message.value()?;
    let fargs = fluent_args(catalogue, lang, args);
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, Some(&fargs), &mut errors)
            .into_owned(),
    )
}

/// Renders `id` of `catalogue` in exactly `lang` (no fallback), with what Fluent complained
/// about (an argument the message uses but was not given): the tests' strict form.
pub fn checked(
    catalogue: Catalogue,
    lang: Lang,
    id: &str,
    args: &Map<String, Value>,
) -> Result<String, String> {
    let bundle = bundle(catalogue, lang);
    let message = bundle
        .get_message(id)
        .ok_or_else(|| format!("{}: no message {id}", catalogue.path(lang)))?;
    let pattern = message
        .value()
        .ok_or_else(|| format!("{}: the message {id} has no text", catalogue.path(lang)))?;
    let fargs = fluent_args(catalogue, lang, args);
    let mut errors = Vec::new();
    let text = bundle
        .format_pattern(pattern, Some(&fargs), &mut errors)
        .into_owned();
    if errors.is_empty() {
        Ok(text)
    } else {
        Err(format!("{}: {id}: {errors:?}", catalogue.path(lang)))
    }
}

/// The message ids of one language's file of a catalogue, in the order of the file.
pub fn ids(catalogue: Catalogue, lang: Lang) -> Vec<String> {
    parse(catalogue.source(lang))
        .body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// The ids English has and `lang`'s file lacks: what a translator still owes.
pub fn missing(catalogue: Catalogue, lang: Lang) -> Vec<String> {
    let theirs = ids(catalogue, lang);
    ids(catalogue, Lang::En)
        .into_iter()
        .filter(|id| !theirs.contains(id))
        .collect()
}

/// The ids `lang`'s file has and English lacks: left over from a message since removed.
pub fn extra(catalogue: Catalogue, lang: Lang) -> Vec<String> {
    let ours = ids(catalogue, Lang::En);
    ids(catalogue, lang)
        .into_iter()
        .filter(|id| !ours.contains(id))
        .collect()
}

fn parse(src: &str) -> fluent_syntax::ast::Resource<&str> {
    // The full parser keeps comments (the bundle's runtime parser drops them); a file with
    // syntax errors still yields what parsed, and `syntax_errors_in` reports the rest.
    match fluent_syntax::parser::parse(src) {
        Ok(r) => r,
        Err((r, _)) => r,
    }
}

/// The syntax errors of one language's file of a catalogue, empty when it parses.
pub fn syntax_errors_in(catalogue: Catalogue, lang: Lang) -> Vec<String> {
    match FluentResource::try_new(catalogue.source(lang).to_string()) {
        Ok(_) => Vec::new(),
        Err((_, errors)) => errors.iter().map(|e| format!("{e:?}")).collect(),
    }
}

/// Renders like [`english`], and also returns what Fluent complained about (an argument the
/// message uses but was not given, a syntax problem): the tests' strict form.
pub fn english_checked(code: &str, args: &Map<String, Value>) -> Result<String, String> {
    checked(Catalogue::Codes, Lang::En, &ftl_id(code), args).map_err(|e| format!("{code}: {e}"))
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
    parse(EN_FTL)
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
    syntax_errors_in(Catalogue::Codes, Lang::En)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nested_sentence_is_said_first_in_the_same_language() {
        let reason = serde_json::json!({
            "key": "scan.decode.dl.duplicate_ai",
            "args": {"ai": "17"},
        });
        let mut args = Map::new();
        args.insert("reason".into(), reason);
        assert_eq!(
            render(Lang::En, "verdict.decode_error", &args),
            "AI (17) appears more than once in the Digital Link."
        );
        let fr = render(Lang::Fr, "verdict.decode_error", &args);
        assert!(fr.contains("(17)") && fr.contains("plusieurs fois"), "{fr}");
        let pseudo = render(Lang::Pseudo, "verdict.decode_error", &args);
        assert_ne!(pseudo, render(Lang::En, "verdict.decode_error", &args));
    }
}
