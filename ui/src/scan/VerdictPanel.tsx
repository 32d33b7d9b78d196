// The verdict panel: the latest scan's verdict in green, amber or red with the reason in words,
// or the question the screen is asking before anything is recorded (an out-of-order dispense;
// a code scanned before in this session), with its answers as buttons.
import type { Movement, Verdict } from "../bindings";
import { Button } from "../widgets/controls";
import { movementLabel } from "./movements";

/** What the screen is asking before it sends (or records) a scan. */
export type Question =
  /** An out-of-first-expiry dispense: the api asked; the same pack again or Enter confirms. */
  | { kind: "fefo"; raw: string; verdict: Verdict }
  /** A code recorded earlier in this session, read again later: the same pack, or a second? */
  | { kind: "repeat"; raw: string; product: string | null; serial: string | null };

export interface SessionScan {
  /** Unique in the session. */
  n: number;
  /** When it was scanned (ms since the epoch, the computer's clock). */
  at: number;
  raw: string;
  /** The movement asked for when the pack was scanned. */
  movement: Movement;
  verdict?: Verdict;
  error?: string;
  /** Said by the person to be the pack already scanned: nothing sent, nothing recorded. */
  samePack?: boolean;
}

const VERDICT_WORD = { accepted: "Accepted", warning: "Warning", blocked: "Blocked", ask: "Confirm" } as const;

/** What became of the scan, in words: recorded (and where the pack is now), held instead, or
 * nothing recorded. */
function outcome(movement: Movement, v: Verdict): string {
  const what = movementLabel(movement);
  if (v.code === "already_scanned") return `${what}: already scanned, counted once.`;
  if (!v.recorded) return `${what}: nothing recorded.`;
  if (v.recorded.held) return `${what}: not done; the pack is held in quarantine (event #${v.recorded.seq}).`;
  const where = v.recorded.location ? ` at ${v.recorded.location}` : "";
  return `${what}: recorded (event #${v.recorded.seq}); the pack is now ${v.recorded.status.replace("_", " ")}${where}.`;
}

interface Props {
  latest: SessionScan | undefined;
  question: Question | null;
  onConfirm(): void;
  onSamePack(): void;
  onSecondPack(): void;
  onCancel(): void;
}

export function VerdictPanel({ latest, question, onConfirm, onSamePack, onSecondPack, onCancel }: Props) {
  if (question) {
    return (
      <div className="verdict ask" role="status" aria-live="assertive" aria-label="Verdict">
        {question.kind === "fefo" ? (
          <>
            <div className="verdict-word">Confirm</div>
            <div className="verdict-message">{question.verdict.message}</div>
            <div className="verdict-pack">
              {question.verdict.product ?? ""}
              {question.verdict.serial ? ` · SN ${question.verdict.serial}` : ""}
              {question.verdict.expiry ? ` · exp ${question.verdict.expiry}` : ""}
            </div>
            <div className="verdict-actions">
              <Button variant="primary" onPress={onConfirm}>
                Dispense it anyway
              </Button>
              <Button onPress={onCancel}>Not this pack</Button>
            </div>
          </>
        ) : (
          <>
            <div className="verdict-word">Same pack?</div>
            <div className="verdict-message">
              {question.product ?? "This code"}
              {question.serial ? ` (SN ${question.serial})` : ""} was already scanned in this session. The same pack again, or a second pack with the same code?
            </div>
            <div className="verdict-actions">
              <Button variant="primary" onPress={onSamePack}>
                The same pack
              </Button>
              <Button onPress={onSecondPack}>A second pack</Button>
            </div>
          </>
        )}
      </div>
    );
  }
  const level = latest?.samePack ? "accepted" : (latest?.verdict?.verdict ?? (latest?.error ? "blocked" : undefined));
  return (
    <div className={`verdict ${level ?? "idle"}`} role="status" aria-live="assertive" aria-label="Verdict">
      {latest ? (
        latest.samePack ? (
          <>
            <div className="verdict-word">Same pack</div>
            <div className="verdict-message">The same pack scanned again: nothing recorded, it is counted once.</div>
          </>
        ) : latest.verdict ? (
          <>
            <div className="verdict-word">{latest.verdict.code === "already_scanned" ? "Already scanned" : VERDICT_WORD[latest.verdict.verdict]}</div>
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
  );
}
