// The shortage list and the expiry list: live queries over the current stock, paged. A row opens
// its product's detail beside the list (its reorder rule at the row's location).
import { createColumnHelper } from "@tanstack/react-table";
import { useQuery } from "@tanstack/react-query";
import { useCallback, useMemo, useState, type ReactNode } from "react";
import { useBackend } from "../backend/context";
import { useMoney } from "../i18n/currency";
import type { ExpiryLine, ExpiryOrder, Position, ShortageOrder } from "../bindings";
import { useT } from "../i18n/I18n";
import { Button } from "../widgets/controls";
import { useRich } from "../widgets/rich";
import { LocationSelect } from "../widgets/Choosers";
import { PagedTable } from "../widgets/PagedTable";
import { OutOfStock } from "../stock/OutOfStock";
import { ProductPanel } from "../stock/ProductPanel";

type Say = ReturnType<typeof useT>;

/** The product a row opened, at the row's location. */
type Opened = { gtin: string; location: string } | null;

/** The list, and beside it the product a row opened. */
function WithProduct({ opened, close, children }: { opened: Opened; close(): void; children: ReactNode }) {
  return (
    <div className={opened ? "stock-split with-panel" : "stock-split"}>
      {children}
      {opened ? <ProductPanel key={`${opened.gtin}@${opened.location}`} gtin={opened.gtin} location={opened.location} onClose={close} /> : null}
    </div>
  );
}

function LocationFilter({ value, onChange }: { value: string; onChange(v: string): void }) {
  const t = useT();
  return <LocationSelect label={t("levels.location")} value={value} onChange={onChange} none={t("levels.allLocations")} />;
}

const short = createColumnHelper<Position>();
const shortColumns = (t: Say) => [
  short.accessor("product", { header: t("levels.col.product"), meta: { sort: true }, cell: (c) => <span className="strong" title={c.getValue()}>{c.getValue()}</span> }),
  short.accessor("location", { header: t("levels.col.location"), meta: { sort: true } }),
  short.accessor("on_hand", { header: t("levels.col.inStock"), meta: { num: true }, cell: (c) => <OutOfStock quantity={c.getValue()} /> }),
  short.accessor("usable_cover", { header: t("levels.col.usable"), meta: { num: true, sort: true } }),
  short.accessor("daily_consumption", { header: t("levels.col.perDay"), meta: { num: true }, cell: (c) => t("levels.perDay", { n: c.getValue() }) }),
  // Sorting by days of cover is the list's own order, most urgent first: the api calls it urgency.
  short.accessor("days_of_cover", { id: "urgency", header: t("levels.col.days"), meta: { num: true, sort: true }, cell: (c) => (c.getValue() === null ? "—" : Math.floor(c.getValue() ?? 0)) }),
  short.accessor("stockout_on", { header: t("levels.col.runsOut"), cell: (c) => c.getValue() ?? "—" }),
  short.accessor((p) => `${p.reorder_point ?? 0}/${p.par_level ?? 0}`, { id: "rule", header: t("levels.col.pointPar"), meta: { num: true } }),
  short.accessor("suggested_order", { header: t("levels.col.order"), meta: { num: true, sort: true }, cell: (c) => <span className="warn">{c.getValue()}</span> }),
];

export function ShortagesView() {
  const t = useT();
  const columns = useMemo(() => shortColumns(t), [t]);
  const backend = useBackend();
  const [location, setLocation] = useState("");
  const [opened, open] = useState<Opened>(null);
  return (
    <section className="view" aria-labelledby="shortages-title">
      <header className="view-header">
        <h1 id="shortages-title">{t("levels.shortages")}</h1>
        <div className="filters">
          <LocationFilter value={location} onChange={setLocation} />
        </div>
      </header>
      <WithProduct opened={opened} close={() => open(null)}>
      <PagedTable
        label={t("levels.shortages")}
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
        columns={columns}
        template="minmax(200px, 3fr) 90px 110px 70px 70px 60px 100px 84px 70px"
        fits={[
          { below: 960, hide: ["daily_consumption", "stockout_on"], template: "minmax(140px, 3fr) 84px 110px 70px 60px 84px 64px" },
          { below: 640, hide: ["daily_consumption", "stockout_on", "usable_cover", "urgency", "rule"], template: "minmax(120px, 3fr) 80px 110px 64px" },
        ]}
        empty={t("levels.shortages.empty")}
        rowKey={(p) => `${p.gtin}-${p.location}`}
        onActivate={(p) => open({ gtin: p.gtin, location: p.location })}
        isActive={(p) => p.gtin === opened?.gtin && p.location === opened.location}
      />
      </WithProduct>
    </section>
  );
}

const exp = createColumnHelper<ExpiryLine>();
const expiryColumns = (t: Say, money: (cents: number) => string) => [
  exp.accessor("expiry", { header: t("levels.col.expiry"), meta: { sort: true } }),
  exp.accessor("days_left", {
    header: t("levels.col.expires"),
    cell: (c) => (c.getValue() < 0 ? t("levels.expires.ago", { days: -c.getValue() }) : t("levels.expires.in", { days: c.getValue() })),
  }),
  exp.accessor("product", { header: t("levels.col.product"), meta: { sort: true }, cell: (c) => <span className="strong" title={c.getValue()}>{c.getValue()}</span> }),
  exp.accessor("lot", { header: t("levels.col.lot"), cell: (c) => c.getValue() ?? "" }),
  exp.accessor("location", { header: t("levels.col.location"), meta: { sort: true } }),
  exp.accessor("quantity", { header: t("levels.col.qty"), meta: { num: true, sort: true } }),
  exp.accessor("value_cents", {
    header: t("levels.col.value"),
    meta: { num: true, sort: true },
    cell: (c) => (c.getValue() === null ? "" : money(c.getValue() ?? 0)),
  }),
];

/** The expiry list, over the widest of the site's alert windows unless `within` (days) is given:
 * Home's "expiring within N days" tile opens it over those N days, and without the stock already
 * expired (`expiringOnly`), so the list adds up to the tile; the narrowing is shown and removable. */
export function ExpiryView({ within: asked, expiringOnly: onlyAsked }: { within?: number; expiringOnly?: boolean }) {
  const t = useT();
  // The value in the site's currency, or with two places while the site has chosen none.
  const plain = useCallback((value: number) => t("levels.value", { value }), [t]);
  const money = useMoney(plain);
  const columns = useMemo(() => expiryColumns(t, money), [t, money]);
  const say = useRich();
  const backend = useBackend();
  const [location, setLocation] = useState("");
  const [opened, open] = useState<Opened>(null);
  // The site's alert windows, the widest first chosen; a wider look is one choice away.
  const windows = useQuery({ queryKey: ["site-settings"], queryFn: () => backend.call("site_settings", null) });
  const choices = [...new Set([...(windows.data?.alert_windows ?? [30, 60, 90]), 180, 365, ...(asked ? [asked] : [])])].sort((a, b) => a - b);
  const [chosen, setWithin] = useState<number | null>(asked ?? null);
  const within = chosen ?? windows.data?.alert_windows.at(-1) ?? 90;
  const [expiringOnly, setExpiringOnly] = useState(onlyAsked ?? false);
  return (
    <section className="view" aria-labelledby="expiry-title">
      <header className="view-header">
        <h1 id="expiry-title">{t("levels.expiry")}</h1>
        <div className="filters">
          <label>
            {t("levels.within")}
            <select aria-label={t("levels.within")} value={within} onChange={(e) => setWithin(Number(e.target.value))}>
              {choices.map((d) => (
                <option key={d} value={d}>
                  {t("levels.days", { days: d })}
                </option>
              ))}
            </select>
          </label>
          <LocationFilter value={location} onChange={setLocation} />
        </div>
      </header>
      {expiringOnly ? (
        <div className="narrowed" role="status" aria-label={t("levels.narrowedTo")}>
          <span>{say("levels.showingOnly", { what: <strong>{t("levels.notYetExpired")}</strong> })}</span>
          <Button variant="quiet" onPress={() => setExpiringOnly(false)} aria-label={t("levels.showExpired.name")}>
            {t("levels.showExpired")}
          </Button>
        </div>
      ) : null}
      <WithProduct opened={opened} close={() => open(null)}>
      <PagedTable
        label={expiringOnly ? t("levels.expiring") : t("levels.expiredAndExpiring")}
        queryKey={["expiring", location, within, expiringOnly]}
        fetchPage={(offset, limit, sort) =>
          backend.call("expiring", {
            within_days: within,
            ...(expiringOnly ? { range: "expiring_only" as const } : {}),
            location: location || null,
            sort: (sort?.id ?? "expiry") as ExpiryOrder,
            descending: sort?.desc ?? false,
            offset,
            limit,
          })
        }
        columns={columns}
        template="100px 90px minmax(200px, 3fr) 110px 90px 64px 90px"
        fits={[
          { below: 900, hide: ["value_cents"], template: "96px 84px minmax(150px, 3fr) 100px 84px 56px" },
          { below: 640, hide: ["value_cents", "days_left", "lot"], template: "96px minmax(120px, 3fr) 84px 56px" },
        ]}
        empty={expiringOnly ? t("levels.expiring.empty") : t("levels.expiredAndExpiring.empty")}
        rowKey={(l, i) => `${l.gtin}-${l.lot ?? ""}-${l.location}-${i}`}
        rowClass={(l) => (l.window === 0 ? "expired" : undefined)}
        onActivate={(l) => open({ gtin: l.gtin, location: l.location })}
        isActive={(l) => l.gtin === opened?.gtin && l.location === opened.location}
      />
      </WithProduct>
    </section>
  );
}
