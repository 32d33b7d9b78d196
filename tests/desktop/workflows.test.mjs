// A pharmacist's day in the real desktop app: the first run of a new database; then, on the demo
// data, a delivery received by scans typed as a scanner types them (one duplicate blocked), the
// pack's history, a recall entered with its reach, and its notice printed to PDF.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { custody, demoDatabase, Element, go, ROOT, signIn, typeInto, withApp } from "./webdriver.mjs";

const GS = "\u001d";
const SHOTS = join(ROOT, "target/e2e");

/** Sets the <select> found by `css` to `value` as a person's choice would, so React sees it. */
async function choose(app, css, value) {
  const el = await app.waitFor(css);
  await app.execute(
    `Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value").set.call(arguments[0], arguments[1]);
     arguments[0].dispatchEvent(new Event("change", { bubbles: true }));`,
    [{ "element-6066-11e4-a52e-4f735466cecf": el.id }, value],
  );
}

/** Opens the scan screen at `location`: chosen when the screen asks which location this
 * workstation is (the first time on this computer for this database), else the one remembered. */
async function scanAt(app, location) {
  await go(app, "Scan");
  await app.waitFor("#scan-title", { text: "Scan" });
  for (let i = 0; i < 100; i++) {
    if ((await app.findAll("form[aria-label='Workstation location']")).length > 0) {
      await choose(app, "select[aria-label='Workstation location']", location);
      await (await app.waitFor("form[aria-label='Workstation location'] button", { text: "Use this location" })).click();
    }
    if ((await app.findAll("input[aria-label='Scan a pack']")).length > 0) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await choose(app, "select[aria-label='Location']", location);
}

test("first run sets up the site and its administrator", { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "custody-e2e-first-"));
  const db = join(dir, "new.db");
  await withApp(["--db", db], dir, async (app) => {
    await app.waitFor(".first-run h1", { text: "Set up Custody" });
    await typeInto(app, "input[aria-label='Site code']", "STMARY");
    await typeInto(app, "input[aria-label='Site name']", "St. Mary's Hospital pharmacy");
    await typeInto(app, "input[aria-label=\"Administrator's username\"]", "alice");
    await typeInto(app, "input[aria-label=\"Administrator's full name\"]", "Alice Smith");
    await typeInto(app, "input[aria-label='Password (at least 8 characters)']", "a long password");
    await typeInto(app, "input[aria-label='Password again']", "a long password");
    await app.screenshot(join(SHOTS, "first-run.png"));
    await (await app.waitFor(".first-run button[type=submit]")).click();
    await app.waitFor("#sign-in-title", { text: "Who is signing in?" });
    await signIn(app, "alice", "a long password");
    await app.waitFor(".who", { text: "Alice Smith" });
    await app.waitFor(".site", { text: "St. Mary's Hospital pharmacy" });
    await app.waitFor("#home-title", { text: "Needs attention" });
  });
  // The database the app set up is a real one: the CLI signs alice in and sees the site.
  const out = execFileSync(join(ROOT, "target/debug/custody"), ["--db", db, "--as", "alice", "verify"], {
    env: { ...process.env, CUSTODY_PASSWORD: "a long password" },
    encoding: "utf8",
  });
  assert.match(out, /intact/i);
});

test("receive by scans, see the history, recall the product and print the notice", { timeout: 240_000 }, async () => {
  const { dir, db } = demoDatabase();
  const stock = JSON.parse(custody(db, "--as", "admin", "--json", "stock", "--limit", "200"));
  const product = stock.find((r) => r.tracking === "serial");
  assert.ok(product, "the demo has a serialized product");
  const scan = (serial) => `]d201${product.gtin}1728123110E2E-LOT${GS}21${serial}`;
  // The supplier's despatch advice for two of the packs.
  const asn = join(dir, "DESADV-E2E.csv");
  writeFileSync(
    asn,
    `gtin,serial,lot,expiry,quantity,po\n${product.gtin},E2E0001,E2E-LOT,2028-12-31,1,PO-E2E-1\n${product.gtin},E2E0003,E2E-LOT,2028-12-31,1,PO-E2E-1\n`,
  );

  await withApp(["--db", db], dir, async (app) => {
    await signIn(app, "admin");
    await app.waitFor("#home-title", { text: "Needs attention" });
    await app.screenshot(join(SHOTS, "home.png"));

    // Receiving: three scans typed into the scan box as a wedge scanner types them, from the
    // supplier chosen before the first scan.
    await scanAt(app, "MAIN");
    await choose(app, "select[aria-label='Partner']", "MEDIDIST");
    await typeInto(app, "input[aria-label='Document']", "PO-E2E-1");
    // The supplier's despatch advice, imported in the window (the file chosen as a person
    // would in the file dialog); receiving is then matched against it.
    await typeInto(app, "input[aria-label='Import a despatch advice']", asn);
    // A CSV advice without its own number is known by its purchase order.
    await app.waitFor(".shipment-import [role=status]", { text: "Imported PO-E2E-1: 2 line(s) expected." });
    const against = await app.waitFor("select[aria-label='Expected shipment']");
    const chosen = await app.execute("return arguments[0].selectedOptions[0].textContent;", [
      { "element-6066-11e4-a52e-4f735466cecf": against.id },
    ]);
    assert.match(chosen, /PO-E2E-1 \(0\/2 lines\)/, "the imported advice is the one received against");
    await app.waitFor("[aria-label='Shipment progress']", { text: "0 of 2 lines matched" });
    const verdict = () => app.waitFor(".verdict");
    await typeInto(app, "input[aria-label='Scan a pack']", scan("E2E0001"), { submit: true });
    await app.waitFor(".session", { text: "1 scan ·" });
    assert.doesNotMatch(await (await verdict()).text(), /Blocked/);
    await typeInto(app, "input[aria-label='Scan a pack']", scan("E2E0002"), { submit: true });
    await app.waitFor(".session", { text: "2 scans" });
    // E2E0001 was on the advice, E2E0002 was not; E2E0003 is still to come.
    await app.waitFor("[aria-label='Shipment progress']", { text: "1 of 2 lines matched · 1 unexpected · 1 still expected" });
    // E2E0001 again, after another scan: not a double read, so the screen asks before sending;
    // a second physical pack with the code of one in stock is blocked and held as suspect.
    await typeInto(app, "input[aria-label='Scan a pack']", scan("E2E0001"), { submit: true });
    await app.waitFor(".verdict", { text: "The same pack again, or a second pack with the same code?" });
    await (await app.waitFor(".verdict button", { text: "A second pack" })).click();
    await app.waitFor(".session", { text: "3 scans" });
    const blocked = await app.waitFor(".verdict.blocked", { text: "Blocked" });
    assert.match(await blocked.text(), /E2E0001/);
    await app.screenshot(join(SHOTS, "scan-blocked.png"));
    // The ledger has the receipt with the raw scan, group separator and all; the duplicate
    // was not received again but held the pack aside as suspect.
    const history = JSON.parse(custody(db, "--as", "admin", "--json", "history", product.gtin, "E2E0001"));
    assert.deepEqual(
      history.events.map((e) => e.kind),
      ["receive", "mark_suspect"],
    );
    assert.equal(history.events[0].raw_scan, scan("E2E0001"));
    assert.equal(history.events[0].reference, "PO-E2E-1");
    assert.equal(history.unit.status, "quarantined");

    // One more pack received, then dispensed against a prescription: the movement is chosen
    // from the keyboard (arrow keys move through the movements), the document replaced.
    await typeInto(app, "input[aria-label='Scan a pack']", scan("E2E0004"), { submit: true });
    await app.waitFor(".session", { text: "4 scans" });
    await (await app.waitFor("label.segment", { text: "Receive" })).click();
    await (await app.waitFor("label.segment input")).type("\uE014"); // the right arrow key
    await app.waitFor("label.segment[data-selected]", { text: "Dispense" });
    const docField = await app.waitFor("input[aria-label='Document']");
    assert.equal(
      await app.execute("return arguments[0].value;", [{ "element-6066-11e4-a52e-4f735466cecf": docField.id }]),
      "",
      "changing the movement clears the document: a PO is not a prescription",
    );
    await typeInto(app, "input[aria-label='Document']", "RX-E2E-1");
    await typeInto(app, "input[aria-label='Scan a pack']", scan("E2E0004"), { submit: true });
    await app.waitFor(".session", { text: "5 scans" });
    // Older packs of the product are on the shelf here: the dispense is asked about first, and
    // scanning the same pack again confirms it.
    const asked = await app.waitFor(".verdict", { text: "SN E2E0004" });
    if (/^Confirm/.test(await asked.text())) {
      await typeInto(app, "input[aria-label='Scan a pack']", scan("E2E0004"), { submit: true });
      await app.waitFor(".session", { text: "6 scans" });
    }
    const dispensed = await app.waitFor(".verdict", { text: "SN E2E0004" });
    assert.match(await dispensed.text(), /^(Accepted|Warning)/);
    await app.screenshot(join(SHOTS, "scan-dispensed.png"));
    const gone = JSON.parse(custody(db, "--as", "admin", "--json", "history", product.gtin, "E2E0004"));
    assert.deepEqual(gone.events.map((e) => e.kind), ["receive", "dispense"]);
    assert.equal(gone.events[1].reference, "RX-E2E-1");
    assert.equal(gone.unit.status, "dispensed");

    // The pack's history, by scanning it on the Unit screen.
    await go(app, "Unit history");
    await typeInto(app, "input[aria-label='Scan the pack']", scan("E2E0002"), { submit: true });
    await app.waitFor(".timeline", { text: "receive" });
    await app.waitFor(".unit-card", { text: "E2E0002" });
    await app.screenshot(join(SHOTS, "unit.png"));

    // A recall of the lot: entered, its hold quarantines the pack still in stock, and its reach
    // shows both (the suspect one already held).
    await go(app, "Recalls");
    await (await app.waitFor(".view-header button", { text: "New recall" })).click();
    await typeInto(app, "input[aria-label='Search product']", product.gtin);
    await (await app.waitFor(".pick-list button", { text: product.gtin })).click();
    await (await app.waitFor(".new-recall button", { text: "Next: What is recalled" })).click();
    await (await app.waitFor(".new-recall .segment", { text: "Some lots" })).click();
    await (await app.waitFor(".lot-choices .check", { text: "E2E-LOT" })).click();
    await (await app.waitFor(".new-recall button", { text: "Next: Details" })).click();
    await typeInto(app, "input[aria-label='Recall number']", "RCL-E2E-1");
    await typeInto(app, "input[aria-label='Title']", ", lot E2E-LOT");
    await typeInto(app, "textarea[aria-label='Reason']", "Particles found in retained samples");
    await (await app.waitFor(".new-recall button", { text: "Next: Preview and confirm" })).click();
    await app.waitFor(".preview-sentence", { text: "This will quarantine 1 pack(s) at 1 location(s)" });
    await (await app.waitFor(".new-recall button", { text: "Confirm: enter the recall" })).click();
    const reach = await app.waitFor(".reach", { text: "RCL-E2E-1" });
    const byPlace = await app.waitFor("table[aria-label='Reach by location and status']", { text: "quarantined" });
    assert.match(await byPlace.text(), /quarantined\s+1/);
    assert.match(await reach.text(), /E2E0001/);
    assert.match(await reach.text(), /E2E0002/);
    const held = JSON.parse(custody(db, "--as", "admin", "--json", "history", product.gtin, "E2E0002"));
    assert.equal(held.unit.status, "quarantined", "the recall's hold quarantined the pack in stock");
    await app.screenshot(join(SHOTS, "recall-reach.png"));

    await (await app.waitFor(".reach button", { text: "Recall notice" })).click();
    await (await app.waitFor(".notice button", { text: "Save PDF" })).click();
    await app.waitFor(".notice .saved", { text: "recall-notice-RCL-E2E-1.pdf" });
  });
  const pdf = join(dir, "reports", "recall-notice-RCL-E2E-1.pdf");
  assert.ok(existsSync(pdf), `the notice was written: ${readdirSync(dir)}`);
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  assert.match(text, /URGENT: DRUG RECALL/);
  assert.match(text, /E2E0001/);
  assert.match(text, /E2E0002/);
});

test("shortages, expiry and the scanner test on the demo data", { timeout: 120_000 }, async () => {
  const { dir, db } = demoDatabase();
  const short = JSON.parse(custody(db, "--as", "admin", "--json", "shortages"));
  await withApp(["--db", db], dir, async (app) => {
    await signIn(app, "ben");
    await go(app, "Shortages");
    const table = await app.waitFor("[role=table][aria-label=Shortages]", { text: short[0].product });
    assert.match(await table.text(), new RegExp(`${short.length} rows`));
    await app.screenshot(join(SHOTS, "shortages.png"));
    // Sorted by the suggested order, largest first: the first row orders the most.
    const most = Math.max(...short.map((p) => p.suggested_order));
    const orderHeader = await app.execute(
      "return [...document.querySelectorAll('[aria-label=Shortages] [role=columnheader]')].find((h) => h.textContent === 'Order').querySelector('button');",
    );
    await new Element(app, Object.values(orderHeader)[0]).click();
    const sorted = await app.waitFor("[aria-label=Shortages] [role=columnheader][aria-sort=descending]");
    assert.match(await sorted.text(), /order/i);
    const firstOrder = async () =>
      app.execute("const r = document.querySelector(\"[aria-label=Shortages] .body [role=row]\"); return r ? r.lastElementChild.innerText : '';");
    for (let i = 0; i < 100 && Number(await firstOrder()) !== most; i++) await new Promise((r) => setTimeout(r, 100));
    assert.equal(Number(await firstOrder()), most);
    await app.screenshot(join(SHOTS, "shortages-sorted.png"));

    await go(app, "Expiry");
    await app.waitFor("[role=table][aria-label='Expired and expiring stock']", { text: "d ago" });
    await app.screenshot(join(SHOTS, "expiry.png"));

    // A scan with a real group separator, typed as a scanner types it, named on screen.
    await go(app, "Settings");
    await typeInto(app, "input[aria-label='Scan to test']", `]d201095060001343521728123110LOT42${GS}21SN12345`, { submit: true });
    await app.waitFor(".scan-test .sent", { text: "]d201095060001343521728123110LOT42⟨GS⟩21SN12345" });
    const elements = await app.waitFor("table[aria-label=Elements]", { text: "SN12345" });
    assert.match(await elements.text(), /\(10\)\s+BATCH\/LOT\s+LOT42/);
    await app.screenshot(join(SHOTS, "scanner-test.png"));
  });
});

test("an administrator adds a user, sets the scanners' GS substitute and the alert windows in Settings", { timeout: 120_000 }, async () => {
  const { dir, db } = demoDatabase();
  const stock = JSON.parse(custody(db, "--as", "admin", "--json", "stock", "--limit", "200"));
  const product = stock.find((r) => r.tracking === "serial");
  assert.ok(product, "the demo has a serialized product");
  await withApp(["--db", db], dir, async (app) => {
    await signIn(app, "admin");
    await go(app, "Settings");
    await (await app.waitFor("[role=tab]", { text: "Users" })).click();
    await typeInto(app, "form[aria-label='Add a user'] input[aria-label='Username']", "nina");
    await typeInto(app, "form[aria-label='Add a user'] input[aria-label='Full name']", "Nina Novak");
    await app.execute(
      `const s = document.querySelector("select[aria-label='Role']");
       Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value").set.call(s, "qa");
       s.dispatchEvent(new Event("change", { bubbles: true }));`,
    );
    await typeInto(app, "form[aria-label='Add a user'] input[aria-label='First password']", "nina's first password");
    await typeInto(app, "form[aria-label='Add a user'] input[aria-label='Password again']", "nina's first password");
    await (await app.waitFor("form[aria-label='Add a user'] button[type=submit]", { text: "Add user" })).click();
    await app.waitFor("table[aria-label=Users]", { text: "Nina Novak" });
    await app.screenshot(join(SHOTS, "settings-users.png"));

    // The site's settings: '~' for the group separator (a scanner that cannot send GS), and
    // the expiry alert windows.
    await (await app.waitFor("[role=tab]", { text: "Scanning and receipts" })).click();
    await app.waitFor("input[aria-label='Alert windows (days)']");
    // Clear the field as a person would select all and delete (WebDriver's typing appends).
    await app.execute(
      `const i = document.querySelector("input[aria-label='Alert windows (days)']");
       Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set.call(i, "");
       i.dispatchEvent(new Event("input", { bubbles: true }));`,
    );
    await typeInto(app, "input[aria-label='Alert windows (days)']", "14, 45");
    await typeInto(app, "input[aria-label='Sent instead of the group separator']", "~");
    await (await app.waitFor("button[type=submit]", { text: "Save settings" })).click();
    await app.waitFor("[role=status]", { text: "Saved." });
    await app.waitFor("input[aria-label='Alert windows (days)']");
    await app.execute("document.querySelector('.site-settings h2').scrollIntoView({ block: 'start' });");
    await app.screenshot(join(SHOTS, "settings-scanning.png"));

    // A scan with '~' where the GS belongs is read with the site's setting: lot and serial apart.
    await scanAt(app, "MAIN");
    await choose(app, "select[aria-label='Partner']", "MEDIDIST");
    await typeInto(app, "input[aria-label='Scan a pack']", `]d201${product.gtin}1728123110TL-LOT~21TILDE0001`, { submit: true });
    const verdict = await app.waitFor(".verdict", { text: "SN TILDE0001" });
    assert.match(await verdict.text(), /lot TL-LOT/, "'~' ended the lot");
    // The scanner test reads it with the same setting, and shows the '~' as it arrived.
    await go(app, "Settings");
    await (await app.waitFor("[role=tab]", { text: "Scanner" })).click();
    await typeInto(app, "input[aria-label='Scan to test']", `]d201${product.gtin}1728123110TL-LOT~21TILDE0002`, { submit: true });
    await app.waitFor(".scan-test .sent", { text: "TL-LOT~21TILDE0002" });
    await app.waitFor(".scan-test", { text: "serial TILDE0002" });
  });
  // Nina is a real user: she signs in through the CLI with the password set in the window, and
  // the CLI's expiry list uses the windows set there.
  const users = execFileSync(join(ROOT, "target/debug/custody"), ["--db", db, "--as", "nina", "user", "list"], {
    env: { ...process.env, CUSTODY_PASSWORD: "nina's first password" },
    encoding: "utf8",
  });
  assert.match(users, /nina\s+Nina Novak\s+qa/);
  assert.match(custody(db, "--as", "admin", "alert-windows"), /14, 45 days/);
  // The pack scanned with '~' is on the ledger with the raw scan as the scanner sent it.
  const tilde = JSON.parse(custody(db, "--as", "admin", "--json", "history", product.gtin, "TILDE0001"));
  assert.deepEqual(tilde.events.map((e) => e.kind), ["receive"]);
  assert.equal(tilde.events[0].raw_scan, `]d201${product.gtin}1728123110TL-LOT~21TILDE0001`);
});
