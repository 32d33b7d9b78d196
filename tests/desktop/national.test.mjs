// National verification's queue in the real desktop app, on the demo data: the site is set to
// EU-DE at dispense through the CLI, two packs are received and dispensed (each dispense queues a
// decommission as supplied), and one pass is tried against a national system that refuses the
// connection (a loopback port nobody listens on), so the requests wait with why. The status
// bar's corner says they wait and opens the Verification screen: its figures, the missed
// decommission window (the dispenses were recorded at the tests' fixed clock, days before the
// app's), and the two requests in words. A screenshot at 1280×800 and one at 1024×700, where
// nothing scrolls sideways.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { CLI, custody, demoDatabase, DEMO_PASSWORD, NOW, ROOT, signIn, withApp } from "./webdriver.mjs";

const GS = "\u001d";
const SHOTS = join(ROOT, "target/e2e");

/** Runs a movement with the CLI over `scans`, one per line, as a scanner sends them. */
function move(db, args, scans) {
  return execFileSync(CLI, ["--db", db, "--as", "admin", ...args], {
    env: { ...process.env, CUSTODY_NOW: NOW, CUSTODY_PASSWORD: DEMO_PASSWORD },
    input: scans.join("\n") + "\n",
    encoding: "utf8",
  });
}

/** Whether the page scrolls sideways (it must not, at either window size). */
async function scrollsSideways(app) {
  return app.execute(
    "const views = [document.documentElement, ...document.querySelectorAll('.view, .pad, .verification-panel, .verification-table-wrap')];" +
      "return views.some((e) => e.scrollWidth > e.clientWidth + 1);",
  );
}

/** Sets the window's size (WebDriver's window rect). */
async function resize(app, width, height) {
  const r = await fetch(`${app.url}/window/rect`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ width, height }),
  });
  assert.ok(r.ok, `the window can be resized to ${width}×${height}`);
  await app.waitFor("body");
}

test("dispensed packs wait for the national system: the corner says so, the screen lists them with the window missed", { timeout: 300_000 }, async () => {
  const { dir, db } = demoDatabase();
  custody(db, "--as", "admin", "national", "settings", "--market", "EU-DE", "--check", "at_dispense");
  const stock = JSON.parse(custody(db, "--as", "admin", "--json", "stock", "--limit", "200"));
  const product = stock.find((r) => r.tracking === "serial");
  assert.ok(product, "the demo has a serialized product");
  const supplier = JSON.parse(custody(db, "--as", "admin", "--json", "partner", "list")).find((p) => p.kind === "distributor");
  const packs = ["NVS-0001", "NVS-0002"].map((s) => `]d201${product.gtin}1728123110NVS-LOT${GS}21${s}`);
  move(db, ["receive", "--location", "MAIN", "--partner", supplier.code, "--reference", "PO-E2E-NVS"], packs);
  move(db, ["dispense", "--location", "MAIN", "--confirm-fefo", "--reference", "RX-E2E-NVS"], packs);

  // The site's file names a national system nobody answers at: one pass, refused, so each
  // request waits with why.
  writeFileSync(join(dir, "national.toml"), '[nmvs.EU-DE]\nbase_url = "http://127.0.0.1:9"\nuser = "custody-e2e"\nlocation = "DE-PH-E2E"\ntimeout_ms = 2000\n');
  custody(db, "--as", "admin", "national", "drain");
  const status = JSON.parse(custody(db, "--as", "admin", "--json", "national", "status"));
  assert.equal(status.pending + status.sent, 2, `both dispenses queued a decommission: ${JSON.stringify(status)}`);
  assert.match(status.oldest_waiting_words ?? "", /refused/i, "the pass said why");
  // The app reads the window on the computer's clock; the dispenses were recorded on the tests'.
  const missed = Date.parse(status.window_ends_at) - 6 * 3600_000 <= Date.now();

  await withApp(["--db", db], dir, async (app) => {
    await signIn(app, "chloe");
    await app.waitFor("#home-title", { text: "Needs attention" });

    const corner = await app.waitFor(".statusbar .verification-line", { text: "2 verifications waiting" });
    if (missed) {
      const { label, warning } = await app.execute("const b = document.querySelector('.statusbar .verification-line'); return { label: b.getAttribute('aria-label'), warning: b.classList.contains('warning') };");
      assert.ok(warning, "the corner warns in its tone");
      assert.equal(label, "National verification: 2 verifications waiting · decommission window ending");
    }
    await corner.click();
    await app.waitFor("#verification-title", { text: "Verification" });
    await app.waitFor(".verification-system", { text: "National system EU-DE" });

    const figures = await app.waitFor("dl[aria-label='Verification figures']", { text: "Waiting" });
    const said = await figures.text();
    assert.match(said, /Waiting\s+2/, said);
    assert.match(said, /Alerts\s+0/, said);
    assert.match(said, /Failed\s+0/, said);
    assert.match(said, /Last attempt: .*refused/i, `why the oldest waits: ${said}`);
    if (missed) await app.waitFor(".verification-window", { text: "Decommission window missed." });

    const table = await app.waitFor("table[aria-label='Requests waiting']", { text: "NVS-0002" });
    const rows = (await table.text()).split("\n").filter((l) => l.includes("decommission"));
    assert.equal(rows.length, 2, await table.text());
    const text = await table.text();
    for (const serial of ["NVS-0001", "NVS-0002"]) assert.ok(text.includes(serial), `${serial} listed:\n${text}`);
    assert.ok(text.includes("decommission (supplied)"), text);
    assert.ok(text.includes(product.product), `the product's name:\n${text}`);
    assert.ok(text.indexOf("NVS-0002") < text.indexOf("NVS-0001"), "newest first");

    await sleep(500);
    await app.screenshot(join(SHOTS, "national-queue.png"));

    await (await app.waitFor(".verification-tabs [role=tab]", { text: "Answered" })).click();
    await app.waitFor(".verification-empty", { text: "No request has been answered yet." });
    await (await app.waitFor(".verification-tabs [role=tab]", { text: "Waiting" })).click();
    await app.waitFor("table[aria-label='Requests waiting']", { text: "NVS-0001" });

    await resize(app, 1024, 700);
    await sleep(500);
    assert.equal(await scrollsSideways(app), false, "no horizontal scrolling at 1024×700");
    await app.screenshot(join(SHOTS, "national-queue-1024.png"));
  });
});
