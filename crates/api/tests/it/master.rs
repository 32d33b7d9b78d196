//! Products edited through `ops::call("update_product", …)`, as the app and the command line
//! reach it: the change seen in the list, and each refusal with its code.

use custody_api::ops;
use serde_json::{json, Value};

use crate::fixture::{pack, Pharmacy, AMOX};

/// AMOX's record as the product list answers it: the id and the fields an edit sends back.
fn amox(p: &mut Pharmacy, who: &mut custody_api::Session) -> (Value, Value) {
    let list = ops::call(&mut p.host, Some(who), "products", json!({"search": AMOX}))
        .expect("the product list");
    let mut record = list[0].clone();
    let id = record["id"].take();
    let fields = record.as_object_mut().expect("a product is an object");
    fields.remove("id");
    // The usual supplier is listed with the product but set apart (`set_usual_supplier`), as
    // the id is: neither is a field of the product's data an edit sends.
    fields.remove("usual_supplier");
    (id, record)
}

#[test]
fn an_edited_name_is_what_the_list_shows_afterwards() {
    let mut p = Pharmacy::new();
    let mut admin = p.sign_in("admin");
    let (id, mut product) = amox(&mut p, &mut admin);
    product["name"] = json!("Amoxicillin 500 mg capsules x21");
    product["storage"] = json!("below 25 °C");
    let answer = ops::call(
        &mut p.host,
        Some(&mut admin),
        "update_product",
        json!({"id": id, "product": product}),
    )
    .expect("an administrator may edit a product");
    assert_eq!(
        answer["gtin"], AMOX,
        "the answer shows the GTIN back with the new name"
    );
    let (_, listed) = amox(&mut p, &mut admin);
    assert_eq!(
        (listed["name"].as_str(), listed["storage"].as_str()),
        (Some("Amoxicillin 500 mg capsules x21"), Some("below 25 °C")),
        "the list reads the edited record"
    );
}

#[test]
fn update_product_refusals_name_their_reason() {
    let mut p = Pharmacy::new();
    let mut admin = p.sign_in("admin");
    let (id, product) = amox(&mut p, &mut admin);
    let mut call = |who: &mut custody_api::Session, request: Value| {
        ops::call(&mut p.host, Some(who), "update_product", request)
            .expect_err("this edit must be refused")
    };

    let mut moved = product.clone();
    moved["gtin"] = json!("09506000134369");
    let e = call(&mut admin, json!({"id": id, "product": moved}));
    assert_eq!(
        (e.code.as_str(), e.field_name()),
        ("master.product_gtin_fixed", Some("gtin")),
        "the GTIN is the product's identity in the ledger"
    );

    let mut misspelt = product.clone();
    misspelt["packsize"] = json!(10);
    let e = call(&mut admin, json!({"id": id, "product": misspelt}));
    assert_eq!(
        e.code, "api.bad_request",
        "a misspelt field is refused, never silently dropped"
    );

    let mut sam = p.sign_in("sam");
    let e = ops::call(
        &mut p.host,
        Some(&mut sam),
        "update_product",
        json!({"id": id, "product": product}),
    )
    .expect_err("staff may not change master data");
    assert_eq!(
        e.code, "auth.forbidden",
        "editing needs the permission adding needs"
    );
}

#[test]
fn the_tracking_mode_stays_once_a_pack_is_recorded() {
    let mut p = Pharmacy::new();
    let mut admin = p.sign_in("admin");
    let receipt = json!({"movement": "receive", "location": "MAIN", "counterparty": "ACME", "raw": pack("S1")});
    let v = ops::call(&mut p.host, Some(&mut admin), "scan", receipt).expect("a receipt");
    assert!(v["recorded"].is_object(), "the pack is recorded: {v}");
    let (id, mut product) = amox(&mut p, &mut admin);
    product["tracking"] = json!("lot");
    let e = ops::call(
        &mut p.host,
        Some(&mut admin),
        "update_product",
        json!({"id": id, "product": product}),
    )
    .expect_err("a serialized product with a pack recorded stays serialized");
    assert_eq!(
        (e.code.as_str(), e.field_name()),
        ("master.product_tracking_fixed", Some("tracking")),
        "the recorded pack would no longer read as the mode says"
    );
}
