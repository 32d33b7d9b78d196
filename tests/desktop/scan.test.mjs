// The scan screen's safe defaults and forgiving scans, in the real desktop app: the workstation's
// location asked once and remembered across sign-out and sign-in; a receipt that asks for its
// supplier before the first scan; movements a role may not make greyed with why; a scanner burst
// typed into the document field arriving as a scan while slow typing stays text; a double read
// counted once and a later repeat asked about; a dispense out of first-expiry order asked before
// recording and confirmed by scanning the pack again; and the screen at 1024×700. Then the
// review's findings: a scan arriving while a list has the focus is taken, not lost to type-ahead;
// a password auto-typed into the signature field is never a scan nor shown; a pack released from
// the quarantine cabinet comes back to the workstation's location, with an optional "To".
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { custody, DEMO_PASSWORD, demoDatabase, go, ROOT, signIn, typeInto, withApp } from "./webdriver.mjs";

const GS = "\u001d";
const SHOTS = join(ROOT, "target/e2e");
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

/** Sets a <select> (or input) found by `css` to `value` as a person's choice would, so React sees it. */
async function choose(app, css, value) {
  const el = await app.waitFor(css);
  await app.execute(
    `const el = arguments[0];
     const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
     Object.getOwnPropertyDescriptor(proto, "value").set.call(el, arguments[1]);
     el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }));`,
    [{ [ELEMENT]: el.id }, value],
  );
}

/** The value of the field found by `css`. */
async function valueOf(app, css) {
  const el = await app.waitFor(css);
  return app.execute("return arguments[0].value;", [{ [ELEMENT]: el.id }]);
}

/** Types `text` one character at a time with pauses, as a person types (not a burst). */
async function typeSlowly(app, css, text) {
  for (const ch of text) {
    await typeInto(app, css, ch);
    await sleep(150);
  }
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

/** Whether the page scrolls sideways, and whether the movement buttons sit on one row. */
async function layout(app) {
  return app.execute(`return {
    sideways: document.documentElement.scrollWidth > window.innerWidth || document.querySelector(".scan-view").scrollWidth > document.querySelector(".scan-view").clientWidth,
    rows: new Set([...document.querySelectorAll(".movements .segment")].map((b) => Math.round(b.getBoundingClientRect().top))).size,
    width: window.innerWidth,
  };`);
}

/** Sends `text` and Enter as a scanner does: key by key to whatever has the focus (no element
 * is targeted, so nothing is focused or clicked first). */
async function scanAtFocus(app, text) {
  const actions = [];
  for (const ch of text) actions.push({ type: "keyDown", value: ch }, { type: "keyUp", value: ch });
  actions.push({ type: "keyDown", value: "\uE007" }, { type: "keyUp", value: "\uE007" });
  const r = await fetch(`${app.url}/actions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ actions: [{ type: "key", id: "scanner", actions }] }),
  });
  assert.ok(r.ok, `the scanner's keys were sent: ${r.status}`);
}

/** Gives the focus to the element found by `css`, as a mouse choice leaves it there. */
async function focusOn(app, css) {
  const el = await app.waitFor(css);
  await app.execute("arguments[0].focus();", [{ [ELEMENT]: el.id }]);
}

const kinds = (db, gtin, serial) => JSON.parse(custody(db, "--as", "admin", "--json", "history", gtin, serial));

test("the scan screen's defaults: where, from whom, what may be done, and scans never lost", { timeout: 300_000 }, async () => {
  const { dir, db } = demoDatabase();
  const stock = JSON.parse(custody(db, "--as", "admin", "--json", "stock", "--limit", "200"));
  const product = stock.find((r) => r.tracking === "serial");
  assert.ok(product, "the demo has a serialized product");
  const pack = (serial, expiry = "281231", lot = "SCAN-LOT") => `]d201${product.gtin}17${expiry}10${lot}${GS}21${serial}`;

  await withApp(["--db", db], dir, async (app) => {
    await app.waitFor("#sign-in-title", { text: "Who is signing in?" });
    // A fresh workstation: nothing remembered from earlier runs on this machine.
    await app.execute("window.localStorage.clear();");
    await signIn(app, "admin");
    await app.waitFor("#home-title", { text: "Needs attention" });

    // Asked once: which location is this workstation?
    await go(app, "Scan");
    await app.waitFor("form[aria-label='Workstation location']", { text: "Which location is this workstation?" });
    assert.equal((await app.findAll("input[aria-label='Scan a pack']")).length, 0, "no scanning before the workstation's location is known");
    await choose(app, "select[aria-label='Workstation location']", "MAIN");
    await (await app.waitFor("form[aria-label='Workstation location'] button", { text: "Use this location" })).click();
    assert.equal(await valueOf(app, "select[aria-label='Location']"), "MAIN", "the chosen location is the workstation's");

    // A receipt asks for its supplier before the first scan, and a scan sent without it is not sent.
    await app.waitFor(".scan-missing", { text: "choose the supplier or sending site" });
    await app.screenshot(join(SHOTS, "scan-defaults.png"));
    await typeInto(app, "input[aria-label='Scan a pack']", pack("E2S0000"), { submit: true });
    await sleep(500);
    await app.waitFor(".session", { text: "0 scans" });
    await choose(app, "select[aria-label='Partner']", "NORTHMED");
    await sleep(300);
    assert.equal((await app.findAll(".scan-missing")).length, 0, "with the supplier chosen, nothing is missing");

    // Slow typing in the document stays text; a scanner burst landing there is a scan, and the
    // document keeps what was typed.
    await typeSlowly(app, "input[aria-label='Document']", "PO-SCAN-1");
    assert.equal(await valueOf(app, "input[aria-label='Document']"), "PO-SCAN-1", "typed slowly, it is text");
    await typeInto(app, "input[aria-label='Document']", pack("E2S0001"), { submit: true });
    await app.waitFor(".session", { text: "1 scan ·" });
    console.log("SESSION", JSON.stringify(await app.execute("return document.querySelector('.session').innerText;")));
    await app.waitFor(".verdict", { text: "SN E2S0001" });
    assert.equal(await valueOf(app, "input[aria-label='Document']"), "PO-SCAN-1", "the burst did not land in the document");
    let h = kinds(db, product.gtin, "E2S0001");
    assert.deepEqual(h.events.map((e) => e.kind), ["receive"], "the burst was received as a scan");
    assert.equal(h.events[0].raw_scan, pack("E2S0001"), "exactly what the scanner sent, group separator and all");
    assert.equal(h.events[0].reference, "PO-SCAN-1", "under the document typed before it");

    // A double read: the same code at once is already scanned, counted once.
    await typeInto(app, "input[aria-label='Scan a pack']", pack("E2S0001"), { submit: true });
    await app.waitFor(".verdict", { text: "Already scanned" });
    h = kinds(db, product.gtin, "E2S0001");
    assert.deepEqual(h.events.map((e) => e.kind), ["receive"], "a double read records nothing: not a clone sent to quarantine");
    assert.equal(h.unit.status, "in_stock");

    // Later, after another scan, the same code is asked about; "the same pack" records nothing.
    await typeInto(app, "input[aria-label='Scan a pack']", pack("E2S0002", "270105", "SCAN-EARLY"), { submit: true });
    await app.waitFor(".verdict", { text: "SN E2S0002" });
    await typeInto(app, "input[aria-label='Scan a pack']", pack("E2S0001"), { submit: true });
    await app.waitFor(".verdict", { text: "The same pack again, or a second pack with the same code?" });
    await (await app.waitFor(".verdict button", { text: "The same pack" })).click();
    await app.waitFor(".verdict", { text: "nothing recorded" });
    assert.deepEqual(kinds(db, product.gtin, "E2S0001").events.map((e) => e.kind), ["receive"], "the same pack is not received twice");

    // Signed out and in again: the workstation's location is remembered, not asked again.
    await (await app.waitFor(".switch-user")).click();
    await app.waitFor("#sign-in-title", { text: "Who is signing in?" });
    await signIn(app, "amira");
    await app.waitFor(".who", { text: "Amira Haddad" });
    await go(app, "Scan");
    await app.waitFor("input[aria-label='Scan a pack']");
    assert.equal((await app.findAll("form[aria-label='Workstation location']")).length, 0, "not asked again on this workstation");
    assert.equal(await valueOf(app, "select[aria-label='Location']"), "MAIN", "remembered across sign-out and sign-in");

    // Movements pharmacy staff may not make are greyed, with why.
    const release = await app.waitFor("label.segment", { text: "Release" });
    assert.equal(await app.execute("return arguments[0].hasAttribute('data-disabled');", [{ [ELEMENT]: release.id }]), true, "staff may not release");
    await app.waitFor(".movements-refused", { text: "Release" });

    // A dispense out of first-expiry order asks before recording; scanning the pack again confirms.
    await typeSlowly(app, "input[aria-label='Document']", "PO-X");
    await (await app.waitFor("label.segment", { text: "Dispense" })).click();
    await app.waitFor("label.segment[data-selected]", { text: "Dispense" });
    assert.equal(await valueOf(app, "input[aria-label='Document']"), "", "changing the movement clears the document");
    await typeInto(app, "input[aria-label='Document']", "RX-SCAN-1");
    await typeInto(app, "input[aria-label='Scan a pack']", pack("E2S0001"), { submit: true });
    const asked = await app.waitFor(".verdict.ask", { text: "An earlier-expiring pack of this product is at MAIN" });
    assert.match(await asked.text(), /lot \S+, expiry \d{4}-\d{2}-\d{2}/, "names the earlier pack's lot and expiry");
    assert.deepEqual(kinds(db, product.gtin, "E2S0001").events.map((e) => e.kind), ["receive"], "nothing is recorded before the answer");
    await app.screenshot(join(SHOTS, "scan-fefo-ask.png"));
    await typeInto(app, "input[aria-label='Scan a pack']", pack("E2S0001"), { submit: true });
    await app.waitFor(".verdict", { text: "operator's choice" });
    h = kinds(db, product.gtin, "E2S0001");
    assert.deepEqual(h.events.map((e) => e.kind), ["receive", "dispense"], "confirmed by scanning it again, it is dispensed");
    assert.match(h.events[1].reason ?? "", /operator's choice/, "the ledger keeps that the operator chose this pack");
    assert.equal(h.events[1].reference, "RX-SCAN-1");

    // At 1024×700 the movement buttons stay one row and nothing scrolls sideways.
    let l = await layout(app);
    assert.equal(l.sideways, false, `no sideways scrolling at ${l.width} px`);
    assert.equal(l.rows, 1, "the movement buttons are one row");
    await resize(app, 1024, 700);
    l = await layout(app);
    assert.equal(l.sideways, false, `no sideways scrolling at ${l.width} px`);
    assert.equal(l.rows, 1, "the movement buttons stay one row at 1024 px");
    await app.screenshot(join(SHOTS, "scan-1024.png"));
  });
});

test("a scan on a list, a password auto-typed, and a release from the quarantine cabinet", { timeout: 300_000 }, async () => {
  const { dir, db } = demoDatabase();
  const stock = JSON.parse(custody(db, "--as", "admin", "--json", "stock", "--limit", "200"));
  const product = stock.find((r) => r.tracking === "serial");
  assert.ok(product, "the demo has a serialized product");
  const pack = (serial) => `]d201${product.gtin}1728123110FIX-LOT${GS}21${serial}`;
  const SECRET = "Correct-Horse-Battery-9";

  await withApp(["--db", db], dir, async (app) => {
    await app.waitFor("#sign-in-title", { text: "Who is signing in?" });
    await app.execute("window.localStorage.clear();");
    await signIn(app, "admin");
    await app.waitFor("#home-title", { text: "Needs attention" });
    await go(app, "Scan");
    await choose(app, "select[aria-label='Workstation location']", "MAIN");
    await (await app.waitFor("form[aria-label='Workstation location'] button", { text: "Use this location" })).click();

    // The supplier picked, and the focus left on its list: the scanner's keys still make a scan.
    await choose(app, "select[aria-label='Partner']", "NORTHMED");
    await focusOn(app, "select[aria-label='Partner']");
    await scanAtFocus(app, pack("E2F0001"));
    await app.waitFor(".verdict", { text: "SN E2F0001" });
    assert.equal(await valueOf(app, "select[aria-label='Partner']"), "NORTHMED", "the scan's characters did not pick another supplier");
    assert.deepEqual(kinds(db, product.gtin, "E2F0001").events.map((e) => e.kind), ["receive"], "the pack scanned on the list was received");

    // Quarantined with no destination: it goes to the quarantine cabinet.
    await (await app.waitFor("label.segment", { text: "Quarantine" })).click();
    await app.waitFor("label.segment[data-selected]", { text: "Quarantine" });
    await typeInto(app, "input[aria-label='Reason']", "Dented box");
    await typeInto(app, "input[aria-label='Scan a pack']", pack("E2F0001"), { submit: true });
    await app.waitFor(".verdict", { text: "quarantined" });
    assert.equal(kinds(db, product.gtin, "E2F0001").unit.location, "QUAR", "held in the quarantine cabinet");

    // Release: a password manager auto-types into the signature field, as fast as a scanner.
    await (await app.waitFor("label.segment", { text: "Release" })).click();
    await app.waitFor("label.segment[data-selected]", { text: "Release" });
    await app.waitFor("select[aria-label='To location']");
    await typeInto(app, "input[aria-label='Signature password']", SECRET, { submit: true });
    await sleep(800);
    const page = await app.execute("return document.body.innerText;");
    assert.ok(!page.includes(SECRET), "the password is never shown on screen as a scan");
    assert.equal(await valueOf(app, "input[aria-label='Signature password']"), SECRET, "the password stays in its field");
    assert.equal(kinds(db, product.gtin, "E2F0001").events.length, 2, "nothing was recorded from the password");

    // With the real password and no destination chosen, the released pack comes back to MAIN.
    await choose(app, "input[aria-label='Signature password']", DEMO_PASSWORD);
    assert.equal(await valueOf(app, "select[aria-label='To location']"), "", "the destination is optional");
    await app.screenshot(join(SHOTS, "scan-release-to.png"));
    await typeInto(app, "input[aria-label='Scan a pack']", pack("E2F0001"), { submit: true });
    await app.waitFor(".verdict", { text: "released" });
    const h = kinds(db, product.gtin, "E2F0001");
    assert.deepEqual(h.events.map((e) => e.kind), ["receive", "quarantine", "release"]);
    assert.deepEqual([h.unit.status, h.unit.location], ["in_stock", "MAIN"], "released from the quarantine cabinet, the pack is usable here, not left in QUAR");
    await resize(app, 1024, 700);
    const l = await layout(app);
    assert.equal(l.sideways, false, `no sideways scrolling with "To" shown at ${l.width} px`);
    await app.screenshot(join(SHOTS, "scan-release-to-1024.png"));
  });
});
