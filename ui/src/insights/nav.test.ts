import { describe, expect, it } from "vitest";
import { catalogue } from "../i18n/catalogue";
import { SCREENS } from "../nav";

describe("the Insights screen in the sidebar", () => {
  it("comes after the screens that were there before it (they keep their places), opened with Alt+I, a key no other screen has", () => {
    expect(SCREENS[11]).toEqual({ id: "insights", label: "app.nav.insights", key: "i" });
    const keys = SCREENS.map((s) => s.key.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
    expect(catalogue("en")["app.nav.insights"]).toBe("Insights");
    expect(catalogue("fr")["app.nav.insights"]).toBe("Analyses");
  });
});
