// The session list names each scan: by its product, else the GTIN it named, else only the start
// of what was sent — an unreadable scan may be a password typed into the wrong place.
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Verdict } from "../bindings";
import { RAW_SHOWN_CHARS, SessionList, scanName } from "./SessionList";

const undecodable = { verdict: "blocked", code: "decode_error", message: "This is not a GS1 code." } as unknown as Verdict;

describe("the session list", () => {
  it("never shows an unreadable scan's text in full", () => {
    const secret = "hunter2-Sommer2026!";
    const { container } = render(<SessionList scans={[{ n: 1, at: 0, raw: secret, movement: "receive", verdict: undecodable }]} movement="receive" expected={undefined} />);
    expect(container.textContent, "a password sent as a scan must not be printed on screen").not.toContain(secret);
    expect(container.textContent, "its first characters and its length say what was sent").toContain(`${secret.slice(0, RAW_SHOWN_CHARS)}… (${secret.length} characters)`);
  });

  it("names a scan by its product, else its GTIN", () => {
    const named = { ...undecodable, product: "Amoxicillin 500 mg", gtin: "09506000134352" } as Verdict;
    expect(scanName({ raw: "]d2…", verdict: named }), "a known product is named").toBe("Amoxicillin 500 mg");
    expect(scanName({ raw: "]d2…", verdict: { ...named, product: null } as Verdict }), "an unknown product by the GTIN it named").toBe("GTIN 09506000134352");
    expect(scanName({ raw: "abc", verdict: undefined }), "a short text hides nothing worth hiding").toBe("abc");
  });
});
