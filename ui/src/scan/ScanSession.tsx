// The scanning half of the scan screen: the scan box, the verdict and the session's scans. It
// holds the session (its scans, the question being asked), so that a scan redraws these alone and
// never the movement's form above them. One scan is one call (`scan` decodes, checks and records
// at once) and one small redraw when its verdict comes: the scan's row (and the dropping of the
// question it answers) is drawn with its verdict, and drawn as being checked only when the answer
// is slow (`CHECKING_SHOWN_AFTER_MS`).
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState, type Dispatch, type RefObject, type SetStateAction } from "react";
import { flushSync } from "react-dom";
import { useBackend } from "../backend/context";
import type { Movement, ScanRequest, Shipment, TamperCheck, Verdict } from "../bindings";
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

/** How long a scan's answer may take before the screen shows its row as being checked. Most
 * answers come in a few milliseconds. A row drawn at once would cost a frame of its own, and the
 * page paints that frame while the answer waits behind it: the verdict reached the screen a frame
 * or more later (on a two-core computer, 15 to 25 ms). A slower answer shows "Checking…" after
 * this, well before a person looks for it. */
export const CHECKING_SHOWN_AFTER_MS = 50;

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
  const [question, drawQuestion] = useState<Question | null>(null);
  // The question and the scans as the next scan sees them: a scan drops the question at once,
  // and counts among the session's scans at once, though both are drawn with its verdict.
  const asked = useRef<Question | null>(null);
  const unseen = useRef<SessionScan[]>([]);
  // The movement on the screen now, for an answer that comes after it changed.
  const movementNow = useRef(movement);
  movementNow.current = movement;
  const setQuestion = useCallback((q: Question | null) => {
    asked.current = q;
    drawQuestion(q);
  }, []);
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
  const sendScan = useSend(template, field, { setScans, setQuestion, drawQuestion, asked, unseen, movementNow }, onRecorded);
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
      // out-of-order dispense; anything else is a new scan, and the question is dropped (by
      // the send, with the new scan's verdict).
      const q = asked.current;
      // A confirmation sends the scan it confirms again, with its form and seal check.
      if (q?.kind === "fefo" && q.raw === raw) {
        sendScan(raw, { fefo_confirmed: true }, q.request);
        return;
      }
      const all = [...unseen.current, ...scans].sort((a, b) => b.n - a.n);
      const earlier = asksIfSamePack(all, raw, movement, Date.now());
      if (earlier) {
        beep("warning");
        setQuestion({ kind: "repeat", raw, product: earlier.verdict?.product ?? null, serial: earlier.verdict?.serial ?? null });
        return;
      }
      send(raw);
    },
    [missing, scans, movement, send, sendScan, field, setQuestion],
  );

  useScannerBurst(view, onScan);

  const answer = {
    // The question as the next scan sees it: one a scan has just dropped is not answered.
    onConfirm: () => {
      const q = asked.current;
      if (q?.kind === "fefo") sendScan(q.raw, { fefo_confirmed: true }, q.request);
    },
    onSamePack: () => {
      const q = asked.current;
      if (q?.kind !== "repeat") return;
      const n = ++counter;
      setScans((s) => [{ n, at: Date.now(), raw: q.raw, movement, samePack: true }, ...s].slice(0, KEPT_SCANS));
      setQuestion(null);
      field.current?.focus();
    },
    onSecondPack: () => {
      const q = asked.current;
      if (q?.kind === "repeat") send(q.raw, { another_pack: true });
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

/** The session's state as a scan's sending changes it. */
interface Session {
  setScans: Dispatch<SetStateAction<SessionScan[]>>;
  /** Sets the question, as the next scan sees it and as drawn. */
  setQuestion(q: Question | null): void;
  /** Changes the question as drawn only. */
  drawQuestion: Dispatch<SetStateAction<Question | null>>;
  /** The question as the next scan sees it. */
  asked: RefObject<Question | null>;
  /** Scans sent whose rows are not drawn yet, newest first. */
  unseen: RefObject<SessionScan[]>;
  /** The movement on the screen now. */
  movementNow: RefObject<Movement>;
}

/** `list` with `row` in it: in place of the row of the same scan, else where its number puts
 * it (newest first). */
export function placed(list: ReadonlyArray<SessionScan>, row: SessionScan): SessionScan[] {
  const rest = list.filter((x) => x.n !== row.n);
  const at = rest.findIndex((x) => x.n < row.n);
  return (at < 0 ? [...rest, row] : [...rest.slice(0, at), row, ...rest.slice(at)]).slice(0, KEPT_SCANS);
}

/** Sends a scan (with the answers to the screen's questions), drops the question it answers, and
 * draws its row with its verdict or why it failed, or as being checked when the answer is slow;
 * a FEFO question the verdict asks becomes the screen's question. */
function useSend(template: ScanTemplate, field: RefObject<ScanFieldHandle | null>, session: Session, onRecorded?: (verdict: Verdict, sent: ScanTemplate) => void) {
  const backend = useBackend();
  const client = useQueryClient();
  const movement = template.movement;
  const { setScans, setQuestion, drawQuestion, asked, unseen, movementNow } = session;
  return useCallback(
    (raw: string, answer: { fefo_confirmed?: true; another_pack?: true; tamper?: TamperCheck } = {}, again?: ScanRequest) => {
      const n = ++counter;
      const request: ScanRequest = again ? { ...again, ...answer } : { ...template, raw, ...answer };
      const answered = backend.call("scan", request);
      const entry: SessionScan = { n, at: Date.now(), raw, movement };
      const dropped = asked.current;
      asked.current = null;
      unseen.current = [entry, ...unseen.current];
      const draw = (row: SessionScan) => {
        unseen.current = unseen.current.filter((x) => x.n !== n);
        drawQuestion((q) => (q === dropped ? null : q));
        setScans((s) => placed(s, row));
      };
      // Drawn in the timer's own task, so that a scan after it finds the row in the list.
      const checking = window.setTimeout(() => flushSync(() => draw(entry)), CHECKING_SHOWN_AFTER_MS);
      answered.then(
        (verdict) => {
          window.clearTimeout(checking);
          // Drawn now, in this task, rather than after whatever the page does next (a frame
          // drawn first would show the verdict a frame late); then the sound.
          flushSync(() => {
            draw({ ...entry, verdict });
            // A question belongs to the movement it was asked in: not asked on another.
            if (verdict.verdict === "ask" && verdict.code === "fefo" && movementNow.current === movement) setQuestion({ kind: "fefo", raw, verdict, request });
          });
          beep(verdict.verdict);
          if (verdict.recorded) onRecorded?.(verdict, template);
          void client.invalidateQueries({ queryKey: ["stock"] });
          void client.invalidateQueries({ queryKey: ["attention"] });
          void client.invalidateQueries({ queryKey: ["shipment"] });
          void client.invalidateQueries({ queryKey: ["shipments"] });
        },
        (e: unknown) => {
          window.clearTimeout(checking);
          beep("blocked");
          draw({ ...entry, error: e instanceof Error ? e.message : String(e) });
        },
      );
      field.current?.focus();
    },
    [backend, client, template, movement, field, setScans, setQuestion, drawQuestion, asked, unseen, movementNow, onRecorded],
  );
}
