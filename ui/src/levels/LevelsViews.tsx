// The shortage list and the expiry list: live queries over the current stock, paged.
import { createColumnHelper } from "@tanstack/react-table";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useBackend } from "../backend/context";
import type { ExpiryLine, ExpiryOrder, Position, ShortageOrder } from "../bindings";
import { LocationSelect } from "../widgets/Choosers";
import { PagedTable } from "../widgets/PagedTable";

function LocationFilter({ value, onChange }: { value: string; onChange(v: string): void }) {
  return <LocationSelect label="Location" value={value} onChange={onChange} none="All locations" />;
}

const short = createColumnHelper<Position>();
const SHORT_COLUMNS = [
  short.accessor("product", { header: "Product", meta: { sort: true }, cell: (c) => <span className="strong">{c.getValue()}</span> }),
  short.accessor("location", { header: "Location", meta: { sort: true } }),
  short.accessor("on_hand", { header: "On hand", meta: { num: true } }),
  short.accessor("usable_cover", { header: "Usable", meta: { num: true, sort: true } }),
  short.accessor("daily_consumption", { header: "Per day", meta: { num: true }, cell: (c) => c.getValue().toFixed(1) }),
  // Sorting by days of cover is the list's own order, most urgent first: the api calls it urgency.
  short.accessor("days_of_cover", { id: "urgency", header: "Days", meta: { num: true, sort: true }, cell: (c) => (c.getValue() === null ? "—" : Math.floor(c.getValue() ?? 0)) }),
  short.accessor("stockout_on", { header: "Runs out", cell: (c) => c.getValue() ?? "—" }),
  short.accessor((p) => `${p.reorder_point ?? 0}/${p.par_level ?? 0}`, { id: "rule", header: "Point/par", meta: { num: true } }),
  short.accessor("suggested_order", { header: "Order", meta: { num: true, sort: true }, cell: (c) => <span className="warn">{c.getValue()}</span> }),
];

export function ShortagesView() {
  const backend = useBackend();
  const [location, setLocation] = useState("");
  return (
    <section className="view" aria-labelledby="shortages-title">
      <header className="view-header">
        <h1 id="shortages-title">Shortages</h1>
        <div className="filters">
          <LocationFilter value={location} onChange={setLocation} />
        </div>
      </header>
      <PagedTable
        label="Shortages"
        queryKey={["shortages", location]}
        fetchPage={(offset, limit, sort) =>
          backend.call("shortages", {
            location: location || null,
            // The sortable columns' ids are the api's sort names.
            sort: (sort?.id ?? "urgency") as ShortageOrder,
            descending: sort?.desc ?? false,
            offset,
            limit,
            window_days: null,
          })
        }
        columns={SHORT_COLUMNS}
        template="minmax(240px, 3fr) 100px 80px 80px 80px 70px 110px 90px 80px"
        empty="No shortages: every product with a reorder rule has enough usable stock."
        rowKey={(p) => `${p.gtin}-${p.location}`}
      />
    </section>
  );
}

const exp = createColumnHelper<ExpiryLine>();
const EXPIRY_COLUMNS = [
  exp.accessor("expiry", { header: "Expiry", meta: { sort: true } }),
  exp.accessor("days_left", { header: "Expires", cell: (c) => (c.getValue() < 0 ? `${-c.getValue()} d ago` : `in ${c.getValue()} d`) }),
  exp.accessor("product", { header: "Product", meta: { sort: true }, cell: (c) => <span className="strong">{c.getValue()}</span> }),
  exp.accessor("lot", { header: "Lot", cell: (c) => c.getValue() ?? "" }),
  exp.accessor("location", { header: "Location", meta: { sort: true } }),
  exp.accessor("quantity", { header: "Qty", meta: { num: true, sort: true } }),
  exp.accessor("value_cents", {
    header: "Value",
    meta: { num: true, sort: true },
    cell: (c) => (c.getValue() === null ? "" : ((c.getValue() ?? 0) / 100).toLocaleString("en-GB", { minimumFractionDigits: 2 })),
  }),
];

export function ExpiryView() {
  const backend = useBackend();
  const [location, setLocation] = useState("");
  // The site's alert windows, the widest first chosen; a wider look is one choice away.
  const windows = useQuery({ queryKey: ["site-settings"], queryFn: () => backend.call("site_settings", null) });
  const choices = [...new Set([...(windows.data?.alert_windows ?? [30, 60, 90]), 180, 365])].sort((a, b) => a - b);
  const [chosen, setWithin] = useState<number | null>(null);
  const within = chosen ?? windows.data?.alert_windows.at(-1) ?? 90;
  return (
    <section className="view" aria-labelledby="expiry-title">
      <header className="view-header">
        <h1 id="expiry-title">Expiry</h1>
        <div className="filters">
          <label>
            Within
            <select aria-label="Within" value={within} onChange={(e) => setWithin(Number(e.target.value))}>
              {choices.map((d) => (
                <option key={d} value={d}>
                  {d} days
                </option>
              ))}
            </select>
          </label>
          <LocationFilter value={location} onChange={setLocation} />
        </div>
      </header>
      <PagedTable
        label="Expired and expiring stock"
        queryKey={["expiring", location, within]}
        fetchPage={(offset, limit, sort) =>
          backend.call("expiring", {
            within_days: within,
            location: location || null,
            sort: (sort?.id ?? "expiry") as ExpiryOrder,
            descending: sort?.desc ?? false,
            offset,
            limit,
          })
        }
        columns={EXPIRY_COLUMNS}
        template="100px 90px minmax(240px, 3fr) 110px 100px 70px 100px"
        empty="Nothing expired or expiring in this window."
        rowKey={(l, i) => `${l.gtin}-${l.lot ?? ""}-${l.location}-${i}`}
        rowClass={(l) => (l.window === 0 ? "expired" : undefined)}
      />
    </section>
  );
}
