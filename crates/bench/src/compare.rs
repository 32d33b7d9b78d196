//! Two databases' figures side by side (`custody bench --compare OTHER`): every number of both runs' figures,
//! named by its path in the JSON of `custody bench --json`, with the ratio of the second to the
//! first, so that what grows with the second database (a longer history, say) stands out.

use serde_json::Value;

use crate::suite::Figures;

/// Every numeric figure of `f`, in the order of its JSON's keys (alphabetical), named by its path: objects' keys
/// joined with dots, a list's items by their index (and a report's by its kind too).
pub fn numbers(f: &Figures) -> Vec<(String, f64)> {
    let mut out = Vec::new();
    collect(
        &serde_json::to_value(f).unwrap_or_default(),
        String::new(),
        &mut out,
    );
    out
}

fn collect(v: &Value, path: String, out: &mut Vec<(String, f64)>) {
    let join = |key: &str| {
        if path.is_empty() {
            key.to_string()
        } else {
            format!("{path}.{key}")
        }
    };
    match v {
        Value::Number(n) => out.extend(n.as_f64().map(|n| (path, n))),
        Value::Object(map) => {
            for (key, v) in map {
                collect(v, join(key), out);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                // A report's `what` names its recall, serial and dates, which differ from one
                // database to the other: its place in the list and its kind name it.
                let name = match item.get("what").and_then(Value::as_str) {
                    Some(what) => format!("{i}:{}", what.split(" (").next().unwrap_or(what)),
                    None => i.to_string(),
                };
                collect(item, join(&name), out);
            }
        }
        _ => {}
    }
}

/// The lines of the comparison: a header naming the two runs, then one line per figure the two
/// have in common: its path, both values and the ratio `second / first` (a dash when the first
/// is zero).
pub fn lines(first: (&str, &Figures), second: (&str, &Figures)) -> Vec<String> {
    let theirs = numbers(second.1);
    let mut out = vec![format!(
        "{:<64} {:>14} {:>14} {:>8}",
        "figure", first.0, second.0, "ratio"
    )];
    for (path, a) in numbers(first.1) {
        let Some((_, b)) = theirs.iter().find(|(p, _)| *p == path) else {
            continue;
        };
        let ratio = if a == 0.0 {
            "-".to_string()
        } else {
            format!("{:.2}x", b / a)
        };
        out.push(format!(
            "{path:<64} {:>14} {:>14} {ratio:>8}",
            shown(a),
            shown(*b)
        ));
    }
    out
}

/// A figure as printed: whole numbers as they are, others with two decimals.
fn shown(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{n:.0}")
    } else {
        format!("{n:.2}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_figures_are_named_by_their_path_and_reports_by_place_and_kind() {
        let mut out = Vec::new();
        let v = serde_json::json!({
            "levels": {"shortage_list": {"p50_us": 1500.0, "samples": 20}},
            "reports": [{"what": "expiry (every location, 2026-12-01)", "pdf_seconds": 4.5}],
            "name": "not a number"
        });
        collect(&v, String::new(), &mut out);
        assert_eq!(
            out,
            vec![
                ("levels.shortage_list.p50_us".to_string(), 1500.0),
                ("levels.shortage_list.samples".to_string(), 20.0),
                ("reports.0:expiry.pdf_seconds".to_string(), 4.5),
            ],
            "each number once, by a name that says where it is; text is left out"
        );
    }

    #[test]
    fn shown_figures_keep_whole_numbers_whole() {
        assert_eq!(
            shown(2_950_000.0),
            "2950000",
            "counts are not given decimals"
        );
        assert_eq!(shown(346.123), "346.12", "times keep two decimals");
    }
}
