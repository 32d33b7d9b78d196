// One chart as every insight shows it: a <figure> with its caption, a recharts chart (bars,
// stacked bars, or lines over months or weeks, a level in force drawn dashed in steps) and beside
// it a <table> of the same rows, the exact and accessible view (the chart names the table as its
// description). In a right-to-left language the categories run from the right and the value axis
// stands on the right.
import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from "react";
import { Bar, BarChart, CartesianGrid, Cell, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { useLang } from "../i18n/I18n";
import { isRtl } from "../i18n/lang";
import "./insights.css";

/** One measured value of every row: a bar (or a stack's part) or a line. */
export interface Series<Row> {
  /** Its name in the legend and its column's header in the table. */
  label: string;
  /** None where the row has no such value (a line is broken there, the table says "—"). */
  value(row: Row): number | null;
  color: string;
  /** A line drawn dashed and in steps, a level in force rather than a measure (a rule's reorder
   * point or par). */
  level?: boolean;
}

export interface ChartProps<Row> {
  /** The figure's caption, also the chart's name. */
  title: string;
  kind?: "bar" | "line";
  /** Bars of the series on top of one another (a total per row), not side by side. */
  stacked?: boolean;
  rows: Row[];
  /** What a row is: its label under the bar and in the table's first column. */
  category(row: Row): string;
  /** The table's first column's header. */
  categoryLabel: string;
  series: Array<Series<Row>>;
  /** Says a value, in the table and the tooltip. */
  format(n: number): string;
  /** Says a value on the axis (shorter); `format` when none. */
  axisFormat?(n: number): string;
  /** A last column with the row's total (stacked bars), under this header. */
  total?: string;
  /** Rows to point out: their label (and a single series' bar) in the alarm colour, their table
   * row marked with `label`. */
  mark?: { test(row: Row): boolean; label: string };
  /** Pixels; the figure's own width when none (followed as it changes, where the browser can say). */
  width?: number;
  height?: number;
  /** Said instead of an empty chart. */
  empty: string;
  /** The table under the chart rather than beside it (a table of many columns). */
  tableBelow?: boolean;
  /** A table of the same rows with more to say than the series (more columns, an action per
   * row), drawn instead of the plain one; it must carry `id` and be labelled by `captionId`. */
  table?(ids: { id: string; captionId: string }): ReactNode;
}

/** The colour of marked bars. */
export const MARK_COLOR = "#b3261e";

/** The width `ref`'s element has (`fallback` until it is known). */
function useWidth(ref: RefObject<HTMLElement | null>, fixed: number | undefined, fallback = 480): number {
  const [width, setWidth] = useState(fixed ?? fallback);
  useEffect(() => {
    const el = ref.current;
    if (fixed !== undefined || !el) return;
    const read = () => setWidth(Math.max(240, el.clientWidth || fallback));
    read();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, fixed, fallback]);
  return fixed ?? width;
}

/** A row as recharts reads it: the category under `c`, each series' value under `s<i>`. */
type Point = Record<string, string | number | null>;

function points<Row>(rows: Row[], category: (r: Row) => string, series: Array<Series<Row>>): Point[] {
  return rows.map((r) => {
    const p: Point = { c: category(r) };
    series.forEach((s, i) => (p[`s${i}`] = s.value(r)));
    return p;
  });
}

/** A category's label under its bar; a marked row's in the alarm colour, in bold. */
function tick(marked: Set<string>) {
  return function Tick({ x, y, payload }: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) {
    const label = String(payload?.value ?? "");
    const on = marked.has(label);
    // Isolated, with the direction of its own first letter: a code, a month or "7–14" reads left
    // to right in an Arabic chart too.
    return (
      <text x={Number(x)} y={Number(y) + 12} textAnchor="middle" fontSize={12} fill={on ? MARK_COLOR : "#666"} fontWeight={on ? 700 : 400}>
        {`\u2068${label}\u2069`}
      </text>
    );
  };
}

/** The recharts chart itself, at a fixed size, without animation (what it shows is what is). */
function Plot<Row>({ props, width, desc }: { props: ChartProps<Row>; width: number; desc: string }) {
  const { kind = "bar", stacked, rows, category, series, format, axisFormat, mark, title, height = 260 } = props;
  const rtl = isRtl(useLang());
  const data = points(rows, category, series);
  // Counts have whole ticks; a single series' marked bars are in the alarm colour, several
  // series keep their colours and the marked rows' labels say it.
  const whole = rows.every((r) => series.every((s) => Number.isInteger(s.value(r) ?? 0)));
  const marked = new Set(mark ? rows.filter((r) => mark.test(r)).map(category) : []);
  const axes = [
    <CartesianGrid key="grid" strokeDasharray="3 3" vertical={false} />,
    <XAxis key="x" dataKey="c" reversed={rtl} interval="preserveStartEnd" tick={tick(marked)} />,
    <YAxis key="y" orientation={rtl ? "right" : "left"} tickFormatter={axisFormat ?? format} allowDecimals={!whole} width={72} tick={{ fontSize: 12 }} />,
    <Tooltip key="tip" formatter={(v) => (v === null || v === undefined ? "—" : format(Number(v)))} isAnimationActive={false} />,
    // The legend in the series' order (recharts sorts it by name otherwise).
    series.length > 1 ? <Legend key="legend" itemSorter={null} /> : null,
  ];
  const common = { width, height, data, title, desc, margin: { top: 8, right: 12, bottom: 4, left: 12 } };
  if (kind === "line")
    return (
      <LineChart {...common}>
        {axes}
        {series.map((s, i) => (
          <Line
            key={s.label}
            type={s.level ? "stepAfter" : "linear"}
            dataKey={`s${i}`}
            name={s.label}
            stroke={s.color}
            strokeWidth={2}
            strokeDasharray={s.level ? "6 4" : undefined}
            dot={!s.level}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    );
  return (
    <BarChart {...common} maxBarSize={56}>
      {axes}
      {series.map((s, i) => (
        <Bar key={s.label} dataKey={`s${i}`} name={s.label} fill={s.color} stackId={stacked ? "stack" : undefined} isAnimationActive={false}>
          {mark && series.length === 1 ? rows.map((r, j) => <Cell key={j} fill={mark.test(r) ? MARK_COLOR : s.color} />) : null}
        </Bar>
      ))}
    </BarChart>
  );
}

/** A value as the table says it: "—" where there is none. */
export function sayValue(n: number | null, format: (n: number) => string): string {
  return n === null ? "—" : format(n);
}

/** The same rows as the chart, exactly. */
export function ChartTable<Row>({ props, id, captionId }: { props: ChartProps<Row>; id: string; captionId: string }) {
  const { rows, category, categoryLabel, series, format, total, mark } = props;
  return (
    <table id={id} className="grid-table chart-table" aria-labelledby={captionId}>
      <thead>
        <tr>
          <th scope="col">{categoryLabel}</th>
          {series.map((s) => (
            <th key={s.label} scope="col" className="num">
              <span className="swatch" style={{ background: s.color }} aria-hidden="true" />
              {s.label}
            </th>
          ))}
          {total ? <th scope="col" className="num">{total}</th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={`${category(r)}-${i}`} className={mark?.test(r) ? "marked" : undefined}>
            <th scope="row">
              <bdi>{category(r)}</bdi>
              {mark?.test(r) ? <span className="mark-tag">{mark.label}</span> : null}
            </th>
            {series.map((s) => (
              <td key={s.label} className="num">
                {sayValue(s.value(r), format)}
              </td>
            ))}
            {total ? <td className="num strong">{format(series.reduce((n, s) => n + (s.value(r) ?? 0), 0))}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The figure: caption, chart and its table; a sentence when there is nothing to draw. */
export function Chart<Row>(props: ChartProps<Row> & { desc?: string; children?: ReactNode }) {
  const id = useId();
  const captionId = `${id}-caption`;
  const tableId = `${id}-table`;
  const plot = useRef<HTMLDivElement>(null);
  const width = useWidth(plot, props.width);
  return (
    <figure className="chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>{props.title}</figcaption>
      {props.children}
      {props.rows.length === 0 ? (
        <p className="muted empty-chart">{props.empty}</p>
      ) : (
        <div className={props.tableBelow ? "chart-body below" : "chart-body"}>
          <div ref={plot} className="chart-plot" role="group" aria-label={props.title} aria-describedby={tableId}>
            <Plot props={props} width={width} desc={props.desc ?? props.title} />
          </div>
          {props.table ? props.table({ id: tableId, captionId }) : <ChartTable props={props} id={tableId} captionId={captionId} />}
        </div>
      )}
    </figure>
  );
}
