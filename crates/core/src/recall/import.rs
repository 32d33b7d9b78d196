//! Importing recalls from a file: each notice read, checked against what the store recorded,
//! completed by the header given, and all entered (and held) in one transaction, or none.

use rusqlite::{params, Connection, OptionalExtension};

use super::create::{checked, insert_recall};
use super::{read_recall_file, NewRecall, RecallCreated, RecallHeader, RecallNotice};
use crate::error::{import_error, CoreError, CoreResult, FileProblem};
use crate::import::csv::problem;
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

/// What a file says about its packs and lots that disagrees with what the store recorded when
/// they arrived: a pack the file gives another lot, a lot the file gives another expiry. Either
/// means the notice or our records are wrong, and a person must look before the recall is
/// entered.
fn disagreements(conn: &Connection, notice: &RecallNotice) -> CoreResult<Vec<FileProblem>> {
    let mut problems = Vec::new();
    for (line, at) in notice.scope.iter().zip(&notice.scope_lines) {
        let (Some(serial), Some(lot)) = (&line.serial, &line.lot) else {
            continue;
        };
        let here: Option<Option<String>> = conn
            .prepare_cached(
                "SELECT u.lot FROM unit u JOIN product p ON p.id = u.product_id
                 WHERE p.gtin = ?1 AND u.serial = ?2",
            )?
            .query_row(params![line.gtin, serial], |r| r.get(0))
            .optional()?;
        if let Some(Some(ours)) = here.filter(|ours| ours.as_ref().is_some_and(|o| o != lot)) {
            problems.push(problem(
                *at,
                Some("lot"),
                format!(
                    "pack {serial} of GTIN {} is lot {ours} here, the file says lot {lot}",
                    line.gtin
                ),
            ));
        }
    }
    for (gtin, lot, expiry, at) in &notice.expiries {
        let ours: Option<Option<String>> = conn
            .prepare_cached(
                "SELECT i.expiry FROM lot_info i JOIN product p ON p.id = i.product_id
                 WHERE p.gtin = ?1 AND i.lot = ?2",
            )?
            .query_row(params![gtin, lot], |r| r.get(0))
            .optional()?;
        if let Some(Some(ours)) = ours {
            if ours != expiry.to_string() {
                problems.push(problem(
                    *at,
                    Some("expiry"),
                    format!("lot {lot} of GTIN {gtin} expires {ours} here, the file says {expiry}"),
                ));
            }
        }
    }
    Ok(problems)
}

impl Store {
    /// The recall a notice read from a file becomes, with `header` filling in (and overriding)
    /// what the file says.
    fn recall_of_notice(
        &self,
        notice: &RecallNotice,
        header: &RecallHeader,
        now: Timestamp,
    ) -> CoreResult<NewRecall> {
        let from_file = &notice.header;
        let pick = |a: &Option<String>, b: &Option<String>| a.clone().or_else(|| b.clone());
        let number = pick(&header.number, &from_file.number)
            .ok_or_else(|| CoreError::refused("recall.file_without_number").field("number"))?;
        let reason = pick(&header.reason, &from_file.reason)
            .ok_or_else(|| CoreError::refused("recall.file_without_reason").field("reason"))?;
        let class = header
            .class
            .or(from_file.class)
            .ok_or_else(|| CoreError::refused("recall.file_without_class").field("class"))?;
        let title = match pick(&header.title, &from_file.title) {
            Some(t) => t,
            None => {
                let mut names = Vec::new();
                for g in notice.scope.iter().map(|l| l.gtin.as_str()) {
                    let name = self
                        .product_by_gtin(g)
                        .map_or_else(|_| format!("GTIN {g}"), |p| p.data.name);
                    if !names.contains(&name) {
                        names.push(name);
                    }
                }
                names.join(", ")
            }
        };
        checked(&NewRecall {
            number,
            title,
            class,
            reason,
            instructions: pick(&header.instructions, &from_file.instructions),
            issuer: pick(&header.issuer, &from_file.issuer),
            issued_on: header
                .issued_on
                .or(from_file.issued_on)
                .unwrap_or_else(|| now.local_date()),
            scope: notice.scope.clone(),
        })
    }

    /// Imports recalls from a file: CSV scope lines (one recall, its header given) or an EPCIS
    /// document, where each recall notice becomes a recall of its own with its number, class,
    /// date and scope. `header` fills in (and overrides) what the file says; with several
    /// notices it may not give a number or class, which would make them one. Every notice is
    /// checked first, then all are entered and held in one transaction, or none.
    pub fn import_recall(
        &mut self,
        actor: &User,
        bytes: &[u8],
        header: &RecallHeader,
        now: Timestamp,
    ) -> CoreResult<Vec<RecallCreated>> {
        require(actor, Operation::ManageRecalls)?;
        crate::import::check_size(bytes)?;
        let notices = read_recall_file(bytes)?;
        one_header_for_one_notice(&notices, header)?;
        let recalls = self.recalls_of_notices(&notices, header, now)?;
        self.with_hold_write(|conn| {
            let tx = conn.transaction()?;
            let mut created = Vec::with_capacity(recalls.len());
            for r in &recalls {
                created.push(insert_recall(&tx, actor, r, now)?);
            }
            tx.commit()?;
            Ok(created)
        })
    }

    /// The recalls the notices become, each checked: against what the store recorded, for what
    /// the file and header leave missing, for a number already used. With one notice the first
    /// refusal is the answer (what is missing is asked of the person importing it); with several,
    /// every problem of every notice is reported with the notice's line.
    fn recalls_of_notices(
        &self,
        notices: &[RecallNotice],
        header: &RecallHeader,
        now: Timestamp,
    ) -> CoreResult<Vec<NewRecall>> {
        let several = notices.len() > 1;
        let mut problems = Vec::new();
        let mut recalls = Vec::with_capacity(notices.len());
        for n in notices {
            problems.extend(disagreements(self.conn(), n)?);
            let recall = match self.recall_of_notice(n, header, now) {
                Ok(r) => r,
                Err(e) if !several => return Err(e),
                Err(e @ CoreError::Refused { .. }) => {
                    let field = e.field_at_fault();
                    problems.push(problem(n.line, field.as_deref(), e.to_string()));
                    continue;
                }
                Err(CoreError::Import(p)) => {
                    problems.extend(p);
                    continue;
                }
                Err(e) => return Err(e),
            };
            if recall_exists(self.conn(), &recall.number)? {
                if !several && problems.is_empty() {
                    return Err(CoreError::refused("recall.exists")
                        .field("number")
                        .arg("recall", recall.number));
                }
                problems.push(problem(
                    n.line,
                    Some("number"),
                    format!("recall {} exists already", recall.number),
                ));
            }
            recalls.push(recall);
        }
        if !problems.is_empty() {
            return Err(import_error(problems));
        }
        Ok(recalls)
    }
}

/// Refuses a number or class given for a file of several notices: it would make them one.
fn one_header_for_one_notice(notices: &[RecallNotice], header: &RecallHeader) -> CoreResult<()> {
    if notices.len() < 2 || (header.number.is_none() && header.class.is_none()) {
        return Ok(());
    }
    let numbers: Vec<&str> = notices
        .iter()
        .filter_map(|n| n.header.number.as_deref())
        .collect();
    Err(CoreError::refused("recall.several_notices_one_header")
        .field(if header.number.is_some() {
            "number"
        } else {
            "class"
        })
        .arg("notices", notices.len())
        .arg("numbers", numbers.join(", ")))
}

/// Whether a recall with this number was entered already.
fn recall_exists(conn: &Connection, number: &str) -> CoreResult<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM recall WHERE number = ?1)",
        [number],
        |r| r.get(0),
    )?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn notice(number: &str) -> RecallNotice {
        RecallNotice {
            header: RecallHeader {
                number: Some(number.into()),
                ..RecallHeader::default()
            },
            scope: Vec::new(),
            scope_lines: Vec::new(),
            expiries: Vec::new(),
            line: 1,
        }
    }

    #[test]
    fn a_number_or_class_given_for_several_notices_is_refused() {
        let two = [notice("R-1"), notice("R-2")];
        let class = RecallHeader {
            class: Some(RecallClass::I),
            ..RecallHeader::default()
        };
        let err = one_header_for_one_notice(&two, &class).expect_err("two notices, one class");
        assert_eq!(
            (err.code(), err.field_at_fault().as_deref()),
            ("recall.several_notices_one_header", Some("class")),
            "one class for two recalls would quietly make their classes the same"
        );
        assert!(
            one_header_for_one_notice(&two, &RecallHeader::default()).is_ok(),
            "several notices each keep their own header when none is given"
        );
        assert!(
            one_header_for_one_notice(&two[..1], &class).is_ok(),
            "with one notice the header given completes it"
        );
    }
}
