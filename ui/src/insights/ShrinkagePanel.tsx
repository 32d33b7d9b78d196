// Shrinkage: what the counts found that the ledger did not expect, per location with its value
// (the locations whose counts keep disagreeing pointed out), month by month, and every variance.
import { useT } from "../i18n/I18n";
import { insightsShrinkage } from "./api";
import { Chart } from "./Chart";
import { PanelHead } from "./Export";
import { Answer, KeyFigures, PeriodSentence, Section, useAmounts, useInsight } from "./common";
import { ShrinkageLines } from "./ShrinkageLines";
import type { InsightQuery, ShrinkageFigures, ShrinkageInsight, ShrinkageLocation, VarianceKind } from "../bindings";

type Say = ReturnType<typeof useT>;

const KIND_COLORS: Record<VarianceKind, string> = {
  missing: "#b3261e",
  found_elsewhere: "#5b8fb9",
  found_again: "#1e7b34",
  wrong_status: "#a35b00",
  lot_short: "#7a4e9c",
  lot_surplus: "#8fa3b3",
};
const KINDS = Object.keys(KIND_COLORS) as VarianceKind[];
const VALUE = "#0f6b6b";

/** The series of variance counts, one per kind, from anything holding `ShrinkageFigures`. */
function kindSeries<Row>(t: Say, figures: (row: Row) => ShrinkageFigures) {
  return KINDS.map((k) => ({ label: t("insights.variance", { kind: k }), value: (r: Row) => figures(r)[k], color: KIND_COLORS[k] }));
}

function ShrinkageFiguresRow({ answer }: { answer: ShrinkageInsight }) {
  const t = useT();
  const { money, number } = useAmounts(answer.currency);
  const f = answer.totals;
  const disagreeing = answer.by_location.filter((l) => l.keeps_disagreeing).length;
  return (
    <KeyFigures
      label={t("insights.keyFigures")}
      figures={[
        { label: t("insights.shrinkage.valueLost"), value: money(f.value_lost_cents) },
        ...KINDS.map((k) => ({ label: t("insights.variance", { kind: k }), value: number(f[k]) })),
        { label: t("insights.shrinkage.disagreeing"), value: number(disagreeing) },
      ]}
    />
  );
}

function PerLocation({ answer }: { answer: ShrinkageInsight }) {
  const t = useT();
  const { money, axis, number } = useAmounts(answer.currency);
  const mark = { test: (l: ShrinkageLocation) => l.keeps_disagreeing, label: t("insights.shrinkage.keepsDisagreeing") };
  return (
    <>
      <Chart
        title={t("insights.shrinkage.valuePerLocation")}
        rows={answer.by_location}
        category={(l) => l.location}
        categoryLabel={t("insights.col.location")}
        series={[{ label: t("insights.shrinkage.valueLost"), value: (l) => l.figures.value_lost_cents, color: VALUE }]}
        format={money}
        axisFormat={axis}
        mark={mark}
        desc={t("insights.shrinkage.markedDesc")}
        empty={t("insights.shrinkage.noCounts")}
      />
      <Chart
        title={t("insights.shrinkage.variancesPerLocation")}
        stacked
        rows={answer.by_location}
        category={(l) => l.location}
        categoryLabel={t("insights.col.location")}
        series={kindSeries(t, (l: ShrinkageLocation) => l.figures)}
        format={number}
        mark={mark}
        empty={t("insights.shrinkage.noCounts")}
        tableBelow
      />
      <Section title={t("insights.shrinkage.counts")}>
        <table className="grid-table insights-table" aria-label={t("insights.shrinkage.counts")}>
          <thead>
            <tr>
              <th scope="col">{t("insights.col.location")}</th>
              <th scope="col" className="num">{t("insights.col.counts")}</th>
              <th scope="col" className="num">{t("insights.col.withVariance")}</th>
              <th scope="col">{t("insights.col.verdict")}</th>
            </tr>
          </thead>
          <tbody>
            {answer.by_location.map((l) => (
              <tr key={l.location} className={l.keeps_disagreeing ? "marked" : undefined}>
                <td>
                  {l.name} <bdi className="mono muted">{l.location}</bdi>
                </td>
                <td className="num">{number(l.counts)}</td>
                <td className="num">{number(l.counts_with_variance)}</td>
                <td className={l.keeps_disagreeing ? "error strong" : "muted"}>{l.keeps_disagreeing ? t("insights.shrinkage.keepsDisagreeing") : t("insights.shrinkage.agrees")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
    </>
  );
}

/** Variances month by month, one line per kind. */
function Trend({ answer }: { answer: ShrinkageInsight }) {
  const t = useT();
  const { number } = useAmounts(answer.currency);
  return (
    <Chart
      title={t("insights.shrinkage.perMonth")}
      kind="line"
      rows={answer.by_month}
      category={([month]) => month}
      categoryLabel={t("insights.col.month")}
      series={kindSeries(t, ([, f]: [string, ShrinkageFigures]) => f)}
      format={number}
      empty={t("insights.shrinkage.noCounts")}
      tableBelow
    />
  );
}

export function ShrinkagePanel({ query }: { query: InsightQuery }) {
  const result = useInsight("shrinkage", query, insightsShrinkage);
  return (
    <Answer result={result}>
      {(answer) => (
        <>
          <PanelHead kind="insight-shrinkage" query={query}>
            <PeriodSentence period={answer.period} say={answer.by_location.length === 0 ? "insights.shrinkage.nothing" : "insights.period"} className={answer.by_location.length === 0 ? "insights-empty" : "muted period"} />
          </PanelHead>
          {answer.by_location.length === 0 ? null : (
            <>
              <ShrinkageFiguresRow answer={answer} />
              <PerLocation answer={answer} />
              <Trend answer={answer} />
              <ShrinkageLines answer={answer} />
            </>
          )}
        </>
      )}
    </Answer>
  );
}
