// A pack's chain of custody: scan it (or type GTIN and serial) and read every event.
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useBackend } from "../backend/context";
import type { HistoryEntry, PackQuery } from "../bindings";
import { ScanField } from "../widgets/ScanField";
import { Button, Field } from "../widgets/controls";

function when(rfc3339: string) {
  return rfc3339.replace("T", " ").slice(0, 16);
}

function movement(e: HistoryEntry) {
  const side = (status: string | null, location: string | null) =>
    status ? `${status.replace(/_/g, " ")}${location ? ` at ${location}` : ""}` : "new";
  return `${side(e.status_before, e.location_before)} → ${side(e.status_after, e.location_after)}`;
}

export function UnitView() {
  const backend = useBackend();
  const [gtin, setGtin] = useState("");
  const [serial, setSerial] = useState("");
  const history = useMutation({ mutationFn: (q: PackQuery) => backend.call("unit_history", q) });
  const h = history.data;

  return (
    <section className="view" aria-labelledby="unit-title">
      <header className="view-header">
        <h1 id="unit-title">Unit history</h1>
        <form
          className="filters"
          onSubmit={(e) => {
            e.preventDefault();
            history.mutate({ scan: null, gtin, serial, lot: null });
          }}
        >
          <Field label="GTIN" value={gtin} onChange={setGtin} />
          <Field label="Serial" value={serial} onChange={setSerial} />
          <Button type="submit">
            Show
          </Button>
        </form>
      </header>
      <div className="pad">
        <ScanField label="Scan the pack" onScan={(raw) => history.mutate({ scan: raw, gtin: null, serial: null, lot: null })} captureAnywhere />
        {history.isError ? (
          <p role="alert" className="error">
            {history.error.message}
          </p>
        ) : null}
      </div>
      {h ? (
        <div className="unit-detail">
          <div className="unit-card" aria-label="The pack now">
            <h2>{h.unit.product}</h2>
            <dl>
              <dt>GTIN</dt>
              <dd className="mono">{h.unit.gtin}</dd>
              <dt>Serial</dt>
              <dd className="mono">{h.unit.serial}</dd>
              <dt>Lot</dt>
              <dd>{h.unit.lot ?? "—"}</dd>
              <dt>Expiry</dt>
              <dd>{h.unit.expiry ?? "—"}</dd>
              <dt>Now</dt>
              <dd className="strong">
                {h.unit.status.replace(/_/g, " ")}
                {h.unit.location ? ` at ${h.unit.location}` : ""}
              </dd>
            </dl>
            <div>
              {h.flags.map((f) => (
                <span key={f} className={`tag flag-${f}`}>
                  {f}
                </span>
              ))}
            </div>
          </div>
          <ol className="timeline" aria-label="Chain of custody">
            {h.events.map((e) => (
              <li key={`${e.seq}-${e.serial ?? ""}`}>
                <div className="timeline-when">{when(e.occurred_at)}</div>
                <div className="timeline-what">
                  <span className="strong">{e.kind.replace(/_/g, " ")}</span>{" "}
                  <span className="muted">by {e.actor_name}</span>
                  {e.signature ? <span className="tag">signed ({e.signature})</span> : null}
                </div>
                <div>{movement(e)}</div>
                <div className="muted">
                  {[e.reference, e.counterparty, e.reason].filter(Boolean).join(" · ")}
                </div>
                <div className="mono hash" title="The event's hash on the ledger">
                  #{e.seq} {e.hash.slice(0, 16)}…
                </div>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </section>
  );
}
