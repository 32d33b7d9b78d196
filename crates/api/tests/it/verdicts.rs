//! A scan's verdict and a count scan's answer in the language of the person's session: core
//! says what it found as codes and arguments, the application layer says it in French, Arabic,
//! …; English, the default, reads as it always did.

use custody_api::ops;
use custody_api::Session;
use serde_json::{json, Value};

use crate::fixture::{pack, Pharmacy, AMOX};

/// A product code the site's product list does not have (a valid GTIN).
const UNKNOWN: &str = "]d2010950600013436921X1";

fn scan(p: &mut Pharmacy, who: &mut Session, movement: &str, raw: &str) -> Value {
    ops::call(
        &mut p.host,
        Some(who),
        "scan",
        json!({"movement": movement, "location": "MAIN", "counterparty": "ACME", "raw": raw,
               "another_pack": true}),
    )
    .unwrap()
}

fn speak(p: &mut Pharmacy, who: &mut Session, tag: &str) {
    let spoken = ops::call(
        &mut p.host,
        Some(who),
        "set_my_language",
        json!({"language": tag}),
    )
    .unwrap();
    assert_eq!(spoken, tag);
}

/// RCL-1, class II, covers lot L1 of AMOX.
fn recall_lot_l1(p: &mut Pharmacy) {
    let mut quinn = p.sign_in("quinn");
    ops::call(
        &mut p.host,
        Some(&mut quinn),
        "create_recall",
        json!({"number": "RCL-1", "title": "Amoxicillin lot L1", "class": "II",
               "reason": "Out of specification",
               "scope": {"product": {"gtin": AMOX, "lots": ["L1"]}}}),
    )
    .unwrap();
}

fn first_finding(v: &Value) -> &Value {
    &v["findings"][0]
}

/// The verdict's sentence is its findings' (and what was done) said in one language: the
/// finding's message opens the verdict's.
fn says_its_finding(v: &Value) {
    let verdict = v["message"].as_str().unwrap();
    let finding = first_finding(v)["message"].as_str().unwrap();
    assert!(verdict.starts_with(finding), "{v}");
}

#[test]
fn english_verdicts_read_as_they_always_did() {
    let mut p = Pharmacy::new();
    let mut admin = p.sign_in("admin");
    let v = scan(&mut p, &mut admin, "receive", &pack("E1"));
    assert_eq!(v["message"], "Amoxicillin 500 mg received.", "{v}");
    let v = scan(&mut p, &mut admin, "receive", &pack("E1"));
    let held = v["message"].as_str().unwrap();
    assert!(
        held.starts_with("Pack E1 is already in stock at MAIN: this is a duplicate or cloned pack. Set it aside for QA. Held in quarantine"),
        "{v}"
    );
    assert_eq!(first_finding(&v)["code"], "duplicate_serial");
    assert_eq!(first_finding(&v)["key"], "verdict.duplicate_serial");
    assert_eq!(
        first_finding(&v)["args"]["serial"],
        "E1",
        "the facts travel as arguments"
    );
    let v = scan(&mut p, &mut admin, "receive", UNKNOWN);
    assert_eq!(
        v["message"],
        "GTIN 09506000134369 is not in the product list. Add the product, then scan the pack again."
    );
    recall_lot_l1(&mut p);
    let v = scan(&mut p, &mut admin, "receive", &pack("E2"));
    assert!(
        v["message"].as_str().unwrap().starts_with(
            "Pack E2 is under recall RCL-1 (Class II): do not use it. Set it aside in quarantine for QA. Held in quarantine"
        ),
        "{v}"
    );
}

#[test]
fn a_french_session_reads_its_verdicts_and_findings_in_french() {
    let mut p = Pharmacy::new();
    let mut admin = p.sign_in("admin");
    scan(&mut p, &mut admin, "receive", &pack("F1"));
    let mut sam = p.sign_in("sam");
    speak(&mut p, &mut sam, "fr");

    let v = scan(&mut p, &mut sam, "receive", &pack("F2"));
    assert_eq!(
        v["message"], "Amoxicillin 500 mg\u{a0}: réception enregistrée.",
        "{v}"
    );

    let v = scan(&mut p, &mut sam, "receive", UNKNOWN);
    assert_eq!(
        v["message"],
        "Le GTIN 09506000134369 n'est pas dans la liste des produits. Ajoutez le produit, puis scannez de nouveau la boîte."
    );
    assert_eq!(first_finding(&v)["message"], v["message"]);
    assert_eq!(v["code"], "unknown_product", "codes are never translated");

    let v = scan(&mut p, &mut sam, "receive", &pack("F1"));
    assert_eq!(
        first_finding(&v)["message"],
        "La boîte F1 est déjà en stock à l'emplacement MAIN\u{a0}: c'est une boîte en double ou clonée. Mettez-la de côté pour le responsable qualité.",
        "{v}"
    );
    says_its_finding(&v);
    assert!(
        v["message"]
            .as_str()
            .unwrap()
            .contains(" Mise en quarantaine"),
        "{v}"
    );

    recall_lot_l1(&mut p);
    let v = scan(&mut p, &mut sam, "receive", &pack("F3"));
    assert_eq!(v["code"], "recalled");
    assert_eq!(
        first_finding(&v)["message"],
        "La boîte F3 fait l'objet du rappel de lot RCL-1 (classe II)\u{a0}: ne l'utilisez pas. Mettez-la de côté en quarantaine pour le responsable qualité.",
        "{v}"
    );
    says_its_finding(&v);

    let v = scan(&mut p, &mut admin, "receive", &pack("E9"));
    assert!(
        v["message"]
            .as_str()
            .unwrap()
            .starts_with("Pack E9 is under recall RCL-1 (Class II)"),
        "another person's session still speaks English: {v}"
    );
}

#[test]
fn an_arabic_session_reads_its_verdicts_and_findings_in_arabic() {
    let mut p = Pharmacy::new();
    let mut admin = p.sign_in("admin");
    scan(&mut p, &mut admin, "receive", &pack("A1"));
    recall_lot_l1(&mut p);
    let mut sam = p.sign_in("sam");
    speak(&mut p, &mut sam, "ar");

    let v = scan(&mut p, &mut sam, "receive", UNKNOWN);
    assert_eq!(
        v["message"],
        "الرقم GTIN 09506000134369 غير موجود في قائمة المنتجات. أضف المنتج، ثم امسح العبوة مرة أخرى."
    );
    let v = scan(&mut p, &mut sam, "dispense", &pack("A1"));
    let findings: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert!(
        findings.contains(&"العبوة A1 مشمولة بالسحب RCL-1 (الفئة II): لا تستخدمها. ضعها جانبًا في الحجر لمسؤول الجودة."),
        "{v}"
    );
    assert!(
        findings
            .iter()
            .any(|f| f.starts_with("العبوة A1 في الحجر في الموقع ")),
        "the recall held the pack, and that is said in Arabic too: {v}"
    );
    says_its_finding(&v);
}

#[test]
fn a_count_scan_answers_in_the_session_s_language() {
    let mut p = Pharmacy::new();
    let mut admin = p.sign_in("admin");
    scan(&mut p, &mut admin, "receive", &pack("C1"));
    recall_lot_l1(&mut p);
    let mut sam = p.sign_in("sam");
    speak(&mut p, &mut sam, "fr");
    let count = ops::call(
        &mut p.host,
        Some(&mut sam),
        "count_start",
        json!({"location": "MAIN"}),
    )
    .unwrap();
    let id = count["id"].clone();
    let count_scan = |p: &mut Pharmacy, sam: &mut Session, raw: &str| {
        ops::call(
            &mut p.host,
            Some(sam),
            "count_scan",
            json!({"id": id, "raw": raw}),
        )
        .unwrap()
    };
    let s = count_scan(&mut p, &mut sam, UNKNOWN);
    assert_eq!(
        s["message"],
        "Ce produit n'est pas dans la liste des produits\u{202f}; mettez la boîte de côté et ajoutez le produit."
    );
    assert_eq!(s["code"], "unknown_product");
    let s = count_scan(&mut p, &mut sam, &pack("C2"));
    let said = s["message"].as_str().unwrap();
    assert!(
        said.starts_with("La boîte C2 n'a jamais été réceptionnée ici")
            && said.ends_with(" Rappel de lot (RCL-1, classe II)\u{a0}: à mettre de côté."),
        "the answer and what to set aside, both in French: {s}"
    );
    assert_eq!(s["sentences"][1]["key"], "verdict.count.set_aside.recalled");

    speak(&mut p, &mut sam, "ar");
    let s = count_scan(&mut p, &mut sam, &pack("C2"));
    assert_eq!(
        s["message"], "جُردت العبوة C2 من قبل: تُحتسب مرة واحدة.",
        "{s}"
    );

    let mut admin = p.sign_in("admin");
    let s = count_scan(&mut p, &mut admin, &pack("C1"));
    assert_eq!(
        s["message"], "Amoxicillin 500 mg counted. Recalled (RCL-1, Class II): set it aside.",
        "English, as before: {s}"
    );
}

/// A GTIN whose check digit is wrong (it should be 2).
const BAD_CHECK_DIGIT: &str = "]d2010950600013435517281231";
/// An AI the GS1 dictionary does not have, in the bracketed form.
const UNKNOWN_AI: &str = "(99999)1";

/// The decoder's own English sentence for `raw`.
fn decoder_says(raw: &str) -> String {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    custody_gs1::decode(raw, &custody_gs1::DecodeOptions::new(today))
        .unwrap_err()
        .message
}

#[test]
fn a_refused_scan_says_the_decoder_s_detail_in_the_session_s_language() {
    let mut p = Pharmacy::new();
    let mut admin = p.sign_in("admin");
    let v = scan(&mut p, &mut admin, "receive", BAD_CHECK_DIGIT);
    let english = decoder_says(BAD_CHECK_DIGIT);
    assert_eq!(
        english,
        "AI (01) GTIN '09506000134355': the check digit is wrong (the last digit should be 2). The code is misprinted or misread; rescan it or type the number printed on the pack."
    );
    assert_eq!(v["message"], english.as_str(), "English, as before: {v}");
    let f = first_finding(&v);
    assert_eq!(
        (&f["code"], &f["args"]["kind"], &f["args"]["detail"]),
        (
            &json!("decode_error"),
            &json!("check_digit"),
            &json!(english)
        ),
        "the arguments read before stay: {v}"
    );
    assert_eq!(
        f["args"]["reason"],
        json!({"key": "scan.decode.lint.check_digit",
               "args": {"ai": "01", "title": "GTIN", "value": "09506000134355", "expected": "2"}}),
        "the decoder's sentence travels as its code and arguments"
    );
    let v = scan(&mut p, &mut admin, "receive", UNKNOWN_AI);
    assert_eq!(v["message"], "(99999) is not an AI in the GS1 dictionary.");

    let mut sam = p.sign_in("sam");
    speak(&mut p, &mut sam, "fr");
    let v = scan(&mut p, &mut sam, "receive", BAD_CHECK_DIGIT);
    assert_eq!(
        v["message"],
        "L'AI (01) GTIN «\u{a0}09506000134355\u{a0}»\u{a0}: la clé de contrôle est fausse (le dernier chiffre devrait être 2). Le code est mal imprimé ou mal lu\u{202f}; scannez-le de nouveau ou saisissez le numéro imprimé sur la boîte.",
        "{v}"
    );
    says_its_finding(&v);
    let v = scan(&mut p, &mut sam, "receive", UNKNOWN_AI);
    assert_eq!(
        v["message"], "(99999) n'est pas un AI du dictionnaire GS1.",
        "{v}"
    );

    speak(&mut p, &mut sam, "ar");
    let v = scan(&mut p, &mut sam, "receive", BAD_CHECK_DIGIT);
    assert_eq!(
        v["message"],
        "المعرّف AI (01) GTIN «09506000134355»: رقم التحقق خاطئ (ينبغي أن يكون الرقم الأخير 2). الرمز مطبوع أو مقروء بشكل خاطئ؛ امسحه مرة أخرى أو أدخل الرقم المطبوع على العبوة.",
        "{v}"
    );
    let v = scan(&mut p, &mut sam, "receive", UNKNOWN_AI);
    assert_eq!(v["message"], "(99999) ليس معرّف AI في قاموس GS1.", "{v}");
    says_its_finding(&v);
}

#[test]
fn a_count_scan_the_decoder_refuses_says_why_in_the_session_s_language() {
    let mut p = Pharmacy::new();
    let mut sam = p.sign_in("sam");
    speak(&mut p, &mut sam, "fr");
    let count = ops::call(
        &mut p.host,
        Some(&mut sam),
        "count_start",
        json!({"location": "MAIN"}),
    )
    .unwrap();
    let s = ops::call(
        &mut p.host,
        Some(&mut sam),
        "count_scan",
        json!({"id": count["id"], "raw": BAD_CHECK_DIGIT}),
    )
    .unwrap();
    assert_eq!(s["code"], "decode_error");
    assert!(
        s["message"].as_str().unwrap().starts_with(
            "L'AI (01) GTIN «\u{a0}09506000134355\u{a0}»\u{a0}: la clé de contrôle est fausse"
        ),
        "{s}"
    );
}

#[test]
fn a_pack_history_asked_with_an_unreadable_scan_is_refused_with_the_decoders_sentence_in_french() {
    let mut p = Pharmacy::new();
    let mut sam = p.sign_in("sam");
    // A GTIN whose check digit should be 2.
    let wrong = "]d20109506000134353";
    let english = ops::call(
        &mut p.host,
        Some(&mut sam),
        "unit_history",
        json!({"scan": wrong}),
    )
    .expect_err("an unreadable scan");
    assert_eq!(english.code, "scan.unreadable");
    assert!(
        english.message.starts_with("The scan could not be read: ")
            && english.message.contains("check digit"),
        "{}",
        english.message
    );
    assert!(
        english.args["reason"].is_string(),
        "the decoder's English sentence stays an argument for scripts: {:?}",
        english.args
    );
    speak(&mut p, &mut sam, "fr");
    let french = ops::call(
        &mut p.host,
        Some(&mut sam),
        "unit_history",
        json!({"scan": wrong}),
    )
    .expect_err("an unreadable scan");
    assert!(
        french.message.starts_with("Le scan n'a pas pu être lu")
            && french.message.contains("clé de contrôle est fausse"),
        "the decoder's sentence is French too: {}",
        french.message
    );
}
