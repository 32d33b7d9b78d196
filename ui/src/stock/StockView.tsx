// Stock on hand per product and location, paged from SQLite as the list scrolls.
import { useInfiniteQuery } from "@tanstack/react-query";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useDeferredValue, useRef, useState } from "react";
import { useBackend } from "../backend/context";
import type { StockRow } from "../bindings";
import { Field } from "../widgets/controls";
import { LocationSelect } from "../widgets/Choosers";
import { ProductPanel } from "./ProductPanel";

const PAGE = 200;
const ROW_HEIGHT = 40;

export function StockView() {
  const backend = useBackend();
  const [location, setLocation] = useState("");
  const [search, setSearch] = useState("");
  const [selected, setSelected] = useState<string | null>(null);
  const deferredSearch = useDeferredValue(search.trim());
  const stock = useInfiniteQuery({
    queryKey: ["stock", location, deferredSearch],
    queryFn: ({ pageParam }) =>
      backend.stockPage({ location: location || null, search: deferredSearch || null, limit: PAGE, offset: pageParam }),
    initialPageParam: 0,
    getNextPageParam: (last, all) => (last.length === PAGE ? all.length * PAGE : undefined),
  });
  const rows: StockRow[] = stock.data?.pages.flat() ?? [];
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: { width: 1200, height: 600 },
  });
  const items = virtual.getVirtualItems();
  const last = items[items.length - 1];
  if (last && last.index >= rows.length - 20 && stock.hasNextPage && !stock.isFetchingNextPage) {
    void stock.fetchNextPage();
  }

  return (
    <section className="view" aria-labelledby="stock-title">
      <header className="view-header">
        <h1 id="stock-title">Stock on hand</h1>
        <div className="filters">
          <LocationSelect label="Location" value={location} onChange={setLocation} none="All locations" />
          <Field label="Product" name="Search products" type="search" placeholder="Name, generic name or GTIN" value={search} onChange={setSearch} />
        </div>
      </header>
      {stock.isError ? (
        <p role="alert" className="error">
          {stock.error.message}
        </p>
      ) : null}
      <div className="stock-split">
      <div className="table" role="table" aria-label="Stock on hand" aria-rowcount={rows.length}>
        <div className="row head" role="row">
          <span role="columnheader">Product</span>
          <span role="columnheader">GTIN</span>
          <span role="columnheader">Location</span>
          <span role="columnheader" className="num">In stock</span>
          <span role="columnheader" className="num">Quarantined</span>
          <span role="columnheader">Earliest expiry</span>
        </div>
        <div className="body" ref={scroller}>
          {stock.isPending ? <p className="muted pad">Loading…</p> : null}
          {!stock.isPending && rows.length === 0 ? <p className="muted pad">No stock matches.</p> : null}
          <div style={{ height: virtual.getTotalSize(), position: "relative" }}>
            {items.map((item) => {
              const r = rows[item.index];
              if (!r) return null;
              return (
                <div
                  key={`${r.gtin}-${r.location}`}
                  className={selected === r.gtin ? "row clickable on" : "row clickable"}
                  role="row"
                  tabIndex={0}
                  onClick={() => setSelected(r.gtin)}
                  onKeyDown={(e) => {
                    if (e.key === "Enter") setSelected(r.gtin);
                  }}
                  style={{ position: "absolute", top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                >
                  <span role="cell" className="strong">
                    {r.product}
                    {r.tracking === "lot" ? <span className="tag">lot</span> : null}
                  </span>
                  <span role="cell" className="mono">{r.gtin}</span>
                  <span role="cell" title={r.location_name}>{r.location}</span>
                  <span role="cell" className="num">{r.in_stock}</span>
                  <span role="cell" className={r.quarantined > 0 ? "num warn" : "num muted"}>{r.quarantined}</span>
                  <span role="cell">{r.earliest_expiry ?? "—"}</span>
                </div>
              );
            })}
          </div>
        </div>
      </div>
      {selected ? <ProductPanel gtin={selected} onClose={() => setSelected(null)} /> : null}
      </div>
    </section>
  );
}
