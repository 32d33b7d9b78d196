// Not a test: times the real app on a large database, as `make bench-ui` does (on a copy: its
// scans dispense, so a second run on the same file would measure other stock).
//   CUSTODY_APP=target/release/custody-app scripts/on-bench-copies.sh \
//     node tests/desktop/speed.mjs .bench/run/hospital.db
// Figures: launch to the sign-in screen; sign-in to a Home screen with its figures; a dispense
// scanned to its verdict on screen (each one recorded), the page's frame interval beside it and
// whether the app's check of the whole file ran meanwhile; the first page of the stock, shortage
// and expiry lists. Each is measured in the page (performance.now) from the action to the DOM
// change, over several runs.
import { execFileSync } from "node:child_process";
import { dirname } from "node:path";
import { Driver, DEMO_PASSWORD, signIn } from "./webdriver.mjs";

const db = process.argv[2];
if (!db) {
  console.error("usage: node tests/desktop/speed.mjs DATABASE (its admin's password is custody-demo)");
  process.exit(2);
}

const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const fmt = (xs) => `p50 ${pct(xs, 50).toFixed(0)} ms, max ${Math.max(...xs).toFixed(0)} ms (${xs.length} runs)`;

/** Runs `act` in the page and resolves with the ms until `done` holds (checked each frame).
 *  Both are script text spliced into the WebDriver script: the app's CSP forbids eval. */
async function timed(app, act, done) {
  await app.execute(`
    window.__timing = null;
    const t0 = performance.now();
    ${act}
    const tick = () => ((() => { ${done} })() ? (window.__timing = performance.now() - t0) : requestAnimationFrame(tick));
    requestAnimationFrame(tick);`);
  for (let i = 0; i < 400; i++) {
    const t = await app.execute("return window.__timing;");
    if (t !== null) return t;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out: ${done}`);
}

const navTo = (label) =>
  `[...document.querySelectorAll('.sidebar .nav-item')].find((b) => b.textContent === ${JSON.stringify(label)}).click();`;

// As shipped: on this machine (no graphics device) the window draws without compositing.
const { driver, session: app, started: t0 } = await Driver.launch(["--db", db, "--backup-dir", "/tmp/custody-speed-backups"], dirname(db), { asShipped: true });
const figures = {};
try {
  await app.waitFor("#sign-in-title", { timeout: 60_000 });
  figures.launch_to_sign_in_ms = Date.now() - t0;
  const t1 = Date.now();
  await signIn(app, "admin", DEMO_PASSWORD);
  await app.waitFor(".tile-value", { timeout: 60_000 });
  // Home is usable when its figures are in.
  for (let i = 0; i < 400 && (await app.execute("return [...document.querySelectorAll('.tile-value')].some((e) => e.textContent === '…');")); i++) {
    await new Promise((r) => setTimeout(r, 10));
  }
  figures.sign_in_to_home_ms = Date.now() - t1;

  const home = [];
  for (let i = 0; i < 5; i++) {
    await app.execute(navTo("Scan"));
    home.push(await timed(app, navTo("Home"), "return !!document.querySelector('.tile-value') && ![...document.querySelectorAll('.tile-value')].some((e) => e.textContent === '…');"));
  }
  figures.home = fmt(home);

  // Scans: dispense packs in stock at MAIN, put into the box as a scanner types them, Enter included.
  // Each is the first to expire (from today, local time, as the app's checks count) of its product
  // there, so that each is recorded: a later pack would be asked about first (first expiry, first
  // out), and a question's verdict commits nothing. A product whose first pack could not be
  // scanned or recorded as it stands (no lot, a lot or serial over 20 characters, another expiry
  // known for its lot, a national request on it, a recall of its product) is left out, never its
  // first pack alone. Forty products: twenty scanned on the screen, twenty more dispensed the same
  // way through the IPC below. This reads the rows of MAIN's packs in stock, those scanned among
  // them, before the timed scans.
  const packs = execFileSync("sqlite3", [
    "-separator", "|", db,
    "SELECT gtin, lot, expiry, serial FROM (" +
      "SELECT u.product_id, p.gtin, u.lot, u.expiry, u.serial, " +
      "row_number() OVER (PARTITION BY u.product_id ORDER BY u.expiry, u.serial) AS k " +
      "FROM unit u JOIN product p ON p.id = u.product_id JOIN location l ON l.id = u.location_id " +
      "WHERE l.code = 'MAIN' AND u.status = 'in_stock' AND p.tracking = 'serial' " +
      "AND u.expiry >= date('now', 'localtime') AND p.gtin NOT IN (SELECT gtin FROM recall_scope)) f " +
      "WHERE k = 1 AND lot IS NOT NULL AND length(lot) <= 20 AND length(serial) <= 20 " +
      "AND NOT EXISTS (SELECT 1 FROM lot_info i WHERE i.product_id = f.product_id AND i.lot = f.lot " +
      "AND i.expiry IS NOT NULL AND i.expiry <> f.expiry) " +
      "AND NOT EXISTS (SELECT 1 FROM nvs_request n WHERE n.product_id = f.product_id AND n.serial = f.serial) " +
      "ORDER BY gtin LIMIT 40",
  ], { encoding: "utf8" }).trim().split("\n").filter(Boolean).map((l) => l.split("|"));
  if (packs.length < 40) throw new Error(`only ${packs.length} products at MAIN to dispense the first-expiring pack of`);
  const onScreen = packs.slice(0, 20);
  const throughIpc = packs.slice(20);
  const rawOf = ([gtin, lot, expiry, serial]) => `]d201${gtin}17${expiry.slice(2).replaceAll("-", "")}10${lot}\u001d21${serial}`;
  await app.execute(navTo("Scan"));
  // The first time on this computer the scan screen asks which location the workstation is.
  for (let i = 0; i < 200; i++) {
    const ready = await app.execute(`
      const asked = document.querySelector("form[aria-label='Workstation location']");
      if (asked) {
        const sel = asked.querySelector("select");
        Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set.call(sel, 'MAIN');
        sel.dispatchEvent(new Event('change', { bubbles: true }));
        asked.requestSubmit();
      }
      return !!document.querySelector("input[aria-label='Scan a pack']");`);
    if (ready) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  await app.waitFor("input[aria-label='Scan a pack']");
  await app.execute(`
    [...document.querySelectorAll('.segment')].find((b) => b.textContent === 'Dispense').click();
    const sel = document.querySelector("select[aria-label='Location']");
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set.call(sel, 'MAIN');
    sel.dispatchEvent(new Event('change', { bubbles: true }));`);
  // Dispense's rules load after the click; a scan sent before would be refused by the screen
  // ("wait a moment") and never reach the list.
  for (let i = 0; i < 200 && (await app.execute("return !!document.querySelector('#scan-field-missing');")); i++) {
    await new Promise((r) => setTimeout(r, 25));
  }
  // The interval between two frames the page draws: the floor under every "on screen" figure.
  await app.execute(`
    window.__frames = null;
    const at = [];
    const frame = (t) => (at.push(t) < 61 ? requestAnimationFrame(frame) : (window.__frames = at.slice(1).map((x, i) => x - at[i])));
    requestAnimationFrame(frame);`);
  let frames = null;
  for (let i = 0; i < 400 && frames === null; i++) {
    frames = await app.execute("return window.__frames;");
    if (frames === null) await new Promise((r) => setTimeout(r, 25));
  }
  if (frames) figures.frame_interval = fmt(frames);
  // Whether the app's check of the whole file (behind the window, minutes on six years; the
  // backup that follows it is not shown) was still running while the scans were timed, as the
  // status bar says it (the app asks once a second): said beside their figure.
  const checking = `return !!document.querySelector(".statusbar .file-check");`;
  const checkingAtFirstScan = await app.execute(checking);
  const scans = [];
  for (const pack of onScreen) {
    const raw = rawOf(pack);
    const act = `
      const box = document.querySelector("input[aria-label='Scan a pack']");
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(box, ${JSON.stringify(raw)});
      box.dispatchEvent(new Event('input', { bubbles: true }));
      window.__before = document.querySelector('.session ol').children.length;
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true }));`;
    const done = `const ol = document.querySelector('.session ol'); return ol.children.length > window.__before && !ol.children[0].classList.contains('idle');`;
    scans.push(await timed(app, act, done));
  }
  // A figure of refused or questioned scans would time no commit.
  const recordedRows = await app.execute("return document.querySelectorAll('.session ol > li.accepted, .session ol > li.warning').length;");
  if (recordedRows !== onScreen.length) {
    const said = await app.execute("return document.querySelector('.session ol > li:not(.accepted):not(.warning) .session-msg')?.textContent;");
    throw new Error(`${recordedRows} of ${onScreen.length} scans on screen were recorded; one not recorded said: ${said}`);
  }
  figures.scan_to_verdict = fmt(scans);
  figures.file_check_during_scans = `${checkingAtFirstScan ? "running" : "done"} at the first scan, ${(await app.execute(checking)) ? "running" : "done"} at the last`;
  figures.recorded = `${recordedRows} of ${onScreen.length} on screen`;

  for (const [label, table] of [
    ["Stock", "[aria-label='Stock on hand'] .body [role=row]"],
    ["Shortages", "[aria-label='Shortages'] .body [role=row]"],
    ["Expiry", "[aria-label='Expired and expiring stock'] .body [role=row]"],
  ]) {
    const xs = [];
    for (let i = 0; i < 5; i++) {
      await app.execute(navTo("Home"));
      xs.push(await timed(app, navTo(label), `return !!document.querySelector(${JSON.stringify(table)});`));
    }
    figures[`${label.toLowerCase()}_first_page`] = fmt(xs);
  }
  // The lists' first pages straight through the IPC (what a first visit waits for; the screens
  // above were timed with TanStack Query's cache warm).
  const ipc = async (command, args) => {
    await app.execute(`
      window.__ipc = null;
      window.__answer = null;
      const t0 = performance.now();
      window.__TAURI_INTERNALS__.invoke(${JSON.stringify(command)}, ${JSON.stringify(args)})
        .then((answer) => { window.__ipc = performance.now() - t0; window.__answer = answer; }, (e) => (window.__ipc = { refused: e }));`);
    for (let i = 0; i < 400; i++) {
      const t = await app.execute("return window.__ipc;");
      // A refusal is a broken script, never a figure.
      if (t !== null && typeof t === "object") throw new Error(`${command} ${JSON.stringify(args)} was refused: ${JSON.stringify(t.refused)}`);
      if (t !== null) return t;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`${command} did not answer`);
  };
  // Right after a change (the scans above) the shortage list is computed for the visit; once
  // the data has been quiet for a few seconds, it is kept computed. The request is the Shortages
  // screen's first page.
  const shortagesFirstPage = { location: null, sort: "urgency", descending: false, offset: 0, limit: 200, window_days: null };
  figures.shortages_after_a_change_ipc = `${(await ipc("call", { op: "shortages", request: shortagesFirstPage })).toFixed(0)} ms`;
  await new Promise((r) => setTimeout(r, 5000));
  const busiest = execFileSync("sqlite3", [db,
    "SELECT l.code FROM unit u JOIN location l ON l.id = u.location_id WHERE u.status = 'in_stock' GROUP BY u.location_id ORDER BY count(*) DESC LIMIT 1",
  ], { encoding: "utf8" }).trim();
  for (const [name, command, args] of [
    ["stock_page_ipc", "call", { op: "stock", request: { gtin: null, location: null, search: null, limit: 200, offset: 0 } }],
    [`stock_page_${busiest}_ipc`, "call", { op: "stock", request: { gtin: null, location: busiest, search: null, limit: 200, offset: 0 } }],
    ["shortages_page_ipc", "call", { op: "shortages", request: { offset: 0, limit: 200, location: null } }],
    ["expiry_page_ipc", "call", { op: "expiring", request: { offset: 0, limit: 200, location: null, within_days: 90 } }],
    [`expiry_page_${busiest}_ipc`, "call", { op: "expiring", request: { offset: 0, limit: 200, location: busiest, within_days: 90 } }],
    ["expiry_page_deep_ipc", "call", { op: "expiring", request: { offset: 20000, limit: 200, location: null, within_days: 90 } }],
    ["expiry_by_value_ipc", "call", { op: "expiring", request: { offset: 0, limit: 200, location: null, within_days: 90, sort: "value_cents", descending: true } }],
    ["shortages_by_order_ipc", "call", { op: "shortages", request: { offset: 0, limit: 200, location: null, sort: "suggested_order", descending: true } }],
    ["attention_ipc", "call", { op: "attention", request: null }],
  ]) {
    const xs = [];
    for (let i = 0; i < 5; i++) xs.push(await ipc(command, args));
    figures[name] = fmt(xs);
  }
  // Dispenses of the same kind straight through the IPC (twenty more first-expiring packs), and
  // the IPC's own floor (an operation that reads one row): what of scan_to_verdict is the answer's
  // trip, and what is the screen's drawing and the frame it waits for.
  const scanIpc = [];
  for (const pack of throughIpc) {
    const request = { movement: "dispense", location: "MAIN", to_location: null, counterparty: null, reference: null, reason: null, shipment: null, raw: rawOf(pack), quantity: null, unit_cost_cents: null, override_reason: null, occurred_at: null, password: null };
    scanIpc.push(await ipc("call", { op: "scan", request }));
    const verdict = await app.execute("return window.__answer;");
    if (!verdict?.recorded || verdict.recorded.held) {
      throw new Error(`a dispense through the IPC was not recorded as one: ${JSON.stringify(verdict)}`);
    }
  }
  figures.scan_ipc = fmt(scanIpc);
  const floor = [];
  for (let i = 0; i < 20; i++) floor.push(await ipc("call", { op: "site_settings", request: null }));
  figures.ipc_floor = fmt(floor);
  await app.close();
} finally {
  await driver.stop();
}
for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(22)} ${v}`);
