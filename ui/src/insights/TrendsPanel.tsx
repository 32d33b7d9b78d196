// Consumption trends: per product and location, what was used in the period against the same
// weeks a year before, and whether the reorder rule in force then was too low (stock-out days),
// too high (overstock days) or fitted; a row chosen shows its weeks, with the rule's levels.
import { createColumnHelper } from "@tanstack/react-table";
import { useMemo, useState } from "react";
import type { InsightQuery, RuleVerdict, TrendInsight, TrendRow, TrendWeek } from "../bindings";
import { useFormat, useT } from "../i18n/I18n";
import { VirtualTable } from "../widgets/PagedTable";
import { useRich } from "../widgets/rich";
import { insightsTrends } from "./api";
import { Chart, sayValue, type Series } from "./Chart";
import { Answer, KeyFigures, PeriodSentence, Section, useInsight } from "./common";
import { PanelHead } from "./Export";

type Say = ReturnType<typeof useT>;
type Format = ReturnType<typeof useFormat>;

const USED = "#0f6b6b";
const LAST_YEAR = "#8fa3b3";
const REORDER = "#b3261e";
const PAR = "#a35b00";

/** A verdict's mark beside its words, so it reads without its colour. */
const VERDICT_MARK: Record<RuleVerdict, string> = { too_low: "▼", too_high: "▲", fits: "✓", no_rule: "–" };

/** The row's key: a product at a location. */
const keyOf = (r: TrendRow) => `${r.gtin}@${r.location}`;

/** What was used in the period, and in the same weeks a year before (none when the history
 * reaches none of them). */
export function usedTotals(row: TrendRow): { used: number; lastYear: number | null } {
  const used = row.weeks.reduce((n, w) => n + w.used, 0);
  const known = row.weeks.filter((w) => w.used_last_year !== null);
  return { used, lastYear: known.length === 0 ? null : known.reduce((n, w) => n + (w.used_last_year ?? 0), 0) };
}

export function Verdict({ verdict }: { verdict: RuleVerdict }) {
  const t = useT();
  return (
    <span className={`rule-verdict rule-verdict-${verdict}`}>
      <span aria-hidden="true" className="rule-verdict-mark">
        {VERDICT_MARK[verdict]}
      </span>
      {t("insights.verdict", { verdict })}
    </span>
  );
}

function TrendFigures({ answer }: { answer: TrendInsight }) {
  const t = useT();
  const format = useFormat();
  const days = (f: (r: TrendRow) => number) => answer.rows.reduce((n, r) => n + f(r), 0);
  return (
    <KeyFigures
      label={t("insights.keyFigures")}
      figures={[
        { label: t("insights.trends.rows"), value: format.number(answer.rows_total) },
        { label: t("insights.trends.tooLow"), value: format.number(answer.verdicts.too_low) },
        { label: t("insights.trends.tooHigh"), value: format.number(answer.verdicts.too_high) },
        { label: t("insights.trends.noRule"), value: format.number(answer.verdicts.no_rule) },
        { label: t("insights.col.stockoutDays"), value: format.number(days((r) => r.stockout_days)) },
        { label: t("insights.col.overstockDays"), value: format.number(days((r) => r.overstock_days)) },
      ]}
    />
  );
}

const col = createColumnHelper<TrendRow>();
const columns = (t: Say, format: Format) => [
  col.accessor("product", { header: t("insights.col.product"), cell: (c) => <span title={c.row.original.gtin}>{c.getValue()}</span> }),
  col.accessor("location", { header: t("insights.col.location"), cell: (c) => <bdi className="mono">{c.getValue()}</bdi> }),
  col.accessor((r) => usedTotals(r).used, { id: "used", header: t("insights.trends.used"), meta: { num: true }, cell: (c) => format.number(c.getValue()) }),
  col.accessor((r) => usedTotals(r).lastYear, { id: "lastYear", header: t("insights.trends.lastYear"), meta: { num: true }, cell: (c) => sayValue(c.getValue(), format.number) }),
  col.accessor("stockout_days", { header: t("insights.col.stockoutDays"), meta: { num: true }, cell: (c) => format.number(c.getValue()) }),
  col.accessor("overstock_days", { header: t("insights.col.overstockDays"), meta: { num: true }, cell: (c) => format.number(c.getValue()) }),
  col.accessor("verdict", { header: t("insights.col.rule"), cell: (c) => <Verdict verdict={c.getValue()} /> }),
];

/** The weeks of the chart, with what the chart does not draw (the days out of stock or above par). */
function WeeksTable({ id, captionId, weeks }: { id: string; captionId: string; weeks: TrendWeek[] }) {
  const t = useT();
  const format = useFormat();
  return (
    <div className="table-scroll weeks" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table id={id} className="grid-table chart-table" aria-labelledby={captionId}>
        <thead>
          <tr>
            <th scope="col">{t("insights.col.week")}</th>
            <th scope="col" className="num">{t("insights.trends.used")}</th>
            <th scope="col" className="num">{t("insights.trends.lastYear")}</th>
            <th scope="col" className="num">{t("insights.trends.reorderPoint")}</th>
            <th scope="col" className="num">{t("insights.trends.par")}</th>
            <th scope="col" className="num">{t("insights.col.stockoutDays")}</th>
            <th scope="col" className="num">{t("insights.col.overstockDays")}</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.week} className={w.stockout_days > 0 ? "marked" : undefined}>
              <th scope="row" title={w.starts}>
                <bdi>{w.week}</bdi>
              </th>
              <td className="num">{format.number(w.used)}</td>
              <td className="num">{sayValue(w.used_last_year, format.number)}</td>
              <td className="num">{sayValue(w.rule?.reorder_point ?? null, format.number)}</td>
              <td className="num">{sayValue(w.rule?.par_level ?? null, format.number)}</td>
              <td className="num">{format.number(w.stockout_days)}</td>
              <td className="num">{format.number(w.overstock_days)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One row's weeks: use against last year's, with the rule's reorder point and par. */
function Weeks({ row }: { row: TrendRow }) {
  const t = useT();
  const say = useRich();
  const format = useFormat();
  const series: Array<Series<TrendWeek>> = [
    { label: t("insights.trends.used"), value: (w) => w.used, color: USED },
    { label: t("insights.trends.lastYear"), value: (w) => w.used_last_year, color: LAST_YEAR },
  ];
  // The rule's levels only where a rule was in force at all: a row without one draws use alone.
  if (row.weeks.some((w) => w.rule !== null))
    series.push(
      { label: t("insights.trends.reorderPoint"), value: (w) => w.rule?.reorder_point ?? null, color: REORDER, level: true },
      { label: t("insights.trends.par"), value: (w) => w.rule?.par_level ?? null, color: PAR, level: true },
    );
  return (
    <Chart
      title={t("insights.trends.weeksOf", { product: row.product, location: row.location })}
      kind="line"
      rows={row.weeks}
      category={(w) => w.week}
      categoryLabel={t("insights.col.week")}
      series={series}
      format={format.number}
      empty={t("insights.trends.noWeeks")}
      desc={t("insights.trends.chartDesc")}
      table={(ids) => <WeeksTable {...ids} weeks={row.weeks} />}
    >
      <p className="chart-verdict">{say("insights.trends.verdictIs", { verdict: <Verdict verdict={row.verdict} /> })}</p>
    </Chart>
  );
}

function TrendRows({ answer, chosen, onChoose }: { answer: TrendInsight; chosen: TrendRow; onChoose(row: TrendRow): void }) {
  const t = useT();
  const format = useFormat();
  const cols = useMemo(() => columns(t, format), [t, format]);
  const title = t("insights.trends.perRow");
  return (
    <Section title={title}>
      <p className="muted definitions">{t("insights.trends.choose")}</p>
      <VirtualTable
        label={title}
        rows={answer.rows}
        columns={cols}
        template="minmax(170px, 3fr) minmax(90px, 1fr) 90px 90px 130px 130px minmax(140px, 1.3fr)"
        fits={[{ below: 820, hide: ["lastYear", "overstock_days"], template: "minmax(140px, 3fr) minmax(80px, 1fr) 80px 90px minmax(120px, 1.3fr)" }]}
        empty={t("insights.trends.none")}
        rowKey={keyOf}
        onActivate={onChoose}
        isActive={(r) => keyOf(r) === keyOf(chosen)}
        className="insights-table-wrap"
      />
    </Section>
  );
}

function TrendAnswer({ answer }: { answer: TrendInsight }) {
  const t = useT();
  const [chosen, choose] = useState<string | null>(null);
  const first = answer.rows[0];
  if (!first) return null;
  // The row chosen while it is in the answer; the most used one otherwise.
  const row = answer.rows.find((r) => keyOf(r) === chosen) ?? first;
  return (
    <>
      <TrendFigures answer={answer} />
      <p className="muted definitions">{t("insights.trends.definitions")}</p>
      <TrendRows answer={answer} chosen={row} onChoose={(r) => choose(keyOf(r))} />
      <Weeks row={row} />
    </>
  );
}

export function TrendsPanel({ query }: { query: InsightQuery }) {
  const result = useInsight("trends", query, insightsTrends);
  return (
    <Answer result={result}>
      {(answer) => (
        <>
          <PanelHead kind="insight-trends" query={query}>
            <PeriodSentence period={answer.period} say={answer.rows.length === 0 ? "insights.trends.nothing" : "insights.period"} className={answer.rows.length === 0 ? "insights-empty" : "muted period"} />
          </PanelHead>
          <TrendAnswer answer={answer} />
        </>
      )}
    </Answer>
  );
}
