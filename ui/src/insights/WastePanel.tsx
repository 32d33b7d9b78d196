// Waste: what was lost and why (expired, recalled, damaged), month by month in value; how much
// of the expired stock had been predicted; and where it came from: products, locations, suppliers.
import { useT } from "../i18n/I18n";
import { insightsWaste } from "./api";
import { Chart } from "./Chart";
import { PanelHead } from "./Export";
import { Answer, Empty, KeyFigures, PeriodSentence, Section, useAmounts, useInsight } from "./common";
import type { InsightQuery, WasteCause, WasteGroup, WasteInsight } from "../bindings";
import { WasteLines } from "./WasteLines";

export const CAUSE_COLORS: Record<WasteCause, string> = { expired: "#a35b00", recalled: "#b3261e", damaged: "#5d6b78" };
const PREDICTED = "#0f6b6b";
const SURPRISE = "#d9822b";

/** The value lost each month, by cause: from the lines (every month of the period kept). */
type MonthValue = { month: string } & Record<WasteCause, number>;

export function valueByMonth(answer: WasteInsight): MonthValue[] {
  const months = answer.by_month.map((m): MonthValue => ({ month: m.key, expired: 0, recalled: 0, damaged: 0 }));
  for (const line of answer.lines) {
    const month = months.find((m) => m.month === line.day.slice(0, 7));
    if (month) month[line.cause] += line.value_cents ?? 0;
  }
  return months;
}

function WasteFiguresRow({ answer }: { answer: WasteInsight }) {
  const t = useT();
  const { money, number } = useAmounts(answer.currency);
  const f = answer.totals;
  const figures = [
    { label: t("insights.waste.value"), value: money(f.value_cents) },
    { label: t("insights.waste.packs"), value: number(f.packs) },
    { label: t("insights.cause.expired"), value: number(f.expired) },
    { label: t("insights.cause.recalled"), value: number(f.recalled) },
    { label: t("insights.cause.damaged"), value: number(f.damaged) },
    { label: t("insights.waste.predicted"), value: number(f.predicted) },
    { label: t("insights.waste.surprise"), value: number(f.surprise) },
  ];
  if (f.unpriced > 0) figures.push({ label: t("insights.waste.unpriced"), value: number(f.unpriced) });
  return <KeyFigures label={t("insights.keyFigures")} figures={figures} />;
}

/** The top groups (products, locations or suppliers), highest value first. */
function TopTable({ title, keyLabel, groups, currency }: { title: string; keyLabel: string; groups: WasteGroup[]; currency: string | null }) {
  const t = useT();
  const { money, number } = useAmounts(currency);
  return (
    <Section title={title}>
      {groups.length === 0 ? (
        <Empty>{t("insights.waste.none")}</Empty>
      ) : (
        <table className="grid-table insights-table" aria-label={title}>
          <thead>
            <tr>
              <th scope="col">{keyLabel}</th>
              <th scope="col" className="num">{t("insights.col.qty")}</th>
              <th scope="col" className="num">{t("insights.col.value")}</th>
            </tr>
          </thead>
          <tbody>
            {groups.slice(0, 10).map((g) => (
              <tr key={g.key}>
                <td>
                  {g.name || t("insights.waste.noSupplier")} {g.key && g.key !== g.name ? <bdi className="mono muted">{g.key}</bdi> : null}
                </td>
                <td className="num">{number(g.figures.packs)}</td>
                <td className="num">{money(g.figures.value_cents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

function WasteCharts({ answer }: { answer: WasteInsight }) {
  const t = useT();
  const { money, axis, number } = useAmounts(answer.currency);
  const causes: WasteCause[] = ["expired", "recalled", "damaged"];
  const causeLabel: Record<WasteCause, string> = { expired: t("insights.cause.expired"), recalled: t("insights.cause.recalled"), damaged: t("insights.cause.damaged") };
  return (
    <>
      <Chart
        title={t("insights.waste.perMonth")}
        stacked
        rows={valueByMonth(answer)}
        category={(m: MonthValue) => m.month}
        categoryLabel={t("insights.col.month")}
        series={causes.map((c) => ({ label: causeLabel[c], value: (m: MonthValue) => m[c], color: CAUSE_COLORS[c] }))}
        total={t("insights.col.total")}
        format={money}
        axisFormat={axis}
        empty={t("insights.waste.none")}
      />
      <Chart
        title={t("insights.waste.predictedTitle")}
        stacked
        rows={answer.by_month}
        category={(m) => m.key}
        categoryLabel={t("insights.col.month")}
        series={[
          { label: t("insights.waste.predicted"), value: (m) => m.figures.predicted, color: PREDICTED },
          { label: t("insights.waste.surprise"), value: (m) => m.figures.surprise, color: SURPRISE },
        ]}
        total={t("insights.col.total")}
        format={number}
        empty={t("insights.waste.none")}
      />
    </>
  );
}

export function WastePanel({ query }: { query: InsightQuery }) {
  const t = useT();
  const result = useInsight("waste", query, insightsWaste);
  return (
    <Answer result={result}>
      {(answer) => (
        <>
          <PanelHead kind="insight-waste" query={query}>
            <PeriodSentence period={answer.period} say={answer.totals.packs === 0 ? "insights.waste.nothing" : "insights.period"} className={answer.totals.packs === 0 ? "insights-empty" : "muted period"} />
          </PanelHead>
          {answer.totals.packs === 0 ? null : (
            <>
              <WasteFiguresRow answer={answer} />
              <WasteCharts answer={answer} />
              <div className="insights-grid">
                <TopTable title={t("insights.waste.topProducts")} keyLabel={t("insights.col.product")} groups={answer.by_product} currency={answer.currency} />
                <TopTable title={t("insights.waste.topLocations")} keyLabel={t("insights.col.location")} groups={answer.by_location} currency={answer.currency} />
                <TopTable title={t("insights.waste.topSuppliers")} keyLabel={t("insights.col.supplier")} groups={answer.by_supplier} currency={answer.currency} />
              </div>
              <WasteLines answer={answer} />
            </>
          )}
        </>
      )}
    </Answer>
  );
}
