import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { I18nProvider } from "../i18n/I18n";
import { Chart, MARK_COLOR } from "./Chart";

interface Row {
  place: string;
  median: number;
  p90: number;
}

const ROWS: Row[] = [
  { place: "MAIN", median: 3, p90: 9 },
  { place: "ICU", median: 7, p90: 21 },
  { place: "WARD-3B", median: 12, p90: 41 },
];

function Days({ stacked, mark }: { stacked?: boolean; mark?: boolean }) {
  return (
    <Chart
      title="Days per location"
      rows={ROWS}
      category={(r) => r.place}
      categoryLabel="Location"
      series={[
        { label: "Median", value: (r) => r.median, color: "#5b8fb9" },
        { label: "P90", value: (r) => r.p90, color: "#0f6b6b" },
      ]}
      stacked={stacked}
      total={stacked ? "Total" : undefined}
      mark={mark ? { test: (r) => r.place === "ICU", label: "keeps disagreeing" } : undefined}
      format={(n) => `${n} d`}
      width={480}
      height={240}
      empty="Nothing."
    />
  );
}

/** The category axis' tick labels, in the order of the rows. */
const xTicks = (container: HTMLElement) => [...container.querySelectorAll(".recharts-xAxis-tick-labels text")];

/** A tick's label, without the isolating marks around it. */
const label = (t: Element) => t.textContent?.replace(/[\u2068\u2069]/g, "");

/** Where each category's label stands (x), in the order of the rows. */
const tickXs = (container: HTMLElement) => xTicks(container).map((t) => Number(t.getAttribute("x")));

/** Where the values' axis stands (x). */
const yAxisX = (container: HTMLElement) => Number(container.querySelector(".recharts-yAxis .recharts-cartesian-axis-line")?.getAttribute("x1"));

describe("Chart", () => {
  it("draws a bar per row and series, and the table beside says the same numbers", () => {
    const { container } = render(<Days />);
    const figure = screen.getByRole("figure", { name: "Days per location" });
    expect(container.querySelectorAll(".recharts-bar-rectangle path, .recharts-bar-rectangle rect").length).toBe(6);
    expect(xTicks(container).map(label)).toEqual(["MAIN", "ICU", "WARD-3B"]);
    const table = within(figure).getByRole("table", { name: "Days per location" });
    const rows = within(table)
      .getAllByRole("row")
      .map((r) => [...r.querySelectorAll("th, td")].map((c) => c.textContent));
    expect(rows).toEqual([
      ["Location", "Median", "P90"],
      ["MAIN", "3 d", "9 d"],
      ["ICU", "7 d", "21 d"],
      ["WARD-3B", "12 d", "41 d"],
    ]);
    const plot = within(figure).getByRole("group", { name: "Days per location" });
    expect(plot.getAttribute("aria-describedby"), "the chart is described by its table").toBe(table.id);
  });

  it("stacks the series with a total column, and marks the rows pointed out in the chart and the table", () => {
    const { container } = render(<Days stacked mark />);
    const table = screen.getByRole("table");
    expect(within(table).getByRole("row", { name: /ICU/ })).toHaveTextContent("ICUkeeps disagreeing7 d21 d28 d");
    expect(within(table).getByRole("row", { name: /ICU/ })).toHaveClass("marked");
    const fills = [...container.querySelectorAll(".recharts-bar-rectangle path")].map((p) => p.getAttribute("fill"));
    expect(fills.includes(MARK_COLOR), "several series keep their colours").toBe(false);
    const icu = xTicks(container).find((t) => label(t) === "ICU");
    expect(icu?.getAttribute("fill"), "the marked row's label says it").toBe(MARK_COLOR);
    expect(xTicks(container).filter((t) => t.getAttribute("fill") === MARK_COLOR).length).toBe(1);
  });

  it("draws a single series' marked bars in the alarm colour", () => {
    const { container } = render(
      <Chart
        title="Value lost"
        rows={ROWS}
        category={(r) => r.place}
        categoryLabel="Location"
        series={[{ label: "P90", value: (r) => r.p90, color: "#0f6b6b" }]}
        mark={{ test: (r) => r.place === "ICU", label: "keeps disagreeing" }}
        format={String}
        width={480}
        empty="Nothing."
      />,
    );
    const fills = [...container.querySelectorAll(".recharts-bar-rectangle path")].map((p) => p.getAttribute("fill"));
    expect(fills).toEqual(["#0f6b6b", MARK_COLOR, "#0f6b6b"]);
  });

  it("left to right: the values' axis on the left, the first row first", () => {
    const { container } = render(<Days />);
    expect(yAxisX(container)).toBeLessThan(120);
    const xs = tickXs(container);
    expect(xs[0]).toBeLessThan(xs[2] ?? 0);
  });

  it("right to left: the values' axis on the right, the first row at the right", () => {
    const { container } = render(
      <I18nProvider lang="ar">
        <Days />
      </I18nProvider>,
    );
    expect(yAxisX(container), "the Y axis stands on the right").toBeGreaterThan(360);
    const xs = tickXs(container);
    expect(xs[0], "MAIN, the first row, at the right").toBeGreaterThan(xs[2] ?? Infinity);
  });

  it("says a sentence, not an empty chart, when there are no rows", () => {
    render(<Chart title="Nothing here" rows={[]} category={() => ""} categoryLabel="x" series={[]} format={String} width={300} empty="No pack left a location." />);
    expect(screen.getByText("No pack left a location.")).toBeInTheDocument();
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("says a missing value as a dash and draws a level dashed in steps", () => {
    const { container } = render(
      <Chart
        title="Use"
        kind="line"
        rows={ROWS}
        category={(r) => r.place}
        categoryLabel="Week"
        series={[
          { label: "Used", value: (r) => (r.place === "ICU" ? null : r.median), color: "#0f6b6b" },
          { label: "Par", value: () => 30, color: "#a35b00", level: true },
        ]}
        format={String}
        width={480}
        empty="Nothing."
      />,
    );
    const rows = within(screen.getByRole("table")).getAllByRole("row").map((r) => [...r.querySelectorAll("th, td")].map((c) => c.textContent));
    expect(rows[2]).toEqual(["ICU", "—", "30"]);
    expect(container.querySelectorAll(".recharts-line-curve[stroke-dasharray='6 4']").length, "only the level is dashed").toBe(1);
  });
});
