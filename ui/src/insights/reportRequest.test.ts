import { describe, expect, it } from "vitest";
import type { InsightQuery } from "../bindings";
import { insightReport, reportFile, scorecardReport } from "./reportRequest";

const query: InsightQuery = { from: "2026-01-01", to: "2026-03-31", location: "ICU", product: null, supplier: "MEDIDIST", older_than_days: 30 };

describe("the insights' reports", () => {
  it("ask an insight's report with the query's fields beside its kind, as custody-report takes it", () => {
    expect(insightReport("insight-waste", query)).toEqual({ kind: "insight-waste", from: "2026-01-01", to: "2026-03-31", location: "ICU", product: null, supplier: "MEDIDIST", older_than_days: 30 });
  });

  it("ask a supplier's scorecard for the query's days only", () => {
    expect(scorecardReport("PHARMACO", query), "a scorecard is one supplier's, whatever the filters' location or product").toEqual({ kind: "supplier-scorecard", supplier: "PHARMACO", from: "2026-01-01", to: "2026-03-31" });
  });

  it("name the file as the reports screen does: kind, subject, minute", () => {
    const now = new Date("2026-03-31T14:05:09Z");
    expect(reportFile("insight-dwell", null, "pdf", now)).toBe("insight-dwell-all-202603311405.pdf");
    expect(reportFile("supplier-scorecard", "MEDIDIST", "csv", now)).toBe("supplier-scorecard-MEDIDIST-202603311405.csv");
    expect(reportFile("insight-trends", "Ward 3/B", "pdf", now), "a code with a slash or a space still makes one file name").toBe("insight-trends-Ward_3_B-202603311405.pdf");
  });
});
