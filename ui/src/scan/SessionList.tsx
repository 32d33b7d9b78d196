// The session's scans beside the verdict: what each became, newest first, with the expected
// shipment's progress above them when receiving against one.
import { memo } from "react";
import type { Movement, Shipment } from "../bindings";
import { GS } from "../widgets/scanner";
import { movementLabel } from "./movements";
import type { SessionScan } from "./VerdictPanel";

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** The most of an unreadable code's text the list shows: enough to recognise a code's start,
 * never a whole password typed into the wrong place and sent as a scan. */
export const RAW_SHOWN_CHARS = 4;

/** What the list names a scan by: its product, else the GTIN it named, else the start of what
 * was sent and how long it was (the group separator shown as ⟨GS⟩). */
export function scanName(s: Pick<SessionScan, "raw" | "verdict">): string {
  if (s.verdict?.product) return s.verdict.product;
  if (s.verdict?.gtin) return `GTIN ${s.verdict.gtin}`;
  const chars = [...s.raw];
  if (chars.length <= RAW_SHOWN_CHARS) return chars.join("").split(GS).join("⟨GS⟩");
  return `${chars.slice(0, RAW_SHOWN_CHARS).join("").split(GS).join("⟨GS⟩")}… (${chars.length} characters)`;
}

const levelOf = (s: SessionScan) => (s.samePack ? "accepted" : (s.verdict?.verdict ?? (s.error ? "blocked" : undefined)));

export function SessionList({ scans, movement, expected }: { scans: ReadonlyArray<SessionScan>; movement: Movement; expected: Shipment | undefined }) {
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
    <aside className="session" aria-label="This session's scans">
      {movement === "receive" && expected ? (
        <div className="expected" aria-label="Shipment progress">
          <h2>
            {expected.reference}{" "}
            <span className="muted">
              {expected.matched} of {expected.expected} lines matched · {scans.filter((s) => s.verdict?.code === "unexpected").length} unexpected ·{" "}
              {expected.items.filter((i) => i.received < i.quantity).length} still expected
            </span>
          </h2>
          <ul>
            {expected.items
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
  const l = levelOf(s) ?? "idle";
  return (
    <li className={`session-scan ${l}`}>
      <span className="dot" aria-hidden="true" />
      <span className="strong">
        <span className="tag movement">{movementLabel(s.movement)}</span> {scanName(s)}
      </span>
      <span className="mono">{s.verdict?.serial ?? ""}</span>
      <span className="session-msg">{s.samePack ? "The same pack again: nothing recorded." : (s.verdict?.message ?? s.error ?? "…")}</span>
    </li>
  );
});
