// A new recall half-entered is kept while its author visits another screen or opens another
// recall from the list, and offered again on return ("Continue the new recall"): leaving never
// throws it away. It belongs to whoever entered it; the next person signed in starts afresh.
import { EMPTY_DRAFT, type RecallDraft } from "./draft";

export interface KeptRecall {
  /** Who was entering it (username). */
  owner: string;
  step: number;
  draft: RecallDraft;
}

let kept: KeptRecall | null = null;

/** The new recall `owner` left half-entered, if any. */
export function keptRecall(owner: string | null): KeptRecall | null {
  return kept && owner !== null && kept.owner === owner ? kept : null;
}

/** Keeps where `owner` is in a new recall; an untouched one is not worth keeping. */
export function keepRecall(k: KeptRecall): void {
  kept = k.step === 0 && isEmpty(k.draft) ? null : k;
}

/** Forgets it: entered, or cancelled on purpose. */
export function dropRecall(): void {
  kept = null;
}

/** Whether nothing has been entered yet. */
export function isEmpty(d: RecallDraft): boolean {
  return JSON.stringify(d) === JSON.stringify(EMPTY_DRAFT);
}
