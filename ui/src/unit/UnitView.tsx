// A pack's chain of custody: scan it (or type GTIN and serial) and read every event.
import { useMutation } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useBackend } from "../backend/context";
import type { HistoryEntry, PackQuery, WrittenOff } from "../bindings";
import { useActor } from "../counts/useActor";
import { useT } from "../i18n/I18n";
import { Ltr } from "../widgets/rich";
import { ScanField } from "../widgets/ScanField";
import { Button, Field } from "../widgets/controls";
import { mayWriteOff, WriteOff } from "./WriteOff";

type Say = ReturnType<typeof useT>;

function when(rfc3339: string) {
  return rfc3339.replace("T", " ").slice(0, 16);
}

/** A pack's status, and where it is when it is somewhere: "quarantined at MAIN". */
function state(t: Say, status: string, location: string | null) {
  const said = t("unit.status", { status });
  return location ? t("unit.at", { status: said, location }) : said;
}

function movement(t: Say, e: HistoryEntry) {
  const side = (status: string | null, location: string | null) => (status ? state(t, status, location) : t("unit.new"));
  return t("unit.movement", { before: side(e.status_before, e.location_before), after: side(e.status_after, e.location_after) });
}

/** `pack`: a pack another screen leads to (the verification queue's alerts), shown at once. */
export function UnitView({ pack }: { pack?: { gtin: string; serial: string } } = {}) {
  const t = useT();
  const backend = useBackend();
  const [gtin, setGtin] = useState(pack?.gtin ?? "");
  const [serial, setSerial] = useState(pack?.serial ?? "");
  const history = useMutation({ mutationFn: (q: PackQuery) => backend.call("unit_history", q) });
  const { mutate } = history;
  const show = (q: PackQuery) => {
    setWritten(null);
    history.mutate(q);
  };
  useEffect(() => {
    if (pack) mutate({ scan: null, gtin: pack.gtin, serial: pack.serial, lot: null });
  }, [pack, mutate]);
  const h = history.data;
  const role = useActor()?.role;
  const [written, setWritten] = useState<WrittenOff | null>(null);
  const held = h ? h.unit.status === "in_stock" || h.unit.status === "quarantined" : false;

  return (
    <section className="view" aria-labelledby="unit-title">
      <header className="view-header">
        <h1 id="unit-title">{t("unit.title")}</h1>
        <form
          className="filters"
          onSubmit={(e) => {
            e.preventDefault();
            show({ scan: null, gtin, serial, lot: null });
          }}
        >
          <Field label={t("unit.gtin")} value={gtin} onChange={setGtin} />
          <Field label={t("unit.serial")} value={serial} onChange={setSerial} />
          <Button type="submit">{t("unit.show")}</Button>
        </form>
      </header>
      <div className="pad">
        <ScanField label={t("unit.scan")} onScan={(raw) => show({ scan: raw, gtin: null, serial: null, lot: null })} captureAnywhere />
        {history.isError ? (
          <p role="alert" className="error">
            {history.error.message}
          </p>
        ) : null}
      </div>
      {h ? (
        <div className="unit-detail">
          <div className="unit-card" aria-label={t("unit.now.name")}>
            <h2>{h.unit.product}</h2>
            <dl>
              <dt>{t("unit.gtin")}</dt>
              <dd className="mono">{h.unit.gtin}</dd>
              <dt>{t("unit.serial")}</dt>
              <dd className="mono">{h.unit.serial}</dd>
              <dt>{t("unit.lot")}</dt>
              <dd>
                <Ltr>{h.unit.lot ?? "—"}</Ltr>
              </dd>
              <dt>{t("unit.expiry")}</dt>
              <dd>
                <Ltr>{h.unit.expiry ?? "—"}</Ltr>
              </dd>
              <dt>{t("unit.now")}</dt>
              <dd className="strong">{state(t, h.unit.status, h.unit.location)}</dd>
            </dl>
            <div>
              {h.flags.map((f) => (
                <span key={f} className={`tag flag-${f}`}>
                  {t("unit.flag", { flag: f })}
                </span>
              ))}
            </div>
            {written ? (
              <p role="status" className="saved">
                {t("unit.writeOff.done", { status: written.status, location: written.from, queued: written.decommission === null ? "no" : "yes", id: written.decommission ?? 0 })}
              </p>
            ) : null}
            {held && mayWriteOff(role) ? (
              <WriteOff
                gtin={h.unit.gtin}
                serial={h.unit.serial}
                onDone={(w) => {
                  setWritten(w);
                  mutate({ scan: null, gtin: h.unit.gtin, serial: h.unit.serial, lot: null });
                }}
              />
            ) : null}
          </div>
          <ol className="timeline" aria-label={t("unit.chain")}>
            {h.events.map((e) => (
              <li key={`${e.seq}-${e.serial ?? ""}`}>
                <div className="timeline-when">
                  <Ltr>{when(e.occurred_at)}</Ltr>
                </div>
                <div className="timeline-what">
                  <span className="strong">{t("unit.kind", { kind: e.kind })}</span>{" "}
                  <span className="muted">{t("unit.by", { name: e.actor_name })}</span>
                  {e.signature ? <span className="tag">{t("unit.signed", { meaning: e.signature })}</span> : null}
                </div>
                <div>{movement(t, e)}</div>
                <div className="muted">
                  {[e.reference, e.counterparty, e.reason].filter(Boolean).join(" · ")}
                </div>
                <div className="mono hash" title={t("unit.hash")}>
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
