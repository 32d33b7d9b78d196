// The session's scans beside the verdict: what each became, newest first, with the expected
// shipment's progress above them when receiving against one.
import { memo } from "react";
import type { Movement, Shipment } from "../bindings";
import { useT } from "../i18n/I18n";
import { GS } from "../widgets/scanner";
import { movementLabel } from "./movements";
import { ltr, sayEnglish, useRich, type Say } from "../widgets/rich";
import type { SessionScan } from "./VerdictPanel";

/** The most of an unreadable code's text the list shows: enough to recognise a code's start,
 * never a whole password typed into the wrong place and sent as a scan. */
export const RAW_SHOWN_CHARS = 4;

/** What the list names a scan by: its product, else the GTIN it named, else the start of what
 * was sent and how long it was (the group separator shown as ⟨GS⟩). */
export function scanName(s: Pick<SessionScan, "raw" | "verdict">, t: Say = sayEnglish): string {
  if (s.verdict?.product) return s.verdict.product;
  if (s.verdict?.gtin) return t("scan.session.gtin", { gtin: s.verdict.gtin });
  const chars = [...s.raw];
  if (chars.length <= RAW_SHOWN_CHARS) return chars.join("").split(GS).join("⟨GS⟩");
  return t("scan.session.cut", { start: chars.slice(0, RAW_SHOWN_CHARS).join("").split(GS).join("⟨GS⟩"), n: chars.length });
}

const levelOf = (s: SessionScan) => (s.samePack ? "accepted" : (s.verdict?.verdict ?? (s.error ? "blocked" : undefined)));

export function SessionList({ scans, movement, expected }: { scans: ReadonlyArray<SessionScan>; movement: Movement; expected: Shipment | undefined }) {
  const t = useT();
  const rich = useRich();
  const counts = scans.reduce(
    (c, s) => {
      const l = levelOf(s);
      if (l === "ask") c.warning += 1;
      else if (l) c[l] += 1;
      return c;
    },
    { accepted: 0, warning: 0, blocked: 0 },
  );
  return (
    <aside className="session" aria-label={t("scan.session.label")}>
      {movement === "receive" && expected ? (
        <div className="expected" aria-label={t("scan.shipment.progress")}>
          <h2>
            {expected.reference}{" "}
            <span className="muted">
              {t("scan.shipment.summary", {
                matched: expected.matched,
                expected: expected.expected,
                unexpected: scans.filter((s) => s.verdict?.code === "unexpected").length,
                still: expected.items.filter((i) => i.received < i.quantity).length,
              })}
            </span>
          </h2>
          <ul>
            {expected.items
              .filter((i) => i.received < i.quantity)
              .slice(0, 8)
              .map((i) => (
                <li key={i.line} className="muted">
                  {i.serial
                    ? rich("scan.shipment.stillSerial", { serial: ltr(i.serial) })
                    : rich("scan.shipment.stillLot", { n: i.quantity - i.received, lot: ltr(i.lot ?? "") })}
                </li>
              ))}
          </ul>
        </div>
      ) : null}
      <h2>
        {t("scan.session.title")}{" "}
        <span className="muted">{t("scan.session.counts", { scans: scans.length, accepted: counts.accepted, warnings: counts.warning, blocked: counts.blocked })}</span>
      </h2>
      <ol>
        {scans.map((s) => (
          <ScanRow key={s.n} scan={s} />
        ))}
      </ol>
    </aside>
  );
}

/** One scan of the list. A scan's entry is replaced, never changed, when its verdict comes, so
 * each new scan redraws its own row and leaves the others (up to 200) as they are. */
const ScanRow = memo(function ScanRow({ scan: s }: { scan: SessionScan }) {
  const t = useT();
  const l = levelOf(s) ?? "idle";
  return (
    <li className={`session-scan ${l}`}>
      <span className="dot" aria-hidden="true" />
      <span className="strong">
        <span className="tag movement">{t(movementLabel(s.movement))}</span> {scanName(s, t)}
      </span>
      <span className="mono" dir="ltr">
        {s.verdict?.serial ?? ""}
      </span>
      <span className="session-msg">{s.samePack ? t("scan.session.samePack") : (s.verdict?.message ?? s.error ?? "…")}</span>
    </li>
  );
});
