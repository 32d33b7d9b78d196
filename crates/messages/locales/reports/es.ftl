# The words of Custody's reports in English: titles, column headers, notices (see
# crates/messages/src/lib.rs, `report_text`). Ids are lowercase words joined by "-", the
# first naming the report (recall-notice-…, labels-…, expiry-…); comments document arguments
# as in en.ftl.

# The footer of every page.
# $page (number): this page
# $pages (number): pages in all
report-page = Página { $page } de { $pages }
