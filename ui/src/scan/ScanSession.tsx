// The scanning half of the scan screen: the scan box, the verdict and the session's scans. It
// holds the session (its scans, the question being asked), so that a scan redraws these alone and
// never the movement's form above them; and it sends each scan before it draws anything, so that
// custody-api is already answering while the pending row is drawn. One scan is one call (`scan`
// decodes, checks and records at once) and one small redraw when its verdict comes.
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useState, type Dispatch, type RefObject, type SetStateAction } from "react";
import { flushSync } from "react-dom";
import { useBackend } from "../backend/context";
import type { ScanRequest, Shipment, TamperCheck, Verdict } from "../bindings";
import { useT } from "../i18n/I18n";
import { ScanField, type ScanFieldHandle } from "../widgets/ScanField";
import { beep, warmUp } from "./sound";
import { useScannerBurst } from "./burst";
import { asksIfSamePack } from "./repeat";
import { SealCheck, tamperFor, useAsksSeal, type Seal } from "./SealCheck";
import { SessionList } from "./SessionList";
import { VerdictPanel, type Question, type SessionScan } from "./VerdictPanel";

/** What every scan of the movement sends besides its code and the answers to the screen's
 * questions: the movement's form as it stands. */
export type ScanTemplate = Omit<ScanRequest, "raw" | "fefo_confirmed" | "another_pack" | "tamper" | "scanner_override" | "policy_override">;

/** How many scans the session list keeps. */
const KEPT_SCANS = 200;

let counter = 0;

interface Props {
  template: ScanTemplate;
  /** What the movement still needs before a scan can be taken, in words; null when ready. */
  missing: string | null;
  /** The expected shipment being received against, if any. */
  expected: Shipment | undefined;
  /** The scan box, which the form above gives the focus back to after each choice. */
  field: RefObject<ScanFieldHandle | null>;
  /** The whole screen, where a scanner's burst into another text field is taken as a scan. */
  view: RefObject<HTMLElement | null>;
  /** Told of each scan recorded, with what it was sent with (the Receive screen remembers its
   * unit cost for the product). */
  onRecorded?(verdict: Verdict, sent: ScanTemplate): void;
}

export function ScanSession({ template, missing, expected, field, view, onRecorded }: Props) {
  const t = useT();
  const movement = template.movement;
  const [scans, setScans] = useState<SessionScan[]>([]);
  const [question, setQuestion] = useState<Question | null>(null);
  // The sound device opens while the screen waits for its first scan, not during it.
  useEffect(() => warmUp(), []);
  // A question belongs to the movement it was asked in: another movement drops it.
  const [askedIn, setAskedIn] = useState(movement);
  if (askedIn !== movement) {
    setAskedIn(movement);
    setQuestion(null);
  }

  const asksSeal = useAsksSeal(movement);
  const [seal, setSeal] = useState<Seal>({ intact: false, brokenNext: false });
  const sendScan = useSend(template, field, setScans, setQuestion, onRecorded);
  // The seal check goes with each dispense scan where the screen asks for it: intact stays on,
  // broken goes with the next scan only.
  const send = useCallback(
    (raw: string, answer: { fefo_confirmed?: true; another_pack?: true } = {}) => {
      const tamper = asksSeal ? tamperFor(seal) : undefined;
      if (seal.brokenNext) setSeal((s) => ({ ...s, brokenNext: false }));
      sendScan(raw, tamper ? { ...answer, tamper } : answer);
    },
    [asksSeal, seal, sendScan],
  );

  const onScan = useCallback(
    (raw: string) => {
      if (missing) {
        beep("blocked");
        field.current?.focus();
        return;
      }
      // A pending question is answered by the scan: the same pack again confirms an
      // out-of-order dispense; anything else is a new scan, and the question is dropped.
      if (question?.kind === "fefo" && question.raw === raw) {
        setQuestion(null);
        send(raw, { fefo_confirmed: true });
        return;
      }
      setQuestion(null);
      const earlier = asksIfSamePack(scans, raw, movement, Date.now());
      if (earlier) {
        beep("warning");
        setQuestion({ kind: "repeat", raw, product: earlier.verdict?.product ?? null, serial: earlier.verdict?.serial ?? null });
        return;
      }
      send(raw);
    },
    [missing, question, scans, movement, send, field],
  );

  useScannerBurst(view, onScan);

  const answer = {
    onConfirm: () => {
      if (question?.kind === "fefo") {
        setQuestion(null);
        send(question.raw, { fefo_confirmed: true });
      }
    },
    onSamePack: () => {
      if (question?.kind !== "repeat") return;
      const n = ++counter;
      setScans((s) => [{ n, at: Date.now(), raw: question.raw, movement, samePack: true }, ...s].slice(0, KEPT_SCANS));
      setQuestion(null);
      field.current?.focus();
    },
    onSecondPack: () => {
      if (question?.kind !== "repeat") return;
      setQuestion(null);
      send(question.raw, { another_pack: true });
    },
    onCancel: () => {
      setQuestion(null);
      field.current?.focus();
    },
  };

  return (
    <div className="scan-body">
      <div className="scan-main">
        {asksSeal ? (
          <SealCheck
            seal={seal}
            onChange={(next) => {
              setSeal(next);
              field.current?.focus();
            }}
          />
        ) : null}
        <ScanField ref={field} label={t("scan.field.label")} onScan={onScan} captureAnywhere missing={missing} onEmptyEnter={answer.onConfirm} />
        <VerdictPanel latest={scans[0]} question={question} {...answer} />
      </div>
      <SessionList scans={scans} movement={movement} expected={expected} />
    </div>
  );
}

/** Sends a scan (with the answers to the screen's questions) and puts its verdict, or why it
 * failed, on its row; a FEFO question the verdict asks becomes the screen's question. */
function useSend(
  template: ScanTemplate,
  field: RefObject<ScanFieldHandle | null>,
  setScans: Dispatch<SetStateAction<SessionScan[]>>,
  setQuestion: (q: Question | null) => void,
  onRecorded?: (verdict: Verdict, sent: ScanTemplate) => void,
) {
  const backend = useBackend();
  const client = useQueryClient();
  const movement = template.movement;
  return useCallback(
    (raw: string, answer: { fefo_confirmed?: true; another_pack?: true; tamper?: TamperCheck } = {}) => {
      const n = ++counter;
      // The call leaves first: the pending row below is drawn while custody-api answers.
      const answered = backend.call("scan", { ...template, raw, ...answer });
      setScans((s) => [{ n, at: Date.now(), raw, movement }, ...s].slice(0, KEPT_SCANS));
      answered.then(
        (verdict) => {
          // Drawn now, in this task, rather than after whatever the page does next (a frame
          // drawn first would show the verdict a frame late); then the sound.
          flushSync(() => {
            setScans((s) => s.map((x) => (x.n === n ? { ...x, verdict } : x)));
            if (verdict.verdict === "ask" && verdict.code === "fefo") setQuestion({ kind: "fefo", raw, verdict });
          });
          beep(verdict.verdict);
          if (verdict.recorded) onRecorded?.(verdict, template);
          void client.invalidateQueries({ queryKey: ["stock"] });
          void client.invalidateQueries({ queryKey: ["attention"] });
          void client.invalidateQueries({ queryKey: ["shipment"] });
          void client.invalidateQueries({ queryKey: ["shipments"] });
        },
        (e: unknown) => {
          beep("blocked");
          const error = e instanceof Error ? e.message : String(e);
          setScans((s) => s.map((x) => (x.n === n ? { ...x, error } : x)));
        },
      );
      field.current?.focus();
    },
    [backend, client, template, movement, field, setScans, setQuestion, onRecorded],
  );
}
