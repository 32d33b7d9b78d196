//! Custody's printable documents (recall notices, stock and expiry reports, chain-of-custody
//! certificates), rendered as PDF from plain report models that custody-core builds. This is the
//! only crate that will touch the PDF library; the documents arrive with the reports work, and
//! until then the crate holds nothing but this description.

#![forbid(unsafe_code)]
