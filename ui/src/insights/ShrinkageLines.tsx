// Every variance the counts applied in the period, oldest first: the shrinkage figures' evidence.
import { createColumnHelper } from "@tanstack/react-table";
import { useMemo } from "react";
import { useT } from "../i18n/I18n";
import { VirtualTable } from "../widgets/PagedTable";
import { Section, useAmounts } from "./common";
import type { ShrinkageInsight, ShrinkageLine } from "../bindings";

type Say = ReturnType<typeof useT>;

const col = createColumnHelper<ShrinkageLine>();
const columns = (t: Say, money: (cents: number) => string, number: (n: number) => string) => [
  col.accessor("day", { header: t("insights.col.day") }),
  col.accessor("count", { header: t("insights.col.count"), cell: (c) => <bdi className="mono">{c.getValue()}</bdi> }),
  col.accessor("location", { header: t("insights.col.location"), cell: (c) => <span className="mono">{c.getValue()}</span> }),
  col.accessor("kind", { header: t("insights.col.variance"), cell: (c) => t("insights.variance", { kind: c.getValue() }) }),
  col.accessor("product", { header: t("insights.col.product"), cell: (c) => <span title={c.row.original.gtin}>{c.getValue()}</span> }),
  col.accessor((l) => l.serial ?? l.lot ?? "", { id: "unit", header: t("insights.col.serialOrLot"), cell: (c) => <bdi className="mono">{c.getValue()}</bdi> }),
  col.accessor("quantity", { header: t("insights.col.qty"), meta: { num: true }, cell: (c) => number(c.getValue()) }),
  col.accessor("value_cents", { header: t("insights.col.value"), meta: { num: true }, cell: (c) => (c.getValue() === null ? "—" : money(c.getValue() ?? 0)) }),
];

export function ShrinkageLines({ answer }: { answer: ShrinkageInsight }) {
  const t = useT();
  const { money, number } = useAmounts(answer.currency);
  const cols = useMemo(() => columns(t, money, number), [t, money, number]);
  const title = t("insights.shrinkage.lines");
  return (
    <Section title={title}>
      <VirtualTable
        label={title}
        rows={answer.lines}
        columns={cols}
        template="100px 100px 80px 130px minmax(150px, 3fr) minmax(90px, 1.3fr) 50px 100px"
        fits={[{ below: 860, hide: ["count", "unit"], template: "96px 76px 120px minmax(120px, 3fr) 50px 96px" }]}
        empty={t("insights.shrinkage.noVariance")}
        rowKey={(l, i) => `${l.event_id}-${i}`}
        className="insights-table-wrap"
      />
    </Section>
  );
}
