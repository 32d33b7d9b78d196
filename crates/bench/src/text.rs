//! The figures in words, one line per benchmark, as `custody bench` prints them: seconds for
//! whole jobs, milliseconds for lists, microseconds for single scans and lookups.

use crate::latency::Latency;
use crate::suite::{DatabaseFigures, Figures};

/// The lines `custody bench` prints.
pub fn lines(f: &Figures) -> Vec<String> {
    let b = &f.bulk_append;
    let mut out = vec![format!(
        "bulk append:  {} packs in {} events, {:.2} s: {:.0} packs/s with hashing and projections (raw SQLite inserts of the same rows: {:.0}/s)",
        b.lines, b.events, b.seconds, b.lines_per_second, b.raw_lines_per_second
    )];
    if let Some(d) = &f.database {
        out.extend(database_lines(d));
    }
    out
}

/// Milliseconds, from microseconds.
fn ms(us: f64) -> f64 {
    us / 1000.0
}

/// The lines of the benchmarks against the database.
fn database_lines(d: &DatabaseFigures) -> Vec<String> {
    // The dataset as compact JSON, keys in the order serde_json's map gives them, as printed
    // before the benchmarks had their own crate.
    let dataset = serde_json::to_value(&d.dataset).unwrap_or_default();
    let (sh, lv, ct, rc) = (&d.shipment, &d.levels, &d.count, &d.recall);
    let mut out = vec![
        format!("dataset:      {dataset}"),
        format!(
            "read ahead:   the scans' indexes, {} entries, {:.2} s (in the app: behind the window, after the start-up check)",
            d.read_ahead.entries, d.read_ahead.seconds
        ),
        format!(
            "shipment:     {} packs: import {:.2} s, receive-all {:.2} s",
            sh.packs, sh.import_seconds, sh.receive_all_seconds
        ),
        format!(
            "levels:       {} rules, {} short: shortage list p50 {:.1} ms, p99 {:.1} ms; expiry list ({} lines) p50 {:.1} ms, p99 {:.1} ms; one product's position p50 {:.2} ms, p99 {:.2} ms",
            lv.rules, lv.shortages,
            ms(lv.shortage_list.p50_us), ms(lv.shortage_list.p99_us),
            lv.expiry_lines,
            ms(lv.expiry_list.p50_us), ms(lv.expiry_list.p99_us),
            ms(lv.position.p50_us), ms(lv.position.p99_us)
        ),
        format!(
            "home:         the figures p50 {:.1} ms, p99 {:.1} ms",
            ms(lv.home.p50_us), ms(lv.home.p99_us)
        ),
        format!(
            "expiry page:  first 200 lines with the list's length p50 {:.1} ms, p99 {:.1} ms; at the busiest location p50 {:.1} ms, p99 {:.1} ms",
            ms(lv.expiry_first_page.p50_us), ms(lv.expiry_first_page.p99_us),
            ms(lv.expiry_first_page_busiest.p50_us), ms(lv.expiry_first_page_busiest.p99_us)
        ),
        format!(
            "stock page:   first 200 rows p50 {:.1} ms, p99 {:.1} ms; at the busiest location p50 {:.1} ms, p99 {:.1} ms",
            ms(lv.stock_first_page.p50_us), ms(lv.stock_first_page.p99_us),
            ms(lv.stock_first_page_busiest.p50_us), ms(lv.stock_first_page_busiest.p99_us)
        ),
        format!(
            "count:        {} packs scanned of {} expected: start {:.2} s; scan p50 {:.0} µs, p99 {:.0} µs; progress after each scan p50 {:.0} µs, p99 {:.0} µs; finish {:.2} s",
            ct.scanned, ct.expected, ct.start_seconds, ct.scan.p50_us, ct.scan.p99_us,
            ct.progress.p50_us, ct.progress.p99_us, ct.finish_seconds
        ),
        format!(
            "recall:       {} packs in reach, {} quarantined: create with hold {:.3} s reading from disk, {:.3} s with the packs in memory; reach p50 {:.1} ms, p99 {:.1} ms",
            rc.units, rc.held, rc.create_cold_seconds, rc.create_warm_seconds,
            ms(rc.reach.p50_us), ms(rc.reach.p99_us)
        ),
    ];
    // The row count is not padded: it never was (it was printed from JSON, which ignores
    // widths), and scripts read these lines.
    out.extend(d.reports.iter().map(|r| {
        format!(
            "report:       {:<44} {} rows: model {:.2} s, PDF {:.2} s ({} KB), CSV {:.2} s",
            r.what,
            r.rows,
            r.model_seconds,
            r.pdf_seconds,
            r.pdf_bytes / 1024,
            r.csv_seconds,
        )
    }));
    let latencies = [
        ("single_scan", Some(&d.single_scan)),
        ("verdict_receive", Some(&d.verdict_receive)),
        ("api_receive", d.api_receive.as_ref()),
        ("verdict_dispense", Some(&d.verdict_dispense)),
        ("verdict_paced", Some(&d.verdict_receive_paced)),
        ("unit_lookup", Some(&d.unit_lookup)),
    ];
    out.extend(
        latencies
            .into_iter()
            .filter_map(|(key, l)| l.map(|l| latency_line(key, l))),
    );
    out
}

/// One latency figure's line.
fn latency_line(key: &str, l: &Latency) -> String {
    format!(
        "{key:<13} p50 {:.0} µs, p99 {:.0} µs, max {:.0} µs over {} samples",
        l.p50_us, l.p99_us, l.max_us, l.samples
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_latency_line_names_its_figure_and_rounds_to_microseconds() {
        let l = Latency {
            samples: 2000,
            p50_us: 238.4,
            p99_us: 921.6,
            max_us: 26069.0,
        };
        assert_eq!(
            latency_line("single_scan", &l),
            "single_scan   p50 238 µs, p99 922 µs, max 26069 µs over 2000 samples",
            "the line the README's figures were copied from, unchanged by the move"
        );
    }
}
