// The filters every insight shares (the period, a location, a product, a supplier) and dwell's
// own threshold; applied together when the person presses Show, so a half-typed GTIN is never
// asked about.
import { useState, type FormEvent } from "react";
import { useT } from "../i18n/I18n";
import { Button, Field } from "../widgets/controls";
import { LocationSelect, PartnerSelect } from "../widgets/Choosers";
import type { InsightQuery } from "../bindings";

/** No filter: the last 365 days, everywhere, every product and supplier. */
export const NO_FILTER: InsightQuery = { from: null, to: null, location: null, product: null, supplier: null, older_than_days: null };

interface Draft {
  from: string;
  to: string;
  location: string;
  product: string;
  supplier: string;
  olderThan: string;
}

const draftOf = (q: InsightQuery): Draft => ({
  from: q.from ?? "",
  to: q.to ?? "",
  location: q.location ?? "",
  product: q.product ?? "",
  supplier: q.supplier ?? "",
  olderThan: q.older_than_days === null ? "" : String(q.older_than_days),
});

/** The query a draft asks: empty fields are no filter. */
export function queryOf(d: Draft): InsightQuery {
  const text = (s: string) => (s.trim() === "" ? null : s.trim());
  const days = Number.parseInt(d.olderThan, 10);
  return { from: text(d.from), to: text(d.to), location: text(d.location), product: text(d.product), supplier: text(d.supplier), older_than_days: Number.isFinite(days) && days >= 0 ? days : null };
}

function DateInput({ label, value, onChange }: { label: string; value: string; onChange(v: string): void }) {
  return (
    <label>
      {label}
      <input type="date" aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}

export function InsightFilters({ query, onApply, dwell }: { query: InsightQuery; onApply(q: InsightQuery): void; dwell: boolean }) {
  const t = useT();
  const [draft, setDraft] = useState<Draft>(() => draftOf(query));
  const set = (k: keyof Draft) => (v: string) => setDraft((d) => ({ ...d, [k]: v }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(queryOf(draft));
  };
  return (
    <form className="insights-filters" aria-label={t("insights.filters")} onSubmit={submit}>
      <DateInput label={t("insights.filter.from")} value={draft.from} onChange={set("from")} />
      <DateInput label={t("insights.filter.to")} value={draft.to} onChange={set("to")} />
      <LocationSelect label={t("insights.filter.location")} value={draft.location} onChange={set("location")} none={t("insights.filter.allLocations")} />
      <Field label={t("insights.filter.product")} value={draft.product} onChange={set("product")} placeholder={t("insights.filter.productHint")} narrow inputMode="numeric" spellCheck={false} />
      <PartnerSelect label={t("insights.filter.supplier")} value={draft.supplier} onChange={set("supplier")} none={t("insights.filter.allSuppliers")} />
      {dwell ? <Field label={t("insights.filter.olderThan")} value={draft.olderThan} onChange={set("olderThan")} placeholder="90" narrow inputMode="numeric" size={5} className="days" /> : null}
      <Button type="submit" variant="primary">
        {t("insights.filter.show")}
      </Button>
    </form>
  );
}
