// Stock on hand per product and location, paged from SQLite as the list scrolls; a row opens the
// product's detail beside the list.
import { createColumnHelper } from "@tanstack/react-table";
import { useDeferredValue, useState } from "react";
import { useBackend } from "../backend/context";
import type { StockRow } from "../bindings";
import { Field } from "../widgets/controls";
import { LocationSelect } from "../widgets/Choosers";
import { PagedTable } from "../widgets/PagedTable";
import { ProductPanel } from "./ProductPanel";

const col = createColumnHelper<StockRow>();
const COLUMNS = [
  col.accessor("product", {
    header: "Product",
    cell: (c) => (
      <span className="strong">
        {c.getValue()}
        {c.row.original.tracking === "lot" ? <span className="tag">lot</span> : null}
      </span>
    ),
  }),
  col.accessor("gtin", { header: "GTIN", cell: (c) => <span className="mono">{c.getValue()}</span> }),
  col.accessor("location", { header: "Location", cell: (c) => <span title={c.row.original.location_name}>{c.getValue()}</span> }),
  col.accessor("in_stock", { header: "In stock", meta: { num: true } }),
  col.accessor("quarantined", {
    header: "Quarantined",
    meta: { num: true },
    cell: (c) => <span className={c.getValue() > 0 ? "warn" : "muted"}>{c.getValue()}</span>,
  }),
  col.accessor("earliest_expiry", { header: "Earliest expiry", cell: (c) => c.getValue() ?? "—" }),
];
// Beside the product panel (which shows the GTIN), the list drops that column to fit.
const BESIDE_PANEL = COLUMNS.filter((c) => c.header !== "GTIN");

export function StockView() {
  const backend = useBackend();
  const [location, setLocation] = useState("");
  const [search, setSearch] = useState("");
  const [selected, setSelected] = useState<string | null>(null);
  const deferredSearch = useDeferredValue(search.trim());
  return (
    <section className="view" aria-labelledby="stock-title">
      <header className="view-header">
        <h1 id="stock-title">Stock on hand</h1>
        <div className="filters">
          <LocationSelect label="Location" value={location} onChange={setLocation} none="All locations" />
          <Field label="Product" name="Search products" type="search" placeholder="Name, generic name or GTIN" value={search} onChange={setSearch} />
        </div>
      </header>
      <div className="stock-split">
        <PagedTable
          label="Stock on hand"
          queryKey={["stock", location, deferredSearch]}
          fetchPage={async (offset, limit) => ({
            rows: await backend.call("stock", { gtin: null, location: location || null, search: deferredSearch || null, limit, offset }),
          })}
          columns={selected ? BESIDE_PANEL : COLUMNS}
          template={selected ? "minmax(130px, 3fr) 84px 64px 100px 126px" : "minmax(200px, 3fr) 130px 90px 80px 100px 120px"}
          rowHeight={40}
          empty="No stock matches."
          rowKey={(r) => `${r.gtin}-${r.location}`}
          onActivate={(r) => setSelected(r.gtin)}
          isActive={(r) => r.gtin === selected}
        />
        {selected ? <ProductPanel gtin={selected} onClose={() => setSelected(null)} /> : null}
      </div>
    </section>
  );
}
