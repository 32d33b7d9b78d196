// The real desktop app on a demo database: it opens, shows the site and the stock from the
// ledger, and filters it in SQLite as the user types; and the same app as shipped (without
// WebKit's compositing on a computer with no graphics device) draws lists and verdicts.
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { custody, demoDatabase, go, ROOT, signIn, typeInto, withApp } from "./webdriver.mjs";

test("the app opens on the demo data and shows stock from the ledger", { timeout: 120_000 }, async () => {
  const { dir, db } = demoDatabase();
  const expected = JSON.parse(custody(db, "--as", "admin", "--json", "stock", "--limit", "5"));
  await withApp(["--db", db], dir, async (app) => {
    await signIn(app, "admin");
    await app.waitFor("#home-title", { text: "Needs attention" });
    await go(app, "Stock");
    await app.waitFor("#stock-title", { text: "Stock on hand" });
    const site = await app.waitFor(".site");
    assert.equal(await site.text(), "St. Example General Hospital (demo data)");
    // The first rows are the CLI's first rows: the same query in core.
    const first = await app.waitFor(".body [role=row]", { text: expected[0].product });
    assert.match(await first.text(), new RegExp(expected[0].location));

    await app.screenshot(join(ROOT, "target/e2e/stock-all.png"));

    const search = (await app.findAll("input[type=search]"))[0];
    await search.type("Amoxicillin");
    await app.waitFor(".body [role=row]", { text: "Amoxicillin" });
    await new Promise((r) => setTimeout(r, 500));
    const rows = await app.findAll(".body [role=row]");
    assert.ok(rows.length > 0, "some Amoxicillin stock is listed");
    for (const row of rows) assert.match(await row.text(), /Amoxicillin/, "every row matches the search");
    await app.screenshot(join(ROOT, "target/e2e/stock-search.png"));

    // A product's detail, from a click on its row: positions, daily use, lots.
    const chosen = await rows[0].text();
    await rows[0].click();
    await app.waitFor(".product-panel h2", { text: "Amoxicillin" });
    const location = expected.find((r) => chosen.includes(r.product))?.location ?? "";
    await app.waitFor(".product-panel table[aria-label=Positions]", { text: location });
    const lots = await app.waitFor(".product-panel table[aria-label=Lots]");
    assert.match(await lots.text(), /\d{4}-\d{2}-\d{2}/, "lots with their expiries");
    await app.screenshot(join(ROOT, "target/e2e/stock-detail.png"));
  });
});

// The other desktop tests keep WebKit's compositing for WebDriver's screenshots; this one runs
// the app as it ships, which on a computer with no graphics device (as under Xvfb) draws
// without it (src-tauri/src/rendering.rs). No screenshot: WebKitWebDriver's can hang there.
test("as shipped, the window draws the stock, a product and a scan's verdict", { timeout: 120_000 }, async () => {
  const { dir, db } = demoDatabase();
  const first = JSON.parse(custody(db, "--as", "admin", "--json", "stock", "--limit", "200")).find((r) => r.tracking === "serial");
  await withApp(
    ["--db", db],
    dir,
    async (app) => {
      await signIn(app, "admin");
      await app.waitFor("#home-title", { text: "Needs attention" });
      await go(app, "Stock");
      await (await app.waitFor(".body [role=row]", { text: first.product })).click();
      await app.waitFor(".product-panel table[aria-label=Positions]", { text: first.location });
      await go(app, "Scan");
      await app.waitFor("#scan-title", { text: "Scan" });
      for (let i = 0; i < 100 && !(await app.execute("return !!document.querySelector(\"input[aria-label='Scan a pack']\");")); i++) {
        await app.execute(`
          const asked = document.querySelector("form[aria-label='Workstation location']");
          if (asked) {
            const sel = asked.querySelector("select");
            Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value").set.call(sel, "MAIN");
            sel.dispatchEvent(new Event("change", { bubbles: true }));
            asked.requestSubmit();
          }`);
        await new Promise((r) => setTimeout(r, 100));
      }
      await (await app.waitFor(".segment", { text: "Dispense" })).click();
      await app.waitFor("input[aria-label='Scan a pack']:not([aria-describedby='scan-field-missing'])");
      // A pack this site never received: refused, with the reason, on the verdict and the list.
      await typeInto(app, "input[aria-label='Scan a pack']", `]d201${first.gtin}21NEVERSEEN01`, { submit: true });
      await app.waitFor(".session", { text: "1 scan ·" });
      const verdict = await app.waitFor(".verdict");
      assert.match(await verdict.text(), /NEVERSEEN01/, "the verdict names the pack scanned");
    },
    { asShipped: true },
  );
});
