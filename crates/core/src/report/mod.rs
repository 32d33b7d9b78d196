//! Report models: what a printed report says, as plain data. Core builds them from the store
//! (`Store::report`); `custody-report` lays them out as PDF and `Document::to_csv` writes the
//! same rows as CSV. A model knows nothing of pages or fonts, only of headings, facts, tables,
//! signature lines and the GS1 codes to print.
//!
//! Where each report is built: `build` has the request, the header every report shares and the
//! stock on hand, expiry and shortage reports; `count` the count variance; `recall` the recall
//! notice and reconciliation; `custody` the chain-of-custody certificate (each event re-proved
//! by `ledger::prove`) and quarantine labels; `audit` the audit extract; `replenish` the pick
//! list and the supplier orders; `insights` (with `insight_flow` and `scorecard`) the insights'
//! exports and a supplier's scorecard; `spreadsheet` the
//! formula neutralisation every CSV cell goes through; `words` the words and numbers of a report
//! in its language (`crates/messages/locales/reports/<lang>.ftl`).

mod audit;
mod build;
mod count;
mod custody;
mod expiry;
mod header;
mod insight_flow;
mod insights;
mod recall;
mod recall_closure;
mod replenish;
mod scorecard;
mod spreadsheet;
mod words;

use std::fmt;

use custody_messages::Lang;
use words::Words;

use serde::Serialize;

use crate::error::{CoreError, CoreResult};

pub use audit::AuditFilter;
pub use build::{ReportRequest, REPORT_KINDS};
pub use spreadsheet::{spreadsheet_safe, write_safe_record};

/// Which report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum ReportKind {
    /// A recall notice: what is recalled, and every affected pack to pull or follow up.
    RecallNotice,
    /// A recall's reconciliation: every affected item and its outcome; the closure.
    RecallClosure,
    /// Stock on hand by location and product, with lots and expiries.
    StockOnHand,
    /// Stock expired or expiring within the alert windows.
    Expiry,
    /// Shortages and the suggested order.
    Shortages,
    /// A stock count's variance.
    CountVariance,
    /// A pack's chain of custody, with the hashes that prove it.
    ChainOfCustody,
    /// Ledger events by date range, user or location.
    AuditExtract,
    /// Labels for packs held in quarantine, each with its GS1 DataMatrix.
    QuarantineLabels,
    /// A pick list: top-ups for wards and clinics, packs proposed first expiry first.
    PickList,
    /// Orders to suppliers for the pharmacies' and stores' shortages, at contract prices.
    SupplierOrders,
    /// Where packs wait: stays per location and product, and stock waiting too long now.
    InsightDwell,
    /// What was lost: expired, recalled and damaged stock by month, product, location, supplier.
    InsightWaste,
    /// What counts found missing, misplaced or in the wrong status, per location, with its value.
    InsightShrinkage,
    /// What each supplier and manufacturer sent wrong: short-dated, mismatched, over contract.
    InsightSuppliers,
    /// Weekly use per product and location against last year and the reorder rules then.
    InsightTrends,
    /// One supplier's record for a QA review, with the packs behind it, to sign.
    SupplierScorecard,
}

impl ReportKind {
    /// The name used on the command line and in file names.
    pub fn as_str(self) -> &'static str {
        match self {
            ReportKind::RecallNotice => "recall-notice",
            ReportKind::RecallClosure => "recall-closure",
            ReportKind::StockOnHand => "stock-on-hand",
            ReportKind::Expiry => "expiry",
            ReportKind::Shortages => "shortages",
            ReportKind::CountVariance => "count-variance",
            ReportKind::ChainOfCustody => "chain-of-custody",
            ReportKind::AuditExtract => "audit-extract",
            ReportKind::QuarantineLabels => "quarantine-labels",
            ReportKind::PickList => "pick-list",
            ReportKind::SupplierOrders => "supplier-orders",
            ReportKind::InsightDwell => "insight-dwell",
            ReportKind::InsightWaste => "insight-waste",
            ReportKind::InsightShrinkage => "insight-shrinkage",
            ReportKind::InsightSuppliers => "insight-suppliers",
            ReportKind::InsightTrends => "insight-trends",
            ReportKind::SupplierScorecard => "supplier-scorecard",
        }
    }
}

impl fmt::Display for ReportKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for ReportKind {
    type Err = CoreError;
    fn from_str(s: &str) -> CoreResult<ReportKind> {
        REPORT_KINDS
            .iter()
            .copied()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| {
                let names: Vec<&str> = REPORT_KINDS.iter().map(|k| k.as_str()).collect();
                CoreError::refused("report.unknown_kind")
                    .field("report")
                    .arg("report", s)
                    .arg("known", names.join(", "))
            })
    }
}

/// A report, ready to lay out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Document {
    /// Which report.
    pub kind: ReportKind,
    /// The title ("Recall notice RCL-2026-0091").
    pub title: String,
    /// A banner above everything, printed large and red ("URGENT: DRUG RECALL").
    pub banner: Option<String>,
    /// The site's name.
    pub site: String,
    /// When it was produced, local time with the offset.
    pub generated_at: String,
    /// Who produced it: name (username).
    pub generated_by: String,
    /// The data it covers (what was selected, and the ledger up to which event).
    pub covers: String,
    /// The content, in reading order.
    pub blocks: Vec<Block>,
    /// The language it is written in (the session's): the layout prints its own words (page
    /// numbers, "Generated … by …") in it. Not sent to the preview, which speaks the screen's.
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub lang: Lang,
}

/// A piece of a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    /// A section heading.
    Heading {
        /// Text.
        text: String,
    },
    /// A paragraph, wrapped to the page.
    Paragraph {
        /// Text.
        text: String,
    },
    /// Label and value pairs, two columns.
    Facts {
        /// The pairs.
        facts: Vec<Fact>,
    },
    /// A table; it breaks across pages, repeating its header row.
    Table(Table),
    /// Lines to sign on: one per role ("Pharmacist in charge").
    Signatures {
        /// The roles.
        roles: Vec<String>,
    },
    /// A GS1 DataMatrix with the lines printed beside it.
    Barcode(Barcode),
    /// Labels in a grid, each with its GS1 DataMatrix.
    Labels {
        /// The labels.
        labels: Vec<Barcode>,
    },
}

/// A label and its value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Fact {
    /// Label.
    pub label: String,
    /// Value.
    pub value: String,
}

/// A table of the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Table {
    /// What the rows are ("Affected packs at MAIN"); the CSV's `section` column.
    pub name: String,
    /// Columns.
    pub columns: Vec<Column>,
    /// Rows: one string per column (a check box column's cell is ignored).
    pub rows: Vec<Vec<String>>,
    /// What to print when there are no rows.
    pub empty: String,
}

/// A table column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Column {
    /// Header.
    pub title: String,
    /// Relative width.
    pub width: u16,
    /// Right-aligned (numbers).
    pub numeric: bool,
    /// An empty box to tick by hand; not exported.
    pub checkbox: bool,
}

impl Column {
    /// A text column of this relative width.
    pub fn text(title: &str, width: u16) -> Column {
        Column {
            title: title.to_string(),
            width,
            numeric: false,
            checkbox: false,
        }
    }

    /// A right-aligned column.
    pub fn number(title: &str, width: u16) -> Column {
        Column {
            numeric: true,
            ..Column::text(title, width)
        }
    }

    /// A check box to tick by hand.
    pub fn checkbox(title: &str) -> Column {
        Column {
            checkbox: true,
            ..Column::text(title, 6)
        }
    }
}

/// Something printed with its GS1 DataMatrix, so it can be scanned back from paper.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Barcode {
    /// GS1 element string, AIs concatenated, GS (U+001D) after variable-length fields that
    /// are followed by another: what the symbol encodes after its FNC1.
    pub element_string: String,
    /// The lines printed beside it, the first in bold.
    pub lines: Vec<String>,
    /// The symbol drawn for a screen: none in a report as core builds it; the application
    /// layer encodes it for the app's preview, which prints Arabic labels (no PDF can yet).
    pub drawing: Option<SymbolDrawing>,
}

/// A DataMatrix symbol as an SVG draws it: `side` modules across and down, and the dark
/// modules as one path in module units (`M0 0h3v1h-3z…`), with no quiet zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SymbolDrawing {
    /// Modules across, and down.
    pub side: u16,
    /// The dark modules.
    pub path: String,
}

impl Document {
    /// Every table, in order.
    pub fn tables(&self) -> impl Iterator<Item = &Table> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
    }

    /// The same rows as the printed tables, as CSV: one header, then every row of every table
    /// in order. With more than one table, a first `section` column names each row's table
    /// and the columns are the union of the tables' columns by title. Check boxes are left
    /// out. Labels export their printed lines and element string. Every cell, headers included,
    /// goes through [`spreadsheet_safe`]: a cell a spreadsheet would run as a formula starts
    /// with `'`, and plain negative numbers stay numbers.
    pub fn to_csv(&self) -> Vec<u8> {
        let tables: Vec<&Table> = self.tables().collect();
        let sectioned = tables.len() > 1;
        let w = words::Words(self.lang, None);
        let section = w.t("report-csv-section");
        let mut header: Vec<&str> = Vec::new();
        if sectioned {
            header.push(&section);
        }
        for t in &tables {
            for c in t.columns.iter().filter(|c| !c.checkbox) {
                if !header.contains(&c.title.as_str()) {
                    header.push(&c.title);
                }
            }
        }
        let labels: Vec<&Barcode> = self
            .blocks
            .iter()
            .flat_map(|b| match b {
                Block::Labels { labels } => labels.iter().collect(),
                _ => Vec::new(),
            })
            .collect();
        let mut out = csv::Writer::from_writer(Vec::new());
        if tables.is_empty() && !labels.is_empty() {
            let head = [w.t("report-csv-label"), w.t("report-csv-element-string")];
            let _ = write_safe_record(&mut out, head);
            for l in labels {
                let _ = write_safe_record(
                    &mut out,
                    [
                        l.lines.join(" / "),
                        l.element_string.replace('\u{1d}', "<GS>"),
                    ],
                );
            }
        } else {
            let _ = write_safe_record(&mut out, &header);
            for t in tables {
                let at: Vec<Option<usize>> = header
                    .iter()
                    .map(|h| t.columns.iter().position(|c| !c.checkbox && c.title == *h))
                    .collect();
                for row in &t.rows {
                    let record = at.iter().enumerate().map(|(i, col)| match col {
                        Some(c) => row.get(*c).map_or("", String::as_str),
                        None if sectioned && i == 0 => t.name.as_str(),
                        None => "",
                    });
                    let _ = write_safe_record(&mut out, record);
                }
            }
        }
        out.into_inner().unwrap_or_default()
    }
}

/// A plain-text rendering: what the model says, in order, for snapshots and quick looks.
impl fmt::Display for Document {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(b) = &self.banner {
            writeln!(f, "*** {b} ***")?;
        }
        writeln!(f, "{} — {}", self.site, self.title)?;
        writeln!(
            f,
            "Generated {} by {}",
            self.generated_at, self.generated_by
        )?;
        writeln!(f, "Covers: {}", self.covers)?;
        for b in &self.blocks {
            writeln!(f)?;
            match b {
                Block::Heading { text } => writeln!(f, "## {text}")?,
                Block::Paragraph { text } => writeln!(f, "{text}")?,
                Block::Facts { facts } => {
                    for x in facts {
                        writeln!(f, "{}: {}", x.label, x.value)?;
                    }
                }
                Block::Table(t) => {
                    writeln!(f, "[{}]", t.name)?;
                    let titles: Vec<&str> = t.columns.iter().map(|c| c.title.as_str()).collect();
                    writeln!(f, "{}", titles.join(" | "))?;
                    if t.rows.is_empty() {
                        writeln!(f, "({})", t.empty)?;
                    }
                    for r in &t.rows {
                        let cells: Vec<&str> = t
                            .columns
                            .iter()
                            .zip(r)
                            .map(|(c, v)| if c.checkbox { "[ ]" } else { v.as_str() })
                            .collect();
                        writeln!(f, "{}", cells.join(" | "))?;
                    }
                }
                Block::Signatures { roles } => {
                    for r in roles {
                        writeln!(f, "{r}: ____________________  date: __________")?;
                    }
                }
                Block::Barcode(c) => {
                    writeln!(
                        f,
                        "[DataMatrix {}]",
                        c.element_string.replace('\u{1d}', "<GS>")
                    )?;
                    for l in &c.lines {
                        writeln!(f, "{l}")?;
                    }
                }
                Block::Labels { labels } => {
                    for c in labels {
                        writeln!(
                            f,
                            "[label {}] {}",
                            c.element_string.replace('\u{1d}', "<GS>"),
                            c.lines.join(" / ")
                        )?;
                    }
                }
            }
        }
        Ok(())
    }
}

/// A heading block.
pub(crate) fn heading(text: impl Into<String>) -> Block {
    Block::Heading { text: text.into() }
}

/// A paragraph block.
pub(crate) fn paragraph(text: impl Into<String>) -> Block {
    Block::Paragraph { text: text.into() }
}

/// A facts block from label and value pairs; empty values are left out.
pub(crate) fn facts<L: Into<String>>(pairs: impl IntoIterator<Item = (L, String)>) -> Block {
    Block::Facts {
        facts: pairs
            .into_iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(l, v)| Fact {
                label: l.into(),
                value: v,
            })
            .collect(),
    }
}

/// An optional value, or nothing.
pub(crate) fn opt(v: &Option<impl ToString>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(name: &str, cols: Vec<Column>, rows: &[&[&str]]) -> Block {
        Block::Table(Table {
            name: name.into(),
            columns: cols,
            rows: rows
                .iter()
                .map(|r| r.iter().map(|s| s.to_string()).collect())
                .collect(),
            empty: "none".into(),
        })
    }

    fn doc(blocks: Vec<Block>) -> Document {
        Document {
            kind: ReportKind::RecallNotice,
            title: "t".into(),
            banner: None,
            site: "s".into(),
            generated_at: "now".into(),
            generated_by: "me".into(),
            covers: "all".into(),
            blocks,
            lang: Lang::En,
        }
    }

    #[test]
    fn one_table_exports_as_itself_without_check_boxes() {
        let d = doc(vec![table(
            "Packs",
            vec![
                Column::checkbox("Pulled"),
                Column::text("Serial", 10),
                Column::number("Qty", 4),
            ],
            &[&["", "S1", "1"], &["", "S, 2", "2"]],
        )]);
        assert_eq!(
            String::from_utf8(d.to_csv()).unwrap(),
            "Serial,Qty\nS1,1\n\"S, 2\",2\n"
        );
    }

    #[test]
    fn several_tables_share_one_header_with_a_section_column() {
        let d = doc(vec![
            table(
                "Held",
                vec![Column::text("Serial", 1), Column::text("Location", 1)],
                &[&["S1", "MAIN"]],
            ),
            heading("Between"),
            table(
                "Left",
                vec![Column::text("Serial", 1), Column::text("Document", 1)],
                &[&["S2", "RX-5"]],
            ),
        ]);
        assert_eq!(
            String::from_utf8(d.to_csv()).unwrap(),
            "section,Serial,Location,Document\nHeld,S1,MAIN,\nLeft,S2,,RX-5\n"
        );
    }

    #[test]
    fn a_cell_a_spreadsheet_would_run_is_exported_as_text() {
        let d = doc(vec![table(
            "Packs",
            vec![Column::text("Lot", 10), Column::number("Variance", 4)],
            &[
                &["=HYPERLINK(\"http://x\")", "-3"],
                &["+SUM(A1)", "-1,234"],
                &["-2+3", "2"],
                &["@cmd", "0"],
                &["\tT", "1"],
                &["\rR", "1"],
                &["L-1", "-0.05"],
            ],
        )]);
        assert_eq!(
            String::from_utf8(d.to_csv()).unwrap(),
            "Lot,Variance\n\
             \"'=HYPERLINK(\"\"http://x\"\")\",-3\n\
             '+SUM(A1),\"-1,234\"\n\
             '-2+3,2\n\
             '@cmd,0\n\
             '\tT,1\n\
             \"'\rR\",1\n\
             L-1,-0.05\n",
            "every cell starting with = + - @ tab or CR is prefixed with a quote so a spreadsheet shows it \
             instead of running it; plain negative numbers (a variance of -3) stay numbers"
        );
    }

    #[test]
    fn a_label_line_a_spreadsheet_would_run_is_exported_as_text() {
        let d = doc(vec![Block::Labels {
            labels: vec![Barcode {
                drawing: None,
                element_string: "0109506000134352".into(),
                lines: vec!["=1+1".into(), "S1".into()],
            }],
        }]);
        assert_eq!(
            String::from_utf8(d.to_csv()).unwrap(),
            "label,element_string\n'=1+1 / S1,0109506000134352\n",
            "the labels' export goes through the same neutralisation as the tables'"
        );
    }

    #[test]
    fn kinds_parse_by_name_and_an_unknown_one_lists_them() {
        for k in REPORT_KINDS {
            assert_eq!(k.as_str().parse::<ReportKind>().unwrap(), *k);
        }
        let e = "stock".parse::<ReportKind>().unwrap_err().to_string();
        assert!(e.contains("stock-on-hand"), "{e}");
    }
}
