// The recall screens' shared words: the catalogue's `t` as the plain helpers take it, the words
// of a pack's status and of an outcome, and a sentence with a code or a name set in its place.
import type { ReactNode } from "react";
import type { RecallOutcome, UnitStatus } from "../bindings";

/** The catalogue's `t`, as `useT()` gives it. */
export type T = (key: string, values?: Record<string, string | number>) => string;

const STATUS: Record<UnitStatus, string> = {
  in_stock: "recalls.status.inStock",
  quarantined: "recalls.status.quarantined",
  dispensed: "recalls.status.dispensed",
  transferred_out: "recalls.status.transferredOut",
  returned_to_supplier: "recalls.status.returnedToSupplier",
  destroyed: "recalls.status.destroyed",
  missing: "recalls.status.missing",
};

/** A pack's status in words (`in stock`, `transferred out`); one newer than the app as named. */
export function statusWords(t: T, status: UnitStatus): string {
  const key = Object.hasOwn(STATUS, status) ? STATUS[status] : undefined;
  return key ? t(key) : String(status).replace(/_/g, " ");
}

/** Each outcome: its choice in the menu, and its name inside a sentence (`“destroyed”`). */
export const OUTCOMES: Array<{ id: RecallOutcome; label: string; said: string }> = [
  { id: "returned_to_supplier", label: "recalls.outcome.returnedToSupplier", said: "recalls.outcome.returnedToSupplier.said" },
  { id: "destroyed", label: "recalls.outcome.destroyed", said: "recalls.outcome.destroyed.said" },
  { id: "notified", label: "recalls.outcome.notified", said: "recalls.outcome.notified.said" },
  { id: "not_found", label: "recalls.outcome.notFound", said: "recalls.outcome.notFound.said" },
];

/** An outcome's name inside a sentence; one newer than the app as named. */
export function outcomeWords(t: T, o: RecallOutcome): string {
  const key = OUTCOMES.find((x) => x.id === o)?.said;
  return key ? t(key) : String(o).replace(/_/g, " ");
}

/** Stands for a code or a name in a sentence, so it can be shown in its own element. */
export const MARK = "\uE000";

/** `sentence` (said with `MARK` where `node` goes) with `node` in its place. */
export function placed(sentence: string, node: ReactNode): ReactNode {
  const [before = "", after = ""] = sentence.split(MARK);
  return (
    <>
      {before}
      {node}
      {after}
    </>
  );
}
