// Scanning an open count: each pack once, a lot's quantity asked for, a recalled or expired pack
// counted and flagged to be set aside, and Finish (with its refusal beside it).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useBackend } from "../backend/context";
import type { CountInfo, CountScan, CountedLot } from "../bindings";
import { useT } from "../i18n/I18n";
import { ltr, useRich } from "../widgets/rich";
import { ScanField, type ScanFieldHandle } from "../widgets/ScanField";
import { Button } from "../widgets/controls";
import { ButtonError } from "./ButtonError";
import { CountedLots, HowMany } from "./LotQuantity";
import { countName, countProgressSentence, SCAN_CODE_WORD, setAsideWords } from "./format";

function Answer({ a }: { a: CountScan }) {
  const t = useT();
  // A lot waiting for its quantity is a question, not a problem.
  const tone = a.set_aside ? "set-aside" : a.recorded || a.code === "quantity_needed" ? "" : "warn";
  return (
    <li className={tone}>
      <span className="tag">{t(SCAN_CODE_WORD[a.code])}</span> {a.message}
    </li>
  );
}

/** What kind of count this is, for the person scanning: the key of its words. */
function subtitle(c: CountInfo): string {
  if (!c.blind) return "counts.scanning.open";
  return c.expected_units === null ? "counts.scanning.blind" : "counts.scanning.blindShown";
}

export function CountScanning({ count, onBack, onFinished }: { count: CountInfo; onBack(): void; onFinished(): void }) {
  const t = useT();
  const rich = useRich();
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
          <h1 id="counts-title">{rich("counts.scanning.title", { name: ltr(countName(count)), location: ltr(count.location) })}</h1>
          <p className="muted count-sub">{t(subtitle(count))}</p>
        </div>
        <div className="header-actions">
          <Button onPress={onBack}>{t("counts.back")}</Button>
          <div className="button-with-error">
            <Button variant="primary" onPress={() => finish.mutate()}>
              {t("counts.scanning.finish")}
            </Button>
            <ButtonError error={finish.error} />
          </div>
        </div>
      </header>
      <div className="pad count-body">
        <ScanField ref={box} label={t("counts.scanning.field")} onScan={(raw) => scan.mutate(raw)} captureAnywhere disabled={asking !== null} />
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
              setAnswers((x) => [{ ...dropped, message: t("counts.scanning.dropped", { lot: dropped.lot ?? "" }) }, ...x].slice(0, 200));
              setAsking(null);
              scan.mutate(next);
              setTimeout(() => box.current?.focus(), 0);
            }}
          />
        ) : null}
        <CountProgress latest={latest} corrected={corrected} counted={counted} />
        <CountedLots countId={count.id} editable onCorrected={setCorrected} />
        <ol className="count-answers" aria-label={t("counts.scanning.scans")}>
          {answers.map((a, i) => (
            <Answer key={answers.length - i} a={a} />
          ))}
        </ol>
      </div>
    </section>
  );
}

/** The last scan's answer (or the lot total just corrected) and how far the count is. */
function CountProgress({ latest, corrected, counted }: { latest: CountScan | undefined; corrected: CountedLot | null; counted: CountInfo }) {
  const t = useT();
  const rich = useRich();
  return (
    <div className={`count-progress ${latest?.set_aside && !corrected ? "set-aside" : ""}`} role="status">
      {latest?.set_aside && !corrected ? <strong className="set-aside-flag">{setAsideWords(latest.set_aside, t)}</strong> : null}
      <span>
        {corrected
          ? rich("counts.scanning.corrected", { product: corrected.product, lot: ltr(corrected.lot), quantity: corrected.quantity })
          : latest
            ? latest.message
            : t("counts.scanning.first")}
      </span>
      <span className="muted"> · {countProgressSentence(counted, t)}</span>
    </div>
  );
}
