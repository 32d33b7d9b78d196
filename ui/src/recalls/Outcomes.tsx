// Recording what became of a recall's open items: for a whole location, a whole lot, every open
// item (said with its count and confirmed first), or pack by pack by scanning each pack as it is
// pulled (each scan ticks that one pack and says so; a pack not in the recall, or already
// accounted for, is refused saying why). No outcome is chosen until the person chooses one, and
// a scanned pack is never "not found" (it is in their hand). Then the recall is closed with a
// signature once nothing is open.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useBackend } from "../backend/context";
import type { PackOutcome, Reach, RecallListItem, RecallOutcome } from "../bindings";
import { PartnerSelect } from "../widgets/Choosers";
import { Button, Field, Segments } from "../widgets/controls";
import { ScanField } from "../widgets/ScanField";
import { listWithPack, openFor, withPack } from "./reachPatch";

const OUTCOMES: Array<{ id: RecallOutcome; label: string }> = [
  { id: "returned_to_supplier", label: "Returned to supplier (held stock)" },
  { id: "destroyed", label: "Destroyed (held stock; signed)" },
  { id: "notified", label: "Notified (packs that left)" },
  { id: "not_found", label: "Not found" },
];

/** An outcome in words, for the sentences the panel says. */
const label = (o: RecallOutcome) => OUTCOMES.find((x) => x.id === o)?.label.replace(/ \(.*\)$/, "") ?? o;

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

/** What is still missing before a pack can be scanned for this outcome, in the person's words. */
function scanNeeds(outcome: RecallOutcome | null, partner: string, password: string): string | null {
  if (!outcome) return "Choose the outcome first: then scan each pack.";
  if (outcome === "returned_to_supplier" && !partner) return "Choose the supplier the packs go back to first.";
  if (outcome === "destroyed" && !password) return "Type your password first: destroying is signed.";
  return null;
}

export function Outcomes({ reach }: { reach: Reach }) {
  const backend = useBackend();
  const client = useQueryClient();
  const number = reach.recall.number;
  const [target, setTargetState] = useState<Target>("scan");
  const [outcome, setOutcomeState] = useState<RecallOutcome | null>(null);
  const [location, setLocationState] = useState("");
  const [lot, setLotState] = useState("");
  const [partner, setPartner] = useState("");
  const [note, setNote] = useState("");
  const [password, setPassword] = useState("");
  const [ticks, setTicks] = useState<Tick[]>([]);
  const [confirming, setConfirming] = useState(false);
  const tick = (t: Tick) => setTicks((all) => [t, ...all].slice(0, 50));
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ["reach", number] });
    void client.invalidateQueries({ queryKey: ["recalls"] });
  };
  const common = { partner: partner || null, note: note || null, password: password || null };
  const record = useMutation({
    mutationFn: (o: RecallOutcome) =>
      backend.call("recall_outcome", {
        number,
        outcome: o,
        gtin: null,
        lot: target === "lot" ? lot || null : null,
        serials: [],
        location: target === "location" ? location || null : null,
        ...common,
      }),
    onSuccess: () => {
      // The location or lot just recorded has nothing open left: it is no longer a choice.
      setLocationState("");
      setLotState("");
      refresh();
    },
    onSettled: () => setConfirming(false),
  });
  // A change of what is recorded, or for what, clears the last answer: "Recorded for…" and an
  // error belong to the choice they answered.
  const changed = () => {
    record.reset();
    setConfirming(false);
  };
  const setTarget = (t: Target) => {
    changed();
    setTargetState(t);
    if (t === "scan" && outcome === "not_found") setOutcomeState(null);
  };
  const setOutcome = (o: RecallOutcome | null) => (changed(), setOutcomeState(o));
  const setLocation = (l: string) => (changed(), setLocationState(l));
  const setLot = (l: string) => (changed(), setLotState(l));
  const scanned = (r: PackOutcome) => {
    // The answer is the pack as the reach now shows it: the screen moves it and its counts
    // instead of reading the whole reach again for every scan.
    const wasOpen = client.getQueryData<Reach>(["reach", number])?.units.find((u) => u.gtin === r.unit.gtin && u.serial === r.unit.serial)?.open ?? true;
    const after = client.setQueryData<Reach>(["reach", number], (old) => (old ? withPack(old, r.unit, r.was) : old));
    client.setQueryData<RecallListItem[]>(["recalls"], (old) => (old ? listWithPack(old, number, r.unit, r.was, wasOpen) : old));
    void client.invalidateQueries({ queryKey: ["attention"] });
    const still = after ? ` ${after.summary.open} still open.` : "";
    const u = r.unit;
    tick({ ok: true, text: `✓ ${u.serial} — ${u.product}${u.lot ? `, lot ${u.lot}` : ""}: ${u.outcome ? label(u.outcome).toLowerCase() : u.status.replace(/_/g, " ")}.${still}` });
  };
  const scan = useMutation({
    mutationFn: ({ raw, o }: { raw: string; o: RecallOutcome }) => backend.call("recall_outcome_scan", { number, raw, outcome: o, ...common }),
    onSuccess: scanned,
    onError: (e) => tick({ ok: false, text: `✗ ${e.message}` }),
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
  const missingChoice = !outcome || (target === "location" && !location) || (target === "lot" && !lot);
  const needs = target === "scan" ? scanNeeds(outcome, partner, password) : null;
  const onScan = (raw: string) => {
    if (needs || !outcome) return tick({ ok: false, text: `✗ Not recorded: ${needs ?? "choose the outcome first."} Then scan the pack again.` });
    scan.mutate({ raw, o: outcome });
  };
  const all = outcome ? openFor(reach, outcome) : { packs: 0, lotQuantity: 0 };
  const recordLabel = target === "all" ? "Record for every open item" : target === "location" ? `Record for ${location || "the location"}` : `Record for lot ${lot || "…"}`;
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
          <select aria-label="Outcome" value={outcome ?? ""} onChange={(e) => setOutcome((e.target.value || null) as RecallOutcome | null)}>
            <option value="">Choose…</option>
            {OUTCOMES.filter((o) => target !== "scan" || o.id !== "not_found").map((o) => (
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
          <ScanField label="Scan each pack as it is pulled" onScan={onScan} captureAnywhere />
          <p className={needs ? "warn scan-needs" : "muted scan-needs"} role="status" aria-label="Before scanning">
            {needs ?? `Each pack scanned is recorded “${outcome ? label(outcome).toLowerCase() : ""}”. A pack that cannot be found is recorded by location, lot or everything open.`}
          </p>
          <ul className="ticks" aria-label="Packs scanned" aria-live="polite">
            {ticks.map((t, i) => (
              <li key={ticks.length - i} className={t.ok ? "tick ok" : "tick bad"} role={t.ok ? undefined : "alert"}>
                {t.text}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <BulkRecord
          label={recordLabel}
          disabled={missingChoice || record.isPending}
          confirm={
            target === "all" && outcome && confirming
              ? { sentence: allSentence(outcome, all), items: all.packs + (all.lotQuantity > 0 ? 1 : 0) }
              : null
          }
          onPress={() => (target === "all" ? (record.reset(), setConfirming(true)) : outcome && record.mutate(outcome))}
          onConfirm={() => outcome && record.mutate(outcome)}
          onCancel={() => setConfirming(false)}
          error={record.error?.message ?? null}
        />
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
        {close.error ? (
          <span role="alert" className="error">
            {close.error.message}
          </span>
        ) : null}
      </div>
    </section>
  );
}

/** What "everything open" will record, said before it is recorded. */
function allSentence(outcome: RecallOutcome, all: { packs: number; lotQuantity: number }): string {
  const what = [all.packs > 0 ? `${all.packs} pack(s)` : null, all.lotQuantity > 0 ? `${all.lotQuantity} of lot stock` : null].filter(Boolean).join(" and ");
  if (!what) return `Nothing open is something “${label(outcome).toLowerCase()}” applies to: nothing will be recorded.`;
  return `This records “${label(outcome).toLowerCase()}” for ${what}: every open item it applies to.`;
}

interface BulkProps {
  label: string;
  disabled: boolean;
  /** The count to confirm ("everything open"), once the person pressed the button. */
  confirm: { sentence: string; items: number } | null;
  onPress(): void;
  onConfirm(): void;
  onCancel(): void;
  /** Why the last recording was refused, shown beside the button that made it. */
  error: string | null;
}

/** The Record button of a location, a lot or everything open, with its confirmation and error. */
function BulkRecord({ label: text, disabled, confirm, onPress, onConfirm, onCancel, error }: BulkProps) {
  return (
    <div className="bulk-record">
      {confirm ? (
        <div className="actions" role="group" aria-label="Confirm">
          <span className="strong">{confirm.sentence}</span>
          {confirm.items > 0 ? (
            <Button variant="primary" isDisabled={disabled} onPress={onConfirm}>
              Yes, record it
            </Button>
          ) : null}
          <Button onPress={onCancel}>Cancel</Button>
        </div>
      ) : (
        <div className="actions">
          <Button variant="primary" isDisabled={disabled} onPress={onPress}>
            {text}
          </Button>
        </div>
      )}
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
