import { describe, expect, it } from "vitest";
import { catalogue } from "../i18n/catalogue";
import { SCREENS } from "../nav";

describe("the Verification screen in the sidebar", () => {
  it("is last, after Insights (the screens before it keep their places), opened with Alt+V, a key no other screen has", () => {
    expect(SCREENS.at(-1)).toEqual({ id: "verification", label: "app.nav.verification", key: "v" });
    expect(SCREENS.at(-2)?.id).toBe("insights");
    const keys = SCREENS.map((s) => s.key.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
    expect(catalogue("en")["app.nav.verification"]).toBe("Verification");
  });
});
