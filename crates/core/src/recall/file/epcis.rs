//! Reading the recall notices of an EPCIS document: its events read one by one (`events`), the
//! notices they carry grouped into one per recall (`group`), and the document's date given to a
//! notice that names none.

use chrono::NaiveDate;

use super::events::EventsRead;
use super::group::{group_notices, group_scopes, notice_of, several_notices_problems};
use super::notice::creation_date;
use super::{file_date, RecallNotice};
use crate::epcis::EpcisEvent;
use crate::error::FileProblem;
use crate::import::csv::problem;

/// Reads the recall notices of an EPCIS document: packs from the `epcList` of events whose
/// disposition is `recalled`, lots (or whole GTINs) from their `quantityList`, and each notice's
/// header from its `…:recallNotice` extension. Every EPC and class of every event must be
/// readable; lots and expiries from ILMD must agree across the document.
pub(crate) fn epcis_notices(
    text: &str,
    xml: bool,
    events: &[EpcisEvent],
) -> Result<Vec<RecallNotice>, Vec<FileProblem>> {
    let read = EventsRead::read(text, events);
    let mut problems = read.problems;
    if read.recalled.is_empty() {
        problems.push(problem(
            1,
            Some("disposition"),
            "no event in the file has the disposition 'recalled' with a pack or lot to recall",
        ));
    }
    let first_event_line = read.recalled.first().map(|e| e.line);
    let groups = group_notices(read.notices, first_event_line, &mut problems);
    problems.extend(several_notices_problems(&groups.groups, &read.recalled));
    let document_date = document_date(text, xml, &mut problems);
    if !problems.is_empty() {
        return Err(problems);
    }
    let scopes = group_scopes(&groups, &read.recalled, &read.facts);
    Ok(groups
        .groups
        .into_iter()
        .zip(scopes)
        .map(|(g, scope)| notice_of(g, scope, &read.facts, document_date))
        .collect())
}

/// The date the document was created (`creationDate`), if it gives one; one that is not a date
/// is a problem.
fn document_date(text: &str, xml: bool, problems: &mut Vec<FileProblem>) -> Option<NaiveDate> {
    let (v, at) = creation_date(text, xml)?;
    let date = file_date(&v);
    if date.is_none() {
        problems.push(problem(
            at,
            Some("creationDate"),
            format!("'{}' is not a date and time", v.escape_debug()),
        ));
    }
    date
}
