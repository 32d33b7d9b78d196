// What the report form holds, and the api's request made of it.
import type { PaperSize, ReportRequest } from "../bindings";

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
  paper: PaperSize;
}

/** The api's request for the report `form` asks for, with only the parameters that report takes.
 * A count number or a date that cannot be one is refused here, naming what was typed, before
 * anything is asked of the api. */
export function reportRequest(form: ReportForm): ReportRequest {
  const text = (v: string | null) => v?.trim() ?? "";
  const optional = (v: string | null) => text(v) || null;
  const date = (v: string | null, what: string) => {
    const d = optional(v);
    if (d !== null && !/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new Error(`'${d}' is not a date (YYYY-MM-DD) for ${what}.`);
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
      if (!/^\d+$/.test(n)) throw new Error(`'${text(form.number)}' is not a count number.`);
      return { kind: "count-variance", count: Number(n) };
    }
    case "chain-of-custody":
      return { kind: "chain-of-custody", gtin: text(form.gtin), serial: text(form.serial) };
    case "audit-extract":
      return { kind: "audit-extract", from: date(form.from, "From"), to: date(form.to, "To"), user: optional(form.user), location: optional(form.location) };
    case "pick-list": {
      const n = text(form.number).replace(/^PICK-/i, "");
      if (!/^\d+$/.test(n)) throw new Error(`'${text(form.number)}' is not a pick list number.`);
      return { kind: "pick-list", list: Number(n) };
    }
    case "supplier-orders":
      return { kind: "supplier-orders" };
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
    paper: "a4",
  };
}
