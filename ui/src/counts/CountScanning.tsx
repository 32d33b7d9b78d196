// Scanning an open count: each pack once, a lot's quantity asked for, a recalled or expired pack
// counted and flagged to be set aside, and Finish (with its refusal beside it).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useBackend } from "../backend/context";
import type { CountInfo, CountScan, CountedLot } from "../bindings";
import { ScanField, type ScanFieldHandle } from "../widgets/ScanField";
import { Button } from "../widgets/controls";
import { ButtonError } from "./ButtonError";
import { CountedLots, HowMany } from "./LotQuantity";
import { countName, countProgressSentence, setAsideWords } from "./format";

function Answer({ a }: { a: CountScan }) {
  // A lot waiting for its quantity is a question, not a problem.
  const tone = a.set_aside ? "set-aside" : a.recorded || a.code === "quantity_needed" ? "" : "warn";
  return (
    <li className={tone}>
      <span className="tag">{a.code.replace(/_/g, " ")}</span> {a.message}
    </li>
  );
}

/** What kind of count this is, for the person scanning. */
function subtitle(c: CountInfo): string {
  if (!c.blind) return "Scan every pack once; a lot-tracked product asks how many.";
  return c.expected_units === null
    ? "Blind count: scan every pack once; what the ledger expects is not shown."
    : "Blind count: counters do not see the expected figures; you do (you may apply counts).";
}

export function CountScanning({ count, onBack, onFinished }: { count: CountInfo; onBack(): void; onFinished(): void }) {
  const backend = useBackend();
  const client = useQueryClient();
  const box = useRef<ScanFieldHandle>(null);
  const [answers, setAnswers] = useState<CountScan[]>([]);
  // A lot's scan waiting for its quantity: the code as read, and the question's answer.
  const [asking, setAsking] = useState<{ raw: string; asked: CountScan } | null>(null);
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ["count", count.id] });
    void client.invalidateQueries({ queryKey: ["counts"] });
  };
  // The last lot total corrected, shown until the next scan (a correction is not a scan).
  const [corrected, setCorrected] = useState<CountedLot | null>(null);
  const heard = (a: CountScan) => {
    setCorrected(null);
    setAnswers((x) => [a, ...x].slice(0, 200));
    if (a.recorded) refresh();
  };
  const scan = useMutation({
    mutationFn: (raw: string) => backend.call("count_scan", { id: count.id, raw, quantity: null, ask_quantity: true }),
    onSuccess: (a, raw) => {
      if (a.code === "quantity_needed") setAsking({ raw, asked: a });
      heard(a);
    },
  });
  const finish = useMutation({
    mutationFn: () => backend.call("count_finish", { id: count.id }),
    onSuccess: () => {
      refresh();
      onFinished();
    },
  });
  const latest = answers[0];
  const counted = latest ? { ...count, counted_units: latest.counted_units } : count;
  return (
    <section className="view" aria-labelledby="counts-title">
      <header className="view-header">
        <div>
          <h1 id="counts-title">
            Count {countName(count)} at {count.location}
          </h1>
          <p className="muted count-sub">{subtitle(count)}</p>
        </div>
        <div className="header-actions">
          <Button onPress={onBack}>Back to the counts</Button>
          <div className="button-with-error">
            <Button variant="primary" onPress={() => finish.mutate()}>
              Finish and see the variance
            </Button>
            <ButtonError error={finish.error} />
          </div>
        </div>
      </header>
      <div className="pad count-body">
        <ScanField ref={box} label="Scan each pack once" onScan={(raw) => scan.mutate(raw)} captureAnywhere disabled={asking !== null} />
        <ButtonError error={scan.error} />
        {asking ? (
          <HowMany
            key={asking.raw}
            asked={asking.asked}
            raw={asking.raw}
            countId={count.id}
            onCounted={(a) => {
              setAsking(null);
              heard(a);
              setTimeout(() => box.current?.focus(), 0);
            }}
            onCancel={() => {
              setAsking(null);
              setTimeout(() => box.current?.focus(), 0);
            }}
            onScan={(next) => {
              // The next pack's scan landed in "How many?": the lot waits to be scanned again
              // with its quantity (the list says so), and this scan goes through as any other.
              const dropped = asking.asked;
              setAnswers((x) => [{ ...dropped, message: `Lot ${dropped.lot ?? ""} not counted: the next pack was scanned before "How many?" was answered. Scan the lot again to count it.` }, ...x].slice(0, 200));
              setAsking(null);
              scan.mutate(next);
              setTimeout(() => box.current?.focus(), 0);
            }}
          />
        ) : null}
        <div className={`count-progress ${latest?.set_aside && !corrected ? "set-aside" : ""}`} role="status">
          {latest?.set_aside && !corrected ? <strong className="set-aside-flag">{setAsideWords(latest.set_aside)}</strong> : null}
          <span>{corrected ? `${corrected.product} lot ${corrected.lot}: total corrected to ${corrected.quantity}.` : latest ? latest.message : "Scan the first pack."}</span>
          <span className="muted"> · {countProgressSentence(counted)}</span>
        </div>
        <CountedLots countId={count.id} editable onCorrected={setCorrected} />
        <ol className="count-answers" aria-label="Scans">
          {answers.map((a, i) => (
            <Answer key={answers.length - i} a={a} />
          ))}
        </ol>
      </div>
    </section>
  );
}
