// Insights in the real desktop app, on the demo data: each tab finds what the demo was made to
// show (the slow ward WARD-3B, ICU's counts that keep disagreeing, PHARMACO's short-dated stock
// above contract) and the trends list their rows; a screenshot of each tab.
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { demoDatabase, go, ROOT, signIn, withApp } from "./webdriver.mjs";

const SHOTS = join(ROOT, "target/e2e");

/** Opens a tab of the Insights screen. */
async function tab(app, label) {
  await (await app.waitFor(".insights-tabs [role=tab]", { text: label })).click();
}

test("the insights find the demo's slow ward, leaking ward and short-dated supplier", { timeout: 300_000 }, async () => {
  const { dir, db } = demoDatabase();
  await withApp(["--db", db], dir, async (app) => {
    await signIn(app, "ben");
    await go(app, "Insights");
    await app.waitFor("#insights-title", { text: "Insights" });

    // Dwell: WARD-3B is the ward whose packs wait longest (locations come longest 90th
    // percentile first: after the store room, before every other ward and clinic).
    const panel = await app.waitFor(".insights-panel", { text: "WARD-3B" });
    const text = await panel.text();
    for (const other of ["WARD-3A", "ICU", "CLINIC-1"]) {
      assert.ok(text.indexOf("WARD-3B") < text.indexOf(other), `WARD-3B before ${other}:\n${text}`);
    }
    await app.screenshot(join(SHOTS, "insights-dwell.png"));

    await tab(app, "Shrinkage");
    await app.waitFor(".insights-panel tr.marked", { text: "ICU" });
    const marked = await app.findAll(".insights-panel tr.marked");
    for (const row of marked) assert.match(await row.text(), /ICU/, "only ICU keeps disagreeing");
    await app.screenshot(join(SHOTS, "insights-shrinkage.png"));

    await tab(app, "Suppliers");
    await app.waitFor(".insights-panel", { text: "PHARMACO" });
    await app.screenshot(join(SHOTS, "insights-suppliers.png"));

    await tab(app, "Trends");
    await app.waitFor(".insights-panel", { text: "MAIN" });
    await app.screenshot(join(SHOTS, "insights-trends.png"));

    await tab(app, "Waste");
    await app.waitFor(".insights-panel", { text: "€" });
    await app.screenshot(join(SHOTS, "insights-waste.png"));
  });
});
