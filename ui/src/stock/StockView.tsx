// Stock on hand per product and location, paged from SQLite as the list scrolls; a row opens the
// product's detail beside the list, its reorder rule set to the row's location. Usable stock,
// expired stock (in red, never counted as usable) and quarantined stock are columns of their
// own, the same figures the product's detail shows. Home's tiles open the list narrowed to
// quarantined, suspect or expired stock; the narrowing shows above the list and can be removed.
import { createColumnHelper } from "@tanstack/react-table";
import { useDeferredValue, useMemo, useState } from "react";
import { useBackend } from "../backend/context";
import type { StockHeld, StockRow } from "../bindings";
import { useT } from "../i18n/I18n";
import { HELD_LABELS } from "../nav";
import { useRich } from "../widgets/rich";
import { Button, Field } from "../widgets/controls";
import { LocationSelect } from "../widgets/Choosers";
import { PagedTable } from "../widgets/PagedTable";
import { ProductPanel } from "./ProductPanel";
import { OutOfStock } from "./OutOfStock";

type Say = ReturnType<typeof useT>;

const col = createColumnHelper<StockRow>();
function stockColumns(t: Say) {
  return [
    col.accessor("product", {
      header: t("stock.col.product"),
      cell: (c) => (
        <span className="strong" title={c.getValue()}>
          {c.getValue()}
          {c.row.original.tracking === "lot" ? <span className="tag">{t("stock.tag.lot")}</span> : null}
        </span>
      ),
    }),
    col.accessor("gtin", { header: t("stock.col.gtin"), cell: (c) => <span className="mono">{c.getValue()}</span> }),
    col.accessor("location", { header: t("stock.col.location"), cell: (c) => <span title={c.row.original.location_name}>{c.getValue()}</span> }),
    col.accessor("in_stock", { header: t("stock.col.inStock"), meta: { num: true }, cell: (c) => <OutOfStock quantity={c.getValue()} /> }),
    col.accessor("expired", {
      header: t("stock.col.expired"),
      meta: { num: true },
      cell: (c) => <span className={c.getValue() > 0 ? "expired-figure" : "muted"}>{c.getValue()}</span>,
    }),
    col.accessor("quarantined", {
      header: t("stock.col.quarantined"),
      meta: { num: true },
      cell: (c) => {
        const suspect = c.row.original.suspect;
        return (
          <span className={c.getValue() > 0 ? "warn" : "muted"} title={suspect > 0 ? t("stock.suspect", { n: suspect }) : undefined}>
            {c.getValue()}
            {suspect > 0 ? ` (${t("stock.suspect", { n: suspect })})` : ""}
          </span>
        );
      },
    }),
    col.accessor("earliest_expiry", { header: t("stock.col.earliestExpiry"), cell: (c) => c.getValue() ?? "—" }),
  ];
}
// Beside the product panel (which shows the GTIN and each lot's expiry), the list drops those
// columns to fit.
const besidePanel = (columns: ReturnType<typeof stockColumns>) =>
  columns.filter((c) => !("accessorKey" in c) || (c.accessorKey !== "gtin" && c.accessorKey !== "earliest_expiry"));

export function StockView({ held: initialHeld }: { held?: StockHeld }) {
  const t = useT();
  const rich = useRich();
  const backend = useBackend();
  const columns = useMemo(() => stockColumns(t), [t]);
  const [location, setLocation] = useState("");
  const [search, setSearch] = useState("");
  const [held, setHeld] = useState<StockHeld | null>(initialHeld ?? null);
  const [selected, setSelected] = useState<{ gtin: string; location: string } | null>(null);
  const deferredSearch = useDeferredValue(search.trim());
  return (
    <section className="view" aria-labelledby="stock-title">
      <header className="view-header">
        <h1 id="stock-title">{t("stock.title")}</h1>
        <div className="filters wrap">
          <LocationSelect label={t("stock.location")} value={location} onChange={setLocation} none={t("stock.allLocations")} />
          <Field label={t("stock.product")} name={t("stock.search")} type="search" placeholder={t("stock.searchHint")} value={search} onChange={setSearch} />
        </div>
      </header>
      {held ? (
        <div className="narrowed" role="status" aria-label={t("stock.narrowedTo")}>
          <span>{rich("stock.showingOnly", { what: <strong>{t(HELD_LABELS[held])}</strong> })}</span>
          <Button variant="quiet" onPress={() => setHeld(null)} aria-label={t("stock.showAll.name", { held })}>
            {t("stock.showAll")}
          </Button>
        </div>
      ) : null}
      <div className={selected ? "stock-split with-panel" : "stock-split"}>
        <PagedTable
          label={t("stock.title")}
          queryKey={["stock", location, deferredSearch, held]}
          fetchPage={async (offset, limit) => ({
            rows: await backend.call("stock", { gtin: null, location: location || null, search: deferredSearch || null, ...(held ? { held } : {}), limit, offset }),
          })}
          columns={selected ? besidePanel(columns) : columns}
          template={selected ? "minmax(110px, 3fr) 72px 110px 62px minmax(84px, 1.2fr)" : "minmax(160px, 3fr) 130px 84px minmax(110px, 1fr) 70px minmax(124px, 1.2fr) 130px"}
          fits={selected ? [] : [{ below: 930, hide: ["gtin"], template: "minmax(150px, 3fr) 84px minmax(110px, 1fr) 70px minmax(124px, 1.2fr) 130px" }]}
          rowHeight={40}
          empty={t("stock.empty", { held: held ?? "none" })}
          rowKey={(r) => `${r.gtin}-${r.location}`}
          onActivate={(r) => setSelected({ gtin: r.gtin, location: r.location })}
          isActive={(r) => r.gtin === selected?.gtin && r.location === selected.location}
        />
        {selected ? <ProductPanel key={`${selected.gtin}@${selected.location}`} gtin={selected.gtin} location={selected.location} onClose={() => setSelected(null)} /> : null}
      </div>
    </section>
  );
}
