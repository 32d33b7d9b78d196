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

    // Dwell: WARD-3B is the ward whose packs wait longest (the table is longest 90th percentile first).
    const ward = await app.waitFor(".insights-panel td", { text: "WARD-3B" });
    assert.ok(ward);
    await app.screenshot(join(SHOTS, "insights-dwell.png"));

    await tab(app, "Shrinkage");
    const marked = await app.waitFor(".insights-panel tr.marked", { text: "ICU" });
    assert.match(await marked.text(), /Intensive care unit/);
    assert.equal((await app.findAll(".insights-panel tr.marked")).length, 1, "only ICU keeps disagreeing");
    await app.screenshot(join(SHOTS, "insights-shrinkage.png"));

    await tab(app, "Suppliers");
    await app.waitFor(".insights-panel", { text: "PHARMACO" });
    await app.screenshot(join(SHOTS, "insights-suppliers.png"));

    await tab(app, "Trends");
    await app.waitFor(".insights-panel td", { text: "MAIN" });
    await app.screenshot(join(SHOTS, "insights-trends.png"));

    await tab(app, "Waste");
    await app.waitFor(".insights-panel", { text: "EUR" });
    await app.screenshot(join(SHOTS, "insights-waste.png"));
  });
});
