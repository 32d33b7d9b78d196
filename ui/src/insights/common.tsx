// What every insight's tab shares: its answer read once per filter (loading, refused, or here),
// the key figures, and amounts said in the answer's currency.
import { useQuery, type UseQueryResult } from "@tanstack/react-query";
import { useCallback, type ReactNode } from "react";
import type { Backend } from "../backend/backend";
import { useBackend } from "../backend/context";
import { useSiteCurrency } from "../i18n/currency";
import { useFormat, useT } from "../i18n/I18n";
import { ltr, useRich } from "../widgets/rich";
import type { InsightQuery, Period } from "../bindings";

/** The answer of one insight to the filters, read again when they change. */
export function useInsight<T>(kind: string, query: InsightQuery, fetch: (backend: Backend, query: InsightQuery) => Promise<T>): UseQueryResult<T> {
  const backend = useBackend();
  return useQuery({ queryKey: ["insights", kind, query], queryFn: () => fetch(backend, query) });
}

/** The answer once it is here; while it comes, a line; refused, the api's reason (already in
 * the person's language), as every screen shows it. */
export function Answer<T>({ result, children }: { result: UseQueryResult<T>; children(data: T): ReactNode }) {
  const t = useT();
  if (result.isError)
    return (
      <p role="alert" className="error">
        {result.error.message}
      </p>
    );
  if (result.isPending) return <p className="muted">{t("insights.loading")}</p>;
  return <>{children(result.data)}</>;
}

/** The few figures a tab opens with. */
export function KeyFigures({ label, figures }: { label: string; figures: Array<{ label: string; value: ReactNode }> }) {
  return (
    <dl className="key-figures" aria-label={label}>
      {figures.map((f) => (
        <div key={f.label}>
          <dt>{f.label}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Says amounts kept in hundredths: in the answer's currency (the site's while the answer names
 * none), or as a plain number with two places while the site has chosen no currency. */
export function useAmounts(currency: string | null) {
  const t = useT();
  const format = useFormat();
  const site = useSiteCurrency();
  const code = currency ?? site;
  const money = useCallback((cents: number) => (code ? format.money(cents, code) : t("insights.amount", { amount: cents / 100 })), [code, format, t]);
  // The axis's ticks: whole units, without the currency (the table beside says it exactly).
  const axis = useCallback((cents: number) => format.number(Math.round(cents / 100)), [format]);
  return { money, axis, number: format.number };
}

/** A titled part of a tab. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="insights-section" aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/** A sentence where an answer has nothing. */
export function Empty({ children }: { children: ReactNode }) {
  return <p className="insights-empty">{children}</p>;
}

/** A sentence of the catalogue about the period: its days isolated left to right, so an Arabic
 * sentence keeps them as printed. `key` names `{from}` and `{to}`. */
export function PeriodSentence({ period, say: key, className }: { period: Period; say: string; className?: string }) {
  const say = useRich();
  return <p className={className}>{say(key, { from: ltr(period.from), to: ltr(period.to) })}</p>;
}
