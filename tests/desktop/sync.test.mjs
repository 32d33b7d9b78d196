// The hospital network in the real desktop app against a real hub (custody-hub on a PostgreSQL
// database made in the test cluster of scripts/with-postgres.sh): the site enrolled through
// Settings → Hospital network with the hub's one-time code, scans recorded and the status bar
// reaching "Synced"; the hub stopped, scans still answered at once and the status bar saying
// "Offline since … · N events waiting"; the hub started again on the same address and the site
// caught up by itself. The status bar's panel is photographed at 1280×800 and 1024×700. Then a
// second site (made with the command line) receives one of the same packs from outside and
// pushes: the hub raises a counterfeit alarm, the app's agent pulls it by itself, and the status
// bar names it and its panel lists it (photographed).
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { join } from "node:path";
import { test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { CLI, custody, DEMO_PASSWORD, demoDatabase, go, NOW, ROOT, signIn, typeInto, withApp } from "./webdriver.mjs";

const GS = "\u001d";
const SHOTS = join(ROOT, "target/e2e");
const HUB = process.env.CUSTODY_HUB ?? join(ROOT, "target/debug/custody-hub");
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

/** A database of its own in the test cluster, as a URL for custody-hub. */
function hubDatabase() {
  const pg = process.env.CUSTODY_TEST_PG;
  assert.ok(pg, "CUSTODY_TEST_PG names the test cluster: run under scripts/with-postgres.sh (make e2e does)");
  const name = `custody_e2e_sync_${process.pid}`;
  execFileSync("psql", [pg, "-q", "-c", `CREATE DATABASE ${name}`]);
  return pg.replace(/\/[^/]*$/, `/${name}`);
}

function hubCommand(url, ...args) {
  return execFileSync(HUB, ["--db-url", url, ...args], { encoding: "utf8" });
}

async function freePort() {
  const { createServer } = await import("node:net");
  return new Promise((res) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

/** Starts `custody-hub serve` on `listen`, resolving once it says where it listens. */
async function serve(url, listen) {
  const proc = spawn(HUB, ["--db-url", url, "serve", "--listen", listen], { stdio: ["ignore", "pipe", "inherit"] });
  const lines = createInterface({ input: proc.stdout });
  const first = await Promise.race([
    new Promise((res) => lines.once("line", res)),
    new Promise((_, rej) => proc.once("exit", (c) => rej(new Error(`custody-hub serve exited with ${c}`)))),
  ]);
  assert.match(first, /^listening on /, "the hub names the address it listens on");
  return proc;
}

async function stop(proc) {
  if (proc.exitCode !== null) return;
  const exited = new Promise((res) => proc.once("exit", res));
  proc.kill("SIGTERM");
  await Promise.race([exited, sleep(10_000)]);
}

/** Sets a <select> found by `css` to `value` as a person's choice would, so React sees it. */
async function choose(app, css, value) {
  const el = await app.waitFor(css);
  await app.execute(
    `const el = arguments[0];
     Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value").set.call(el, arguments[1]);
     el.dispatchEvent(new Event("change", { bubbles: true }));`,
    [{ [ELEMENT]: el.id }, value],
  );
}

/** The status bar's words for the hospital network. */
async function syncLine(app) {
  return app.execute("const b = document.querySelector('.statusbar .sync-line'); return b ? b.innerText : null;");
}

/** Waits until the status bar's words match `pattern`, failing with the last words seen. */
async function waitForLine(app, pattern, timeout) {
  const deadline = Date.now() + timeout;
  let last = null;
  while (Date.now() < deadline) {
    last = await syncLine(app);
    if (pattern.test(last ?? "")) return last;
    await sleep(500);
  }
  assert.fail(`the status bar never said ${pattern} within ${timeout} ms; it said ${JSON.stringify(last)}`);
}

/** Waits until the hub has acknowledged every event of the site (its own record, read with the
 * command line) and the status bar says so: "Synced …" with nothing waiting. */
async function waitForSynced(app, db, timeout) {
  const deadline = Date.now() + timeout;
  let waiting = null;
  while (Date.now() < deadline) {
    waiting = JSON.parse(custody(db, "--as", "admin", "--json", "sync", "status")).waiting;
    if (waiting === 0) break;
    await sleep(500);
  }
  assert.equal(waiting, 0, `the hub acknowledged every event within ${timeout} ms`);
  // The agent tells the window at its next look, two seconds at most.
  await waitForLine(app, /^Synced [^·]*$/, 10_000);
}

/** Resizes the window (no window manager under Xvfb: the webview takes the size asked). */
async function resize(app, width, height) {
  await fetch(`${app.url}/window/rect`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ width, height }),
  });
  await sleep(500);
}

test("a site enrolled in Settings syncs with a real hub, keeps scanning while it is down, and catches up", { timeout: 600_000 }, async () => {
  const { dir, db } = demoDatabase();
  const site = JSON.parse(custody(db, "--as", "admin", "--json", "sync", "status")).site;
  const hubDb = hubDatabase();
  hubCommand(hubDb, "migrate");
  const code = hubCommand(hubDb, "site", "add", site, "--name", "Demo pharmacy").trim();
  const address = `127.0.0.1:${await freePort()}`;
  let hub = await serve(hubDb, address);

  const stock = JSON.parse(custody(db, "--as", "admin", "--json", "stock", "--limit", "200"));
  const product = stock.find((r) => r.tracking === "serial");
  assert.ok(product, "the demo has a serialized product");
  const pack = (serial) => `]d201${product.gtin}17281231${"10"}SYNC-LOT${GS}21${serial}`;
  /** Scans a new pack in and returns how long its verdict took to show. */
  const receive = async (app, serial) => {
    const started = Date.now();
    await typeInto(app, "input[aria-label='Scan a pack']", pack(serial), { submit: true });
    await app.waitFor(".verdict", { text: `SN ${serial}` });
    return Date.now() - started;
  };

  try {
    await withApp(["--db", db], dir, async (app) => {
      await app.waitFor("#sign-in-title", { text: "Who is signing in?" });
      await app.execute("window.localStorage.clear();");
      await signIn(app, "admin");
      await app.waitFor("#home-title", { text: "Needs attention" });
      await app.waitFor(".statusbar .sync-line", { text: "Not connected to a hub" });

      // Enrol through Settings with the hub's one-time code.
      await go(app, "Settings");
      await (await app.waitFor("[role=tab]", { text: "Hospital network" })).click();
      const form = "form[aria-label='Enrol with a hub']";
      await app.waitFor(form);
      const [hubField, codeField] = await app.findAll(`${form} input`);
      await hubField.type(`http://${address}`);
      await codeField.type(code);
      await (await app.waitFor(`${form} button[type=submit]`, { text: "Enrol" })).click();
      await app.waitFor("[aria-label='Hospital network'] form[aria-label='Enrol again']", { timeout: 60_000 });

      // The agent pushes the whole ledger (the demo's months of history), then each scan within
      // seconds of it.
      await waitForLine(app, /^Synced [^·]*$/, 300_000);
      await go(app, "Scan");
      await app.waitFor("form[aria-label='Workstation location']");
      await choose(app, "select[aria-label='Workstation location']", "MAIN");
      await (await app.waitFor("form[aria-label='Workstation location'] button", { text: "Use this location" })).click();
      await choose(app, "select[aria-label='Partner']", "NORTHMED");
      await sleep(300);
      for (const n of [1, 2, 3]) await receive(app, `SYNC${n}`);
      await waitForSynced(app, db, 30_000);

      // The hub goes away: scans still answer at once, and the status bar says what waits.
      await stop(hub);
      const times = [];
      for (const n of [4, 5]) times.push(await receive(app, `SYNC${n}`));
      await waitForLine(app, /^Offline since \d\d:\d\d · 2 events waiting$/, 30_000);
      times.push(await receive(app, "SYNC6"));
      assert.ok(Math.max(...times) < 3000, `a scan never waits for the hub: verdicts took ${times.join(", ")} ms`);
      await app.waitFor(".statusbar .sync-line", { text: "3 events waiting", timeout: 30_000 });

      // The panel's details, photographed at both window sizes.
      await (await app.waitFor(".statusbar .sync-line")).click();
      const panel = await app.waitFor(".sync-panel", { text: "Sync now" });
      const details = await panel.text();
      assert.ok(details.includes(`http://${address}`), `the panel names the hub: ${details}`);
      assert.ok(details.includes("3 events waiting"), `and what waits: ${details}`);
      await app.screenshot(join(SHOTS, "sync-panel-1280.png"));
      await resize(app, 1024, 700);
      const fits = await app.execute("const r = document.querySelector('.sync-panel').getBoundingClientRect(); return r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth;");
      assert.ok(fits, "the panel stays inside a 1024×700 window");
      await app.screenshot(join(SHOTS, "sync-panel-1024.png"));
      await resize(app, 1280, 800);

      // The hub is back on the same address: the agent catches up by itself (within its backoff).
      hub = await serve(hubDb, address);
      await waitForSynced(app, db, 120_000);

      // A second site receives SYNC1, which this site holds, from outside the network and
      // pushes: the hub raises an alarm about the pack, and the app's agent pulls it unasked.
      const clinic = join(dir, "clinic.db");
      const clinicCode = hubCommand(hubDb, "site", "add", "CLINIC", "--name", "Clinic").trim();
      const atClinic = (args, input = "") =>
        execFileSync(CLI, ["--db", clinic, ...args], {
          env: { ...process.env, CUSTODY_NOW: NOW, CUSTODY_PASSWORD: DEMO_PASSWORD, CUSTODY_NEW_PASSWORD: DEMO_PASSWORD },
          input,
          encoding: "utf8",
        });
      atClinic(["init", "--site-code", "CLINIC", "--site-name", "Clinic", "--admin", "admin", "--admin-name", "Clinic admin"]);
      atClinic(["--as", "admin", "product", "add", "--gtin", product.gtin, "--name", "Planted pack", "--tracking", "serial"]);
      atClinic(["--as", "admin", "location", "add", "MAIN", "Main pharmacy", "--kind", "pharmacy"]);
      atClinic(["--as", "admin", "partner", "add", "OUTSIDE", "A broker", "--kind", "distributor"]);
      atClinic(["--as", "admin", "receive", "--location", "MAIN", "--partner", "OUTSIDE", "--reference", "PO-X"], `${pack("SYNC1")}\n`);
      atClinic(["--as", "admin", "sync", "enrol", "--hub", `http://${address}`, "--code", clinicCode]);
      atClinic(["--as", "admin", "sync", "push"]);
      const alarms = hubCommand(hubDb, "alarms");
      assert.ok(alarms.includes("SYNC1"), `the hub raised an alarm about SYNC1: ${alarms}`);

      await waitForLine(app, /^1 counterfeit alarm from the hub · Synced/, 120_000);
      // The panel opened earlier may still be open: the corner's click toggles it.
      if (!(await app.execute("return !!document.querySelector('.sync-panel');"))) await (await app.waitFor(".statusbar .sync-line")).click();
      const list = await app.waitFor(".sync-panel .hub-alarms", { text: "SYNC1" });
      const listed = await list.text();
      assert.ok(listed.includes(`${product.gtin} / SYNC1`), `the panel names the pack: ${listed}`);
      assert.ok(listed.includes("Other sites: CLINIC"), `and the other site: ${listed}`);
      await app.screenshot(join(SHOTS, "sync-alarm-1280.png"));

      // A QA officer at the hub recalls SYNC1. The agent has just pulled (the alarm) and pulls
      // again only within the minute, so "Sync now" is what brings the recall: the panel says
      // it was entered and what it held, at once.
      const asHub = { encoding: "utf8", env: { ...process.env, CUSTODY_HUB_PASSWORD: "a hub password" } };
      execFileSync(HUB, ["--db-url", hubDb, "user", "add", "osei", "--name", "M. Osei", "--role", "qa"], asHub);
      const reason = "Counterfeit suspected";
      execFileSync(HUB, ["--db-url", hubDb, "recall", "add", product.gtin, "--number", "RC-NET-E2E", "--serial", "SYNC1", "--class", "I", "--reason", reason, "--as", "osei"], asHub);
      await (await app.waitFor(".sync-panel button", { text: "Sync now" })).click();
      const received = await (await app.waitFor(".sync-panel .sync-recalls", { text: "RC-NET-E2E", timeout: 60_000 })).text();
      assert.ok(received.includes("Network recall RC-NET-E2E entered") && received.includes("1 pack held"), `Sync now pulled the recall and held SYNC1: ${received}`);
      await app.screenshot(join(SHOTS, "sync-now-recall-1280.png"));

      // A recall entered here from a firm's letter (on the command line, on the computer's own
      // clock as the app's) goes to the network from its page.
      const ownClock = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "CUSTODY_NOW"));
      execFileSync(CLI, ["--db", db, "--as", "admin", "recall", "create", "--number", "RCL-SITE-E2E", "--class", "II", "--title", "Planted pack SYNC2", "--reason", "The firm's letter", "--gtin", product.gtin, "--serial", "SYNC2"], {
        env: { ...ownClock, CUSTODY_PASSWORD: DEMO_PASSWORD },
        encoding: "utf8",
      });
      await (await app.waitFor(".sync-panel button", { text: "Close" })).click();
      await go(app, "Recalls");
      await (await app.waitFor(".recall-list button", { text: "RCL-SITE-E2E" })).click();
      await (await app.waitFor(".share-recall button", { text: "Share with the network" })).click();
      const said = await (await app.waitFor(".share-recall [role=status]", { text: "Shared: network recall", timeout: 30_000 })).text();
      assert.ok(said.includes("Every site using the product receives it"), `the page says where it went: ${said}`);
      const atHub = hubCommand(hubDb, "recall", "list");
      assert.ok(atHub.includes("RCL-SITE-E2E") && atHub.includes("site DEMO"), `the hub holds it, entered by the site: ${atHub}`);
      await app.screenshot(join(SHOTS, "recall-shared-1280.png"));
    });
  } finally {
    await stop(hub);
  }
});
