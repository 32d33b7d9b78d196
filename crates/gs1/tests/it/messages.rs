//! Every refusal of the decoder is a code of Custody's catalogue with its arguments, and says
//! in English exactly the decoder's `message`: for each error vector of `tests/data/vectors.json`
//! and for cases that reach every code the decoder has.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use custody_gs1::{decode, Arg, DecodeError, DecodeOptions};
use custody_messages::{checked, codes, ftl_id, render, Catalogue, Lang};
use serde_json::{Map, Value};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

/// The error's arguments as the catalogue takes them: text as strings, numbers as numbers.
fn args(e: &DecodeError) -> Map<String, Value> {
    e.args
        .iter()
        .map(|(name, v)| {
            let v = match v {
                Arg::Text(t) => Value::from(t.as_str()),
                Arg::Number(n) => Value::from(*n),
            };
            (name.to_string(), v)
        })
        .collect()
}

/// Options of a vector (the lenient flags it names).
fn options(v: &Value) -> DecodeOptions {
    let mut o = DecodeOptions::new(today());
    let opts = &v["options"];
    if let Some(subs) = opts["gs_substitutes"].as_array() {
        o.gs_substitutes = subs
            .iter()
            .filter_map(|s| s.as_str().map(String::from))
            .collect();
    }
    let flag = |k: &str| opts[k].as_bool().unwrap_or(false);
    o.ignore_leading_gs = flag("ignore_leading_gs");
    o.accept_gs1_in_plain_symbol = flag("accept_gs1_in_plain_symbol");
    o.lenient_hri_whitespace = flag("lenient_hri_whitespace");
    o.lenient_dl_gtin = flag("lenient_dl_gtin");
    o
}

/// Scans refused for every reason the decoder gives, one or more per code.
const CASES: &[&str] = &[
    // bracketed form
    "(01)09506000134352X",
    "(01)09506000134352(17",
    "(99999)1",
    // element strings
    "]d2",
    "]d2\u{1d}0109506000134352",
    "]d20109506000134352\u{1d}\u{1d}21S1",
    "]d20109506000134352170101",
    "]d2019999",
    "]d20109506000134352 21S1",
    "]d2010950600013435221S1\u{1d}21S2",
    "]d201095060001343520109506000134352\u{1d}2212\u{1d}250X",
    "]d22112345",
    "]d2010950600013435221SN1\u{1d}10",
    "]d20109506000134352211234567890123456789012",
    "]d20109506000134352700312",
    "]d20109506000134352\u{1d}10AB#1",
    "]d20109506000134352\u{1d}10ABÖ1",
    "]d20109506000134352\u{1d}10A\u{1}B",
    "]d2010950600013435517281231",
    "]d20109506000134352\u{1d}17270229",
    "]d20109506000134352\u{1d}70032612002359",
    "]d20109506000134352\u{1d}11261301",
    "]d20109506000134352\u{1d}7007261301",
    "]d20109506000134352\u{1d}70032612312460",
    "]d20109506000134352\u{1d}7003261231236",
    "]d20109506000134352\u{1d}700326123123599",
    "]d20109506000134352\u{1d}422999",
    "]d20109506000134352\u{1d}4307zz",
    "]d201095060001343520209506000134352",
    "]d28013ABC1222",
    "]d28007GB00XXXX",
    "]d2725020261301",
    "]d280082612311260",
    "]d28008261231124",
    "]d23910000123",
    "]d272525",
    "]d243212",
    "]d2800100001111122219",
    "]d2800111112222233350",
    "]d280031095060001343520",
    "]d24300AB%2",
    "]d24330123456X",
    "]d2430999999999990000000000",
    "]d2430900000000009999999999",
    "]d28014950600013469",
    "]d280110123",
    "]d270401AB!",
    "]d2724150",
    "]d272583/2",
    "]d20109506000134352\u{1d}390X1",
    "]d20109506000134352\u{1d}8006095060001343520302",
    "]d20109506000134352\u{1d}8008261231246",
    // digital link
    "https://id.gs1.org/01/09506000134352/21/S 1",
    "https://id.gs1.org/21/S1",
    "ftp://id.gs1.org/01/09506000134352",
    "https://id_gs1.org/01/09506000134352",
    "https://id.gs1.org/01/09506000134352/",
    "https://id.gs1.org/01/09506000134352?99999=1",
    "https://id.gs1.org/01/09506000134352?17=261231&17=261231",
    "https://id.gs1.org/01/09506000134352?21=S1",
    "https://id.gs1.org/01/09506000134352?8011=123",
    "https://id.gs1.org/01/09506000134352?17=",
    "https://id.gs1.org/01/09506000134352/21/S1/10/L1",
    "https://id.gs1.org/01/09506000134352/21/S1/22/A",
    "https://id.gs1.org/00/095060001343520005/21/S1",
    // IFA
    "[)>\u{1e}06\u{1d}1TLOT1\u{1e}\u{4}",
    "[)>\u{1e}05\u{1d}9N110375286414\u{1e}\u{4}",
    "[)>\u{1e}06\u{1d}123\u{1e}\u{4}",
    "[)>\u{1e}06\u{1d}1TL#1\u{1e}\u{4}",
    "[)>\u{1e}06\u{1d}1T\u{1e}\u{4}",
    "[)>\u{1e}06\u{1d}9N110375286414\u{1d}D261399\u{1e}\u{4}",
    "[)>\u{1e}06\u{1d}9N110375286414\u{1d}16D20261399\u{1e}\u{4}",
    "[)>\u{1e}06\u{1d}9N110375286414\u{1d}1TABCDEFGHIJKLMNOPQRSTU\u{1e}\u{4}",
    "[)>\u{1e}06\u{1d}8P095060001\u{1e}\u{4}",
    "[)>\u{1e}06\u{1d}9N111234567051\u{1e}\u{4}",
    "[)>\u{1e}06\u{1d}8P0950600013435X\u{1e}\u{4}",
    "[)>\u{1e}06\u{1d}8P09506000134355\u{1e}\u{4}",
    "[)>\u{1e}06\u{1d}9N1\u{1e}\u{4}",
    "[)>\u{1e}06\u{1d}9N110375286499\u{1e}\u{4}",
    "[)>\u{1e}06\u{1d}9N110375286016\u{1e}\u{4}",
    // symbologies and bare GTINs
    "]A0HELLO",
    "]E0ABCDEFGHIJKLM",
    "]E012345",
    "]E0950600013435X",
    "]E09506000134355",
    "]d1HELLO",
];

/// A code, its arguments by name, and the decoder's English for them.
type Said = (
    &'static str,
    &'static [(&'static str, &'static str)],
    &'static str,
);

/// Refusals no scan reaches today (the shape of the data already chose another reading), with
/// arguments and the decoder's English for them: they must still read as the decoder says.
const DEFENSIVE: &[Said] = &[
    (
        "scan.decode.bracket_expected",
        &[],
        "Expected '(' to open the next AI in the bracketed form.",
    ),
    (
        "scan.decode.dl.not_http",
        &[],
        "Only http and https addresses can be GS1 Digital Links.",
    ),
    (
        "scan.decode.too_long",
        &[("ai", "8008"), ("title", "PROD TIME")],
        "AI (8008) PROD TIME has more characters than it allows.",
    ),
];

#[test]
fn the_defensive_refusals_read_as_the_decoder_says() {
    for (code, given, english) in DEFENSIVE {
        let args: Map<String, Value> = given
            .iter()
            .map(|(k, v)| (k.to_string(), Value::from(*v)))
            .collect();
        assert_eq!(render(Lang::En, code, &args), *english);
    }
}

/// Checks that `e` says in English exactly its message, returning a difference if not.
fn says_its_message(input: &str, e: &DecodeError) -> Result<(), String> {
    let id = ftl_id(e.key);
    let english = checked(Catalogue::Codes, Lang::En, &id, &args(e))
        .map_err(|why| format!("{input:?}: {why}"))?;
    if english != e.message {
        return Err(format!(
            "{input:?}: {} says\n  {english}\nbut the decoder says\n  {}",
            e.key, e.message
        ));
    }
    Ok(())
}

#[test]
fn every_refused_vector_says_its_message_as_a_code() {
    let doc: Value = serde_json::from_str(include_str!("../data/vectors.json")).unwrap();
    let mut failures = Vec::new();
    let mut refused = 0;
    for v in doc["vectors"].as_array().unwrap() {
        let input = v["input"].as_str().unwrap();
        if let Err(e) = decode(input, &options(v)) {
            refused += 1;
            failures.extend(says_its_message(input, &e).err());
        }
    }
    assert!(refused >= 20, "the vectors refuse scans ({refused})");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_code_of_the_decoder_says_its_message_and_is_reached() {
    let options = DecodeOptions::new(today());
    let mut failures = Vec::new();
    let mut reached = BTreeSet::new();
    for input in CASES {
        match decode(input, &options) {
            Ok(_) => failures.push(format!("{input:?} decoded")),
            Err(e) => {
                reached.insert(e.key.to_string());
                failures.extend(says_its_message(input, &e).err());
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    let unreached: Vec<String> = codes()
        .into_iter()
        .filter(|c| c.starts_with("scan.decode.") && !reached.contains(c))
        .filter(|c| !DEFENSIVE.iter().any(|(code, _, _)| code == c))
        .collect();
    assert!(
        unreached.is_empty(),
        "a code no case reaches is not shown to read as the decoder's message: {unreached:?}"
    );
}

#[test]
fn a_refusal_is_said_in_each_language() {
    let e = decode("]d2010950600013435517281231", &DecodeOptions::new(today())).unwrap_err();
    assert_eq!(e.key, "scan.decode.lint.check_digit");
    for lang in [Lang::Fr, Lang::Es, Lang::Pt, Lang::Ar] {
        let said = checked(Catalogue::Codes, lang, &ftl_id(e.key), &args(&e)).unwrap();
        assert_ne!(said, e.message, "{lang:?}");
        assert!(
            said.contains("09506000134355") && said.contains('2'),
            "{lang:?}: the value and the digit expected are kept: {said}"
        );
    }
    let fr = render(Lang::Fr, e.key, &args(&e));
    assert!(fr.contains("clé de contrôle"), "{fr}");
}
