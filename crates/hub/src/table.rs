//! The command line's plain-text tables: a header and rows, each column padded to its widest
//! cell, so an administrator reads them in a terminal and a script splits them on runs of
//! spaces (no cell is empty: a missing value is `-`).

use custody_sync_protocol::{FeedPartner, FeedProduct};

use crate::feed::Listed;
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
