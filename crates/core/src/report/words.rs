//! The words of a report in its language, from `crates/messages/locales/reports/<lang>.ftl`
//! (read with [`custody_messages::report_text`]), and numbers written as that language writes
//! them for a person ("1,234.50" in English, "1 234,50" in French). Dates stay ISO in every
//! language, as the English reports print them; codes, serials, lots and names are never
//! translated.

use custody_messages::{report_text, Lang, NumberFormat as Format};
use serde_json::{Map, Value};

use super::Column;
use crate::currency::Currency;
use crate::model::{RecallClass, RecallOutcome, SignatureMeaning, UnitStatus};

/// The words of one report: its language, and what it says in it; the site's currency, when
/// one was chosen, for the amounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Words(pub Lang, pub Option<Currency>);

impl Words {
    /// The message `id` (one without arguments).
    pub(crate) fn t(self, id: &str) -> String {
        report_text(self.0, id, &Map::new())
    }

    /// The message `id` with its arguments.
    pub(crate) fn a<const N: usize>(self, id: &str, args: [(&str, Value); N]) -> String {
        let args: Map<String, Value> = args.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
        report_text(self.0, id, &args)
    }

    /// A text column whose header is the message `id`.
    pub(crate) fn text(self, id: &str, width: u16) -> Column {
        Column::text(&self.t(id), width)
    }

    /// A right-aligned column whose header is the message `id`.
    pub(crate) fn number(self, id: &str, width: u16) -> Column {
        Column::number(&self.t(id), width)
    }

    /// A check box column whose header is the message `id`.
    pub(crate) fn checkbox(self, id: &str) -> Column {
        Column::checkbox(&self.t(id))
    }

    /// A pack's status in words ("in stock").
    pub(crate) fn status(self, s: UnitStatus) -> String {
        self.t(&format!("status-{}", s.as_str().replace('_', "-")))
    }

    /// A recall's outcome in words ("returned to supplier").
    pub(crate) fn outcome(self, o: RecallOutcome) -> String {
        self.t(&format!("outcome-{}", o.as_str().replace('_', "-")))
    }

    /// What a signature means, in words ("approved").
    pub(crate) fn meaning(self, m: SignatureMeaning) -> String {
        self.t(&format!("meaning-{}", m.as_str()))
    }

    /// A recall's class as a notice names it ("Class I").
    pub(crate) fn class(self, c: RecallClass) -> String {
        self.t(&format!("class-{}", c.as_str().to_ascii_lowercase()))
    }

    /// A ledger event's kind as stored (`return_to_supplier`), in words; a kind the catalogue
    /// does not know is printed as stored, underscores as spaces.
    pub(crate) fn event(self, kind: &str) -> String {
        let id = format!("event-{}", kind.replace('_', "-"));
        let said = self.t(&id);
        if said == id {
            kind.replace('_', " ")
        } else {
            said
        }
    }

    /// A count with the language's thousands separator ("12,345"; "12 345" in French).
    pub(crate) fn thousands(self, n: u64) -> String {
        custody_messages::thousands(self.0, n)
    }

    /// A signed count with the language's thousands separator.
    pub(crate) fn count(self, n: i64) -> String {
        let sign = if n < 0 { "-" } else { "" };
        format!("{sign}{}", self.thousands(n.unsigned_abs()))
    }

    /// Hundredths as money, with the site currency's decimals ("1,234.50"; "1 234,50" in
    /// French; "1,235" in yen), without the currency: see [`Words::amount`].
    pub(crate) fn money(self, cents: i64) -> String {
        let sign = if cents < 0 { "-" } else { "" };
        let c = cents.unsigned_abs();
        let mark = Format::of(self.0).decimal;
        match self.1.map_or(2, |c| c.decimals()) {
            0 => format!("{sign}{}", self.thousands((c + 50) / 100)),
            3 => format!("{sign}{}{mark}{:02}0", self.thousands(c / 100), c % 100),
            _ => format!("{sign}{}{mark}{:02}", self.thousands(c / 100), c % 100),
        }
    }

    /// Money said on its own, with the site's currency when one was chosen ("1,234.50 EUR").
    pub(crate) fn amount(self, cents: i64) -> String {
        match self.1 {
            Some(c) => self.a(
                "money-amount",
                [
                    ("amount", self.money(cents).into()),
                    ("currency", c.code().into()),
                ],
            ),
            None => self.money(cents),
        }
    }

    /// Money as a supplier's file writes it ("1234.50"), with the site's currency when one was
    /// chosen ("1234.50 EUR").
    pub(crate) fn amount_plain(self, cents: i64) -> String {
        match self.1 {
            Some(c) => self.a(
                "money-amount",
                [
                    ("amount", self.plain_money(cents).into()),
                    ("currency", c.code().into()),
                ],
            ),
            None => self.plain_money(cents),
        }
    }

    /// Money for a file a program reads: the currency's decimals, a point, no grouping
    /// ("1234.50").
    pub(crate) fn plain_money(self, cents: i64) -> String {
        match self.1 {
            Some(c) => c.plain(cents),
            None => {
                let sign = if cents < 0 { "-" } else { "" };
                let c = cents.unsigned_abs();
                format!("{sign}{}.{:02}", c / 100, c % 100)
            }
        }
    }

    /// A right-aligned column of money whose header is the message `id`, naming the site's
    /// currency when one was chosen ("Value (EUR)").
    pub(crate) fn money_column(self, id: &str, width: u16) -> Column {
        match self.1 {
            Some(c) => Column::number(
                &self.a(
                    "money-column",
                    [("title", self.t(id).into()), ("currency", c.code().into())],
                ),
                width,
            ),
            None => self.number(id, width),
        }
    }

    /// A number with one decimal place ("2.5"; "2,5" in French).
    pub(crate) fn tenths(self, x: f64) -> String {
        format!("{x:.1}").replace('.', Format::of(self.0).decimal)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use custody_messages::{checked, Catalogue};

    /// Each English message and the arguments its comment documents (`# $name (kind): …`).
    fn documented() -> Vec<(String, Vec<(String, String)>)> {
        let mut out = Vec::new();
        let mut args = Vec::new();
        for line in Catalogue::Reports.source(Lang::En).lines() {
            if let Some(rest) = line.strip_prefix("# $") {
                let (name, rest) = rest.split_once(' ').unwrap_or((rest, ""));
                let kind = rest.trim_start_matches('(').split(')').next().unwrap_or("");
                args.push((name.to_string(), kind.to_string()));
            } else if line.is_empty() || line.starts_with("##") {
                args.clear();
            } else if let Some((id, _)) = line.split_once(" = ") {
                out.push((id.to_string(), std::mem::take(&mut args)));
            }
        }
        out
    }

    #[test]
    fn every_report_message_renders_whole_in_every_language_with_the_english_arguments() {
        let messages = documented();
        assert!(messages.len() > 250, "{} messages", messages.len());
        for (id, args) in &messages {
            for (_, kind) in args {
                assert!(kind == "number" || kind == "text", "{id}: ({kind})");
            }
            for lang in Lang::ALL {
                for n in [0, 1, 2, 3, 11, 100, 1234] {
                    let values: Map<String, Value> = args
                        .iter()
                        .map(|(name, kind)| {
                            let v = if kind == "number" {
                                Value::from(n)
                            } else {
                                Value::from(format!("<{name}>"))
                            };
                            (name.clone(), v)
                        })
                        .collect();
                    let text = checked(Catalogue::Reports, lang, id, &values)
                        .unwrap_or_else(|e| panic!("{lang}: {e}"));
                    assert!(
                        !text.trim().is_empty()
                            && !text.contains(['{', '}'])
                            && !text.contains('\n'),
                        "{lang} {id}: one whole line, nothing of Fluent's syntax: {text:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn numbers_are_written_as_each_language_writes_them() {
        let en = Words(Lang::En, None);
        assert_eq!(en.money(123456), "1,234.56");
        assert_eq!(en.money(-5), "-0.05");
        assert_eq!(en.thousands(1_000_000), "1,000,000");
        assert_eq!(en.count(-1234), "-1,234");
        assert_eq!(en.thousands(999), "999");
        assert_eq!(en.tenths(2.25), "2.2");
        let fr = Words(Lang::Fr, None);
        assert_eq!(fr.money(123456), "1\u{202f}234,56");
        assert_eq!(fr.count(-1234), "-1\u{202f}234");
        assert_eq!(fr.tenths(2.5), "2,5");
        let es = Words(Lang::Es, None);
        assert_eq!(es.count(1234), "1234", "Spanish leaves four digits whole");
        assert_eq!(es.count(12345), "12.345");
        assert_eq!(es.money(1234567), "12.345,67");
        let pt = Words(Lang::Pt, None);
        assert_eq!(pt.count(1234), "1234");
        assert_eq!(pt.count(-1_234_567), "-1\u{a0}234\u{a0}567");
        assert_eq!(Words(Lang::Ar, None).count(1234), "1,234", "Western digits");
        let yen = Words(Lang::En, Currency::parse("JPY"));
        assert_eq!(yen.money(123450), "1,235", "yen have no decimals");
        assert_eq!(yen.amount(123450), "1,235 JPY");
        let dinar = Words(Lang::Fr, Currency::parse("KWD"));
        assert_eq!(dinar.money(123456), "1\u{202f}234,560");
        assert_eq!(dinar.plain_money(-123456), "-1234.560");
        assert_eq!(en.amount(5), "0.05", "no currency chosen: the number alone");
        assert_eq!(en.plain_money(123456), "1234.56");
        for lang in Lang::ALL {
            let w = Words(lang, None);
            for n in [-3, -1234, -1_234_567] {
                assert_eq!(
                    super::super::spreadsheet_safe(&w.count(n)),
                    w.count(n),
                    "{lang}: a negative count stays a number in the CSV"
                );
            }
        }
    }

    #[test]
    fn statuses_kinds_and_outcomes_are_said_in_words() {
        let en = Words(Lang::En, None);
        assert_eq!(en.status(UnitStatus::InStock), "in stock");
        assert_eq!(en.event("return_to_supplier"), "return to supplier");
        assert_eq!(en.event("no_such_kind"), "no such kind");
        assert_eq!(en.outcome(RecallOutcome::NotFound), "not found");
        assert_eq!(en.class(RecallClass::Withdrawal), "Market withdrawal");
        let fr = Words(Lang::Fr, None);
        assert_ne!(fr.status(UnitStatus::InStock), "in stock");
        assert_ne!(fr.event("receive"), "receive");
    }
}
