// Recording what became of a recall's open items: for a whole location, a whole lot, every open
// item, or pack by pack by scanning each pack as it is pulled (each scan ticks that one pack and
// says so; a pack not in the recall, or already accounted for, is refused saying why). Then the
// recall is closed with a signature once nothing is open.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useBackend } from "../backend/context";
import type { Reach, RecallOutcome } from "../bindings";
import { PartnerSelect } from "../widgets/Choosers";
import { Button, Field, Segments } from "../widgets/controls";
import { ScanField } from "../widgets/ScanField";

const OUTCOMES: Array<{ id: RecallOutcome; label: string }> = [
  { id: "returned_to_supplier", label: "Returned to supplier (held stock)" },
  { id: "destroyed", label: "Destroyed (held stock; signed)" },
  { id: "notified", label: "Notified (packs that left)" },
  { id: "not_found", label: "Not found" },
];

type Target = "scan" | "location" | "lot" | "all";

/** The open items of the reach by one key (a location held at, a lot), with how many. */
function openBy(reach: Reach, key: "location" | "lot"): Array<[string, number]> {
  const n = new Map<string, number>();
  for (const u of reach.units) {
    const k = u[key];
    if (u.open && k) n.set(k, (n.get(k) ?? 0) + 1);
  }
  for (const l of reach.lots) {
    const k = l[key];
    if (l.open && k) n.set(k, (n.get(k) ?? 0) + l.quantity);
  }
  return [...n.entries()].sort(([a], [b]) => a.localeCompare(b));
}

interface Tick {
  ok: boolean;
  text: string;
}

export function Outcomes({ reach }: { reach: Reach }) {
  const backend = useBackend();
  const client = useQueryClient();
  const number = reach.recall.number;
  const [target, setTarget] = useState<Target>("scan");
  const [outcome, setOutcome] = useState<RecallOutcome>("not_found");
  const [location, setLocation] = useState("");
  const [lot, setLot] = useState("");
  const [partner, setPartner] = useState("");
  const [note, setNote] = useState("");
  const [password, setPassword] = useState("");
  const [ticks, setTicks] = useState<Tick[]>([]);
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ["reach", number] });
    void client.invalidateQueries({ queryKey: ["recalls"] });
  };
  const common = { partner: partner || null, note: note || null, password: password || null };
  const record = useMutation({
    mutationFn: () =>
      backend.call("recall_outcome", {
        number,
        outcome,
        gtin: null,
        lot: target === "lot" ? lot || null : null,
        serials: [],
        location: target === "location" ? location || null : null,
        ...common,
      }),
    onSuccess: () => {
      // The location or lot just recorded has nothing open left: it is no longer a choice.
      setLocation("");
      setLot("");
      refresh();
    },
  });
  const scan = useMutation({
    mutationFn: (raw: string) => backend.call("recall_outcome_scan", { number, raw, outcome, ...common }),
    onSuccess: (r) => {
      setTicks((t) => [{ ok: true, text: `✓ ${r.serial} — ${r.product}${r.lot ? `, lot ${r.lot}` : ""}: ${outcome.replace(/_/g, " ")}. ${r.recorded.still_open} still open.` }, ...t].slice(0, 50));
      refresh();
    },
    onError: (e) => setTicks((t) => [{ ok: false, text: `✗ ${e.message}` }, ...t].slice(0, 50)),
  });
  const close = useMutation({ mutationFn: () => backend.call("close_recall", { number, meaning: null, note: note || null, password: password || null }), onSuccess: refresh });
  if (reach.recall.closed_at) {
    return (
      <p className="saved" role="status">
        Closed {reach.recall.closed_at.slice(0, 16).replace("T", " ")} by {reach.recall.closed_by}
        {reach.recall.close_meaning ? `, signed (${reach.recall.close_meaning})` : ""}.
      </p>
    );
  }
  const locations = openBy(reach, "location");
  const lots = openBy(reach, "lot");
  const missingChoice = (target === "location" && !location) || (target === "lot" && !lot);
  const error = record.error ?? close.error;
  return (
    <section className="outcomes" aria-label="Outcomes">
      <h3>Record outcomes</h3>
      <div className="outcome-row">
        <Segments<Target>
          label="Record for"
          value={target}
          onChange={setTarget}
          options={[
            { value: "scan", label: "Pack by pack (scan)" },
            { value: "location", label: "A whole location" },
            { value: "lot", label: "A whole lot" },
            { value: "all", label: "Everything open" },
          ]}
        />
      </div>
      <div className="filters wrap">
        <label>
          Outcome
          <select aria-label="Outcome" value={outcome} onChange={(e) => setOutcome(e.target.value as RecallOutcome)}>
            {OUTCOMES.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        {target === "location" ? (
          <label>
            Location
            <select aria-label="Location" value={location} onChange={(e) => setLocation(e.target.value)}>
              <option value="">Choose…</option>
              {locations.map(([code, n]) => (
                <option key={code} value={code}>
                  {code} ({n} open)
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {target === "lot" ? (
          <label>
            Lot
            <select aria-label="Lot" value={lot} onChange={(e) => setLot(e.target.value)}>
              <option value="">Choose…</option>
              {lots.map(([l, n]) => (
                <option key={l} value={l}>
                  {l} ({n} open)
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {outcome === "returned_to_supplier" ? <PartnerSelect label="Supplier" value={partner} onChange={setPartner} /> : null}
        <Field label="Note" value={note} onChange={setNote} placeholder="RMA number, who was told" />
        {outcome === "destroyed" ? <Field label="Your password (signs)" name="Signature password" type="password" value={password} onChange={setPassword} /> : null}
      </div>
      {target === "scan" ? (
        <>
          <ScanField label="Scan each pack as it is pulled" onScan={(raw) => scan.mutate(raw)} captureAnywhere />
          <ul className="ticks" aria-label="Packs scanned" aria-live="polite">
            {ticks.map((t, i) => (
              <li key={ticks.length - i} className={t.ok ? "tick ok" : "tick bad"} role={t.ok ? undefined : "alert"}>
                {t.text}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <div className="actions">
          <Button variant="primary" isDisabled={missingChoice || record.isPending} onPress={() => record.mutate()}>
            {target === "all" ? "Record for every open item" : target === "location" ? `Record for ${location || "the location"}` : `Record for lot ${lot || "…"}`}
          </Button>
        </div>
      )}
      {record.data ? (
        <p role="status" className="muted">
          Recorded for {record.data.units} pack(s) and {record.data.lot_quantity} of lot stock; {record.data.still_open} still open.
        </p>
      ) : null}
      {reach.summary.open === 0 && outcome !== "destroyed" ? <Field label="Your password (signs the closure)" name="Signature password" type="password" value={password} onChange={setPassword} /> : null}
      <div className="actions">
        <Button onPress={() => close.mutate()} isDisabled={reach.summary.open > 0}>
          Close recall (signed)
        </Button>
        {reach.summary.open > 0 ? <span className="muted">{reach.summary.open} item(s) still need an outcome before it can close.</span> : null}
      </div>
      {error ? (
        <p role="alert" className="error">
          {error.message}
        </p>
      ) : null}
    </section>
  );
}
