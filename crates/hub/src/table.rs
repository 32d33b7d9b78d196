//! The command line's plain-text tables: a header and rows, each column padded to its widest
//! cell, so an administrator reads them in a terminal and a script splits them on runs of
//! spaces (no cell is empty: a missing value is `-`).

use custody_sync_protocol::{FeedPartner, FeedProduct};

use crate::feed::Listed;
use crate::recall::{outcome_words, NetworkRecall, Reconciliation};
use crate::views::{CounterfeitAlarm, Reach, Setting, TransferRow};

/// Prints `rows` under `header`, columns padded to their widest cell.
fn print(header: &[&str], rows: &[Vec<String>]) {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: Vec<&str>| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect();
        println!("{}", padded.join("  ").trim_end());
    };
    line(header.to_vec());
    for row in rows {
        line(row.iter().map(String::as_str).collect());
    }
}

/// A value, or `-` when there is none.
fn or_dash(v: Option<impl ToString>) -> String {
    v.map(|v| v.to_string()).unwrap_or_else(|| "-".into())
}

/// The counterfeit alarms: pack, patterns, sites, raised at, state, and how it was closed.
pub(crate) fn counterfeit_alarms(alarms: &[CounterfeitAlarm]) {
    println!("counterfeit alarms (one per pack):");
    let rows: Vec<Vec<String>> = alarms
        .iter()
        .map(|a| {
            vec![
                a.id.to_string(),
                format!("{}/{}", a.gtin, a.serial),
                a.state.name().to_string(),
                a.pattern_names.join(","),
                a.sites.join(","),
                a.raised_at.clone(),
                or_dash(a.closed.as_ref()),
            ]
        })
        .collect();
    print(
        &[
            "ID", "PACK", "STATE", "PATTERNS", "SITES", "RAISED", "CLOSED",
        ],
        &rows,
    );
}

/// A recall's reach: per site and status, then each pack.
pub(crate) fn reach(reach: &Reach) {
    if reach.rows.is_empty() {
        println!("no site holds or has held this lot");
        return;
    }
    let rows: Vec<Vec<String>> = reach
        .rows
        .iter()
        .map(|r| {
            vec![
                r.site.clone(),
                r.status.clone(),
                r.packs.to_string(),
                r.quantity.to_string(),
            ]
        })
        .collect();
    print(&["SITE", "STATUS", "PACKS", "LOT QUANTITY"], &rows);
    if reach.packs.is_empty() {
        return;
    }
    println!();
    let rows: Vec<Vec<String>> = reach
        .packs
        .iter()
        .map(|p| {
            vec![
                p.site.clone(),
                p.serial.clone(),
                p.status.clone(),
                or_dash(p.place.as_ref()),
                format!("{} #{}", p.last_kind, p.last_seq),
                p.last_occurred_at.clone(),
            ]
        })
        .collect();
    print(
        &["SITE", "SERIAL", "STATUS", "WHERE", "LAST EVENT", "AT"],
        &rows,
    );
}

/// Transfers between network sites.
pub(crate) fn transfers(transfers: &[TransferRow]) {
    if transfers.is_empty() {
        println!("no transfers");
        return;
    }
    let rows: Vec<Vec<String>> = transfers
        .iter()
        .map(|t| {
            vec![
                t.from.clone(),
                t.to.clone(),
                t.gtin.clone(),
                t.serial
                    .clone()
                    .unwrap_or_else(|| format!("lot:{}", or_dash(t.lot.as_ref()))),
                t.state.name().to_string(),
                format!(
                    "{}/{}",
                    or_dash(t.quantity_sent),
                    or_dash(t.quantity_received)
                ),
                or_dash(t.send_seq.map(|s| format!("#{s}"))),
                or_dash(t.sent_at.as_ref()),
                or_dash(t.receipt_seq.map(|s| format!("#{s}"))),
                or_dash(t.received_at.as_ref()),
            ]
        })
        .collect();
    print(
        &[
            "FROM",
            "TO",
            "GTIN",
            "PACK",
            "STATE",
            "SENT/RECEIVED",
            "SEND",
            "SENT AT",
            "RECEIPT",
            "RECEIVED AT",
        ],
        &rows,
    );
}

/// The hub's settings.
pub(crate) fn settings(settings: &[Setting]) {
    let rows: Vec<Vec<String>> = settings
        .iter()
        .map(|s| vec![s.name.clone(), s.value.to_string()])
        .collect();
    print(&["SETTING", "VALUE"], &rows);
}

/// The products: GTIN, name, tracking, and the sites that use each.
pub(crate) fn products(products: &[Listed<FeedProduct>]) {
    let rows: Vec<Vec<String>> = products
        .iter()
        .map(|p| {
            vec![
                p.record.gtin.clone(),
                p.record.name.clone(),
                p.record.tracking.clone(),
                or_dash(p.record.strength.as_ref()),
                or_dash((!p.sites.is_empty()).then(|| p.sites.join(","))),
            ]
        })
        .collect();
    print(&["GTIN", "NAME", "TRACKING", "STRENGTH", "USED BY"], &rows);
}

/// The partners: code, name, kind, GLN, and the sites that use each.
pub(crate) fn partners(partners: &[Listed<FeedPartner>]) {
    let rows: Vec<Vec<String>> = partners
        .iter()
        .map(|p| {
            vec![
                p.record.code.clone(),
                p.record.name.clone(),
                p.record.partner_kind.clone(),
                or_dash(p.record.gln.as_ref()),
                or_dash((!p.sites.is_empty()).then(|| p.sites.join(","))),
            ]
        })
        .collect();
    print(&["CODE", "NAME", "KIND", "GLN", "USED BY"], &rows);
}

/// The network recalls.
pub(crate) fn recalls(recalls: &[NetworkRecall]) {
    if recalls.is_empty() {
        println!("no network recalls");
        return;
    }
    let rows: Vec<Vec<String>> = recalls
        .iter()
        .map(|n| {
            let r = &n.recall;
            vec![
                r.id.to_string(),
                r.number.clone(),
                r.gtin.clone(),
                r.class.clone(),
                scope(&r.lots, &r.serials),
                n.sites.to_string(),
                n.entered_at.clone(),
                r.entered_by.clone(),
                or_dash(r.closed.as_ref()),
            ]
        })
        .collect();
    print(
        &[
            "ID",
            "NUMBER",
            "GTIN",
            "CLASS",
            "COVERS",
            "SITES",
            "ENTERED",
            "ENTERED BY",
            "CLOSED",
        ],
        &rows,
    );
}

/// `lot A,B serial X` for a recall's scope.
fn scope(lots: &[String], serials: &[String]) -> String {
    let mut parts = Vec::new();
    if !lots.is_empty() {
        parts.push(format!("lot {}", lots.join(",")));
    }
    if !serials.is_empty() {
        parts.push(format!("serial {}", serials.join(",")));
    }
    parts.join(" ")
}

/// A recall reconciled: what it is, each site's standing, the outcomes, each pack, and whether
/// it can be closed.
pub(crate) fn reconciliation(c: &Reconciliation) {
    let r = &c.recall.recall;
    println!("recall {} ({}): {}", r.id, r.number, r.title);
    println!(
        "GTIN {}, {}; class {}; entered {} by {}; {}",
        r.gtin,
        scope(&r.lots, &r.serials),
        r.class,
        c.recall.entered_at,
        r.entered_by,
        r.closed
            .as_ref()
            .map_or_else(|| "open".to_string(), |c| format!("closed {c}")),
    );
    println!("reason: {}", r.reason);
    println!();
    if c.sites.is_empty() {
        println!("no site uses this product or holds what the recall covers");
    } else {
        let rows: Vec<Vec<String>> = c
            .sites
            .iter()
            .map(|s| vec![s.site.clone(), s.events.to_string(), s.open.to_string()])
            .collect();
        print(&["SITE", "RECALL EVENTS", "OPEN"], &rows);
    }
    if !c.outcomes.is_empty() {
        println!();
        let rows: Vec<Vec<String>> = c
            .outcomes
            .iter()
            .map(|o| {
                vec![
                    o.site.clone(),
                    outcome_words(&o.outcome),
                    o.packs.to_string(),
                    o.quantity.to_string(),
                ]
            })
            .collect();
        print(&["SITE", "OUTCOME", "PACKS", "LOT QUANTITY"], &rows);
    }
    if !c.packs.is_empty() {
        println!();
        let rows: Vec<Vec<String>> = c
            .packs
            .iter()
            .map(|p| {
                let answered = match (&p.answered_at, &p.answered_by) {
                    (Some(at), Some(by)) => format!("{at} by {by}"),
                    _ => "-".to_string(),
                };
                vec![
                    p.site.clone(),
                    p.serial.clone(),
                    or_dash(p.lot.as_ref()),
                    outcome_words(&p.outcome),
                    p.last_kind.clone(),
                    p.last_occurred_at.clone(),
                    answered,
                ]
            })
            .collect();
        print(
            &[
                "SITE",
                "SERIAL",
                "LOT",
                "OUTCOME",
                "LAST EVENT",
                "AT",
                "ANSWERED (SITE'S CLOCK)",
            ],
            &rows,
        );
    }
    println!();
    if c.recall.recall.closed.is_some() {
        println!("closed");
    } else if c.closable {
        println!("nothing is in stock or held at any site: it can be closed (custody-hub recall close {} --as USERNAME)", r.id);
    } else {
        println!(
            "{} pack(s) or unit(s) still open (in stock, held, in transit, or dispensed or missing with no outcome from their site): not yet closable",
            c.open
        );
    }
}

/// `site list`: each site, when it enrolled, how far its chain stands, its last push, and why it
/// is suspended if it is.
pub(crate) fn sites(sites: &[crate::admin::SiteRow]) {
    let rows: Vec<Vec<String>> = sites
        .iter()
        .map(|s| {
            vec![
                s.code.clone(),
                s.name.clone(),
                s.enrolled_at.clone().unwrap_or_else(|| "no".into()),
                s.last_seq.to_string(),
                s.last_push.clone().unwrap_or_else(|| "never".into()),
                s.suspended.clone().unwrap_or_else(|| "no".into()),
                s.set_aside.clone().unwrap_or_else(|| "-".into()),
            ]
        })
        .collect();
    print(
        &[
            "CODE",
            "NAME",
            "ENROLLED",
            "LAST SEQ",
            "LAST PUSH",
            "SUSPENDED",
            "SET ASIDE",
        ],
        &rows,
    );
}

/// The ranges of sites' events set aside, oldest first.
pub(crate) fn set_asides(set_asides: &[crate::set_aside::SetAside]) {
    let rows: Vec<Vec<String>> = set_asides
        .iter()
        .map(|a| {
            vec![
                a.id.to_string(),
                a.site.clone(),
                if a.from_seq < a.asked_from {
                    format!("{}–{} (asked {})", a.from_seq, a.last_seq, a.asked_from)
                } else {
                    format!("{}–{}", a.from_seq, a.last_seq)
                },
                a.events.to_string(),
                a.batches.to_string(),
                a.fork_alarm.to_string(),
                a.at.clone(),
                a.by.clone(),
                a.reason.clone(),
            ]
        })
        .collect();
    print(
        &[
            "ID", "SITE", "RANGE", "EVENTS", "BATCHES", "FORK", "AT", "BY", "REASON",
        ],
        &rows,
    );
}

/// The open fork alarms of `alarms`, their details in words.
pub(crate) fn fork_alarms(alarms: &[crate::admin::AlarmRow]) {
    let rows: Vec<Vec<String>> = alarms
        .iter()
        .map(|a| {
            vec![
                a.id.to_string(),
                a.kind.clone(),
                a.site.clone(),
                or_dash(a.seq),
                a.raised_at.clone(),
                a.detail_words(),
            ]
        })
        .collect();
    print(&["ID", "KIND", "SITE", "SEQ", "RAISED", "DETAIL"], &rows);
}

/// `user list`: the hub's people, their role, whether active, and a lock if one runs.
pub(crate) fn users(users: &[crate::people::UserRow]) {
    let rows: Vec<Vec<String>> = users
        .iter()
        .map(|u| {
            vec![
                u.username.clone(),
                u.name.clone(),
                u.role.clone(),
                if u.active { "yes" } else { "no" }.to_string(),
                or_dash(u.locked_until.as_ref()),
            ]
        })
        .collect();
    print(
        &["USERNAME", "NAME", "ROLE", "ACTIVE", "LOCKED UNTIL"],
        &rows,
    );
}
