// The supplier figures' evidence: every receipt line priced above contract with its amounts, and
// every affected pack with its lot, expiry and manufacturing date (AI 11), as QA traces them back.
import { createColumnHelper } from "@tanstack/react-table";
import { useMemo } from "react";
import type { AffectedPack, PriceExcess, SupplierInsight } from "../bindings";
import { useT } from "../i18n/I18n";
import { VirtualTable } from "../widgets/PagedTable";
import { Section, useAmounts } from "./common";

type Say = ReturnType<typeof useT>;

const priceCol = createColumnHelper<PriceExcess>();
const priceColumns = (t: Say, money: (cents: number) => string, number: (n: number) => string) => [
  priceCol.accessor("day", { header: t("insights.col.day") }),
  priceCol.accessor("supplier", { header: t("insights.col.supplier"), cell: (c) => <bdi className="mono">{c.getValue()}</bdi> }),
  priceCol.accessor("product", { header: t("insights.col.product"), cell: (c) => <span title={c.row.original.gtin}>{c.getValue()}</span> }),
  priceCol.accessor("lot", { header: t("insights.col.lot"), cell: (c) => <bdi className="mono">{c.getValue() ?? ""}</bdi> }),
  priceCol.accessor("quantity", { header: t("insights.col.qty"), meta: { num: true }, cell: (c) => number(c.getValue()) }),
  priceCol.accessor("unit_cost_cents", { header: t("insights.col.unitCost"), meta: { num: true }, cell: (c) => money(c.getValue()) }),
  priceCol.accessor("contract_cents", { header: t("insights.col.contract"), meta: { num: true }, cell: (c) => money(c.getValue()) }),
  priceCol.accessor("excess_cents", { header: t("insights.col.excess"), meta: { num: true }, cell: (c) => <strong>{money(c.getValue())}</strong> }),
];

export function OverContractLines({ answer }: { answer: SupplierInsight }) {
  const t = useT();
  const { money, number } = useAmounts(answer.currency);
  const cols = useMemo(() => priceColumns(t, money, number), [t, money, number]);
  const title = t("insights.suppliers.overContractLines");
  const empty = t("insights.suppliers.noneOverContract", { percent: answer.tolerance_percent });
  return (
    <Section title={title}>
      <VirtualTable
        label={title}
        rows={answer.over_contract}
        columns={cols}
        template="100px 110px minmax(150px, 3fr) minmax(90px, 1.2fr) 60px 100px 100px 130px"
        fits={[{ below: 820, hide: ["supplier", "lot"], template: "96px minmax(130px, 3fr) 56px 96px 96px 104px" }]}
        empty={empty}
        rowKey={(l, i) => `${l.supplier}-${l.day}-${l.gtin}-${l.lot ?? ""}-${i}`}
        className="insights-table-wrap short"
      />
    </Section>
  );
}

const packCol = createColumnHelper<AffectedPack>();
const packColumns = (t: Say) => [
  packCol.accessor("received", { header: t("insights.col.received") }),
  packCol.accessor("supplier", { header: t("insights.col.supplier"), cell: (c) => <bdi className="mono">{c.getValue()}</bdi> }),
  packCol.accessor("finding", { header: t("insights.col.finding"), cell: (c) => t("insights.finding", { finding: c.getValue() }) }),
  packCol.accessor("product", { header: t("insights.col.product"), cell: (c) => <span title={c.row.original.gtin}>{c.getValue()}</span> }),
  packCol.accessor("manufacturer", { header: t("insights.col.manufacturer"), cell: (c) => c.getValue() ?? "" }),
  packCol.accessor("serial", { header: t("insights.col.serial"), cell: (c) => <bdi className="mono">{c.getValue() ?? ""}</bdi> }),
  packCol.accessor("lot", { header: t("insights.col.lot"), cell: (c) => <bdi className="mono">{c.getValue() ?? ""}</bdi> }),
  packCol.accessor("expiry", { header: t("insights.col.expiry"), cell: (c) => c.getValue() ?? "" }),
  packCol.accessor("manufactured", { header: t("insights.col.manufactured"), cell: (c) => c.getValue() ?? "—" }),
];

export function AffectedPacks({ answer }: { answer: SupplierInsight }) {
  const t = useT();
  const cols = useMemo(() => packColumns(t), [t]);
  const title = t("insights.suppliers.affected");
  return (
    <Section title={title}>
      <VirtualTable
        label={title}
        rows={answer.affected}
        columns={cols}
        template="100px 100px minmax(190px, 1.6fr) minmax(150px, 2fr) minmax(110px, 1fr) minmax(90px, 1fr) minmax(80px, 1fr) 100px 120px"
        fits={[{ below: 1000, hide: ["supplier", "manufacturer", "serial"], template: "96px minmax(170px, 1.6fr) minmax(130px, 2fr) minmax(80px, 1fr) 96px 110px" }]}
        empty={t("insights.suppliers.noneAffected")}
        rowKey={(p, i) => `${p.event_id}-${p.finding}-${p.serial ?? p.lot ?? ""}-${i}`}
        className="insights-table-wrap"
      />
    </Section>
  );
}
