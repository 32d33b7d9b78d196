// Counts you can come back to, in the real desktop app on the demo data: a staff member starts a
// count on a shelf set up for it and scans two packs, leaves the screen and signs out; a manager
// finds the count in the list, and (after the app is restarted on the same database) resumes it,
// scans an expired pack and a recalled one (counted, "set it aside"; the recalled one's scan
// landing in the lot's "How many?" is taken as a scan), gives a lot's quantity and corrects it,
// finishes and applies it signed (Abandon no longer offered); another count is abandoned with a
// reason. The list is checked at 1280×800 and at
// 1024×700 (no horizontal scrolling).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { test } from "node:test";
import { CLI, custody, demoDatabase, DEMO_PASSWORD, go, NOW, ROOT, signIn, typeInto, withApp } from "./webdriver.mjs";

const GS = "\u001d";
const SHOTS = join(ROOT, "target/e2e");
const SHELF = "E2E-SHELF";

/** Receives scans (one per line) at the shelf with the CLI, as a delivery would arrive. */
function receive(db, partner, scans, extra = []) {
  return execFileSync(CLI, ["--db", db, "--as", "admin", "receive", "--location", SHELF, "--partner", partner, "--reference", "PO-E2E-COUNT", ...extra], {
    env: { ...process.env, CUSTODY_NOW: NOW, CUSTODY_PASSWORD: DEMO_PASSWORD },
    input: scans.join("\n") + "\n",
    encoding: "utf8",
  });
}

/** The shelf: three packs of a serialized product (one expiring on 2026-11-25, before the app's
 * clock reaches the count), and 40 of a lot-tracked product's lot. */
function shelf(db) {
  custody(db, "--as", "admin", "location", "add", SHELF, "E2E count shelf", "--kind", "store");
  const partners = JSON.parse(custody(db, "--as", "admin", "--json", "partner", "list"));
  const supplier = partners.find((p) => p.kind === "supplier") ?? partners[0];
  const stock = JSON.parse(custody(db, "--as", "admin", "--json", "stock", "--limit", "200"));
  const serial = stock.find((r) => r.tracking === "serial");
  const lot = stock.find((r) => r.tracking === "lot");
  assert.ok(serial && lot, "the demo has a serialized and a lot-tracked product");
  // The expired pack is of its own lot (a lot has one expiry).
  const pack = (s, expiry = "281231") => `]d201${serial.gtin}17${expiry}10${expiry === "281231" ? "E2E-CNT" : "E2E-OLD"}${GS}21${s}`;
  receive(db, supplier.code, [pack("CNT-0001"), pack("CNT-0002"), pack("CNT-0003"), pack("CNT-OLD", "261125")]);
  const lotScan = `]d201${lot.gtin}1728123110E2E-LOT7`;
  receive(db, supplier.code, [lotScan], ["--quantity", "40"]);
  // QA recalls one of the packs: it is quarantined where it stands, on the shelf.
  custody(db, "--as", "chloe", "recall", "create", "--number", "R-E2E-7", "--class", "II", "--title", "One pack", "--reason", "Mislabelled", "--gtin", serial.gtin, "--serial", "CNT-0003");
  return { pack, lotScan };
}

/** Types a scan into the count's scan box as a wedge scanner does, ending with Enter. */
async function scanInto(app, raw) {
  await typeInto(app, "input[aria-label='Scan each pack once']", raw, { submit: true });
}

/** Starts a count at `code` from the Counts screen's start form. */
async function startCountAt(app, code) {
  const where = await app.waitFor("form[aria-label='Start a count'] select[aria-label='Location']");
  await app.waitFor("form[aria-label='Start a count'] option", { text: `(${code})` });
  // A select's value set as React sees a person's choice.
  await app.execute(
    "const s = arguments[0]; const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set;" +
      "setter.call(s, arguments[1]); s.dispatchEvent(new Event('change', { bubbles: true }));",
    [{ "element-6066-11e4-a52e-4f735466cecf": where.id }, code],
  );
  await (await app.waitFor("form[aria-label='Start a count'] button[type=submit]")).click();
  await app.waitFor("#counts-title", { text: `at ${code}` });
}

/** Whether the page scrolls sideways (it must not, at either window size). */
async function scrollsSideways(app) {
  return app.execute(
    "const views = [document.documentElement, ...document.querySelectorAll('.view, .pad, .count-body')];" +
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

test("a count survives leaving, signing out and a restart; it is resumed, flagged, applied; another is abandoned", { timeout: 420_000 }, async () => {
  const { dir, db } = demoDatabase();
  const { pack, lotScan } = shelf(db);

  // Amira (staff) starts a count on the shelf and scans two packs, then leaves and signs out.
  await withApp(["--db", db], dir, async (app) => {
    await signIn(app, "amira");
    await app.waitFor("#home-title", { text: "Needs attention" });
    await go(app, "Counts");
    await startCountAt(app, SHELF);
    await app.waitFor("#counts-title", { text: `at ${SHELF}` });
    await scanInto(app, pack("CNT-0001"));
    await app.waitFor(".count-progress", { text: "1 packs counted" });
    await scanInto(app, pack("CNT-0002"));
    await app.waitFor(".count-progress", { text: "2 packs counted" });
    await app.screenshot(join(SHOTS, "count-scanning.png"));
    await go(app, "Home");
    await app.waitFor("#home-title", { text: "Needs attention" });
    await (await app.waitFor(".switch-user")).click();
    await app.waitFor("#sign-in-title", { text: "Who is signing in?" });

    // Ben (manager) finds it in the list, as Amira left it.
    await signIn(app, "ben");
    await app.waitFor(".who", { text: "Ben Okafor" });
    await go(app, "Counts");
    const row = await app.waitFor("table[aria-label='Counts'] tbody tr", { text: SHELF });
    assert.match(await row.text(), /open/, "the count is still open");
    assert.match(await row.text(), /amira/, "it says who started it");
    assert.match(await row.text(), /2 of 4 packs/, "and how far it got, with what is expected (a manager may see it)");
  });

  // The app restarted on the same database: Ben resumes the count from the list.
  await withApp(["--db", db], dir, async (app) => {
    await signIn(app, "ben");
    await app.waitFor(".who", { text: "Ben Okafor" });
    await go(app, "Counts");
    const row = await app.waitFor("table[aria-label='Counts'] tbody tr", { text: SHELF });
    const id = (await row.text()).match(/COUNT-(\d+)/)[1];
    await (await app.waitFor(`button[aria-label='Resume COUNT-${id}']`)).click();
    await app.waitFor("#counts-title", { text: `COUNT-${id} at ${SHELF}` });

    // The expired pack is counted, and the person is told to set it aside.
    await scanInto(app, pack("CNT-OLD", "261125"));
    const flagged = await app.waitFor(".count-progress", { text: "set it aside" });
    assert.match(await flagged.text(), /Expired 2026-11-25: set it aside/, "the scan's answer says why, with the date");
    assert.match(await flagged.text(), /3 packs counted/, "and the pack is still counted: it is there");
    await app.screenshot(join(SHOTS, "count-set-aside.png"));

    // The lot asks how many, with the number field focused: typing and Enter counts them.
    await scanInto(app, lotScan);
    await app.waitFor("form[aria-label='Lot quantity']", { text: "how many?" });
    await app.screenshot(join(SHOTS, "count-how-many.png"));
    const focused = await app.execute("return document.activeElement && document.activeElement.getAttribute('aria-label');");
    assert.equal(focused, "How many?", "the quantity field has the focus, so the number goes there");

    // The next pack is scanned before the question is answered: the scanner's burst lands in
    // "How many?" and is taken as that pack's scan (the recalled one: counted, flagged), never
    // as a quantity; the lot waits to be scanned again.
    await typeInto(app, "input[aria-label='How many?']", pack("CNT-0003"), { submit: true });
    const recalled = await app.waitFor(".count-progress", { text: "4 packs counted" });
    assert.match(await recalled.text(), /Recalled \(R-E2E-7\): set it aside/, "the scan's answer names the recall");
    assert.equal(
      await app.execute("return document.querySelector(\"form[aria-label='Lot quantity']\") === null;"),
      true,
      "the question was dropped",
    );
    assert.equal(
      await app.execute("return document.querySelector(\"table[aria-label='Counted by lot']\") === null;"),
      true,
      "nothing of the code was counted as a quantity of the lot",
    );
    await app.waitFor("ol[aria-label='Scans']", { text: "not counted" });
    await scanInto(app, lotScan);
    await app.waitFor("form[aria-label='Lot quantity']", { text: "how many?" });
    await typeInto(app, "input[aria-label='How many?']", "38", { submit: true });
    await app.waitFor("table[aria-label='Counted by lot']", { text: "38" });
    // Recounted: the running total is corrected to 40.
    await (await app.waitFor("table[aria-label='Counted by lot'] button", { text: "Correct" })).click();
    const total = await app.waitFor("table[aria-label='Counted by lot'] input");
    await total.type("\uE003\uE00340", { submit: true });
    await app.waitFor("table[aria-label='Counted by lot'] td", { text: "40" });
    await app.waitFor(".count-progress", { text: "total corrected to 40" });
    await app.screenshot(join(SHOTS, "count-lot.png"));

    await (await app.waitFor("button", { text: "Finish and see the variance" })).click();
    await app.waitFor("#counts-title", { text: "variance" });
    await typeInto(app, "input[aria-label='Signature password']", "not the password");
    await (await app.waitFor("form[aria-label='Apply the count'] button[type=submit]")).click();
    const refused = await app.waitFor("form[aria-label='Apply the count'] .beside-button");
    assert.ok((await refused.text()).length > 0, "a refused Apply shows its reason beside the button");
    const password = await app.waitFor("input[aria-label='Signature password']");
    await app.execute("arguments[0].select();", [{ "element-6066-11e4-a52e-4f735466cecf": password.id }]);
    await password.type(DEMO_PASSWORD);
    await (await app.waitFor("form[aria-label='Apply the count'] button[type=submit]")).click();
    await app.waitFor(".saved", { text: "Applied:" });
    await app.waitFor("#counts-title", { text: "variance" });
    const offered = await app.execute(
      "return [...document.querySelectorAll('.header-actions button')].some((b) => b.textContent.trim() === 'Abandon');",
    );
    assert.equal(offered, false, "an applied count is not offered for abandoning (the api would refuse it)");

    // Three more counts on other locations: one abandoned with a reason, one finished (waiting
    // for a manager), one left open.
    await (await app.waitFor("button", { text: "Back to the counts" })).click();
    const codes = await app.execute(
      "return [...document.querySelectorAll(\"form[aria-label='Start a count'] option\")].map((o) => o.value);",
    );
    const [abandoned, finished, open] = codes.filter((c) => c !== SHELF);
    for (const code of [abandoned, finished, open]) {
      await startCountAt(app, code);
      if (code === finished) {
        await (await app.waitFor("button", { text: "Finish and see the variance" })).click();
        await app.waitFor("#counts-title", { text: "variance" });
      }
      await (await app.waitFor("button", { text: "Back to the counts" })).click();
    }
    // A second count where one is open is refused beside the Start button, offering the open one.
    const openRow = await app.waitFor("table[aria-label='Counts'] tbody tr", { text: open });
    const openId = (await openRow.text()).match(/COUNT-(\d+)/)[1];
    const where = await app.waitFor("form[aria-label='Start a count'] select[aria-label='Location']");
    await app.execute(
      "const s = arguments[0]; const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set;" +
        "setter.call(s, arguments[1]); s.dispatchEvent(new Event('change', { bubbles: true }));",
      [{ "element-6066-11e4-a52e-4f735466cecf": where.id }, open],
    );
    await (await app.waitFor("form[aria-label='Start a count'] button[type=submit]")).click();
    await app.waitFor("form[aria-label='Start a count'] .beside-button", { text: `Count ${openId} at ${open}` });
    await (await app.waitFor("form[aria-label='Start a count'] button", { text: `Resume COUNT-${openId}` })).click();
    await app.waitFor("#counts-title", { text: `COUNT-${openId} at ${open}` });
    await (await app.waitFor("button", { text: "Back to the counts" })).click();

    const gone = await app.waitFor("table[aria-label='Counts'] tbody tr", { text: abandoned });
    const other = (await gone.text()).match(/COUNT-(\d+)/)[1];
    await (await app.waitFor(`button[aria-label='Abandon COUNT-${other}']`)).click();
    await (await app.waitFor(".dialog button[type=submit]")).click();
    await app.waitFor(".dialog .react-aria-FieldError", { text: "Say why" });
    await typeInto(app, "input[aria-label='Why is it abandoned?']", "Started on the wrong location");
    await (await app.waitFor(".dialog button[type=submit]")).click();
    await app.waitFor("table[aria-label='Counts'] tbody tr", { text: "Started on the wrong location" });
    const applied = await app.waitFor("table[aria-label='Counts'] tbody tr", { text: SHELF });
    assert.match(await applied.text(), /applied/, "the shelf's count is applied");

    assert.equal(await scrollsSideways(app), false, "no horizontal scrolling at 1280×800");
    await app.screenshot(join(SHOTS, "count-list.png"));

    // Amira (staff) sees the finished count's Apply greyed, with why.
    await (await app.waitFor(".switch-user")).click();
    await signIn(app, "amira");
    await app.waitFor(".who", { text: "Amira Haddad" });
    await go(app, "Counts");
    const waiting = await app.waitFor("table[aria-label='Counts'] tbody tr", { text: "finished" });
    const waitingId = (await waiting.text()).match(/COUNT-(\d+)/)[1];
    const apply = await app.waitFor(`button[aria-label='Apply COUNT-${waitingId}']`);
    assert.equal(await app.execute("return arguments[0].disabled;", [{ "element-6066-11e4-a52e-4f735466cecf": apply.id }]), true, "staff may not apply a count");
    assert.match(await waiting.text(), /Apply: a manager signs it/, "and the row says why");
    await app.screenshot(join(SHOTS, "count-list-staff.png"));
    await resize(app, 1024, 700);
    assert.equal(await scrollsSideways(app), false, "no horizontal scrolling at 1024×700");
    await app.screenshot(join(SHOTS, "count-list-1024.png"));
    await (await app.waitFor(`button[aria-label='Resume COUNT-${waitingId}']`)).click();
    await app.waitFor("#counts-title", { text: "variance" });
    assert.equal(await scrollsSideways(app), false, "the variance fits at 1024×700");
    await app.screenshot(join(SHOTS, "count-variance-1024.png"));
    await (await app.waitFor("button", { text: "Back to the counts" })).click();
    await (await app.waitFor(`button[aria-label='Resume COUNT-${openId}']`)).click();
    await app.waitFor("#counts-title", { text: `COUNT-${openId}` });
    assert.equal(await scrollsSideways(app), false, "the scanning screen fits at 1024×700");
    await app.screenshot(join(SHOTS, "count-scanning-1024.png"));
  });
});
