// Dwell time: how long packs stay at each location (median and 90th percentile), how the stays
// of one location spread, and the packs waiting longer than the threshold now.
import { createColumnHelper } from "@tanstack/react-table";
import { useMemo, useState } from "react";
import { useFormat, useT } from "../i18n/I18n";
import { VirtualTable } from "../widgets/PagedTable";
import { ltr, useRich } from "../widgets/rich";
import { insightsDwell } from "./api";
import { Chart } from "./Chart";
import { PanelHead } from "./Export";
import { Answer, Empty, KeyFigures, PeriodSentence, Section, useInsight } from "./common";
import type { DwellInsight, DwellRow, InsightQuery, WaitingStock } from "../bindings";

type Say = ReturnType<typeof useT>;

/** Upper bounds, in whole days, of the histogram's buckets; a last bucket holds longer stays.
 * custody-core's `DWELL_BUCKETS` (insights/model.rs): a constant, so the bindings do not carry it,
 * and the answer's `histogram` has one count more than it has bounds. */
export const DWELL_BUCKETS = [1, 2, 3, 7, 14, 30, 60, 90, 180, 365] as const;

const MEDIAN = "#5b8fb9";
const P90 = "#0f6b6b";

/** The histogram's buckets as rows: "0–1", "1–2", … "365+" days, with the stays in each. */
export function buckets(row: DwellRow, t: Say): Array<{ label: string; stays: number }> {
  return row.histogram.map((stays, i) => {
    const from = i === 0 ? 0 : (DWELL_BUCKETS[i - 1] ?? 0);
    const to = DWELL_BUCKETS[i];
    return { label: to === undefined ? t("insights.dwell.bucketOver", { from }) : t("insights.dwell.bucket", { from, to }), stays };
  });
}

function DwellFigures({ answer }: { answer: DwellInsight }) {
  const t = useT();
  const say = useRich();
  const format = useFormat();
  const stays = answer.locations.reduce((n, l) => n + l.stays, 0);
  const longest = answer.locations[0];
  return (
    <KeyFigures
      label={t("insights.keyFigures")}
      figures={[
        { label: t("insights.dwell.stays"), value: format.number(stays) },
        { label: t("insights.dwell.locations"), value: format.number(answer.locations.length) },
        { label: t("insights.dwell.longestP90"), value: longest ? say("insights.dwell.at", { days: longest.p90_days, location: ltr(longest.location) }) : "—" },
        { label: t("insights.dwell.waitingNow", { days: answer.older_than_days }), value: format.number(answer.waiting_units) },
      ]}
    />
  );
}

/** Each product's stays at one location, longest 90th percentile first (as the api orders them). */
function ProductsAt({ location, rows, listed }: { location: string; rows: DwellRow[]; listed: number }) {
  const t = useT();
  const format = useFormat();
  const title = t("insights.dwell.productsAt", { location });
  const days = (n: number) => t("insights.days", { n });
  return (
    <Section title={title}>
      <table className="grid-table insights-table" aria-label={title}>
        <thead>
          <tr>
            <th scope="col">{t("insights.col.product")}</th>
            <th scope="col" className="num">{t("insights.dwell.staysCol")}</th>
            <th scope="col" className="num">{t("insights.dwell.median")}</th>
            <th scope="col" className="num">{t("insights.dwell.p90")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.gtin ?? ""}>
              <td>
                {r.product} <bdi className="mono muted">{r.gtin}</bdi>
              </td>
              <td className="num">{format.number(r.stays)}</td>
              <td className="num">{days(r.median_days)}</td>
              <td className="num">{days(r.p90_days)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length >= listed ? <p className="muted">{t("insights.dwell.productsSome", { listed })}</p> : null}
    </Section>
  );
}

/** The spread of one location's stays, the location chosen above the chart, and its products. */
function LocationDetail({
  locations,
  rows,
  listed,
  preferred,
}: {
  locations: DwellRow[];
  rows: DwellRow[];
  listed: number;
  preferred: string | null;
}) {
  const t = useT();
  const format = useFormat();
  const [chosen, choose] = useState(preferred ?? locations[0]?.location ?? "");
  const row = locations.find((l) => l.location === chosen) ?? locations[0];
  if (!row) return null;
  const products = rows.filter((r) => r.location === row.location);
  return (
    <>
      <Chart
        title={t("insights.dwell.histogram", { location: row.location })}
        rows={buckets(row, t)}
        category={(b) => b.label}
        categoryLabel={t("insights.dwell.daysStayed")}
        series={[{ label: t("insights.dwell.staysCol"), value: (b) => b.stays, color: P90 }]}
        format={format.number}
        empty={t("insights.dwell.none")}
      >
        <label className="chart-choice">
          {t("insights.dwell.histogramOf")}
          <select aria-label={t("insights.dwell.histogramOf")} value={row.location} onChange={(e) => choose(e.target.value)}>
            {locations.map((l) => (
              <option key={l.location} value={l.location}>
                {l.location}
              </option>
            ))}
          </select>
        </label>
      </Chart>
      {products.length > 0 ? <ProductsAt location={row.location} rows={products} listed={listed} /> : null}
    </>
  );
}

const waitingCol = createColumnHelper<WaitingStock>();
const waitingColumns = (t: Say, format: ReturnType<typeof useFormat>) => [
  waitingCol.accessor("location", { header: t("insights.col.location"), cell: (c) => <span className="mono">{c.getValue()}</span> }),
  waitingCol.accessor("product", { header: t("insights.col.product"), cell: (c) => <span title={c.row.original.gtin}>{c.getValue()}</span> }),
  waitingCol.accessor((w) => w.serial ?? w.lot ?? "", { id: "unit", header: t("insights.col.serialOrLot"), cell: (c) => <bdi className="mono">{c.getValue()}</bdi> }),
  waitingCol.accessor("expiry", { header: t("insights.col.expiry"), cell: (c) => c.getValue() ?? "" }),
  waitingCol.accessor("quantity", { header: t("insights.col.qty"), meta: { num: true }, cell: (c) => format.number(c.getValue()) }),
  waitingCol.accessor("status", { header: t("insights.col.status"), cell: (c) => t("insights.status", { status: c.getValue() }) }),
  waitingCol.accessor("since", { header: t("insights.col.since") }),
  waitingCol.accessor("days", { header: t("insights.col.waited"), meta: { num: true }, cell: (c) => t("insights.days", { n: c.getValue() }) }),
];

/** How many are waiting, all of them (the api lists only the longest waiting). */
function WaitingCount({ answer }: { answer: DwellInsight }) {
  const t = useT();
  const counted = { total: answer.waiting_total, units: answer.waiting_units, days: answer.older_than_days };
  const listed = answer.waiting.length;
  return <p className="muted waiting-count">{listed < answer.waiting_total ? t("insights.dwell.waitingSome", { ...counted, listed }) : t("insights.dwell.waitingAll", counted)}</p>;
}

function Waiting({ answer }: { answer: DwellInsight }) {
  const t = useT();
  const format = useFormat();
  const columns = useMemo(() => waitingColumns(t, format), [t, format]);
  const title = t("insights.dwell.waitingTitle", { days: answer.older_than_days });
  if (answer.waiting_total === 0) return <Empty>{t("insights.dwell.noneWaiting", { days: answer.older_than_days })}</Empty>;
  return (
    <>
      <WaitingCount answer={answer} />
      <VirtualTable
        label={title}
        rows={answer.waiting}
        columns={columns}
        template="90px minmax(160px, 3fr) minmax(100px, 1.4fr) 100px 60px 110px 100px 90px"
        fits={[{ below: 760, hide: ["expiry", "status"], template: "80px minmax(120px, 3fr) minmax(90px, 1.4fr) 50px 100px 80px" }]}
        empty={t("insights.dwell.noneWaiting", { days: answer.older_than_days })}
        rowKey={(w, i) => `${w.location}-${w.gtin}-${w.serial ?? w.lot ?? ""}-${i}`}
        className="insights-table-wrap"
      />
    </>
  );
}

export function DwellPanel({ query }: { query: InsightQuery }) {
  const t = useT();
  const format = useFormat();
  const result = useInsight("dwell", query, insightsDwell);
  return (
    <Answer result={result}>
      {(answer) => (
        <>
          <PanelHead kind="insight-dwell" query={query}>
            <PeriodSentence period={answer.period} say="insights.period" className="muted period" />
          </PanelHead>
          <DwellFigures answer={answer} />
          <Chart
            title={t("insights.dwell.perLocation")}
            rows={answer.locations}
            category={(l) => l.location}
            categoryLabel={t("insights.col.location")}
            series={[
              { label: t("insights.dwell.median"), value: (l) => l.median_days, color: MEDIAN },
              { label: t("insights.dwell.p90"), value: (l) => l.p90_days, color: P90 },
            ]}
            format={(n) => t("insights.days", { n })}
            axisFormat={format.number}
            empty={t("insights.dwell.none")}
          />
          {answer.locations.length > 0 ? <LocationDetail locations={answer.locations} rows={answer.rows} listed={answer.products_listed} preferred={query.location} /> : null}
          <Section title={t("insights.dwell.waitingTitle", { days: answer.older_than_days })}>
            <Waiting answer={answer} />
          </Section>
        </>
      )}
    </Answer>
  );
}
