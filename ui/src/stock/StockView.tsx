// Stock on hand per product and location, paged from SQLite as the list scrolls; a row opens the
// product's detail beside the list, its reorder rule set to the row's location. Usable stock,
// expired stock (in red, never counted as usable) and quarantined stock are columns of their
// own, the same figures the product's detail shows. Home's tiles open the list narrowed to
// quarantined, suspect or expired stock; the narrowing shows above the list and can be removed.
import { createColumnHelper } from "@tanstack/react-table";
import { useDeferredValue, useState } from "react";
import { useBackend } from "../backend/context";
import type { StockHeld, StockRow } from "../bindings";
import { HELD_LABELS } from "../nav";
import { Button, Field } from "../widgets/controls";
import { LocationSelect } from "../widgets/Choosers";
import { PagedTable } from "../widgets/PagedTable";
import { ProductPanel } from "./ProductPanel";
import { OutOfStock } from "./OutOfStock";

const col = createColumnHelper<StockRow>();
const COLUMNS = [
  col.accessor("product", {
    header: "Product",
    cell: (c) => (
      <span className="strong" title={c.getValue()}>
        {c.getValue()}
        {c.row.original.tracking === "lot" ? <span className="tag">lot</span> : null}
      </span>
    ),
  }),
  col.accessor("gtin", { header: "GTIN", cell: (c) => <span className="mono">{c.getValue()}</span> }),
  col.accessor("location", { header: "Location", cell: (c) => <span title={c.row.original.location_name}>{c.getValue()}</span> }),
  col.accessor("in_stock", { header: "In stock", meta: { num: true }, cell: (c) => <OutOfStock quantity={c.getValue()} /> }),
  col.accessor("expired", {
    header: "Expired",
    meta: { num: true },
    cell: (c) => <span className={c.getValue() > 0 ? "expired-figure" : "muted"}>{c.getValue()}</span>,
  }),
  col.accessor("quarantined", {
    header: "Quarantined",
    meta: { num: true },
    cell: (c) => (
      <span className={c.getValue() > 0 ? "warn" : "muted"} title={c.row.original.suspect > 0 ? `${c.row.original.suspect} suspect` : undefined}>
        {c.getValue()}
        {c.row.original.suspect > 0 ? ` (${c.row.original.suspect} suspect)` : ""}
      </span>
    ),
  }),
  col.accessor("earliest_expiry", { header: "Earliest expiry", cell: (c) => c.getValue() ?? "—" }),
];
// Beside the product panel (which shows the GTIN and each lot's expiry), the list drops those
// columns to fit.
const BESIDE_PANEL = COLUMNS.filter((c) => c.header !== "GTIN" && c.header !== "Earliest expiry");

export function StockView({ held: initialHeld }: { held?: StockHeld }) {
  const backend = useBackend();
  const [location, setLocation] = useState("");
  const [search, setSearch] = useState("");
  const [held, setHeld] = useState<StockHeld | null>(initialHeld ?? null);
  const [selected, setSelected] = useState<{ gtin: string; location: string } | null>(null);
  const deferredSearch = useDeferredValue(search.trim());
  return (
    <section className="view" aria-labelledby="stock-title">
      <header className="view-header">
        <h1 id="stock-title">Stock on hand</h1>
        <div className="filters wrap">
          <LocationSelect label="Location" value={location} onChange={setLocation} none="All locations" />
          <Field label="Product" name="Search products" type="search" placeholder="Name, generic name or GTIN" value={search} onChange={setSearch} />
        </div>
      </header>
      {held ? (
        <div className="narrowed" role="status" aria-label="Narrowed to">
          <span>
            Showing only: <strong>{HELD_LABELS[held]}</strong>
          </span>
          <Button variant="quiet" onPress={() => setHeld(null)} aria-label={`Show all stock, not only ${HELD_LABELS[held].toLowerCase()}`}>
            Show all stock ✕
          </Button>
        </div>
      ) : null}
      <div className={selected ? "stock-split with-panel" : "stock-split"}>
        <PagedTable
          label="Stock on hand"
          queryKey={["stock", location, deferredSearch, held]}
          fetchPage={async (offset, limit) => ({
            rows: await backend.call("stock", { gtin: null, location: location || null, search: deferredSearch || null, ...(held ? { held } : {}), limit, offset }),
          })}
          columns={selected ? BESIDE_PANEL : COLUMNS}
          template={selected ? "minmax(110px, 3fr) 72px 110px 62px minmax(84px, 1.2fr)" : "minmax(160px, 3fr) 130px 84px minmax(110px, 1fr) 70px minmax(124px, 1.2fr) 130px"}
          fits={selected ? [] : [{ below: 930, hide: ["gtin"], template: "minmax(150px, 3fr) 84px minmax(110px, 1fr) 70px minmax(124px, 1.2fr) 130px" }]}
          rowHeight={40}
          empty={held ? `No ${HELD_LABELS[held].toLowerCase()} matches.` : "No stock matches."}
          rowKey={(r) => `${r.gtin}-${r.location}`}
          onActivate={(r) => setSelected({ gtin: r.gtin, location: r.location })}
          isActive={(r) => r.gtin === selected?.gtin && r.location === selected.location}
        />
        {selected ? <ProductPanel key={`${selected.gtin}@${selected.location}`} gtin={selected.gtin} location={selected.location} onClose={() => setSelected(null)} /> : null}
      </div>
    </section>
  );
}
