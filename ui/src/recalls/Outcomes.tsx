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
import { useT } from "../i18n/I18n";
import { PartnerSelect } from "../widgets/Choosers";
import { Button, Field, Segments } from "../widgets/controls";
import { ScanField } from "../widgets/ScanField";
import { listWithPack, openFor, withPack } from "./reachPatch";
import { OUTCOMES, outcomeWords, statusWords, type T } from "./words";

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

/** What is still missing before a pack can be scanned for this outcome, as a catalogue key. */
function scanNeeds(outcome: RecallOutcome | null, partner: string, password: string): string | null {
  if (!outcome) return "recalls.needs.outcome";
  if (outcome === "returned_to_supplier" && !partner) return "recalls.needs.supplier";
  if (outcome === "destroyed" && !password) return "recalls.needs.password";
  return null;
}

/** A scanned pack's line: its serial, product and lot, what it became, and what is still open. */
function tickWords(t: T, r: PackOutcome, open: number | null): string {
  const u = r.unit;
  const what = u.outcome ? outcomeWords(t, u.outcome) : statusWords(t, u.status);
  const line = u.lot
    ? t("recalls.tick.packLot", { serial: u.serial, product: u.product, lot: u.lot, what })
    : t("recalls.tick.pack", { serial: u.serial, product: u.product, what });
  return open === null ? line : `${line} ${t("recalls.tick.stillOpen", { n: open })}`;
}

export function Outcomes({ reach }: { reach: Reach }) {
  const t = useT();
  const f = useOutcomeForm(reach);
  if (reach.recall.closed_at) return <ClosedLine recall={reach.recall} />;
  const { target, outcome, record } = f;
  const missingChoice = !outcome || (target === "location" && !f.location) || (target === "lot" && !f.lot);
  const needs = target === "scan" ? scanNeeds(outcome, f.partner, f.password) : null;
  const onScan = (raw: string) => {
    if (needs || !outcome) return f.tick({ ok: false, text: t("recalls.tick.notRecorded", { needs: t(needs ?? "recalls.needs.outcome") }) });
    f.scan.mutate({ raw, o: outcome });
  };
  const all = outcome ? openFor(reach, outcome) : { packs: 0, lotQuantity: 0 };
  return (
    <section className="outcomes" aria-label={t("recalls.outcomes.label")}>
      <h3>{t("recalls.outcomes.title")}</h3>
      <div className="outcome-row">
        <Segments<Target>
          label={t("recalls.outcomes.for")}
          value={target}
          onChange={f.setTarget}
          options={[
            { value: "scan", label: t("recalls.outcomes.byScan") },
            { value: "location", label: t("recalls.outcomes.byLocation") },
            { value: "lot", label: t("recalls.outcomes.byLot") },
            { value: "all", label: t("recalls.outcomes.everything") },
          ]}
        />
      </div>
      <OutcomeChoices reach={reach} form={f} />
      {target === "scan" ? (
        <ScanTicks onScan={onScan} before={needs ? t(needs) : t("recalls.outcomes.eachScanned", { outcome: outcome ? outcomeWords(t, outcome) : "" })} warn={!!needs} ticks={f.ticks} />
      ) : (
        <BulkRecord
          label={recordLabel(t, target, f.location, f.lot)}
          disabled={missingChoice || record.isPending}
          confirm={
            target === "all" && outcome && f.confirming
              ? { sentence: allSentence(t, outcome, all), items: all.packs + (all.lotQuantity > 0 ? 1 : 0) }
              : null
          }
          onPress={() => (target === "all" ? (record.reset(), f.setConfirming(true)) : outcome && record.mutate(outcome))}
          onConfirm={() => outcome && record.mutate(outcome)}
          onCancel={() => f.setConfirming(false)}
          error={record.error?.message ?? null}
        />
      )}
      {record.data ? (
        <p role="status" className="muted">
          {t("recalls.outcomes.recorded", { packs: record.data.units, lotStock: record.data.lot_quantity, open: record.data.still_open })}
        </p>
      ) : null}
      <CloseRecall reach={reach} form={f} />
    </section>
  );
}

type OutcomeForm = ReturnType<typeof useOutcomeForm>;

/** What the person is recording (for what, which outcome, the supplier, note and password), the
 * recording of a location, a lot or everything open, and the scans' lines. */
function useOutcomeForm(reach: Reach) {
  const backend = useBackend();
  const t = useT();
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
  const scanned = (r: PackOutcome) => {
    // The answer is the pack as the reach now shows it: the screen moves it and its counts
    // instead of reading the whole reach again for every scan.
    const wasOpen = client.getQueryData<Reach>(["reach", number])?.units.find((u) => u.gtin === r.unit.gtin && u.serial === r.unit.serial)?.open ?? true;
    const after = client.setQueryData<Reach>(["reach", number], (old) => (old ? withPack(old, r.unit, r.was) : old));
    client.setQueryData<RecallListItem[]>(["recalls"], (old) => (old ? listWithPack(old, number, r.unit, r.was, wasOpen) : old));
    void client.invalidateQueries({ queryKey: ["attention"] });
    tick({ ok: true, text: tickWords(t, r, after ? after.summary.open : null) });
  };
  const scan = useMutation({
    mutationFn: ({ raw, o }: { raw: string; o: RecallOutcome }) => backend.call("recall_outcome_scan", { number, raw, outcome: o, ...common }),
    onSuccess: scanned,
    onError: (e) => tick({ ok: false, text: `✗ ${e.message}` }),
  });
  return {
    target, setTarget, outcome, location, lot, partner, setPartner, note, setNote, password, setPassword,
    ticks, tick, confirming, setConfirming, record, scan, refresh,
    setOutcome: (o: RecallOutcome | null) => (changed(), setOutcomeState(o)),
    setLocation: (l: string) => (changed(), setLocationState(l)),
    setLot: (l: string) => (changed(), setLotState(l)),
  };
}

/** A closed recall: when, by whom, and with what signature meaning. */
function ClosedLine({ recall }: { recall: Reach["recall"] }) {
  const t = useT();
  const at = (recall.closed_at ?? "").slice(0, 16).replace("T", " ");
  return (
    <p className="saved" role="status">
      {recall.close_meaning
        ? t("recalls.closedSigned", { at, by: recall.closed_by ?? "", meaning: recall.close_meaning })
        : t("recalls.closed", { at, by: recall.closed_by ?? "" })}
    </p>
  );
}

/** The Record button's words for a location, a lot or everything open. */
function recordLabel(t: T, target: Target, location: string, lot: string): string {
  if (target === "all") return t("recalls.record.all");
  if (target === "location") return t("recalls.record.location", { location: location || t("recalls.record.theLocation") });
  return t("recalls.record.lot", { lot: lot || "…" });
}

/** The outcome, what it is recorded for (a location, a lot), and what it needs. */
function OutcomeChoices({ reach, form: f }: { reach: Reach; form: OutcomeForm }) {
  const t = useT();
  const { target, outcome } = f;
  return (
    <div className="filters wrap">
      <label>
        {t("recalls.outcomes.outcome")}
        <select aria-label={t("recalls.outcomes.outcome")} value={outcome ?? ""} onChange={(e) => f.setOutcome((e.target.value || null) as RecallOutcome | null)}>
          <option value="">{t("recalls.choose.option")}</option>
          {OUTCOMES.filter((o) => target !== "scan" || o.id !== "not_found").map((o) => (
            <option key={o.id} value={o.id}>
              {t(o.label)}
            </option>
          ))}
        </select>
      </label>
      {target === "location" ? <OpenChoice label={t("recalls.column.location")} value={f.location} options={openBy(reach, "location")} onChange={f.setLocation} /> : null}
      {target === "lot" ? <OpenChoice label={t("recalls.column.lot")} value={f.lot} options={openBy(reach, "lot")} onChange={f.setLot} /> : null}
      {outcome === "returned_to_supplier" ? <PartnerSelect label={t("recalls.outcomes.supplier")} value={f.partner} onChange={f.setPartner} /> : null}
      <Field label={t("recalls.outcomes.note")} value={f.note} onChange={f.setNote} placeholder={t("recalls.outcomes.notePlaceholder")} />
      {outcome === "destroyed" ? <Field label={t("recalls.outcomes.password")} name={t("recalls.outcomes.passwordName")} type="password" value={f.password} onChange={f.setPassword} /> : null}
    </div>
  );
}

/** Closing the recall with a signature, once nothing is open. */
function CloseRecall({ reach, form: f }: { reach: Reach; form: OutcomeForm }) {
  const backend = useBackend();
  const t = useT();
  const number = reach.recall.number;
  const close = useMutation({ mutationFn: () => backend.call("close_recall", { number, meaning: null, note: f.note || null, password: f.password || null }), onSuccess: f.refresh });
  return (
    <>
      {reach.summary.open === 0 && f.outcome !== "destroyed" ? <Field label={t("recalls.outcomes.closurePassword")} name={t("recalls.outcomes.passwordName")} type="password" value={f.password} onChange={f.setPassword} /> : null}
      <div className="actions">
        <Button onPress={() => close.mutate()} isDisabled={reach.summary.open > 0}>
          {t("recalls.outcomes.close")}
        </Button>
        {reach.summary.open > 0 ? <span className="muted">{t("recalls.outcomes.stillNeed", { n: reach.summary.open })}</span> : null}
        {close.error ? (
          <span role="alert" className="error">
            {close.error.message}
          </span>
        ) : null}
      </div>
    </>
  );
}

/** A menu of the locations or lots with open items, each with how many. */
function OpenChoice({ label, value, options, onChange }: { label: string; value: string; options: Array<[string, number]>; onChange(v: string): void }) {
  const t = useT();
  return (
    <label>
      {label}
      <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t("recalls.choose.option")}</option>
        {options.map(([code, n]) => (
          <option key={code} value={code}>
            {t("recalls.outcomes.openAt", { code, n })}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Pack by pack: the scan box, what scanning will record (or what it still needs), and a line
 * per pack scanned. */
function ScanTicks({ onScan, before, warn, ticks }: { onScan(raw: string): void; before: string; warn: boolean; ticks: Tick[] }) {
  const t = useT();
  return (
    <>
      <ScanField label={t("recalls.outcomes.scanEach")} onScan={onScan} captureAnywhere />
      <p className={warn ? "warn scan-needs" : "muted scan-needs"} role="status" aria-label={t("recalls.outcomes.beforeScanning")}>
        {before}
      </p>
      <ul className="ticks" aria-label={t("recalls.outcomes.scanned")} aria-live="polite">
        {ticks.map((k, i) => (
          <li key={ticks.length - i} className={k.ok ? "tick ok" : "tick bad"} role={k.ok ? undefined : "alert"}>
            {k.text}
          </li>
        ))}
      </ul>
    </>
  );
}

/** What "everything open" will record, said before it is recorded. */
function allSentence(t: T, outcome: RecallOutcome, all: { packs: number; lotQuantity: number }): string {
  const said = outcomeWords(t, outcome);
  if (all.packs === 0 && all.lotQuantity === 0) return t("recalls.all.nothing", { outcome: said });
  const packs = t("recalls.all.packs", { n: all.packs });
  const lotStock = t("recalls.all.lotStock", { n: all.lotQuantity });
  const what = all.lotQuantity === 0 ? packs : all.packs === 0 ? lotStock : t("recalls.preview.both", { packs, lotStock });
  return t("recalls.all.sentence", { outcome: said, what });
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
  const t = useT();
  return (
    <div className="bulk-record">
      {confirm ? (
        <div className="actions" role="group" aria-label={t("recalls.confirm")}>
          <span className="strong">{confirm.sentence}</span>
          {confirm.items > 0 ? (
            <Button variant="primary" isDisabled={disabled} onPress={onConfirm}>
              {t("recalls.yesRecord")}
            </Button>
          ) : null}
          <Button onPress={onCancel}>{t("recalls.cancel")}</Button>
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
