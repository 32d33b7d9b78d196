// A recall's reach: what it covers, where every affected pack is or went, the outcomes recorded
// and still to record, and the notice.
import { createColumnHelper } from "@tanstack/react-table";
import { useState } from "react";
import type { AffectedUnit, Reach } from "../bindings";
import { VirtualTable } from "../widgets/PagedTable";
import { Button } from "../widgets/controls";
import { Notice } from "./Notice";
import { Outcomes } from "./Outcomes";
import { ShareRecall } from "./ShareRecall";

const pack = createColumnHelper<AffectedUnit>();
const PACK_COLUMNS = [
  pack.accessor("product", { header: "Product" }),
  // Serials wrap inside their column (reach.css), never cut off with an ellipsis.
  pack.accessor("serial", { header: "Serial", cell: (c) => <span className="mono serial">{c.getValue()}</span> }),
  pack.accessor("lot", { header: "Lot", cell: (c) => c.getValue() ?? "" }),
  // Status and place share a column, one above the other, so the table fits 1024 px.
  pack.accessor((u) => `${u.status.replace(/_/g, " ")} ${u.location ?? u.counterparty ?? ""}`, {
    id: "where",
    header: "Status, where",
    cell: (c) => (
      <>
        {c.row.original.status.replace(/_/g, " ")}
        <br />
        <span className="muted">{c.row.original.location ?? c.row.original.counterparty ?? ""}</span>
      </>
    ),
  }),
  pack.accessor((u) => u.outcome?.replace(/_/g, " ") ?? (u.open ? "open" : "resolved"), { id: "outcome", header: "Outcome" }),
];

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div className="figure">
      <div className="figure-value">{value.toLocaleString("en-GB")}</div>
      <div className="figure-label">{label}</div>
    </div>
  );
}

/** Packs by where they are (or "left the pharmacy") and status: only pairs that hold packs. */
function byWhere(reach: Reach): Array<[string, string, number]> {
  const n = new Map<string, [string, string, number]>();
  for (const u of reach.units) {
    const where = u.location ?? "left the pharmacy";
    const key = `${where}\u0000${u.status}`;
    const row = n.get(key) ?? [where, u.status, 0];
    row[2] += 1;
    n.set(key, row);
  }
  return [...n.values()];
}

export function ReachView({ reach }: { reach: Reach }) {
  const [notice, setNotice] = useState(false);
  const s = reach.summary;
  if (notice) return <Notice number={reach.recall.number} onClose={() => setNotice(false)} />;
  return (
    <div className="reach" aria-label={`Reach of ${reach.recall.number}`}>
      <div className="reach-head">
        <div>
          <h2>
            {reach.recall.number} <span className="muted">Class {reach.recall.class}</span>
          </h2>
          <p>{reach.recall.title}</p>
          <p className="muted">{reach.recall.reason}</p>
        </div>
        <div className="actions">
          <Button variant="primary" onPress={() => setNotice(true)}>
            Recall notice
          </Button>
          <ShareRecall number={reach.recall.number} closed={reach.recall.closed_at !== null} />
        </div>
      </div>
      <div className="summary reach-figures" aria-label="Reach summary">
        <Figure label="Affected packs" value={s.units} />
        <Figure label="Held in quarantine" value={s.quarantined} />
        <Figure label="Dispensed" value={s.dispensed} />
        <Figure label="Still open" value={s.open} />
      </div>
      <Outcomes reach={reach} />
      <table className="grid-table" aria-label="Reach by location and status">
        <thead>
          <tr>
            <th>Where</th>
            <th>Status</th>
            <th className="num">Packs</th>
          </tr>
        </thead>
        <tbody>
          {byWhere(reach).map(([where, status, n]) => (
            <tr key={`${where}-${status}`}>
              <td className="strong">{where}</td>
              <td>{status.replace(/_/g, " ")}</td>
              <td className="num">{n}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Affected packs</h3>
      <VirtualTable
        label="Affected packs"
        className="reach-packs"
        rows={reach.units}
        columns={PACK_COLUMNS}
        template="minmax(0, 1.6fr) minmax(17ch, 1.3fr) minmax(8ch, 0.8fr) minmax(11ch, 1.1fr) minmax(0, 0.9fr)"
        rowHeight={58}
        empty="No pack is affected."
        rowKey={(u) => `${u.gtin}-${u.serial}`}
        rowClass={(u) => (u.open ? "open" : undefined)}
      />
    </div>
  );
}
