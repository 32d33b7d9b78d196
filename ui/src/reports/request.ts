// What the report form holds, and the api's request made of it.
import type { PaperSize, ReportRequest } from "../bindings";

/** The catalogue's `t`, as `useT()` gives it: the refusals below are said in the person's language. */
export type T = (key: string, values?: Record<string, string | number>) => string;

export type Kind = ReportRequest["kind"];

/** What the report form holds as the person types: every parameter any report takes, as text.
 * [`reportRequest`] turns it into the api's request for the chosen report. */
export interface ReportForm {
  kind: Kind;
  number: string | null;
  location: string | null;
  within_days: number | null;
  gtin: string | null;
  serial: string | null;
  from: string | null;
  to: string | null;
  user: string | null;
  /** An insight's or a scorecard's supplier (partner code). */
  supplier: string | null;
  paper: PaperSize;
}

/** The api's request for the report `form` asks for, with only the parameters that report takes.
 * A count number or a date that cannot be one is refused here, naming what was typed, before
 * anything is asked of the api. */
export function reportRequest(form: ReportForm, t: T): ReportRequest {
  const text = (v: string | null) => v?.trim() ?? "";
  const optional = (v: string | null) => text(v) || null;
  const date = (v: string | null, field: string) => {
    const d = optional(v);
    if (d !== null && !/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new Error(t("reports.error.notDate", { value: d, field }));
    return d;
  };
  switch (form.kind) {
    case "recall-notice":
    case "recall-closure":
      return { kind: form.kind, number: text(form.number) };
    case "stock-on-hand":
    case "shortages":
    case "quarantine-labels":
      return { kind: form.kind, location: optional(form.location) };
    case "expiry":
      return { kind: "expiry", windows: [form.within_days ?? 90], location: optional(form.location) };
    case "count-variance": {
      const n = text(form.number).replace(/^COUNT-/i, "");
      if (!/^\d+$/.test(n)) throw new Error(t("reports.error.notCount", { value: text(form.number) }));
      return { kind: "count-variance", count: Number(n) };
    }
    case "chain-of-custody":
      return { kind: "chain-of-custody", gtin: text(form.gtin), serial: text(form.serial) };
    case "audit-extract":
      return { kind: "audit-extract", from: date(form.from, t("reports.field.fromShort")), to: date(form.to, t("reports.field.toShort")), user: optional(form.user), location: optional(form.location) };
    case "pick-list": {
      const n = text(form.number).replace(/^PICK-/i, "");
      if (!/^\d+$/.test(n)) throw new Error(t("reports.error.notPickList", { value: text(form.number) }));
      return { kind: "pick-list", list: Number(n) };
    }
    case "supplier-orders":
      return { kind: "supplier-orders" };
    case "insight-dwell":
    case "insight-waste":
    case "insight-shrinkage":
    case "insight-suppliers":
    case "insight-trends": {
      const from = date(form.from, t("reports.field.fromShort"));
      const to = date(form.to, t("reports.field.toShort"));
      return { kind: form.kind, from, to, location: optional(form.location), product: optional(form.gtin), supplier: optional(form.supplier), older_than_days: form.within_days };
    }
    case "supplier-scorecard":
      return { kind: "supplier-scorecard", supplier: text(form.supplier), from: date(form.from, t("reports.field.fromShort")), to: date(form.to, t("reports.field.toShort")) };
  }
}

export function emptyForm(kind: Kind): ReportForm {
  return {
    kind,
    number: null,
    location: null,
    within_days: kind === "expiry" ? 90 : null,
    gtin: null,
    serial: null,
    from: null,
    to: null,
    user: null,
    supplier: null,
    paper: "a4",
  };
}
