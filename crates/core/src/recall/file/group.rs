//! From the recalled events of an EPCIS document to its recall notices: one notice per recall
//! number (and class), the fields of a notice repeated on several events agreeing, every event
//! belonging to a notice when there are several, and each notice's scope lines and expiries.

use super::events::RecalledEvent;
use super::notice::NoticeRead;
use super::RecallNotice;
use crate::error::FileProblem;
use crate::import::csv::problem;
use crate::recall::scope::ScopeBuilder;
use crate::recall::{RecallHeader, ScopeLine};

/// The notices of a document, one per recall number (and class), and the group each notice as
/// read belongs to (same order as the notices read).
pub(super) struct Groups {
    pub(super) groups: Vec<NoticeRead>,
    pub(super) group_of: Vec<usize>,
}

/// Groups the notices as read: the same notice on several events is one recall; two numbers,
/// or two classes without a number, are two recalls. A field the same recall is given twice with
/// different values is a problem. With no notice at all, the document is one notice without a
/// header, at the line of its first recalled event (else line 1).
pub(super) fn group_notices(
    notices: Vec<NoticeRead>,
    first_event_line: Option<usize>,
    problems: &mut Vec<FileProblem>,
) -> Groups {
    let mut groups: Vec<NoticeRead> = Vec::new();
    let mut group_of: Vec<usize> = Vec::with_capacity(notices.len());
    for n in notices {
        let same = groups.iter().position(|g| {
            g.header.number == n.header.number
                && (n.header.number.is_some() || g.header.class == n.header.class)
        });
        match same {
            Some(i) => {
                problems.extend(disagreeing_fields(&groups[i], &n));
                group_of.push(i);
            }
            None => {
                group_of.push(groups.len());
                groups.push(n);
            }
        }
    }
    if groups.is_empty() {
        groups.push(NoticeRead {
            header: RecallHeader::default(),
            line: first_event_line.unwrap_or(1),
        });
    }
    Groups { groups, group_of }
}

/// The problems of a notice `n` that repeats the recall `g` with a field given another value.
fn disagreeing_fields(g: &NoticeRead, n: &NoticeRead) -> Vec<FileProblem> {
    let (gh, h) = (&g.header, &n.header);
    let label = h.number.as_deref().unwrap_or("without a number");
    let fields = [
        (
            "class",
            gh.class.map(|c| c.to_string()),
            h.class.map(|c| c.to_string()),
        ),
        ("reason", gh.reason.clone(), h.reason.clone()),
        ("issuer", gh.issuer.clone(), h.issuer.clone()),
        (
            "instructions",
            gh.instructions.clone(),
            h.instructions.clone(),
        ),
        ("title", gh.title.clone(), h.title.clone()),
        (
            "date",
            gh.issued_on.map(|d| d.to_string()),
            h.issued_on.map(|d| d.to_string()),
        ),
    ];
    let mut problems = Vec::new();
    for (field, a, b) in fields {
        if let (Some(a), Some(b)) = (a, b) {
            if a != b {
                problems.push(problem(
                    n.line,
                    Some("recallNotice"),
                    format!(
                        "recall {label} is given the {field} '{a}' on line {} and '{b}' here",
                        g.line
                    ),
                ));
            }
        }
    }
    problems
}

/// With several notices, each becomes a recall of its own: each needs its number, and each
/// recalled event must carry the notice it belongs to. With one, nothing is asked.
pub(super) fn several_notices_problems(
    groups: &[NoticeRead],
    recalled: &[RecalledEvent],
) -> Vec<FileProblem> {
    let mut problems = Vec::new();
    if groups.len() < 2 {
        return problems;
    }
    let names: Vec<String> = groups
        .iter()
        .map(|g| match (&g.header.number, g.header.class) {
            (Some(n), _) => n.clone(),
            (None, Some(c)) => format!("a notice of {} without a number", c.label()),
            (None, None) => "a notice without a number".into(),
        })
        .collect();
    for g in groups {
        if g.header.number.is_none() {
            problems.push(problem(
                g.line,
                Some("recallNotice"),
                format!(
                    "the file holds {} recall notices ({}) and this one names no recall number: each becomes a recall of its own, so each needs its number",
                    groups.len(),
                    names.join(", ")
                ),
            ));
        }
    }
    for e in recalled.iter().filter(|e| e.notice.is_none()) {
        problems.push(problem(
            e.disposition_line,
            Some("disposition"),
            format!(
                "this recalled event carries no recall notice, and the file holds {} notices ({}): give the event the notice it belongs to, or import each notice from a file of its own",
                groups.len(),
                names.join(", ")
            ),
        ));
    }
    problems
}

/// The scope lines of each group, from the packs and lots of its events (an event without a
/// notice belongs to the first). A pack takes the lot the document gives it (`facts`); the same
/// pack or lot in several events of one notice is one scope line.
pub(super) fn group_scopes(
    groups: &Groups,
    recalled: &[RecalledEvent],
    facts: &ScopeBuilder,
) -> Vec<ScopeBuilder> {
    let mut builders: Vec<ScopeBuilder> = groups
        .groups
        .iter()
        .map(|_| ScopeBuilder::default())
        .collect();
    for e in recalled {
        let b = &mut builders[e.notice.map_or(0, |n| groups.group_of[n])];
        for (gtin, serial, at) in &e.packs {
            let key = (gtin.clone(), serial.clone());
            if b.packs.contains_key(&key) {
                continue;
            }
            let lot = facts.packs.get(&key).and_then(|(l, _)| l.clone());
            b.packs.insert(key, (lot.clone(), *at));
            b.push(
                ScopeLine {
                    gtin: gtin.clone(),
                    lot,
                    serial: Some(serial.clone()),
                },
                *at,
            );
        }
        for (gtin, lot, at) in &e.classes {
            let fresh = match lot {
                Some(l) => b.lots.insert((gtin.clone(), l.clone()), *at).is_none(),
                None => b.products.insert(gtin.clone(), *at).is_none(),
            };
            if fresh {
                b.push(
                    ScopeLine {
                        gtin: gtin.clone(),
                        lot: lot.clone(),
                        serial: None,
                    },
                    *at,
                );
            }
        }
    }
    builders
}

/// A group and its scope as a notice: the document's date when the notice gives none, and the
/// expiries the document gives for the lots it covers.
pub(super) fn notice_of(
    group: NoticeRead,
    scope: ScopeBuilder,
    facts: &ScopeBuilder,
    document_date: Option<chrono::NaiveDate>,
) -> RecallNotice {
    let mut header = group.header;
    header.issued_on = header.issued_on.or(document_date);
    let expiries = facts
        .expiry_list
        .iter()
        .filter(|(gtin, lot, _, _)| {
            scope
                .scope
                .iter()
                .any(|s| &s.gtin == gtin && s.lot.as_ref() == Some(lot))
        })
        .cloned()
        .collect();
    RecallNotice {
        header,
        scope: scope.scope,
        scope_lines: scope.scope_lines,
        expiries,
        line: group.line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::RecallClass;

    const GTIN: &str = "09506000134352";

    fn notice(number: Option<&str>, class: Option<RecallClass>, line: usize) -> NoticeRead {
        NoticeRead {
            header: RecallHeader {
                number: number.map(String::from),
                class,
                ..RecallHeader::default()
            },
            line,
        }
    }

    fn event(notice: Option<usize>, packs: &[(&str, usize)]) -> RecalledEvent {
        RecalledEvent {
            line: 10,
            disposition_line: 12,
            notice,
            packs: packs
                .iter()
                .map(|(s, at)| (GTIN.to_string(), s.to_string(), *at))
                .collect(),
            classes: Vec::new(),
        }
    }

    #[test]
    fn the_same_number_on_several_events_is_one_notice_and_two_numbers_are_two() {
        let mut problems = Vec::new();
        let g = group_notices(
            vec![
                notice(Some("R-1"), Some(RecallClass::I), 5),
                notice(Some("R-2"), Some(RecallClass::I), 20),
                notice(Some("R-1"), Some(RecallClass::I), 40),
            ],
            Some(3),
            &mut problems,
        );
        assert_eq!(
            g.group_of,
            [0, 1, 0],
            "the third notice repeats the first recall, so its events belong to it"
        );
        assert_eq!(g.groups.len(), 2, "two recall numbers are two recalls");
        assert!(problems.is_empty(), "a notice repeated identically is fine");
    }

    #[test]
    fn a_recall_given_two_classes_is_a_problem_at_the_second_notice() {
        let mut problems = Vec::new();
        group_notices(
            vec![
                notice(Some("R-1"), Some(RecallClass::I), 5),
                notice(Some("R-1"), Some(RecallClass::II), 40),
            ],
            None,
            &mut problems,
        );
        assert_eq!(problems.len(), 1, "one field disagrees: {problems:?}");
        assert_eq!(
            (problems[0].line, problems[0].field.as_deref()),
            (40, Some("recallNotice")),
            "the problem points at the notice that contradicts the first"
        );
        assert!(
            problems[0].message.contains("class") && problems[0].message.contains("line 5"),
            "the problem names the field and where the first value was: {}",
            problems[0].message
        );
    }

    #[test]
    fn without_a_notice_the_document_is_one_notice_at_its_first_recalled_event() {
        let mut problems = Vec::new();
        let g = group_notices(Vec::new(), Some(7), &mut problems);
        assert_eq!(
            (g.groups.len(), g.groups[0].line),
            (1, 7),
            "the header is then asked of the person importing, and problems point at the event"
        );
    }

    #[test]
    fn with_several_notices_each_needs_its_number_and_each_event_its_notice() {
        let groups = [
            notice(Some("R-1"), None, 5),
            notice(None, Some(RecallClass::II), 30),
        ];
        let recalled = [event(Some(0), &[]), event(None, &[])];
        let problems = several_notices_problems(&groups, &recalled);
        let at: Vec<(usize, Option<&str>)> = problems
            .iter()
            .map(|p| (p.line, p.field.as_deref()))
            .collect();
        assert_eq!(
            at,
            [(30, Some("recallNotice")), (12, Some("disposition"))],
            "the notice without a number and the event without a notice are both refused"
        );
        assert!(
            several_notices_problems(&groups[..1], &recalled).is_empty(),
            "with one notice an event without one simply belongs to it"
        );
    }

    #[test]
    fn a_pack_in_several_events_of_one_notice_is_one_scope_line_with_the_documents_lot() {
        let mut facts = ScopeBuilder::default();
        facts.packs.insert(
            (GTIN.to_string(), "S1".to_string()),
            (Some("A1".to_string()), 3),
        );
        let groups = Groups {
            groups: vec![notice(Some("R-1"), None, 5)],
            group_of: vec![0],
        };
        let recalled = [
            event(Some(0), &[("S1", 14)]),
            event(None, &[("S1", 24), ("S2", 25)]),
        ];
        let scopes = group_scopes(&groups, &recalled, &facts);
        assert_eq!(
            scopes[0].scope,
            [
                ScopeLine {
                    gtin: GTIN.into(),
                    lot: Some("A1".into()),
                    serial: Some("S1".into())
                },
                ScopeLine {
                    gtin: GTIN.into(),
                    lot: None,
                    serial: Some("S2".into())
                }
            ],
            "S1 once, with the lot its commissioning gave it; S2 without a lot"
        );
        assert_eq!(
            scopes[0].scope_lines,
            [14, 25],
            "each line is where the pack was first named"
        );
    }

    #[test]
    fn a_notice_without_a_date_takes_the_documents_and_only_its_lots_expiries() {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 24);
        let mut facts = ScopeBuilder::default();
        let expiry = chrono::NaiveDate::from_ymd_opt(2027, 3, 31).expect("a real date");
        let mut problems = Vec::new();
        facts.expiry(GTIN, "A1", expiry, 8, &mut problems);
        facts.expiry(GTIN, "B2", expiry, 9, &mut problems);
        let mut scope = ScopeBuilder::default();
        scope.push(
            ScopeLine {
                gtin: GTIN.into(),
                lot: Some("A1".into()),
                serial: None,
            },
            14,
        );
        let n = notice_of(notice(Some("R-1"), None, 5), scope, &facts, date);
        assert_eq!(
            n.header.issued_on, date,
            "a notice that names no date was issued when the document was made"
        );
        assert_eq!(
            n.expiries,
            [(GTIN.to_string(), "A1".to_string(), expiry, 8)],
            "only the expiry of a lot this notice covers is checked against the store"
        );
    }
}
