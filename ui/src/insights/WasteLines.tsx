// Every pack or lot quantity the waste insight counted, oldest first: the figures' evidence.
import { createColumnHelper } from "@tanstack/react-table";
import { useMemo } from "react";
import { useT } from "../i18n/I18n";
import { VirtualTable } from "../widgets/PagedTable";
import { Section, useAmounts } from "./common";
import type { WasteInsight, WasteLine } from "../bindings";

type Say = ReturnType<typeof useT>;

const col = createColumnHelper<WasteLine>();
const columns = (t: Say, money: (cents: number) => string, number: (n: number) => string) => [
  col.accessor("day", { header: t("insights.col.day") }),
  col.accessor("cause", { header: t("insights.col.cause"), cell: (c) => t("insights.cause", { cause: c.getValue() }) }),
  col.accessor("predicted", { header: t("insights.col.predicted"), cell: (c) => (c.row.original.cause === "expired" ? (c.getValue() ? t("insights.yes") : t("insights.no")) : "") }),
  col.accessor("location", { header: t("insights.col.location"), cell: (c) => <span className="mono">{c.getValue()}</span> }),
  col.accessor("product", { header: t("insights.col.product"), cell: (c) => <span title={c.row.original.gtin}>{c.getValue()}</span> }),
  col.accessor((l) => l.serial ?? l.lot ?? "", { id: "unit", header: t("insights.col.serialOrLot"), cell: (c) => <bdi className="mono">{c.getValue()}</bdi> }),
  col.accessor("supplier", { header: t("insights.col.supplier"), cell: (c) => <span className="mono">{c.getValue() ?? ""}</span> }),
  col.accessor("quantity", { header: t("insights.col.qty"), meta: { num: true }, cell: (c) => number(c.getValue()) }),
  col.accessor("value_cents", { header: t("insights.col.value"), meta: { num: true }, cell: (c) => (c.getValue() === null ? "—" : money(c.getValue() ?? 0)) }),
];

export function WasteLines({ answer }: { answer: WasteInsight }) {
  const t = useT();
  const { money, number } = useAmounts(answer.currency);
  const cols = useMemo(() => columns(t, money, number), [t, money, number]);
  const title = t("insights.waste.lines");
  return (
    <Section title={title}>
      <VirtualTable
        label={title}
        rows={answer.lines}
        columns={cols}
        template="100px 90px 80px 80px minmax(150px, 3fr) minmax(90px, 1.3fr) 90px 50px 100px"
        fits={[{ below: 860, hide: ["predicted", "supplier", "unit"], template: "96px 84px 76px minmax(120px, 3fr) 50px 96px" }]}
        empty={t("insights.waste.none")}
        rowKey={(l, i) => `${l.event_id}-${i}`}
        className="insights-table-wrap"
      />
    </Section>
  );
}
