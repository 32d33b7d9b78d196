// A product's detail: where it stands at each location (on hand, expired, held, usable cover,
// rule), its lots and expiries, and its daily use over the consumption window. On hand, expired
// and held are the stock list's figures for the same place (core computes both by one rule).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useBackend } from "../backend/context";
import type { DayUse, Position, ProductDetail, RuleForm } from "../bindings";
import { LocationSelect } from "../widgets/Choosers";
import { Button, Field } from "../widgets/controls";
import { useT } from "../i18n/I18n";
import { localDay } from "../nav";
import { ltr, useRich } from "../widgets/rich";
import { OutOfStock } from "./OutOfStock";

type Say = ReturnType<typeof useT>;

function UseChart({ days }: { days: DayUse[] }) {
  const t = useT();
  if (days.length === 0) return <p className="muted">{t("stock.use.none")}</p>;
  const max = Math.max(...days.map((d) => d.quantity), 1);
  const w = 560;
  const h = 90;
  const step = w / days.length;
  return (
    <svg className="use-chart" viewBox={`0 0 ${w} ${h + 16}`} role="img" aria-label={t("stock.use.chart", { days: days.length, max })}>
      {days.map((d, i) => {
        const bh = (d.quantity / max) * h;
        return (
          <rect key={d.day} x={i * step + 1} y={h - bh} width={Math.max(step - 2, 1)} height={bh}>
            <title>
              {d.day}: {d.quantity}
            </title>
          </rect>
        );
      })}
      <text x="0" y={h + 13}>
        {days[0]?.day}
      </text>
      <text x={w} y={h + 13} textAnchor="end">
        {days[days.length - 1]?.day}
      </text>
    </svg>
  );
}

/** The reorder rule as typed: the figures as text until saved. */
type RuleDraft = { [K in keyof RuleForm]: string };

/** The api's rule from what was typed: whole numbers of packs and days, the lead time optional.
 * Anything else is refused here, naming the field and what was typed. */
function ruleForm(d: RuleDraft, t: Say): RuleForm {
  const whole = (v: string, field: string) => {
    const value = v.trim();
    if (!/^\d+$/.test(value)) throw new Error(t("stock.rule.notWhole", { field, value }));
    return Number(value);
  };
  return {
    gtin: d.gtin,
    location: d.location,
    reorder_point: whole(d.reorder_point, t("stock.rule.point")),
    par_level: whole(d.par_level, t("stock.rule.par")),
    lead_time_days: d.lead_time_days.trim() ? whole(d.lead_time_days, t("stock.rule.leadTime")) : null,
  };
}

/** The reorder rule at one location: the row that opened the product (or a position chosen
 * in the table, or any location), saved at once; the lists and figures that depend on it are
 * refreshed. The parent keys it by product and location, so it never keeps another row's. */
function RuleEditor({ gtin, location, positions, choose }: { gtin: string; location: string; positions: Position[]; choose(location: string): void }) {
  const t = useT();
  const rich = useRich();
  const backend = useBackend();
  const client = useQueryClient();
  const blank = (location: string): RuleDraft => {
    const p = positions.find((x) => x.location === location);
    return {
      gtin,
      location,
      reorder_point: p?.reorder_point?.toString() ?? "",
      par_level: p?.par_level?.toString() ?? "",
      lead_time_days: p?.reorder_point !== null && p?.reorder_point !== undefined ? String(p.lead_time_days) : "",
    };
  };
  const [form, setForm] = useState<RuleDraft>(() => blank(location));
  const save = useMutation({
    mutationFn: () => backend.call("set_reorder_rule", ruleForm(form, t)),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ["product", gtin] });
      void client.invalidateQueries({ queryKey: ["shortages"] });
      void client.invalidateQueries({ queryKey: ["attention"] });
      void client.invalidateQueries({ queryKey: ["stock"] });
    },
  });
  const set = (key: keyof RuleDraft) => (value: string) => setForm({ ...form, [key]: value });
  return (
    <form
      className="filters wrap rule-editor"
      aria-label={t("stock.rule.title")}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <LocationSelect label={t("stock.rule.at")} name={t("stock.rule.location")} value={form.location} onChange={choose} />
      <Field label={t("stock.rule.point")} narrow inputMode="numeric" value={form.reorder_point} onChange={set("reorder_point")} />
      <Field label={t("stock.rule.par")} narrow inputMode="numeric" value={form.par_level} onChange={set("par_level")} />
      <Field label={t("stock.rule.leadTimeDays")} narrow inputMode="numeric" placeholder="7" value={form.lead_time_days} onChange={set("lead_time_days")} />
      <div className="actions">
        <Button type="submit" isDisabled={save.isPending || !form.location}>
          {t("stock.rule.save")}
        </Button>
      </div>
      {save.isError ? (
        <p role="alert" className="error">
          {save.error.message}
        </p>
      ) : save.isSuccess ? (
        <p role="status" className="saved">
          {rich("stock.rule.saved", { location: ltr(form.location) })}
        </p>
      ) : null}
    </form>
  );
}

/** The product `gtin`'s detail, its rule editor at `location` (the row that opened it) until
 * another position is chosen in its table. */
export function ProductPanel({ gtin, location, onClose }: { gtin: string; location?: string; onClose(): void }) {
  const t = useT();
  const backend = useBackend();
  const [chosen, choose] = useState<string | null>(null);
  const d = useQuery({ queryKey: ["product", gtin], queryFn: () => backend.call("product_detail", { gtin }) });
  const info = useQuery({ queryKey: ["app-info"], queryFn: () => backend.appInfo() });
  const role = info.data?.actor?.role;
  const mayEditRules = role === "manager" || role === "admin";
  // The rule edited: the location chosen (in the table or the editor), else the row that opened
  // the product, else its first position.
  const ruleAt = chosen ?? location ?? d.data?.positions[0]?.location ?? "";
  return (
    <aside className="product-panel" aria-label={t("stock.detail")}>
      <header>
        <h2>{d.data?.product.name ?? gtin}</h2>
        <Button onPress={onClose} aria-label={t("stock.detail.close.name")}>
          {t("stock.detail.close")}
        </Button>
      </header>
      {d.isError ? (
        <p role="alert" className="error">
          {d.error.message}
        </p>
      ) : null}
      {d.data ? (
        <>
          <p className="muted">
            <span className="mono">{gtin}</span> · {t("stock.tracking", { tracking: d.data.tracking })}
            {d.data.product.manufacturer ? ` · ${d.data.product.manufacturer}` : ""}
          </p>
          <h3>{t("stock.detail.byLocation")}</h3>
          <table className="grid-table positions" aria-label={t("stock.detail.positions")}>
            <thead>
              <tr>
                <th>{t("stock.col.location")}</th>
                <th className="num">{t("stock.col.inStock")}</th>
                <th className="num">{t("stock.col.expired")}</th>
                <th className="num">{t("stock.col.quarantined")}</th>
                <th className="num">{t("stock.col.usable")}</th>
                <th className="num" title={t("stock.col.days.title")}>
                  {t("stock.col.days")}
                </th>
                <th className="num">{t("stock.col.pointPar")}</th>
              </tr>
            </thead>
            <tbody>
              {d.data.positions.map((p) => (
                <tr
                  key={p.location}
                  className={[p.shortage ? "short" : "", mayEditRules ? "clickable" : "", p.location === ruleAt && mayEditRules ? "on" : ""].filter(Boolean).join(" ") || undefined}
                  aria-current={p.location === ruleAt && mayEditRules ? "true" : undefined}
                  title={mayEditRules ? t("stock.detail.editRule", { location: p.location }) : undefined}
                  onClick={mayEditRules ? () => choose(p.location) : undefined}
                >
                  <td className="strong">{p.location}</td>
                  <td className="num">
                    <OutOfStock quantity={p.on_hand} />
                  </td>
                  <td className={p.expired_in_stock > 0 ? "num expired-figure" : "num muted"}>{p.expired_in_stock}</td>
                  <td className={p.quarantined > 0 ? "num warn" : "num muted"}>{p.quarantined}</td>
                  <td className="num">{p.usable_cover}</td>
                  <td className="num">{p.days_of_cover === null ? "—" : Math.floor(p.days_of_cover)}</td>
                  <td className="num">{p.reorder_point === null ? t("stock.detail.noRule") : `${p.reorder_point}/${p.par_level ?? ""}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {mayEditRules ? (
            <>
              <h3>{t("stock.rule.title")}</h3>
              <RuleEditor key={`${gtin}@${ruleAt}`} gtin={gtin} location={ruleAt} positions={d.data.positions} choose={choose} />
            </>
          ) : null}
          <h3>{t("stock.detail.dailyUse")}</h3>
          <UseChart days={d.data.consumption} />
          <h3>{t("stock.detail.lots")}</h3>
          <LotsTable lots={d.data.lots} />
        </>
      ) : null}
    </aside>
  );
}

/** The product's lots: expiry, lot, where, how many in stock and held; an expired lot marked. */
function LotsTable({ lots }: { lots: ProductDetail["lots"] }) {
  const t = useT();
  const today = localDay();
  return (
    <table className="grid-table" aria-label={t("stock.detail.lots")}>
      <thead>
        <tr>
          <th>{t("stock.col.expiry")}</th>
          <th>{t("stock.col.lot")}</th>
          <th>{t("stock.col.location")}</th>
          <th className="num">{t("stock.col.inStock")}</th>
          <th className="num">{t("stock.col.held")}</th>
        </tr>
      </thead>
      <tbody>
        {lots.map((l, i) => (
          <tr key={i} className={l.expiry !== null && l.expiry < today ? "expired" : undefined}>
            <td>{l.expiry ?? "—"}</td>
            <td>{l.lot ?? ""}</td>
            <td>{l.location}</td>
            <td className="num">{l.in_stock}</td>
            <td className="num">{l.quarantined}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
