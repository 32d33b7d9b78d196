//! The reorder-rule CSV file: read with every problem of every line, then imported all or none.

use crate::error::{import_error, CoreResult, FileProblem};
use crate::import::csv::{problem, CsvFile};
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

use super::rules::RuleInput;

/// Reads rules from CSV with the columns `gtin,location,reorder_point,par_level,lead_time_days`
/// (the last optional). Every problem of every line is reported; a file with no rules is refused.
pub fn parse_rules_csv(bytes: &[u8]) -> CoreResult<Vec<(usize, RuleInput)>> {
    match read_rules_csv(bytes) {
        Ok(read) if read.problems.is_empty() => Ok(read.rules),
        Ok(RulesRead { problems, .. }) | Err(problems) => Err(import_error(problems)),
    }
}

/// What a rule file gives: the rules that read, with their lines; the problems of its lines;
/// and the GTIN and location of the lines whose levels did not read, so that one pass also
/// checks those against the store.
struct RulesRead {
    rules: Vec<(usize, RuleInput)>,
    problems: Vec<FileProblem>,
    keys_only: Vec<(usize, String, String)>,
}

/// The rules a CSV file gives, and the problems of the lines that give none; `Err` when the
/// file as a whole cannot be read (its header, or no rows at all).
fn read_rules_csv(bytes: &[u8]) -> Result<RulesRead, Vec<FileProblem>> {
    const COLUMNS: &[&str] = &[
        "gtin",
        "location",
        "reorder_point",
        "par_level",
        "lead_time_days",
    ];
    let (file, mut problems) =
        CsvFile::read_listing(bytes, COLUMNS, &COLUMNS[..4], "reorder rules")?;
    if file.records.is_empty() && problems.is_empty() {
        return Err(vec![problem(
            1,
            None,
            "the file lists no reorder rules: it has a header and no rows",
        )]);
    }
    let mut out = Vec::new();
    let mut keys_only = Vec::new();
    for (line, record) in &file.records {
        let line = *line;
        let mut number = |n: &str, required: bool| -> Option<i64> {
            let Some(v) = file.get(record, n) else {
                if required {
                    problems.push(problem(line, Some(n), format!("the {n} is missing")));
                }
                return None;
            };
            match v.parse::<i64>() {
                Ok(x) if x >= 0 => Some(x),
                _ => {
                    problems.push(problem(
                        line,
                        Some(n),
                        format!(
                            "'{}' is not a whole number of zero or more",
                            v.escape_debug()
                        ),
                    ));
                    None
                }
            }
        };
        let (rop, par) = (number("reorder_point", true), number("par_level", true));
        let lead = number("lead_time_days", false);
        let lead_ok = lead.is_some() || file.get(record, "lead_time_days").is_none();
        let mut text = |n: &str, what: &str| -> Option<String> {
            let v = file.get(record, n).map(String::from);
            if v.is_none() {
                problems.push(problem(line, Some(n), format!("the {what} is missing")));
            }
            v
        };
        let (gtin, location) = (text("gtin", "GTIN"), text("location", "location code"));
        let levels_read = rop.is_some() && par.is_some() && lead_ok;
        if let (Some(gtin), Some(location), false) = (&gtin, &location, levels_read) {
            keys_only.push((line, gtin.clone(), location.clone()));
        }
        if let (Some(gtin), Some(location), Some(reorder_point), Some(par_level), true) =
            (gtin, location, rop, par, lead_ok)
        {
            out.push((
                line,
                RuleInput {
                    gtin,
                    location,
                    reorder_point,
                    par_level,
                    lead_time_days: lead,
                },
            ));
        }
    }
    Ok(RulesRead {
        rules: out,
        problems,
        keys_only,
    })
}

impl Store {
    /// Imports rules from CSV (`gtin,location,reorder_point,par_level,lead_time_days`), all or
    /// none, with every problem by line: a missing column is named, a file with no rows and a
    /// product and location given two rules are refused.
    pub fn import_reorder_rules(
        &mut self,
        actor: &User,
        bytes: &[u8],
        now: Timestamp,
    ) -> CoreResult<usize> {
        require(actor, Operation::ManageMasterData)?;
        crate::import::check_size(bytes)?;
        let RulesRead {
            rules,
            mut problems,
            keys_only,
        } = read_rules_csv(bytes).map_err(import_error)?;
        // Every line is checked against the store too, so one pass reports all.
        let (resolved, more) = self.resolve_rules(&rules)?;
        problems.extend(more);
        for (line, gtin, location) in &keys_only {
            self.rule_keys(*line, gtin, location, &mut problems);
        }
        problems.sort_by_key(|p| p.line);
        if !problems.is_empty() {
            return Err(import_error(problems));
        }
        self.save_rules(actor, &resolved, now)
    }
}
