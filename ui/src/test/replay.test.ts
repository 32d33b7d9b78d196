import { describe, expect, it } from "vitest";
import { replay, ReplayedError, sameJson, type Transcript } from "./replay";

const transcripts = import.meta.glob<Transcript>("./transcripts/*.json", { eager: true, import: "default" });

function flow(name: string): Transcript {
  const t = transcripts[`./transcripts/${name}.json`];
  if (!t) throw new Error(`no transcript ${name}: record it with UPDATE_TRANSCRIPTS=1 cargo test -p custody-api transcripts`);
  return t;
}

describe("recorded transcripts", () => {
  it("exist for the flows the UI is tested against", () => {
    const flows = Object.values(transcripts).map((t) => t.flow).sort();
    expect(flows).toEqual([
      "count",
      "count-list",
      "count-older",
      "count-slips",
      "counting",
      "figures",
      "first-run",
      "home",
      "levels",
      "master-data",
      "movement-rules",
      "network-enrol",
      "photo-scan",
      "product-rule",
      "products",
      "recall",
      "recall-notice",
      "recalling",
      "receiving",
      "replenishing",
      "replenishing_two_wards",
      "report-saving",
      "scan-receive",
      "scan-signed",
      "scanner-settings",
      "scanner-test-and-imports",
      "settings-and-home",
      "settings-out-of-range",
      "settings-refusals",
      "settings-staff",
      "shipment-import",
      "sign-in",
      "stock",
      "switch-user",
      "users",
    ]);
  });

  it("replay every step in order, answers and refusals as the api gave them", async () => {
    for (const t of Object.values(transcripts)) {
      const r = replay(t);
      for (const step of t.steps) {
        const answer = r.call(step.op, step.request);
        if (step.error) {
          await expect(answer).rejects.toBeInstanceOf(ReplayedError);
        } else {
          await expect(answer).resolves.toEqual(step.ok);
        }
      }
      expect(r.done()).toBe(true);
    }
  });

  it("refuse a request the api never answered, so a double cannot drift from core", async () => {
    const r = replay(flow("scan-receive"));
    await expect(r.call("scan", { movement: "dispense" })).rejects.toThrow(/recording has sign_in/);
  });

  it("hold a duplicate receipt as the api does: the pack is held as suspect, not ignored", () => {
    const scans = flow("scan-receive").steps.filter((s) => s.op === "scan");
    const duplicate = scans[1]?.ok as { code: string; verdict: string; recorded: { held: boolean } | null } | undefined;
    expect(duplicate?.code).toBe("duplicate_serial");
    expect(duplicate?.verdict).toBe("blocked");
    expect(duplicate?.recorded?.held).toBe(true);
  });

  it("compare JSON as the api reads it", () => {
    expect(sameJson({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson({ a: undefined, b: 1 }, { b: 1 })).toBe(true);
  });
});
