// Saving what a tab shows as a report, PDF or CSV, through the reports' one way of saving (the
// file named as the reports screen names it, a question before replacing a file, then where it
// went and Open).
import type { ReactNode } from "react";
import type { InsightQuery } from "../bindings";
import { useT } from "../i18n/I18n";
import { SavedReportLine } from "../reports/SavedReportLine";
import { useSaveReport, type ReportSaver } from "../reports/useSaveReport";
import { Button } from "../widgets/controls";
import { insightReport, reportFile, type InsightReportKind } from "./reportRequest";

/** What became of the last save: building, refused, the replace question, or saved. */
export function SaveStatus({ saver }: { saver: ReportSaver }) {
  const t = useT();
  return (
    <>
      {saver.isPending ? (
        <p className="muted" role="status">
          {t("reports.building")}
        </p>
      ) : null}
      {saver.error ? (
        <p role="alert" className="error">
          {saver.error.message}
        </p>
      ) : null}
      {saver.dialog}
      {saver.saved ? <SavedReportLine saved={saver.saved} /> : null}
    </>
  );
}

/** Save PDF and Save CSV of the insight `kind` for `query`, as the tab shows it. */
export function ReportBar({ kind, query }: { kind: InsightReportKind; query: InsightQuery }) {
  const t = useT();
  const saver = useSaveReport();
  const subject = query.location ?? query.supplier ?? query.product;
  const save = (ext: "pdf" | "csv") => saver.saveReport(insightReport(kind, query), reportFile(kind, subject, ext));
  return (
    <div className="insights-export">
      <div className="actions" role="group" aria-label={t("insights.export")}>
        <Button onPress={() => save("pdf")} isDisabled={saver.isPending}>
          {t("reports.savePdf")}
        </Button>
        <Button onPress={() => save("csv")} isDisabled={saver.isPending}>
          {t("reports.saveCsv")}
        </Button>
      </div>
      <SaveStatus saver={saver} />
    </div>
  );
}

/** A tab's first line: what it covers (`children`), and beside it its report's Save buttons. */
export function PanelHead({ kind, query, children }: { kind: InsightReportKind; query: InsightQuery; children: ReactNode }) {
  return (
    <div className="insights-head">
      {children}
      <ReportBar kind={kind} query={query} />
    </div>
  );
}
