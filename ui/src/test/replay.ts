// Replays what the real application layer answered, recorded by `cargo test -p custody-api
// transcripts` into `src/test/transcripts/*.json` on a fixed clock with fixed event ids. A test
// double built on it can only say what custody-api says: each call must be the next recorded
// request (same operation, same request), and gets the recorded answer or refusal.

export interface TranscriptStep {
  as: string | null;
  op: string;
  request: unknown;
  ok?: unknown;
  error?: { code: string; args: Record<string, unknown>; message: string };
}

export interface Transcript {
  flow: string;
  steps: TranscriptStep[];
}

/** A refusal as the api recorded it. */
export class ReplayedError extends Error {
  readonly code: string;
  readonly args: Record<string, unknown>;
  constructor(e: NonNullable<TranscriptStep["error"]>) {
    super(e.message);
    this.code = e.code;
    this.args = e.args;
  }
}

/** Two JSON values equal as the api reads them: object keys in any order. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as object).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b as object).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** The transcript's steps in order; `call` fails loudly on a request the api never answered. */
export function replay(transcript: Transcript) {
  let next = 0;
  return {
    /** The next recorded answer to `op` with `request`. */
    call(op: string, request: unknown): Promise<unknown> {
      const step = transcript.steps[next];
      if (!step) {
        return Promise.reject(new Error(`${transcript.flow}: no step recorded after ${next} for ${op}`));
      }
      if (step.op !== op || !sameJson(step.request, request ?? null)) {
        return Promise.reject(
          new Error(
            `${transcript.flow}, step ${next}: the UI asked ${op} ${JSON.stringify(request)}, but the recording has ${step.op} ${JSON.stringify(step.request)}. Record the flow again (UPDATE_TRANSCRIPTS=1 cargo test -p custody-api transcripts) or fix the UI's request.`,
          ),
        );
      }
      next += 1;
      return step.error ? Promise.reject(new ReplayedError(step.error)) : Promise.resolve(step.ok);
    },
    /** Whether every recorded step was asked for. */
    done(): boolean {
      return next === transcript.steps.length;
    },
  };
}
