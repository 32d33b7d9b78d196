// A recall's reach: what it covers, where every affected pack is or went, the outcomes recorded
// and still to record, and the notice.
import { createColumnHelper } from "@tanstack/react-table";
import { useMemo, useState } from "react";
import type { AffectedUnit, Reach } from "../bindings";
import { useFormat, useT } from "../i18n/I18n";
import { VirtualTable } from "../widgets/PagedTable";
import { Button } from "../widgets/controls";
import { Notice } from "./Notice";
import { Outcomes } from "./Outcomes";
import { ShareRecall } from "./ShareRecall";
import { outcomeWords, statusWords, type T } from "./words";

const pack = createColumnHelper<AffectedUnit>();

/** The affected packs' columns, headed and said in the person's language. */
function packColumns(t: T) {
  return [
    pack.accessor("product", { header: t("recalls.column.product") }),
    // Serials wrap inside their column (reach.css), never cut off with an ellipsis.
    pack.accessor("serial", { header: t("recalls.column.serial"), cell: (c) => <span className="mono serial">{c.getValue()}</span> }),
    pack.accessor("lot", { header: t("recalls.column.lot"), cell: (c) => c.getValue() ?? "" }),
    // Status and place share a column, one above the other, so the table fits 1024 px.
    pack.accessor((u) => `${statusWords(t, u.status)} ${u.location ?? u.counterparty ?? ""}`, {
      id: "where",
      header: t("recalls.column.statusWhere"),
      cell: (c) => (
        <>
          {statusWords(t, c.row.original.status)}
          <br />
          <span className="muted">{c.row.original.location ?? c.row.original.counterparty ?? ""}</span>
        </>
      ),
    }),
    pack.accessor((u) => (u.outcome ? outcomeWords(t, u.outcome) : u.open ? t("recalls.reach.open") : t("recalls.reach.resolved")), {
      id: "outcome",
      header: t("recalls.column.outcome"),
    }),
  ];
}

function Figure({ label, value }: { label: string; value: number }) {
  const format = useFormat();
  return (
    <div className="figure">
      <div className="figure-value">{format.number(value)}</div>
      <div className="figure-label">{label}</div>
    </div>
  );
}

/** Packs by where they are (or "left the pharmacy") and status: only pairs that hold packs. */
function byWhere(t: T, reach: Reach): Array<[string, AffectedUnit["status"], number]> {
  const n = new Map<string, [string, AffectedUnit["status"], number]>();
  for (const u of reach.units) {
    const where = u.location ?? t("recalls.reach.left");
    const key = `${where}\u0000${u.status}`;
    const row = n.get(key) ?? [where, u.status, 0];
    row[2] += 1;
    n.set(key, row);
  }
  return [...n.values()];
}

export function ReachView({ reach }: { reach: Reach }) {
  const [notice, setNotice] = useState(false);
  const t = useT();
  const columns = useMemo(() => packColumns(t), [t]);
  const s = reach.summary;
  if (notice) return <Notice number={reach.recall.number} onClose={() => setNotice(false)} />;
  return (
    <div className="reach" aria-label={t("recalls.reach.label", { number: reach.recall.number })}>
      <div className="reach-head">
        <div>
          <h2>
            <span dir="ltr">{reach.recall.number}</span>{" "}
            <span className="muted">{t("recalls.reach.class", { class: reach.recall.class === "withdrawal" ? t("recalls.class.withdrawalName") : reach.recall.class })}</span>
          </h2>
          <p>{reach.recall.title}</p>
          <p className="muted">{reach.recall.reason}</p>
        </div>
        <div className="actions">
          <Button variant="primary" onPress={() => setNotice(true)}>
            {t("recalls.reach.notice")}
          </Button>
          <ShareRecall number={reach.recall.number} closed={reach.recall.closed_at !== null} />
        </div>
      </div>
      <div className="summary reach-figures" aria-label={t("recalls.reach.summary")}>
        <Figure label={t("recalls.reach.affected")} value={s.units} />
        <Figure label={t("recalls.reach.quarantined")} value={s.quarantined} />
        <Figure label={t("recalls.reach.dispensed")} value={s.dispensed} />
        <Figure label={t("recalls.reach.stillOpen")} value={s.open} />
      </div>
      <Outcomes reach={reach} />
      <table className="grid-table" aria-label={t("recalls.reach.byWhere")}>
        <thead>
          <tr>
            <th>{t("recalls.column.where")}</th>
            <th>{t("recalls.column.status")}</th>
            <th className="num">{t("recalls.column.packs")}</th>
          </tr>
        </thead>
        <tbody>
          {byWhere(t, reach).map(([where, status, n]) => (
            <tr key={`${where}-${status}`}>
              <td className="strong">{where}</td>
              <td>{statusWords(t, status)}</td>
              <td className="num">{n}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t("recalls.reach.affected")}</h3>
      <VirtualTable
        label={t("recalls.reach.affected")}
        className="reach-packs"
        rows={reach.units}
        columns={columns}
        template="minmax(0, 1.6fr) minmax(17ch, 1.3fr) minmax(8ch, 0.8fr) minmax(11ch, 1.1fr) minmax(0, 0.9fr)"
        rowHeight={58}
        empty={t("recalls.reach.empty")}
        rowKey={(u) => `${u.gtin}-${u.serial}`}
        rowClass={(u) => (u.open ? "open" : undefined)}
      />
    </div>
  );
}
