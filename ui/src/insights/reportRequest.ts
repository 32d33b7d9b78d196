// The insights as reports (custody-report's `insight-*` kinds and a supplier's scorecard): the
// api's request for the PDF or CSV of what a tab shows, made of the same query.
import type { InsightQuery, ReportRequest } from "../bindings";

export type InsightReportKind = "insight-dwell" | "insight-waste" | "insight-shrinkage" | "insight-suppliers" | "insight-trends";

/** The requests as custody-api's `ReportRequest` takes them: an insight's with the query's fields
 * beside `kind`, a supplier's scorecard with its partner code and days (none: the last 365). */
export type InsightReportRequest = ({ kind: InsightReportKind } & InsightQuery) | { kind: "supplier-scorecard"; supplier: string; from: string | null; to: string | null };

/** The request as the generated `ReportRequest` lists it. */
export function reportRequestOf(request: InsightReportRequest): ReportRequest {
  return request;
}

/** What an insight's tab saves: its kind's report of the query as it is. */
export function insightReport(kind: InsightReportKind, query: InsightQuery): ReportRequest {
  return reportRequestOf({ kind, ...query });
}

/** A supplier's scorecard for the query's days. */
export function scorecardReport(supplier: string, query: InsightQuery): ReportRequest {
  return reportRequestOf({ kind: "supplier-scorecard", supplier, from: query.from, to: query.to });
}

/** The file a report is saved as, named as the reports screen names its files: the kind, what it
 * is about (a supplier, location or product; `all`), and the minute, as `YYYYMMDDhhmm` (UTC). */
export function reportFile(kind: string, subject: string | null, ext: "pdf" | "csv", now: Date = new Date()): string {
  const stamp = now.toISOString().slice(0, 16).replace(/[-:T]/g, "");
  // A code is letters, digits and dashes; anything else would not be a file name everywhere.
  const about = (subject ?? "all").replace(/[^A-Za-z0-9._-]+/g, "_");
  return `${kind}-${about}-${stamp}.${ext}`;
}
