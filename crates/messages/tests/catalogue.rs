//! The English catalogue: it parses, every code is well formed, and every message renders whole
//! with exactly the arguments its comment documents.

use custody_messages::{
    catalogue, checked, codes, english, english_checked, extra, ftl_id, ids, missing, render,
    report_text, syntax_errors, syntax_errors_in, Catalogue, Entry, Lang,
};
use serde_json::{Map, Value};

/// The arguments an entry documents, each number set to `n` and each text to a sample value.
fn sample_args(entry: &Entry, n: i64) -> Map<String, Value> {
    entry
        .args
        .iter()
        .map(|(name, kind)| {
            let v = match kind.as_str() {
                "number" => Value::from(n),
                _ => Value::from(format!("<{name}>")),
            };
            (name.clone(), v)
        })
        .collect()
}

/// The text of a message in the file, from its id to the next blank line.
fn source_of(code: &str) -> String {
    let id = format!("{} =", ftl_id(code));
    let src = custody_messages::EN_FTL;
    let start = src
        .find(&format!("\n{id}"))
        .unwrap_or_else(|| panic!("{code} has no message {id}"));
    src[start + 1..]
        .split("\n\n")
        .next()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn the_catalogue_parses() {
    assert_eq!(
        syntax_errors(),
        Vec::<String>::new(),
        "a syntax error would silently drop the messages after it"
    );
    assert!(
        codes().len() > 50,
        "the catalogue holds every refusal of core: {} codes",
        codes().len()
    );
}

#[test]
fn every_code_is_lowercase_segments_joined_by_dots() {
    for code in codes() {
        let segments: Vec<&str> = code.split('.').collect();
        assert!(
            segments.len() >= 2
                && segments.iter().all(|s| !s.is_empty()
                    && s.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')),
            "{code}: a code is a feature and a name, lowercase [a-z0-9_] segments joined by dots, \
             so its Fluent id maps back to it"
        );
    }
    let mut sorted = codes();
    sorted.sort();
    sorted.dedup();
    assert_eq!(
        sorted.len(),
        codes().len(),
        "a code is in the catalogue once"
    );
}

#[test]
fn every_code_renders_with_its_documented_arguments() {
    for entry in catalogue() {
        for n in [1, 3] {
            let args = sample_args(&entry, n);
            let text = english_checked(&entry.code, &args).unwrap_or_else(|e| {
                panic!(
                    "{}: a message may use only the arguments it documents: {e}",
                    entry.code
                )
            });
            assert!(
                !text.contains('{') && !text.contains('}'),
                "{}: nothing of Fluent's syntax is left in what a person reads: {text}",
                entry.code
            );
            assert!(
                !text.trim().is_empty() && text.trim_end().ends_with(['.', ':', '!', '?'])
                    || text.trim_end().ends_with('>')
                    || text.trim_end().ends_with(".)"),
                "{}: a refusal is a whole sentence: {text}",
                entry.code
            );
        }
    }
}

#[test]
fn every_documented_argument_is_used_by_its_message() {
    for entry in catalogue() {
        let source = source_of(&entry.code);
        for (name, kind) in &entry.args {
            assert!(
                kind == "number" || kind == "text",
                "{}: ${name} is documented as (number) or (text), not ({kind})",
                entry.code
            );
            // `field` is for the screen to highlight, not always said in the sentence.
            if name != "field" {
                assert!(
                    source.contains(&format!("${name}")),
                    "{}: ${name} is documented but the sentence never says it, so the fact is lost: {source}",
                    entry.code
                );
            }
        }
    }
}

#[test]
fn numbers_choose_the_plural() {
    let mut args = Map::new();
    args.insert("recall".into(), "RCL-1".into());
    args.insert("items".into(), "1 in stock at PHARM".into());
    args.insert("open".into(), 1.into());
    let one = english("recall.still_open", &args);
    assert!(
        one.contains("1 item is still open"),
        "one item is singular: {one}"
    );
    args.insert("open".into(), 3.into());
    let three = english("recall.still_open", &args);
    assert!(
        three.contains("3 items are still open"),
        "three items are plural: {three}"
    );
}

#[test]
fn roles_and_operations_are_said_in_words() {
    let mut args = Map::new();
    args.insert("user".into(), "sam".into());
    args.insert("role".into(), "qa".into());
    args.insert("operation".into(), "apply_count".into());
    let text = english("auth.forbidden", &args);
    assert_eq!(
        text, "sam is a QA officer and may not apply count adjustments: ask someone whose role allows it.",
        "a pharmacist reads the role and the operation, never their codes"
    );
}

#[test]
fn a_missing_code_renders_as_itself() {
    assert_eq!(
        english("no.such_code", &Map::new()),
        "no.such_code",
        "a refusal always reaches the person, even with a code the catalogue lacks"
    );
    assert!(
        english_checked("no.such_code", &Map::new()).is_err(),
        "the strict form tells the tests"
    );
}

#[test]
fn a_code_maps_to_its_fluent_id() {
    assert_eq!(
        ftl_id("count.open_at_location"),
        "count-open_at_location",
        "dots become dashes, as Fluent ids allow no dots"
    );
    assert!(
        codes().contains(&"count.open_at_location".to_string()),
        "and the catalogue's ids map back to codes"
    );
}

#[test]
fn arguments_are_not_wrapped_in_isolation_marks() {
    let mut args = Map::new();
    args.insert("gtin".into(), "09506000134352".into());
    let text = english("master.product_unknown", &args);
    assert!(
        !text.contains('\u{2068}') && !text.contains('\u{2069}'),
        "isolation marks are invisible noise in a terminal and in tests: {text:?}"
    );
}

#[test]
fn every_language_has_every_message_and_nothing_else() {
    for catalogue in Catalogue::ALL {
        for lang in Lang::TRANSLATED {
            assert_eq!(
                syntax_errors_in(catalogue, lang),
                Vec::<String>::new(),
                "{} parses",
                catalogue.path(lang)
            );
            assert_eq!(
                missing(catalogue, lang),
                Vec::<String>::new(),
                "{} lacks these messages of English: a person would read them in English",
                catalogue.path(lang)
            );
            assert_eq!(
                extra(catalogue, lang),
                Vec::<String>::new(),
                "{} has messages English no longer has",
                catalogue.path(lang)
            );
        }
    }
}

#[test]
fn every_translated_code_renders_with_the_english_arguments() {
    for lang in Lang::TRANSLATED {
        for entry in catalogue() {
            for n in [0, 1, 2, 3, 11, 100] {
                let args = sample_args(&entry, n);
                let text = checked(Catalogue::Codes, lang, &ftl_id(&entry.code), &args)
                    .unwrap_or_else(|e| {
                        panic!("a translation uses only the arguments English documents: {e}")
                    });
                assert!(
                    !text.contains('{') && !text.contains('}') && !text.trim().is_empty(),
                    "{lang} {}: a whole sentence, with nothing of Fluent's syntax: {text}",
                    entry.code
                );
            }
        }
    }
}

#[test]
fn a_language_falls_back_to_english_and_the_pseudo_locale_is_accented() {
    let mut args = Map::new();
    args.insert("gtin".into(), "09506000134352".into());
    let pseudo = render(Lang::Pseudo, "master.product_unknown", &args);
    assert!(
        pseudo.starts_with('[')
            && pseudo.contains("09506000134352")
            && !pseudo.contains('\u{2068}'),
        "accented around the arguments, which stay as they are: {pseudo}"
    );
    assert_eq!(
        render(Lang::Fr, "no.such_code", &Map::new()),
        "no.such_code",
        "a code no catalogue has still reaches the person"
    );
    assert_eq!(
        report_text(Lang::Es, "no-such-words", &Map::new()),
        "no-such-words"
    );
}

#[test]
fn a_translation_is_not_a_copy_of_english() {
    for catalogue in Catalogue::ALL {
        let english = ids(catalogue, Lang::En);
        for lang in Lang::TRANSLATED {
            let same: Vec<&String> = english
                .iter()
                .filter(|id| {
                    let a = checked(catalogue, Lang::En, id, &Map::new()).unwrap_or_default();
                    let b = checked(catalogue, lang, id, &Map::new()).unwrap_or_default();
                    !a.is_empty() && a == b
                })
                .collect();
            assert!(
                same.len() * 10 <= english.len(),
                "{}: {} of {} messages read exactly as in English: {same:?}",
                catalogue.path(lang),
                same.len(),
                english.len()
            );
        }
    }
}
