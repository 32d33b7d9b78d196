import { describe, expect, it } from "vitest";
import { GONE_AFTER_MS, Taker, worthTaking } from "./taker";

const A = "]d20109506000134352\u001d21A";
const B = "]d20109506000134352\u001d21B";

describe("Taker", () => {
  it("takes a code read in two frames close together, once", () => {
    const t = new Taker();
    expect(t.see([A], 0)).toBeNull();
    expect(t.see([A], 100)).toBe(A);
    for (let at = 200; at < 5000; at += 100) expect(t.see([A], at)).toBeNull();
  });

  it("never takes a code read in one frame only", () => {
    const t = new Taker();
    expect(t.see([A], 0)).toBeNull();
    expect(t.see([], 100)).toBeNull();
    expect(t.see([B], 200)).toBeNull();
    expect(t.see([A], 2000)).toBeNull();
  });

  it("takes a second pack while the first is still in view", () => {
    const t = new Taker();
    t.see([A], 0);
    expect(t.see([A], 100)).toBe(A);
    expect(t.see([A, B], 200)).toBeNull();
    expect(t.see([A, B], 300)).toBe(B);
    // Both held in view: neither is taken again.
    for (let at = 400; at < 5000; at += 100) expect(t.see([A, B], at)).toBeNull();
  });

  it("takes the same code again only after it has been out of view", () => {
    const t = new Taker();
    t.see([A], 0);
    expect(t.see([A], 100)).toBe(A);
    // A frame or two without it (a hand passing) is not leaving.
    expect(t.see([], 400)).toBeNull();
    expect(t.see([A], 500)).toBeNull();
    expect(t.see([A], 600)).toBeNull();
    const back = 600 + GONE_AFTER_MS;
    expect(t.see([], back)).toBeNull();
    expect(t.see([A], back + 100)).toBeNull();
    expect(t.see([A], back + 200)).toBe(A);
  });

  it("confirms two new codes read in either order", () => {
    const t = new Taker();
    expect(t.see([A, B], 0)).toBeNull();
    const first = t.see([B, A], 100);
    const second = t.see([A, B], 200);
    expect([first, second].sort()).toEqual([A, B].sort());
  });

  it("takes nothing new while held, and does not take again what was held in view", () => {
    const t = new Taker();
    t.see([A], 0);
    expect(t.see([A], 100)).toBe(A);
    for (let at = 200; at < 4000; at += 100) t.hold([A, B], at);
    expect(t.see([A, B], 4100)).toBeNull();
    expect(t.see([A, B], 4200)).toBe(B);
  });

  it("starts afresh after a reset", () => {
    const t = new Taker();
    t.see([A], 0);
    t.see([A], 100);
    t.reset();
    t.see([A], 200);
    expect(t.see([A], 300)).toBe(A);
  });
});

describe("worthTaking", () => {
  const EAN = "]E09506000134352";
  it("keeps the GS1 code and drops the pack's EAN beside it", () => {
    expect(worthTaking([EAN, A], 0, 1000)).toEqual([A]);
  });
  it("drops an EAN read just after the pack's DataMatrix", () => {
    expect(worthTaking([EAN], 1000, 1500)).toEqual([]);
  });
  it("takes an EAN alone when no GS1 code was read lately", () => {
    expect(worthTaking([EAN], 0, 5000)).toEqual([EAN]);
  });
});
