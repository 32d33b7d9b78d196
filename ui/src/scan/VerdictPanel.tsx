// The verdict panel: the latest scan's verdict in green, amber or red with the reason in words,
// or the question the screen is asking before anything is recorded (an out-of-order dispense;
// a code scanned before in this session), with its answers as buttons.
import type { ReactNode } from "react";
import type { Movement, ScanRequest, Verdict } from "../bindings";
import { useT } from "../i18n/I18n";
import { Button } from "../widgets/controls";
import { movementLabel } from "./movements";
import { ltr, useRich } from "../widgets/rich";

/** What the screen is asking before it sends (or records) a scan. */
export type Question =
  /** An out-of-first-expiry dispense: the api asked; the same pack again or Enter confirms,
   * sending `request` (the scan as it was sent, with the form it was scanned with) again. */
  | { kind: "fefo"; raw: string; verdict: Verdict; request: ScanRequest }
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

const VERDICT_WORD = {
  accepted: "scan.verdict.accepted",
  warning: "scan.verdict.warning",
  blocked: "scan.verdict.blocked",
  ask: "scan.verdict.confirm",
} as const;

/** What became of the scan, in words: recorded (and where the pack is now), held instead, or
 * nothing recorded. */
function useOutcome(): (movement: Movement, v: Verdict) => ReactNode {
  const t = useT();
  const rich = useRich();
  return (movement, v) => {
    const what = t(movementLabel(movement));
    if (v.code === "already_scanned") return t("scan.outcome.alreadyScanned", { what });
    if (!v.recorded) return t("scan.outcome.nothing", { what });
    const seq = v.recorded.seq;
    if (v.recorded.held) return t("scan.outcome.held", { what, seq });
    const status = v.recorded.status;
    if (!v.recorded.location) return t("scan.outcome.recorded", { what, seq, status });
    return rich("scan.outcome.recordedAt", { what, seq, status, location: ltr(v.recorded.location) });
  };
}

/** The pack's product and codes, as a line: "Amoxicillin 500 mg · SN 123 · lot L1 · exp 2028-06-30". */
function PackLine({ v, unknown = "", withLot = false }: { v: Verdict; unknown?: string; withLot?: boolean }) {
  const rich = useRich();
  const codes: Array<[string, string]> = [];
  if (v.serial) codes.push(["scan.pack.serial", v.serial]);
  if (v.lot && withLot) codes.push(["scan.pack.lot", v.lot]);
  // The expiry as the pack prints it (a code of the pack, not a date to reword).
  if (v.expiry) codes.push(["scan.pack.expiry", v.expiry]);
  return (
    <div className="verdict-pack">
      {v.product ?? unknown}
      {codes.map(([key, code]) => (
        <span key={key}>
          {" · "}
          {rich(key, { code: ltr(code) })}
        </span>
      ))}
    </div>
  );
}

interface Props {
  latest: SessionScan | undefined;
  question: Question | null;
  onConfirm(): void;
  onSamePack(): void;
  onSecondPack(): void;
  onCancel(): void;
}

/** The question asked before anything is sent or recorded, with its answers. */
function Asking({ question, onConfirm, onSamePack, onSecondPack, onCancel }: Omit<Props, "latest"> & { question: Question }) {
  const t = useT();
  const rich = useRich();
  return question.kind === "fefo" ? (
    <>
      <div className="verdict-word">{t("scan.verdict.confirm")}</div>
      <div className="verdict-message">{question.verdict.message}</div>
      <PackLine v={question.verdict} />
      <div className="verdict-actions">
        <Button variant="primary" onPress={onConfirm}>
          {t("scan.fefo.anyway")}
        </Button>
        <Button onPress={onCancel}>{t("scan.fefo.notThis")}</Button>
      </div>
    </>
  ) : (
    <>
      <div className="verdict-word">{t("scan.repeat.word")}</div>
      <div className="verdict-message">
        {question.serial
          ? rich("scan.repeat.questionSerial", { product: question.product ?? t("scan.repeat.thisCode"), serial: ltr(question.serial) })
          : t("scan.repeat.question", { product: question.product ?? t("scan.repeat.thisCode") })}
      </div>
      <div className="verdict-actions">
        <Button variant="primary" onPress={onSamePack}>
          {t("scan.repeat.same")}
        </Button>
        <Button onPress={onSecondPack}>{t("scan.repeat.second")}</Button>
      </div>
    </>
  );
}

export function VerdictPanel({ latest, question, ...answers }: Props) {
  const t = useT();
  const outcome = useOutcome();
  const level = question ? "ask" : latest?.samePack ? "accepted" : (latest?.verdict?.verdict ?? (latest?.error ? "blocked" : undefined));
  // One panel, the question or the verdict inside it: the element stays as the words change.
  return (
    <div className={`verdict ${level ?? "idle"}`} role="status" aria-live="assertive" aria-label={t("scan.verdict.label")}>
      {question ? (
        <Asking question={question} {...answers} />
      ) : latest ? (
        latest.samePack ? (
          <>
            <div className="verdict-word">{t("scan.samePack.word")}</div>
            <div className="verdict-message">{t("scan.samePack.message")}</div>
          </>
        ) : latest.verdict ? (
          <>
            <div className="verdict-word">{t(latest.verdict.code === "already_scanned" ? "scan.verdict.alreadyScanned" : VERDICT_WORD[latest.verdict.verdict])}</div>
            <div className="verdict-message">{latest.verdict.message}</div>
            <div className="verdict-outcome">{outcome(latest.movement, latest.verdict)}</div>
            <PackLine v={latest.verdict} unknown={t("scan.pack.unknown")} withLot />
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
            <div className="verdict-word">{t("scan.verdict.notRecorded")}</div>
            <div className="verdict-message">{latest.error}</div>
          </>
        ) : (
          <div className="verdict-message">{t("scan.verdict.checking")}</div>
        )
      ) : (
        <div className="verdict-message">{t("scan.verdict.ready")}</div>
      )}
    </div>
  );
}
