//! Printing results: aligned tables for people, JSON for scripts.

use custody_api::{ApiError, Lang};
use custody_core::CoreError;
use serde::Serialize;
use serde_json::{json, Map, Value};

/// Prints `value` as one JSON document.
pub fn json<T: Serialize>(value: &T) {
    println!(
        "{}",
        serde_json::to_string_pretty(value).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    );
}

/// How many columns `text` takes in a terminal: its characters, less the marks drawn on the
/// letter before them (Arabic vowel marks, combining accents) and the invisible direction and
/// joining marks, so a table lines up in every language.
pub fn width(text: &str) -> usize {
    text.chars().filter(|&c| !zero_width(c)).count()
}

fn zero_width(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036f}'
        | '\u{0610}'..='\u{061a}'
        | '\u{061c}'
        | '\u{064b}'..='\u{065f}'
        | '\u{0670}'
        | '\u{06d6}'..='\u{06dc}'
        | '\u{06df}'..='\u{06e4}'
        | '\u{06e7}'..='\u{06e8}'
        | '\u{06ea}'..='\u{06ed}'
        | '\u{200b}'..='\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}'
        | '\u{feff}')
}

/// Prints rows under a header, columns padded to their widest cell.
pub fn table<H: AsRef<str>>(header: &[H], rows: &[Vec<String>]) {
    let header: Vec<&str> = header.iter().map(AsRef::as_ref).collect();
    let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
    for r in rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(width(c));
        }
    }
    let line = |cells: Vec<&str>| {
        let parts: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w.saturating_sub(width(c)))))
            .collect();
        println!("{}", parts.join("  ").trim_end());
    };
    line(header);
    line(
        widths
            .iter()
            .map(|w| "-".repeat(*w))
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str)
            .collect(),
    );
    for r in rows {
        line(r.iter().map(String::as_str).collect());
    }
}

pub fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// An error and its causes in one line, "what we were doing: why", each cause once: errors that
/// already print their cause (SQLite's, the file system's) are not followed by it again. In
/// English, as `--json` says it.
pub fn error_message(e: &anyhow::Error) -> String {
    error_message_in(e, Lang::En)
}

/// [`error_message`] with the api's and core's refusals in `lang` (the command line's own
/// context, such as an option's name, as it was written).
pub fn error_message_in(e: &anyhow::Error, lang: Lang) -> String {
    let mut message = String::new();
    for (n, cause) in e.chain().enumerate() {
        let cause = if let Some(api) = cause.downcast_ref::<ApiError>() {
            api_sentence(&api.clone().in_lang(lang))
        } else if let Some(core) = cause.downcast_ref::<CoreError>() {
            core_sentence(core, lang)
        } else {
            cause.to_string()
        };
        if n == 0 {
            message = cause;
            continue;
        }
        if !message.contains(&cause) {
            message.push_str(": ");
            message.push_str(&cause);
        }
    }
    message
}

/// Core's refusal (of a command not yet on the api) in `lang`, as the api would say it.
fn core_sentence(core: &CoreError, lang: Lang) -> String {
    if lang == Lang::En {
        return core.to_string();
    }
    let mut args = core.args();
    if let CoreError::Import(problems) = core {
        args.insert(
            "problems".into(),
            serde_json::to_value(problems).unwrap_or_default(),
        );
    }
    let api = ApiError {
        code: core.code().to_string(),
        args,
        message: core.to_string(),
    };
    api.in_lang(lang).message
}

/// An api refusal's sentence; while the catalogue has none for its code (the message is the
/// code itself), the code with its arguments, which still say what was wrong.
fn api_sentence(api: &ApiError) -> String {
    if api.message != api.code || api.args.is_empty() {
        return api.message.clone();
    }
    let args: Vec<String> = api
        .args
        .iter()
        .map(|(k, v)| match v {
            Value::String(s) => format!("{k}: {s}"),
            v => format!("{k}: {v}"),
        })
        .collect();
    format!("{} ({})", api.code, args.join(", "))
}

/// The code of an error that is the command line's own (no database given, a file it may not
/// write): neither the api nor core refused anything.
const CLI_ERROR: &str = "cli.error";

/// An error as scripts read it with `--json`: `{"error": {"code", "args", "message"}}`. The code
/// and arguments are the api's (or core's, for the commands the api does not list yet), else
/// [`CLI_ERROR`]; the message is [`error_message`]'s, each cause once.
pub fn error_json(e: anyhow::Error) -> Value {
    let message = error_message(&e);
    let (code, args) = match e.chain().find_map(|c| c.downcast_ref::<ApiError>()) {
        Some(api) => (api.code.clone(), api.args.clone()),
        None => match e.downcast::<CoreError>() {
            Ok(core) => {
                let api = ApiError::from(core);
                (api.code, api.args)
            }
            Err(_) => (CLI_ERROR.to_string(), Map::new()),
        },
    };
    json!({"error": {"code": code, "args": args, "message": message}})
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vowel_marks_and_direction_marks_take_no_column() {
        assert_eq!(width("Stock"), 5);
        assert_eq!(width("الكمّيّة"), 6, "two shaddas on the letters");
        assert_eq!(width("e\u{301}"), 1, "a combining accent");
        assert_eq!(width("\u{2068}MAIN\u{2069}"), 4, "isolation marks");
    }

    #[test]
    fn a_cause_already_in_the_message_is_not_repeated() {
        let io = std::io::Error::new(std::io::ErrorKind::NotFound, "No such file or directory");
        let e = anyhow::Error::new(io).context("reading x.csv");
        assert_eq!(
            error_message(&e),
            "reading x.csv: No such file or directory",
            "a plain chain reads as anyhow's"
        );
        #[derive(Debug)]
        struct Repeats(std::io::Error);
        impl std::fmt::Display for Repeats {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "cannot read x.csv: {}", self.0)
            }
        }
        impl std::error::Error for Repeats {
            fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
                Some(&self.0)
            }
        }
        let e = anyhow::Error::new(Repeats(std::io::Error::other("disk on fire")));
        assert_eq!(
            error_message(&e),
            "cannot read x.csv: disk on fire",
            "an error that prints its cause is not followed by it twice"
        );
    }

    #[test]
    fn an_api_refusal_keeps_its_code_and_arguments_under_the_context() {
        let refusal = ApiError::field(
            "movement.reason_required",
            "reason",
            custody_api::error::args([("movement", Value::from("quarantine"))]),
        );
        let e = anyhow::Error::new(refusal).context("scan 1");
        let v = error_json(e);
        assert_eq!(
            v["error"]["code"], "movement.reason_required",
            "a script matches the api's code, whatever context the command line added"
        );
        assert_eq!(
            v["error"]["args"]["field"], "reason",
            "the arguments come along: {v}"
        );
        assert!(
            v["error"]["message"]
                .as_str()
                .is_some_and(|m| m.starts_with("scan 1: ")),
            "the message reads as on the terminal: {v}"
        );
    }

    #[test]
    fn a_core_refusal_has_core_code_and_an_error_of_our_own_the_cli_code() {
        let core = CoreError::refused("master.location_unknown").arg("location", "NOPE");
        let code = core.code();
        let v = error_json(anyhow::Error::new(core).context("--location"));
        assert_eq!(
            v["error"]["code"], code,
            "commands still on core report core's code: {v}"
        );
        let v = error_json(anyhow::anyhow!("no database given"));
        assert_eq!(
            (
                v["error"]["code"].as_str(),
                v["error"]["args"].as_object().map(Map::len)
            ),
            (Some(CLI_ERROR), Some(0)),
            "an error of the command line's own still has a code, and no arguments: {v}"
        );
    }

    #[test]
    fn a_refusal_without_a_sentence_yet_reads_as_its_code_and_arguments() {
        let refusal = ApiError::field(
            "movement.no_sentence_for_this",
            "reason",
            custody_api::error::args([("movement", Value::from("quarantine"))]),
        );
        assert_eq!(
            error_message(&anyhow::Error::new(refusal).context("scan 1")),
            "scan 1: movement.no_sentence_for_this (field: reason, movement: quarantine)",
            "a person still learns what was missing, where, before the catalogue has the sentence"
        );
    }
}
