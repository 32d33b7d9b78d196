// Supplier quality: what each supplier (and each manufacturer) sent that was not right: short-dated
// on arrival, lots or expiries that differ from the despatch advice, packs unexpected or missing,
// suspect or duplicate serials, prices above contract (with the amounts) and recalls; the lines
// priced above contract and every affected pack with its lot, expiry and manufacturing date; and a
// supplier's scorecard to print for its QA review.
import type { InsightQuery, SupplierInsight, SupplierQuality } from "../bindings";
import { useT } from "../i18n/I18n";
import { useSaveReport, type ReportSaver } from "../reports/useSaveReport";
import { Button } from "../widgets/controls";
import { insightsSuppliers } from "./api";
import { Chart } from "./Chart";
import { Answer, Empty, KeyFigures, PeriodSentence, useAmounts, useInsight } from "./common";
import { PanelHead, SaveStatus } from "./Export";
import { reportFile, scorecardReport } from "./reportRequest";
import { AffectedPacks, OverContractLines } from "./SupplierLines";

/** The counts of a supplier's record that are findings, in the order the table shows them. */
export const FINDINGS = ["short_dated", "lot_or_expiry_differs", "unexpected", "missing", "suspect", "duplicate_serials", "over_contract", "recalls"] as const;
export type FindingCount = (typeof FINDINGS)[number];

const FINDING_COLORS: Record<FindingCount, string> = {
  short_dated: "#a35b00",
  lot_or_expiry_differs: "#7a4e9c",
  unexpected: "#5b8fb9",
  missing: "#8fa3b3",
  suspect: "#d9822b",
  duplicate_serials: "#c2185b",
  over_contract: "#0f6b6b",
  recalls: "#b3261e",
};

/** Every finding of one supplier or manufacturer. */
export const findings = (q: SupplierQuality) => FINDINGS.reduce((n, f) => n + q[f], 0);

function SupplierFigures({ answer }: { answer: SupplierInsight }) {
  const t = useT();
  const { money, number } = useAmounts(answer.currency);
  const sum = (f: (q: SupplierQuality) => number) => answer.suppliers.reduce((n, q) => n + f(q), 0);
  return (
    <KeyFigures
      label={t("insights.keyFigures")}
      figures={[
        { label: t("insights.suppliers.count"), value: number(answer.suppliers.length) },
        { label: t("insights.suppliers.deliveries"), value: number(sum((q) => q.deliveries)) },
        { label: t("insights.suppliers.packs"), value: number(sum((q) => q.packs)) },
        { label: t("insights.suppliers.findings"), value: number(sum(findings)) },
        { label: t("insights.findingCol", { finding: "short_dated" }), value: number(sum((q) => q.short_dated)) },
        { label: t("insights.suppliers.excess"), value: money(sum((q) => q.excess_cents)) },
        { label: t("insights.findingCol", { finding: "recalls" }), value: number(sum((q) => q.recalls)) },
      ]}
    />
  );
}

interface TableProps {
  rows: SupplierQuality[];
  currency: string | null;
  keyLabel: string;
  /** Prints a supplier's scorecard; none for manufacturers (a scorecard is a supplier's). */
  scorecard?(q: SupplierQuality): void;
  isSaving?: boolean;
}

/** The record of each supplier or manufacturer: every count of the chart above, and what the
 * chart cannot say (deliveries, packs, the amount above contract, the scorecard). Their total
 * is the bar's height and a key figure; a column for it would push the scorecard out of sight. */
function QualityTable({ id, captionId, rows, currency, keyLabel, scorecard, isSaving }: TableProps & { id: string; captionId: string }) {
  const t = useT();
  const { money, number } = useAmounts(currency);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table id={id} className="grid-table chart-table quality-table" aria-labelledby={captionId}>
        <thead>
          <tr>
            <th scope="col">{keyLabel}</th>
            <th scope="col" className="num">{t("insights.suppliers.deliveries")}</th>
            <th scope="col" className="num">{t("insights.suppliers.packs")}</th>
            {FINDINGS.map((f) => (
              <FindingHeader key={f} finding={f} />
            ))}
            {scorecard ? <th scope="col">{t("insights.suppliers.scorecard")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((q) => (
            <tr key={q.key}>
              <th scope="row">
                {q.name}
                {q.key !== q.name ? (
                  <>
                    {" "}
                    <bdi className="mono muted">{q.key}</bdi>
                  </>
                ) : null}
              </th>
              <td className="num">{number(q.deliveries)}</td>
              <td className="num">{number(q.packs)}</td>
              {FINDINGS.map((f) => (
                <FindingCell key={f} finding={f} q={q} money={money} number={number} />
              ))}
              {scorecard ? (
                <td>
                  <Button onPress={() => scorecard(q)} isDisabled={isSaving} aria-label={t("insights.suppliers.printScorecardOf", { supplier: q.name })}>
                    {t("insights.suppliers.print")}
                  </Button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A finding's column header, the excess amount's after "over contract". */
function FindingHeader({ finding }: { finding: FindingCount }) {
  const t = useT();
  const head = (
    <th scope="col" className="num">
      <span className="swatch" style={{ background: FINDING_COLORS[finding] }} aria-hidden="true" />
      {t("insights.findingCol", { finding })}
    </th>
  );
  if (finding !== "over_contract") return head;
  return (
    <>
      {head}
      <th scope="col" className="num">
        {t("insights.suppliers.excessCol")}
      </th>
    </>
  );
}

function FindingCell({ finding, q, money, number }: { finding: FindingCount; q: SupplierQuality; money(cents: number): string; number(n: number): string }) {
  const cell = <td className={q[finding] > 0 ? "num strong" : "num muted"}>{number(q[finding])}</td>;
  if (finding !== "over_contract") return cell;
  return (
    <>
      {cell}
      <td className="num">{q.excess_cents > 0 ? money(q.excess_cents) : "—"}</td>
    </>
  );
}

/** Findings per supplier (or manufacturer), stacked by kind, with their record under the chart. */
function QualityChart({ title, category, ...table }: TableProps & { title: string; category(q: SupplierQuality): string }) {
  const t = useT();
  const { number } = useAmounts(table.currency);
  return (
    <Chart
      title={title}
      stacked
      rows={table.rows}
      category={category}
      categoryLabel={table.keyLabel}
      series={FINDINGS.map((f) => ({ label: t("insights.findingCol", { finding: f }), value: (q: SupplierQuality) => q[f], color: FINDING_COLORS[f] }))}
      format={number}
      empty={t("insights.suppliers.none")}
      tableBelow
      table={(ids) => <QualityTable {...ids} {...table} />}
    />
  );
}

/** Saves `q`'s scorecard for the query's days, as a PDF to print. */
function printScorecard(saver: ReportSaver, query: InsightQuery) {
  return (q: SupplierQuality) => saver.saveReport(scorecardReport(q.key, query), reportFile("supplier-scorecard", q.key, "pdf"));
}

export function SuppliersPanel({ query }: { query: InsightQuery }) {
  const t = useT();
  const result = useInsight("suppliers", query, insightsSuppliers);
  const scorecards = useSaveReport();
  return (
    <Answer result={result}>
      {(answer) => (
        <>
          <PanelHead kind="insight-suppliers" query={query}>
            <PeriodSentence period={answer.period} say={answer.suppliers.length === 0 ? "insights.suppliers.nothing" : "insights.period"} className={answer.suppliers.length === 0 ? "insights-empty" : "muted period"} />
          </PanelHead>
          {answer.suppliers.length === 0 ? null : (
            <>
              <SupplierFigures answer={answer} />
              <p className="muted definitions">{t("insights.suppliers.definitions", { days: answer.short_dated_days, percent: answer.tolerance_percent })}</p>
              <QualityChart
                title={t("insights.suppliers.perSupplier")}
                rows={answer.suppliers}
                category={(q) => q.key}
                keyLabel={t("insights.col.supplier")}
                currency={answer.currency}
                scorecard={printScorecard(scorecards, query)}
                isSaving={scorecards.isPending}
              />
              <SaveStatus saver={scorecards} />
              {answer.manufacturers.length > 0 ? (
                <QualityChart title={t("insights.suppliers.perManufacturer")} rows={answer.manufacturers} category={(q) => q.name} keyLabel={t("insights.col.manufacturer")} currency={answer.currency} />
              ) : (
                <Empty>{t("insights.suppliers.noManufacturer")}</Empty>
              )}
              <OverContractLines answer={answer} />
              <AffectedPacks answer={answer} />
            </>
          )}
        </>
      )}
    </Answer>
  );
}
