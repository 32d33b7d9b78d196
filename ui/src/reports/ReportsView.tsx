// Reports: pick one, fill in what it is about, preview it, save it as PDF or CSV, open it.
import { useMutation } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useBackend } from "../backend/context";
import type { PaperSize } from "../bindings";
import { useT } from "../i18n/I18n";
import { emptyForm, reportRequest, type Kind, type ReportForm } from "./request";
import { LocationSelect } from "../widgets/Choosers";
import { DocumentPreview } from "./DocumentPreview";
import { Button, Field } from "../widgets/controls";
import { SavedReportLine } from "./SavedReportLine";
import { useSaveReport } from "./useSaveReport";

type Param = "number" | "location" | "within_days" | "gtin" | "serial" | "from" | "to" | "user";

/** The reports, each with the catalogue keys of its name and of its number's field. */
export const REPORTS: Array<{ kind: Kind; label: string; params: Param[]; number?: string }> = [
  { kind: "recall-notice", label: "reports.kind.recallNotice", params: ["number"], number: "reports.field.recallNumber" },
  { kind: "recall-closure", label: "reports.kind.recallClosure", params: ["number"], number: "reports.field.recallNumber" },
  { kind: "stock-on-hand", label: "reports.kind.stockOnHand", params: ["location"] },
  { kind: "expiry", label: "reports.kind.expiry", params: ["within_days", "location"] },
  { kind: "shortages", label: "reports.kind.shortages", params: ["location"] },
  { kind: "count-variance", label: "reports.kind.countVariance", params: ["number"], number: "reports.field.countNumber" },
  { kind: "chain-of-custody", label: "reports.kind.chainOfCustody", params: ["gtin", "serial"] },
  { kind: "audit-extract", label: "reports.kind.auditExtract", params: ["from", "to", "user", "location"] },
  { kind: "quarantine-labels", label: "reports.kind.quarantineLabels", params: ["location"] },
  { kind: "pick-list", label: "reports.kind.pickList", params: ["number"], number: "reports.field.pickListNumber" },
  { kind: "supplier-orders", label: "reports.kind.supplierOrders", params: [] },
];

/** The catalogue keys of the parameters' fields. */
const LABELS: Record<Param, string> = {
  number: "reports.field.number",
  location: "reports.field.location",
  within_days: "reports.field.withinDays",
  gtin: "reports.field.gtin",
  serial: "reports.field.serial",
  from: "reports.field.from",
  to: "reports.field.to",
  user: "reports.field.user",
};

export function ReportsView({ initial }: { initial?: ReportForm }) {
  const backend = useBackend();
  const t = useT();
  const [form, setForm] = useState<ReportForm>(initial ?? emptyForm("stock-on-hand"));
  const preview = useMutation({ mutationFn: (f: ReportForm) => backend.call("report_preview", reportRequest(f, t)) });
  // Opened on a report already filled in (a figure on Home leads to today's audit extract):
  // show it at once rather than an empty page with a Preview button.
  const { mutate: show } = preview;
  const [opened] = useState(initial);
  useEffect(() => {
    if (opened) show(opened);
  }, [opened, show]);
  const saver = useSaveReport();
  const saved = saver.saved;
  const save = {
    mutate: ({ f, ext }: { f: ReportForm; ext: "pdf" | "csv" }) => {
      const stamp = new Date().toISOString().slice(0, 16).replace(/[-:T]/g, "");
      const subject = f.number ?? f.serial ?? f.location ?? "all";
      saver.save(f, `${f.kind}-${subject}-${stamp}.${ext}`);
    },
  };
  const spec = REPORTS.find((r) => r.kind === form.kind) ?? { kind: form.kind, label: form.kind, params: [], number: LABELS.number };
  const numberLabel = t(spec.number ?? LABELS.number);
  const set = (p: Param, v: string) =>
    setForm((f) => ({ ...f, [p]: p === "within_days" ? (v ? Number(v) : null) : v || null }));
  const error = preview.error ?? saver.error;

  return (
    <section className="view" aria-labelledby="reports-title">
      <header className="view-header">
        <h1 id="reports-title">{t("reports.title")}</h1>
      </header>
      <div className="reports">
        <nav className="report-list" aria-label={t("reports.title")}>
          {REPORTS.map((r) => (
            <Button
              key={r.kind}
              variant="bare"
              className={r.kind === form.kind ? "report-pick on" : "report-pick"}
              aria-current={r.kind === form.kind ? "true" : undefined}
              onPress={() => {
                setForm(emptyForm(r.kind));
                preview.reset();
                saver.reset();
              }}
            >
              {t(r.label)}
            </Button>
          ))}
        </nav>
        <div className="report-main">
          <form
            className="filters wrap"
            onSubmit={(e) => {
              e.preventDefault();
              preview.mutate(form);
            }}
          >
            {spec.params.map((p) =>
              p === "location" ? (
                <LocationSelect key={p} label={t("reports.field.location")} value={form.location ?? ""} onChange={(v) => set(p, v)} none={t("reports.everyLocation")} />
              ) : (
                <Field
                  key={p}
                  label={p === "number" ? numberLabel : t(LABELS[p])}
                  name={p === "number" ? numberLabel : t(LABELS[p])}
                  value={String(form[p] ?? "")}
                  onChange={(v) => set(p, v)}
                />
              ),
            )}
            <label>
              {t("reports.paper.label")}
              <select aria-label={t("reports.paper.label")} value={form.paper} onChange={(e) => setForm((f) => ({ ...f, paper: e.target.value as PaperSize }))}>
                <option value="a4">A4</option>
                <option value="letter">{t("reports.paper.letter")}</option>
              </select>
            </label>
            <div className="actions">
              <Button type="submit">{t("reports.preview")}</Button>
              <Button variant="primary" onPress={() => save.mutate({ f: form, ext: "pdf" })}>
                {t("reports.savePdf")}
              </Button>
              <Button onPress={() => save.mutate({ f: form, ext: "csv" })}>{t("reports.saveCsv")}</Button>
            </div>
          </form>
          {error ? (
            <p role="alert" className="error">
              {error.message}
            </p>
          ) : null}
          {saver.dialog}
          {saver.isPending || preview.isPending ? <p className="muted">{t("reports.building")}</p> : null}
          {saved ? <SavedReportLine saved={saved} /> : null}
          {preview.data ? <DocumentPreview doc={preview.data} /> : null}
        </div>
      </div>
    </section>
  );
}
