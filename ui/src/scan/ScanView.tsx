// The scan workspace: one screen for every movement. The verdict fills the panel in green,
// amber or red with the reason in words and a sound; the session's scans list beside it. What a
// movement needs (a reason, a destination, a partner, a signature) comes from custody-api's
// `movement_rules`, and each scan goes to its `scan`, which reads it with the site's scanner
// settings: the screen holds no policy of its own.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo, useRef, useState } from "react";
import { useBackend } from "../backend/context";
import type { Movement, ScanRequest, SignatureMeaning, Verdict } from "../bindings";
import { LocationSelect, PartnerSelect } from "../widgets/Choosers";
import { ScanField, type ScanFieldHandle } from "../widgets/ScanField";
import { GS } from "../widgets/scanner";
import { beep } from "./sound";
import { Field, Segments } from "../widgets/controls";
import { ShipmentImport } from "./ShipmentImport";

const MOVEMENTS: Array<{ id: Movement; label: string }> = [
  { id: "receive", label: "Receive" },
  { id: "dispense", label: "Dispense" },
  { id: "transfer", label: "Transfer" },
  { id: "return", label: "Return to stock" },
  { id: "quarantine", label: "Quarantine" },
  { id: "release", label: "Release" },
  { id: "destroy", label: "Destroy" },
  { id: "return_to_supplier", label: "Return to supplier" },
];

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

const movementLabel = (id: Movement) => MOVEMENTS.find((m) => m.id === id)?.label ?? id;

/** What became of the scan, in words: recorded (and where the pack is now), held instead, or
 * nothing recorded. */
function outcome(movement: Movement, v: Verdict): string {
  const what = movementLabel(movement);
  if (!v.recorded) return `${what}: nothing recorded.`;
  if (v.recorded.held) return `${what}: not done; the pack is held in quarantine (event #${v.recorded.seq}).`;
  const where = v.recorded.location ? ` at ${v.recorded.location}` : "";
  return `${what}: recorded (event #${v.recorded.seq}); the pack is now ${v.recorded.status.replace("_", " ")}${where}.`;
}

/** What a signature says, in the words of the password field. */
const SIGNED_AS: Record<SignatureMeaning, string> = {
  approved: "signs it as approved",
  performed: "signs it as done by you",
  reviewed: "signs it as reviewed",
};

const VERDICT_WORD = { accepted: "Accepted", warning: "Warning", blocked: "Blocked" } as const;

interface SessionScan {
  n: number;
  raw: string;
  /** The movement asked for when the pack was scanned. */
  movement: Movement;
  verdict?: Verdict;
  error?: string;
}

export function ScanView() {
  const backend = useBackend();
  const client = useQueryClient();
  const locations = useQuery({ queryKey: ["locations"], queryFn: () => backend.call("locations", null) });
  const [movement, setMovement] = useState<Movement>("receive");
  const rules = useQuery({ queryKey: ["movement-rules", movement], queryFn: () => backend.call("movement_rules", movement), staleTime: Infinity });
  const [location, setLocation] = useState("");
  const [toLocation, setToLocation] = useState("");
  const [counterparty, setCounterparty] = useState("");
  const [reference, setReference] = useState("");
  const [reason, setReason] = useState("");
  const [quantity, setQuantity] = useState("");
  const [password, setPassword] = useState("");
  const [shipment, setShipment] = useState<number | null>(null);
  const shipments = useQuery({ queryKey: ["shipments"], queryFn: () => backend.call("shipments", { open_only: true }), enabled: movement === "receive" });
  const expected = useQuery({
    queryKey: ["shipment", shipment],
    queryFn: () => backend.call("shipment", { id: shipment ?? 0 }),
    enabled: movement === "receive" && shipment !== null,
  });
  const [scans, setScans] = useState<SessionScan[]>([]);
  const field = useRef<ScanFieldHandle>(null);
  const where = location || locations.data?.[0]?.code || "";
  const signature = rules.data?.signature ?? null;
  const signed = signature !== null;
  const needsReason = rules.data?.needs_reason ?? false;
  const needsDestination = rules.data?.needs_destination ?? false;
  const showsPartner = (rules.data?.needs_partner ?? false) || movement === "receive" || movement === "transfer";

  const scan = useMutation({
    mutationFn: (request: ScanRequest) => backend.call("scan", request),
  });

  const onScan = useCallback(
    (raw: string) => {
      const n = Date.now();
      setScans((s) => [{ n, raw, movement }, ...s].slice(0, 200));
      scan.mutate(
        {
          movement,
          location: where,
          // Only what the screen shows is sent: a destination or partner chosen for another
          // movement must never travel with this one.
          to_location: needsDestination ? toLocation || null : null,
          counterparty: showsPartner ? counterparty || null : null,
          reference: reference || null,
          reason: needsReason ? reason || null : null,
          raw,
          quantity: quantity ? Number(quantity) : null,
          unit_cost_cents: null,
          override_reason: null,
          occurred_at: null,
          password: signed ? password : null,
          shipment: movement === "receive" ? shipment : null,
        },
        {
          onSuccess: (verdict) => {
            beep(verdict.verdict);
            setScans((s) => s.map((x) => (x.n === n ? { ...x, verdict } : x)));
            void client.invalidateQueries({ queryKey: ["stock"] });
            void client.invalidateQueries({ queryKey: ["attention"] });
            void client.invalidateQueries({ queryKey: ["shipment"] });
            void client.invalidateQueries({ queryKey: ["shipments"] });
          },
          onError: (e) => {
            beep("blocked");
            setScans((s) => s.map((x) => (x.n === n ? { ...x, error: e.message } : x)));
          },
        },
      );
      field.current?.focus();
    },
    [scan, movement, where, needsDestination, toLocation, showsPartner, counterparty, reference, needsReason, reason, quantity, signed, password, shipment, client],
  );

  const latest = scans[0];
  const level = latest?.verdict?.verdict ?? (latest?.error ? "blocked" : undefined);
  const counts = scans.reduce(
    (c, s) => {
      const l = s.verdict?.verdict ?? (s.error ? "blocked" : undefined);
      if (l) c[l] += 1;
      return c;
    },
    { accepted: 0, warning: 0, blocked: 0 },
  );

  // The movement and its settings change only when someone edits them: kept as they are while
  // scans arrive, so a verdict re-renders the verdict and the session list, nothing more.
  const header = useMemo(
    () => (
      <header className="view-header">
        <h1 id="scan-title">Scan</h1>
        <Segments
          label="Movement"
          value={movement}
          options={MOVEMENTS.map((m) => ({ value: m.id, label: m.label }))}
          onChange={(m) => {
            setMovement(m);
            field.current?.focus();
          }}
        />
      </header>
    ),
    [movement],
  );
  const settings = useMemo(
    () => (
      <div className="scan-settings filters">
        <LocationSelect label={movement === "receive" ? "Receive into" : "At"} name="Location" value={where} onChange={setLocation} />
        {needsDestination ? <LocationSelect label="To" name="To location" value={toLocation} onChange={setToLocation} none="Choose…" /> : null}
        {showsPartner ? (
          <PartnerSelect
            label={movement === "transfer" ? "To another site" : "Supplier"}
            name="Partner"
            value={counterparty}
            onChange={setCounterparty}
          />
        ) : null}
        {movement === "receive" ? (
          <label>
            Against shipment
            <select
              aria-label="Expected shipment"
              value={shipment ?? ""}
              onChange={(e) => setShipment(e.target.value ? Number(e.target.value) : null)}
            >
              <option value="">None (no despatch advice)</option>
              {shipments.data?.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.reference} ({s.received}/{s.lines} lines)
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {movement === "receive" ? <ShipmentImport supplier={counterparty} onImported={setShipment} /> : null}
        <Field
          label="Document"
          name="Document"
          placeholder={movement === "dispense" ? "Prescription or ward order" : "PO, delivery note, transfer note"}
          value={reference}
          onChange={setReference}
        />
        {needsReason ? <Field label="Reason" value={reason} onChange={setReason} isRequired /> : null}
        <Field label="Quantity (lots)" name="Quantity" inputMode="numeric" narrow value={quantity} onChange={(v) => setQuantity(v.replace(/\D/g, ""))} />
        {signature ? (
          <Field label={`Your password (${SIGNED_AS[signature]})`} name="Signature password" type="password" value={password} onChange={setPassword} isRequired />
        ) : null}
      </div>
    ),
    [movement, where, needsDestination, toLocation, showsPartner, counterparty, shipment, shipments.data, reference, needsReason, reason, quantity, signature, password],
  );

  return (
    <section className="view scan-view" aria-labelledby="scan-title">
      {header}
      {settings}
      <div className="scan-body">
        <div className="scan-main">
          <ScanField ref={field} label="Scan a pack" onScan={onScan} captureAnywhere />
          <div
            className={`verdict ${level ?? "idle"}`}
            role="status"
            aria-live="assertive"
            aria-label="Verdict"
          >
            {latest ? (
              latest.verdict ? (
                <>
                  <div className="verdict-word">{VERDICT_WORD[latest.verdict.verdict]}</div>
                  <div className="verdict-message">{latest.verdict.message}</div>
                  <div className="verdict-outcome">{outcome(latest.movement, latest.verdict)}</div>
                  <div className="verdict-pack">
                    {latest.verdict.product ?? "Unknown product"}
                    {latest.verdict.serial ? ` · SN ${latest.verdict.serial}` : ""}
                    {latest.verdict.lot ? ` · lot ${latest.verdict.lot}` : ""}
                    {latest.verdict.expiry ? ` · exp ${latest.verdict.expiry}` : ""}
                  </div>
                  {latest.verdict.findings.length > 1 ? (
                    <ul className="verdict-findings">
                      {latest.verdict.findings.slice(1).map((f) => (
                        <li key={f.code}>{f.message}</li>
                      ))}
                    </ul>
                  ) : null}
                </>
              ) : latest.error ? (
                <>
                  <div className="verdict-word">Not recorded</div>
                  <div className="verdict-message">{latest.error}</div>
                </>
              ) : (
                <div className="verdict-message">Checking…</div>
              )
            ) : (
              <div className="verdict-message">Ready. Scan a pack.</div>
            )}
          </div>
        </div>
        <aside className="session" aria-label="This session's scans">
          {movement === "receive" && expected.data ? (
            <div className="expected" aria-label="Shipment progress">
              <h2>
                {expected.data.reference}{" "}
                <span className="muted">
                  {expected.data.matched} of {expected.data.expected} lines matched ·{" "}
                  {scans.filter((s) => s.verdict?.code === "unexpected").length} unexpected ·{" "}
                  {expected.data.items.filter((i) => i.received < i.quantity).length} still expected
                </span>
              </h2>
              <ul>
                {expected.data.items
                  .filter((i) => i.received < i.quantity)
                  .slice(0, 8)
                  .map((i) => (
                    <li key={i.line} className="muted">
                      still expected: {i.serial ? `SN ${i.serial}` : `${i.quantity - i.received} × lot ${i.lot ?? ""}`}
                    </li>
                  ))}
              </ul>
            </div>
          ) : null}
          <h2>
            This session{" "}
            <span className="muted">
              {plural(scans.length, "scan")} · {counts.accepted} accepted · {plural(counts.warning, "warning")} · {counts.blocked} blocked
            </span>
          </h2>
          <ol>
            {scans.map((s) => {
              const l = s.verdict?.verdict ?? (s.error ? "blocked" : "idle");
              return (
                <li key={s.n} className={`session-scan ${l}`}>
                  <span className="dot" aria-hidden="true" />
                  <span className="strong">
                    <span className="tag movement">{movementLabel(s.movement)}</span> {s.verdict?.product ?? s.raw.split(GS).join("⟨GS⟩")}
                  </span>
                  <span className="mono">{s.verdict?.serial ?? ""}</span>
                  <span className="session-msg">{s.verdict?.message ?? s.error ?? "…"}</span>
                </li>
              );
            })}
          </ol>
        </aside>
      </div>
    </section>
  );
}
