// Reports: pick one, fill in what it is about, preview it, save it as PDF or CSV, open it.
import { useMutation } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useBackend } from "../backend/context";
import type { PaperSize } from "../bindings";
import { emptyForm, reportRequest, type Kind, type ReportForm } from "./request";
import { LocationSelect } from "../widgets/Choosers";
import { DocumentPreview } from "./DocumentPreview";
import { Button, Field } from "../widgets/controls";
import { useSaveReport } from "./useSaveReport";

type Param = "number" | "location" | "within_days" | "gtin" | "serial" | "from" | "to" | "user";

export const REPORTS: Array<{ kind: Kind; label: string; params: Param[]; number?: string }> = [
  { kind: "recall-notice", label: "Recall notice", params: ["number"], number: "Recall number" },
  { kind: "recall-closure", label: "Recall reconciliation", params: ["number"], number: "Recall number" },
  { kind: "stock-on-hand", label: "Stock on hand", params: ["location"] },
  { kind: "expiry", label: "Expiry report", params: ["within_days", "location"] },
  { kind: "shortages", label: "Shortages and suggested order", params: ["location"] },
  { kind: "count-variance", label: "Count variance", params: ["number"], number: "Count number" },
  { kind: "chain-of-custody", label: "Chain-of-custody certificate", params: ["gtin", "serial"] },
  { kind: "audit-extract", label: "Audit extract", params: ["from", "to", "user", "location"] },
  { kind: "quarantine-labels", label: "Quarantine labels", params: ["location"] },
  { kind: "pick-list", label: "Pick list", params: ["number"], number: "Pick list number" },
  { kind: "supplier-orders", label: "Supplier orders", params: [] },
];

const LABELS: Record<Param, string> = {
  number: "Number",
  location: "Location",
  within_days: "Within days",
  gtin: "GTIN",
  serial: "Serial",
  from: "From (YYYY-MM-DD)",
  to: "To (YYYY-MM-DD)",
  user: "User",
};


export function ReportsView({ initial }: { initial?: ReportForm }) {
  const backend = useBackend();
  const [form, setForm] = useState<ReportForm>(initial ?? emptyForm("stock-on-hand"));
  const preview = useMutation({ mutationFn: (f: ReportForm) => backend.call("report_preview", reportRequest(f)) });
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
  const spec = REPORTS.find((r) => r.kind === form.kind) ?? { kind: form.kind, label: form.kind, params: [], number: "" };
  const set = (p: Param, v: string) =>
    setForm((f) => ({ ...f, [p]: p === "within_days" ? (v ? Number(v) : null) : v || null }));
  const error = preview.error ?? saver.error;

  return (
    <section className="view" aria-labelledby="reports-title">
      <header className="view-header">
        <h1 id="reports-title">Reports</h1>
      </header>
      <div className="reports">
        <nav className="report-list" aria-label="Reports">
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
              {r.label}
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
                <LocationSelect key={p} label="Location" value={form.location ?? ""} onChange={(v) => set(p, v)} none="Every location" />
              ) : (
                <Field key={p} label={p === "number" ? spec.number : LABELS[p]} name={p === "number" ? spec.number : LABELS[p]} value={String(form[p] ?? "")} onChange={(v) => set(p, v)} />
              ),
            )}
            <label>
              Paper
              <select aria-label="Paper" value={form.paper} onChange={(e) => setForm((f) => ({ ...f, paper: e.target.value as PaperSize }))}>
                <option value="a4">A4</option>
                <option value="letter">US Letter</option>
              </select>
            </label>
            <div className="actions">
              <Button type="submit">Preview</Button>
              <Button variant="primary" onPress={() => save.mutate({ f: form, ext: "pdf" })}>
                Save PDF
              </Button>
              <Button onPress={() => save.mutate({ f: form, ext: "csv" })}>
                Save CSV
              </Button>
            </div>
          </form>
          {error ? (
            <p role="alert" className="error">
              {error.message}
            </p>
          ) : null}
          {saver.dialog}
          {saver.isPending || preview.isPending ? <p className="muted">Building the report…</p> : null}
          {saved ? (
            <p className="saved" role="status">
              Saved {saved.title} to <code>{saved.path}</code> ({Math.ceil(saved.bytes / 1024).toLocaleString("en-GB")} KB).{" "}
              <Button onPress={() => void backend.openFile(saved.path)}>
                Open
              </Button>
            </p>
          ) : null}
          {preview.data ? <DocumentPreview doc={preview.data} /> : null}
        </div>
      </div>
    </section>
  );
}
