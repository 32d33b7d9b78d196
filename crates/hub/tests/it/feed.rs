//! The pull feed through HTTP: a site's cursor never passes a change committed late (two
//! writers, the later-started committing first); a site receives the sites, and only the
//! products and partners it uses, and a product it begins to use after its cursor passed the
//! product's row; counterfeit alarms reach only the sites whose events show them, with each
//! change of state.

use std::time::Duration;

use custody_hub::feed::{self, PartnerInput, ProductInput, Write, CHANGELOG_LOCK};
use custody_sync_protocol::{routes, FeedItem, FeedPage, FeedProduct};

use crate::network::{at, Line, GTIN};
use crate::support::{Site, TestHub};

/// Another product (a valid GTIN) nobody's events name.
const OTHER_GTIN: &str = "09506000134369";

/// One page of `site`'s feed after `after`.
fn page(hub: &TestHub, site: &Site, after: i64) -> FeedPage {
    let path = format!("{}?after={after}&limit=500", routes::feed(&site.code));
    let (status, body) = hub.get(&path, Some(&site.token));
    assert_eq!(status, 200, "an enrolled site reads its feed: {body}");
    serde_json::from_value(body).expect("a FeedPage")
}

/// Every change waiting for `site` after `after`, and the cursor at the end.
fn pull(hub: &TestHub, site: &Site, mut after: i64) -> (Vec<FeedItem>, i64) {
    let mut items = Vec::new();
    loop {
        let p = page(hub, site, after);
        assert!(p.next_cursor >= after, "a cursor never goes back");
        items.extend(p.changes.into_iter().map(|c| c.item));
        after = p.next_cursor;
        if !p.more {
            return (items, after);
        }
    }
}

fn product(gtin: &str, name: &str) -> ProductInput {
    ProductInput {
        gtin: gtin.into(),
        name: name.into(),
        tracking: "serial".into(),
        ..Default::default()
    }
}

fn add_product(hub: &TestHub, gtin: &str, name: &str) {
    hub.block_on(feed::add_product(&hub.db, &product(gtin, name), Write::New))
        .expect("the hub adds a product");
}

fn add_partner(hub: &TestHub, code: &str) {
    let input = PartnerInput {
        code: code.into(),
        name: format!("Partner {code}"),
        kind: "supplier".into(),
        gln: None,
    };
    hub.block_on(feed::add_partner(&hub.db, &input, Write::New))
        .expect("the hub adds a partner");
}

/// What a run of changes names.
#[derive(Debug, Default)]
struct Named {
    /// Products' GTINs.
    products: Vec<String>,
    /// Partners' codes.
    partners: Vec<String>,
    /// Sites' codes.
    sites: Vec<String>,
    /// Alarms' numbers and changes.
    alarms: Vec<(i64, String)>,
    /// Recalls' numbers.
    recalls: Vec<String>,
}

fn named(items: &[FeedItem]) -> Named {
    let mut n = Named::default();
    for item in items {
        match item {
            FeedItem::Product(p) => n.products.push(p.gtin.clone()),
            FeedItem::Partner(p) => n.partners.push(p.code.clone()),
            FeedItem::Site(s) => n.sites.push(s.code.clone()),
            FeedItem::Alarm(a) => n.alarms.push((a.id, a.change.clone())),
            FeedItem::Recall(r) => n.recalls.push(r.number.clone()),
        }
    }
    n
}

#[test]
fn a_change_committed_late_is_never_passed_by_the_cursor() {
    let hub = TestHub::start();
    let site = Site::enrolled(&hub, "NORTH");
    hub.block_on(feed::declare_use(
        &hub.db,
        "NORTH",
        &[GTIN.into(), OTHER_GTIN.into()],
        &[],
    ))
    .expect("the site's formulary is declared");
    let (_, start) = pull(&hub, &site, 0);

    // The early writer: takes the changelog's lock as every writer does, writes its row, and
    // has not committed yet.
    let early = hub.block_on(async {
        let (client, connection) = tokio_postgres::connect(&hub.url, tokio_postgres::NoTls)
            .await
            .expect("a second connection");
        tokio::spawn(connection);
        client.batch_execute("BEGIN").await.expect("a transaction");
        client
            .execute("SELECT pg_advisory_xact_lock($1)", &[&CHANGELOG_LOCK])
            .await
            .expect("the changelog's lock");
        let item = FeedItem::Product(FeedProduct {
            gtin: GTIN.into(),
            name: "Written first, committed last".into(),
            generic_name: None,
            form: None,
            strength: None,
            pack_size: None,
            manufacturer: None,
            tracking: "serial".into(),
            storage: None,
            controlled: false,
            ndc: None,
            pzn: None,
            cip: None,
        });
        client
            .execute(
                "INSERT INTO changelog (kind, key, payload) VALUES ('product', $1, $2)",
                &[&GTIN, &serde_json::to_value(&item).expect("json")],
            )
            .await
            .expect("the early row");
        client
    });
    // The later writer, through the hub's own code, started after the early one.
    let db = hub.db.clone();
    // Spawned on the hub's runtime, which only `block_on` reaches; awaited below.
    #[allow(clippy::async_yields_async)]
    let late = hub.block_on(async {
        tokio::spawn(async move {
            feed::add_product(&db, &product(OTHER_GTIN, "Started later"), Write::New).await
        })
    });
    std::thread::sleep(Duration::from_millis(400));
    assert!(
        !late.is_finished(),
        "the later writer waits for the early one's lock instead of committing first"
    );
    let (seen, cursor) = pull(&hub, &site, start);
    assert!(
        seen.is_empty(),
        "nothing is committed yet, so nothing is read: {seen:?}"
    );
    hub.block_on(early.batch_execute("COMMIT"))
        .expect("the early writer commits");
    hub.block_on(late)
        .expect("the task ends")
        .expect("the later writer commits once the lock is free");
    let (seen, _) = pull(&hub, &site, cursor);
    assert_eq!(
        named(&seen).products,
        vec![GTIN.to_string(), OTHER_GTIN.to_string()],
        "paging on from where the site stood finds both, the late commit first: none is passed"
    );
}

#[test]
fn without_the_lock_paging_would_pass_a_late_commit() {
    // The hazard the lock exists for, shown on the table itself: cursors are taken at insert,
    // so a row taken earlier and committed later lies behind a reader that already paged on.
    let hub = TestHub::start();
    let site = Site::enrolled(&hub, "NORTH");
    hub.block_on(feed::declare_use(&hub.db, "NORTH", &[GTIN.into()], &[]))
        .expect("declared");
    let (_, start) = pull(&hub, &site, 0);
    let early = hub.block_on(async {
        let (client, connection) = tokio_postgres::connect(&hub.url, tokio_postgres::NoTls)
            .await
            .expect("a second connection");
        tokio::spawn(connection);
        client.batch_execute("BEGIN").await.expect("a transaction");
        client
            .execute(
                "INSERT INTO changelog (kind, key, payload) \
                 VALUES ('site', 'X', '{\"kind\": \"site\", \"code\": \"X\", \"name\": \"X\"}')",
                &[],
            )
            .await
            .expect("an unlocked row");
        client
    });
    hub.execute(
        "INSERT INTO changelog (kind, key, payload) \
         VALUES ('site', 'Y', '{\"kind\": \"site\", \"code\": \"Y\", \"name\": \"Y\"}')",
    )
    .expect("a later unlocked row, committed first");
    let (seen, cursor) = pull(&hub, &site, start);
    assert_eq!(
        named(&seen).sites,
        vec!["Y"],
        "only the committed row is read"
    );
    hub.block_on(early.batch_execute("COMMIT"))
        .expect("the early row commits");
    let (seen, _) = pull(&hub, &site, cursor);
    assert!(
        seen.is_empty(),
        "the early row now lies behind the cursor: this is why every writer takes the lock"
    );
}

#[test]
fn a_site_receives_the_sites_and_only_what_it_uses() {
    let hub = TestHub::start();
    let mut north = Site::enrolled(&hub, "NORTH");
    let south = Site::enrolled(&hub, "SOUTH");
    add_product(&hub, GTIN, "Amoxicillin 500 mg");
    add_product(&hub, OTHER_GTIN, "Gauze swabs");
    add_partner(&hub, "SUP");
    add_partner(&hub, "ELSEWHERE");
    north.receive("P1", "SUP", &at(1, 8));
    north.push_all(&hub, 0, 10);

    let (items, _) = pull(&hub, &north, 0);
    let Named {
        products,
        partners,
        mut sites,
        alarms,
        recalls,
    } = named(&items);
    assert!(
        products.iter().all(|g| g == GTIN) && !products.is_empty(),
        "NORTH receives the product its events name, not the other: {products:?}"
    );
    assert!(
        partners.iter().all(|p| p == "SUP") && !partners.is_empty(),
        "NORTH receives its supplier, not a partner it never dealt with: {partners:?}"
    );
    sites.sort();
    sites.dedup();
    assert_eq!(sites, vec!["NORTH", "SOUTH"], "every network site is sent");
    assert!(alarms.is_empty(), "no alarm concerns NORTH");
    assert!(recalls.is_empty(), "no recall was entered");

    let (items, _) = pull(&hub, &south, 0);
    let Named {
        products, partners, ..
    } = named(&items);
    assert!(
        products.is_empty() && partners.is_empty(),
        "SOUTH uses nothing yet, so it downloads no product and no partner: {products:?} {partners:?}"
    );
}

#[test]
fn a_product_a_site_begins_to_use_reaches_it_though_its_row_is_behind_the_cursor() {
    let hub = TestHub::start();
    let mut north = Site::enrolled(&hub, "NORTH");
    add_product(&hub, GTIN, "Amoxicillin 500 mg");
    let (items, cursor) = pull(&hub, &north, 0);
    assert!(named(&items).products.is_empty(), "not used yet, not sent");
    north.receive("P1", "SUP", &at(1, 8));
    north.push_all(&hub, 0, 10);
    let (items, again) = pull(&hub, &north, cursor);
    assert_eq!(
        named(&items).products,
        vec![GTIN.to_string()],
        "its first event with the GTIN makes the hub owe it the product"
    );
    north.receive("P2", "SUP", &at(1, 9));
    north.push_all(&hub, 1, 10);
    let (items, _) = pull(&hub, &north, again);
    assert!(
        named(&items).products.is_empty(),
        "a product is owed once, not again with every push naming it"
    );
}

#[test]
fn a_counterfeit_alarm_reaches_only_the_sites_concerned_with_each_change() {
    let hub = TestHub::start();
    let mut north = Site::enrolled(&hub, "NORTH");
    let mut south = Site::enrolled(&hub, "SOUTH");
    let east = Site::enrolled(&hub, "EAST");
    north.receive("P1", "SUP", &at(1, 8));
    north.send_out("P1", "SOUTH", &at(2, 8));
    south.receive("P1", "NORTH", &at(2, 12));
    north.append(
        "count_adjust",
        None,
        &at(3, 8),
        &[Line::pack("P1", Some("transferred_out"), "in_stock")],
    );
    north.push_all(&hub, 0, 10);
    south.push_all(&hub, 0, 10);
    let alarm = crate::network::all_alarms(&hub)
        .into_iter()
        .next()
        .expect("the pack held at two sites raised an alarm");

    let (n, _) = pull(&hub, &north, 0);
    let (s, s_cursor) = pull(&hub, &south, 0);
    let (e, _) = pull(&hub, &east, 0);
    assert_eq!(
        named(&n).alarms.last(),
        Some(&(alarm.id, "raised".to_string())),
        "NORTH, whose event shows the pattern, receives the alarm"
    );
    assert!(
        named(&s).alarms.contains(&(alarm.id, "raised".to_string())),
        "so does SOUTH"
    );
    assert!(named(&e).alarms.is_empty(), "EAST has no event of the pack");

    let qa = hub.add_person("qa", custody_hub::people::Role::Qa);
    hub.block_on(custody_hub::views::resolve_alarm(
        &hub.db,
        alarm.id,
        &qa,
        "the count was wrong",
    ))
    .expect("the alarm is resolved");
    let (s, _) = pull(&hub, &south, s_cursor);
    let resolved = s.iter().find_map(|i| match i {
        FeedItem::Alarm(a) => Some(a.clone()),
        _ => None,
    });
    let resolved = resolved.expect("the resolution reaches SOUTH");
    assert_eq!(
        (resolved.change.as_str(), resolved.state.as_str()),
        ("resolved", "resolved"),
        "the site hears how the alarm ended"
    );
    assert!(
        resolved
            .closed
            .as_deref()
            .is_some_and(|c| c.contains("by qa: the count was wrong")),
        "with who and why: {:?}",
        resolved.closed
    );
}

/// `custody-hub ARGS` on the test hub's database: exit success, standard output and error.
fn hub_cli(hub: &TestHub, args: &[&str]) -> (bool, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_custody-hub"))
        .arg("--db-url")
        .arg(&hub.url)
        .args(args)
        .output()
        .expect("the binary runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_administrator_keeps_products_and_partners_and_declares_a_sites_uses_from_the_command_line() {
    let hub = TestHub::start();
    let site = Site::enrolled(&hub, "NORTH");
    let (ok, out, err) = hub_cli(
        &hub,
        &[
            "product",
            "add",
            "9506000134352",
            "--name",
            "Amoxicillin 500 mg",
            "--strength",
            "500 mg",
        ],
    );
    assert!(ok, "product add succeeds: {err}");
    assert!(
        out.contains("09506000134352"),
        "a 13-digit GTIN is kept as GTIN-14: {out}"
    );
    let (ok, _, err) = hub_cli(
        &hub,
        &[
            "product",
            "add",
            "09506000134353",
            "--name",
            "Bad check digit",
        ],
    );
    assert!(
        !ok && err.contains("check digit"),
        "a wrong check digit is refused, saying so: {err}"
    );
    let (ok, _, err) = hub_cli(
        &hub,
        &["product", "add", "09506000134352", "--name", "Again"],
    );
    assert!(
        !ok && err.contains("--replace"),
        "adding a GTIN the hub has is refused, naming --replace: {err}"
    );
    let (ok, _, err) = hub_cli(
        &hub,
        &[
            "partner", "add", "NORTH", "--name", "North", "--kind", "supplier",
        ],
    );
    assert!(
        !ok && err.contains("site NORTH"),
        "a partner may not take a site's code: {err}"
    );
    let (ok, _, err) = hub_cli(
        &hub,
        &[
            "partner", "add", "SUP", "--name", "Supplier", "--kind", "supplier",
        ],
    );
    assert!(ok, "partner add succeeds: {err}");
    let (ok, _, err) = hub_cli(
        &hub,
        &[
            "site",
            "use",
            "NORTH",
            "--gtin",
            "09506000134352",
            "--partner",
            "SUP",
        ],
    );
    assert!(ok, "site use succeeds: {err}");
    let (_, list, _) = hub_cli(&hub, &["product", "list"]);
    assert!(
        list.lines()
            .any(|l| l.starts_with("09506000134352") && l.trim_end().ends_with("NORTH")),
        "the list names the site using the product: {list}"
    );
    let (items, _) = pull(&hub, &site, 0);
    let mut n = named(&items);
    // A declared use is also owed as its own row (the hub cannot know how far the site has
    // applied), so a site whose cursor is still before the record's row reads it twice; applying
    // a record twice changes nothing the second time.
    n.products.dedup();
    n.partners.dedup();
    assert_eq!(
        (n.products, n.partners),
        (vec![GTIN.to_string()], vec!["SUP".to_string()]),
        "what was declared for NORTH reaches it before any event of its names them"
    );
}

#[test]
fn records_the_sites_would_refuse_are_refused_at_the_hub() {
    let hub = TestHub::start();
    let before = hub.number("SELECT count(*) FROM changelog");
    let refused = |r: Result<String, custody_hub::HubError>| -> String {
        r.expect_err("the sites would refuse it").to_string()
    };
    let bad_products = [
        ProductInput {
            pzn: Some("12345679".into()),
            ..product(GTIN, "Amoxicillin")
        },
        ProductInput {
            ndc: Some("0002143380".into()),
            ..product(GTIN, "Amoxicillin")
        },
        product(GTIN, &"A".repeat(201)),
    ];
    for p in &bad_products {
        let said = refused(
            hub.block_on(feed::add_product(&hub.db, p, Write::New))
                .map(|p| p.gtin),
        );
        assert!(said.contains("product 0"), "names the product: {said}");
    }
    for code in ["NORTH/1", "ÄRZTE", &"X".repeat(41)] {
        let partner = PartnerInput {
            code: code.into(),
            name: "Somebody".into(),
            kind: "supplier".into(),
            gln: None,
        };
        let said = refused(
            hub.block_on(feed::add_partner(&hub.db, &partner, Write::New))
                .map(|p| p.code),
        );
        assert!(said.contains(code), "names the partner code: {said}");
        let said = refused(hub.block_on(custody_hub::admin::add_site(&hub.db, code, "A site")));
        assert!(said.contains(code), "names the site code: {said}");
    }
    assert_eq!(
        hub.number("SELECT count(*) FROM changelog"),
        before,
        "nothing reached the feed"
    );
    assert_eq!(
        hub.number("SELECT count(*) FROM site"),
        0,
        "no site was added"
    );
}

#[test]
fn a_site_is_not_added_under_a_partners_code() {
    let hub = TestHub::start();
    add_partner(&hub, "NORTH");
    let refused = hub
        .block_on(custody_hub::admin::add_site(
            &hub.db,
            "NORTH",
            "North pharmacy",
        ))
        .expect_err("NORTH is a partner's code");
    assert!(
        refused.to_string().contains("\"NORTH\"") && refused.to_string().contains("partner"),
        "says which code and why: {refused}"
    );
    assert_eq!(hub.number("SELECT count(*) FROM site"), 0, "no site added");
    assert_eq!(
        hub.number("SELECT count(*) FROM changelog WHERE kind = 'site'"),
        0,
        "nothing sent to the sites"
    );
}
