// A lot-tracked consumable is counted by quantity: its scan asks "how many?" with the number
// field focused (Enter counts them, once however often it is pressed), and the lots counted so
// far are listed with their running totals, each of which can be corrected. The next pack's
// scan often arrives while the question is open, into the number field: a scanner's burst there
// is taken as that scan (the question is dropped), never as a quantity.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useBackend } from "../backend/context";
import type { CountScan, CountedLot } from "../bindings";
import { useT } from "../i18n/I18n";
import { Button, Field } from "../widgets/controls";
import { BurstDetector } from "./burst";
import { ButtonError } from "./ButtonError";

/** A whole number of at least `min`, or null. */
function wholeNumber(text: string, min: number): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text.trim());
  return n >= min ? n : null;
}

/** The question after a lot's scan: how many of it are here. */
export function HowMany({
  asked,
  raw,
  countId,
  onCounted,
  onCancel,
  onScan,
}: {
  asked: CountScan;
  raw: string;
  countId: number;
  onCounted(a: CountScan): void;
  onCancel(): void;
  /** A scanner's burst typed into the field: the next scan (the question is dropped). */
  onScan(raw: string): void;
}) {
  const t = useT();
  const backend = useBackend();
  const [text, setText] = useState("");
  const [invalid, setInvalid] = useState(false);
  const burst = useRef(new BurstDetector());
  // Set at the first submit, before React re-renders: a second Enter pressed at once must not
  // count the lot twice.
  const sent = useRef(false);
  const count = useMutation({
    mutationFn: (quantity: number) => backend.call("count_scan", { id: countId, raw, quantity, ask_quantity: false }),
    onSuccess: onCounted,
    onError: () => {
      sent.current = false;
    },
  });
  return (
    <form
      className="how-many"
      aria-label={t("counts.howMany.form")}
      onKeyDownCapture={(e) => {
        const scanned = burst.current.key(e);
        if (scanned === null) return;
        e.preventDefault();
        e.stopPropagation();
        onScan(scanned);
      }}
      onSubmit={(e) => {
        e.preventDefault();
        if (sent.current) return;
        const n = wholeNumber(text, 1);
        if (n === null) return setInvalid(true);
        sent.current = true;
        count.mutate(n);
      }}
    >
      <p className="how-many-question">{asked.message}</p>
      <div className="filters">
        <Field
          label={t("counts.howMany.label")}
          type="number"
          inputMode="numeric"
          narrow
          autoFocus
          value={text}
          onChange={(v) => {
            setText(v);
            setInvalid(false);
          }}
          errorMessage={invalid ? t("counts.howMany.invalid") : null}
        />
        <div className="actions">
          <Button type="submit" variant="primary" isDisabled={count.isPending}>
            {t("counts.howMany.submit")}
          </Button>
          <Button onPress={onCancel}>{t("counts.cancel")}</Button>
        </div>
      </div>
      <ButtonError error={count.error} />
    </form>
  );
}

function LotRow({ countId, lot, editable, onCorrected }: { countId: number; lot: CountedLot; editable: boolean; onCorrected?(lot: CountedLot): void }) {
  const t = useT();
  const backend = useBackend();
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(String(lot.quantity));
  const [invalid, setInvalid] = useState(false);
  const correct = useMutation({
    mutationFn: (quantity: number) => backend.call("count_lot_correct", { id: countId, gtin: lot.gtin, lot: lot.lot, quantity }),
    onSuccess: (corrected) => {
      setEditing(false);
      onCorrected?.(corrected);
      void client.invalidateQueries({ queryKey: ["count", countId] });
      void client.invalidateQueries({ queryKey: ["counts"] });
    },
  });
  const named = { product: lot.product, lot: lot.lot };
  return (
    <tr>
      <td>{lot.product}</td>
      <td className="mono">{lot.lot}</td>
      <td>
        {editing ? (
          <form
            className="lot-correct"
            aria-label={t("counts.lot.correctNamed", named)}
            onSubmit={(e) => {
              e.preventDefault();
              const n = wholeNumber(text, 0);
              if (n === null) return setInvalid(true);
              correct.mutate(n);
            }}
          >
            <Field
              label={t("counts.column.counted")}
              name={t("counts.lot.total", named)}
              type="number"
              inputMode="numeric"
              narrow
              autoFocus
              value={text}
              onChange={(v) => {
                setText(v);
                setInvalid(false);
              }}
              errorMessage={invalid ? t("counts.lot.invalid") : null}
            />
            <Button type="submit" variant="quiet">
              {t("counts.lot.save")}
            </Button>
            <Button variant="quiet" onPress={() => setEditing(false)}>
              {t("counts.cancel")}
            </Button>
            <ButtonError error={correct.error} />
          </form>
        ) : (
          <>
            <strong>{lot.quantity}</strong>{" "}
            {editable ? (
              <Button
                variant="quiet"
                aria-label={t("counts.lot.correctNamed", named)}
                onPress={() => {
                  setText(String(lot.quantity));
                  setEditing(true);
                }}
              >
                {t("counts.lot.correct")}
              </Button>
            ) : null}
          </>
        )}
      </td>
    </tr>
  );
}

/** The lots counted so far with their running totals (correctable while the count is open). */
export function CountedLots({ countId, editable, onCorrected }: { countId: number; editable: boolean; onCorrected?(lot: CountedLot): void }) {
  const t = useT();
  const backend = useBackend();
  const lots = useQuery({ queryKey: ["count", countId, "lots"], queryFn: () => backend.call("count_lots", { id: countId }) });
  if (!lots.data || lots.data.length === 0) return null;
  return (
    <table className="grid-table lot-totals" aria-label={t("counts.lot.table")}>
      <thead>
        <tr>
          <th>{t("counts.column.product")}</th>
          <th>{t("counts.column.lot")}</th>
          <th>{t("counts.lot.soFar")}</th>
        </tr>
      </thead>
      <tbody>
        {lots.data.map((l) => (
          <LotRow key={`${l.gtin}-${l.lot}`} countId={countId} lot={l} editable={editable} onCorrected={onCorrected} />
        ))}
      </tbody>
    </table>
  );
}
