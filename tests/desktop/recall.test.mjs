// A recall step by step in the real desktop app, on the demo data, as a QA officer does it: the
// product found by name (its GTIN shown back), the hold previewed — "this will quarantine N packs
// at M locations and block K more" — and confirmed, a pack ticked by scanning it as it is pulled
// (and one not in the recall refused), a whole location recorded, and the notice printed: the
// webview prints the full rendering of the report (window.print is stubbed: under WebDriver it
// cannot open a dialog), with the PDF still saved beside it. No outcome is chosen for the person:
// a scan before choosing records nothing, and "everything open" says its count before recording.
// Then the same screens at 1024×700, with nothing wider than the window, and a half-entered new
// recall kept when another recall or screen is opened.
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { custody, DEMO_PASSWORD, demoDatabase, go, ROOT, signIn, typeInto, withApp } from "./webdriver.mjs";

const GS = "\u001d";
const SHOTS = join(ROOT, "target/e2e");
const NUMBER = "RCL-E2E-7";

/** The serialized product in stock at the most locations, with its stock per location. */
function spreadProduct(db) {
  const stock = JSON.parse(custody(db, "--as", "admin", "--json", "stock", "--limit", "2000"));
  const by = new Map();
  for (const r of stock.filter((r) => r.tracking === "serial" && r.in_stock > 0)) {
    const p = by.get(r.gtin) ?? { gtin: r.gtin, product: r.product, locations: new Map() };
    p.locations.set(r.location, r.in_stock);
    by.set(r.gtin, p);
  }
  const best = [...by.values()].sort((a, b) => b.locations.size - a.locations.size)[0];
  assert.ok(best && best.locations.size >= 2, "the demo has a serialized product in stock at two locations or more");
  return best;
}

/** A pack as a scanner sends it: GTIN, lot, then serial (GS after the variable-length lot). */
const scanOf = (u) => `]d201${u.gtin}10${u.lot}${GS}21${u.serial}`;

/** Whether the page is wider than the window (a horizontal scroll bar). */
const overflows = (app) =>
  app.execute("const e = document.scrollingElement; return [e.scrollWidth, e.clientWidth, [...document.querySelectorAll('.recall-main, .view')].map((v) => v.scrollWidth - v.clientWidth)];");

/** Chooses an option of a select as a person does (the change event React listens to). */
async function choose(app, selector, value) {
  const select = await app.waitFor(selector);
  await app.execute(
    `const s = arguments[0]; s.value = arguments[1]; s.dispatchEvent(new Event("change", { bubbles: true }));`,
    [{ "element-6066-11e4-a52e-4f735466cecf": select.id }, value],
  );
}

async function resize(app, width, height) {
  const r = await fetch(`${app.url}/window/rect`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ width, height }),
  });
  assert.ok(r.ok, `the window is resized to ${width}×${height}`);
}

async function assertNoSidewaysScroll(app, where) {
  const [scroll, client, views] = await overflows(app);
  assert.ok(scroll <= client, `${where}: the page is ${scroll} px wide in a ${client} px window`);
  for (const extra of views) assert.ok(extra <= 1, `${where}: a recall panel scrolls sideways by ${extra} px`);
}

test("a recall step by step: previewed, confirmed, packs ticked by scan, a location recorded, the notice printed whole", { timeout: 300_000 }, async () => {
  const { dir, db } = demoDatabase();
  const product = spreadProduct(db);
  const inStock = [...product.locations.values()].reduce((a, b) => a + b, 0);
  const firstWord = product.product.split(" ")[0];

  await withApp(["--db", db], dir, async (app) => {
    await signIn(app, "chloe");
    await app.waitFor("#home-title", { text: "Needs attention" });
    await go(app, "Recalls");
    await (await app.waitFor(".view-header button", { text: "New recall" })).click();

    // 1. The product, searched by name; its GTIN is shown back beside the name.
    await typeInto(app, "input[aria-label='Search product']", firstWord);
    await (await app.waitFor(".pick-list button", { text: product.gtin })).click();
    const chosen = await app.waitFor(".chosen", { text: product.gtin });
    assert.match(await chosen.text(), new RegExp(`${product.product.replace(/[()]/g, ".")}\\s+GTIN ${product.gtin}`), "name and GTIN together");
    await (await app.waitFor(".new-recall button", { text: "Next: What is recalled" })).click();
    // 2. Every lot (the default), 3. the details.
    await app.waitFor(".new-recall .segment[data-selected]", { text: "Every lot" });
    await (await app.waitFor(".new-recall button", { text: "Next: Details" })).click();
    await typeInto(app, "input[aria-label='Recall number']", NUMBER);
    await typeInto(app, "textarea[aria-label='Reason']", "Particles found in retained samples");
    await (await app.waitFor(".new-recall button", { text: "Next: Preview and confirm" })).click();

    // 4. The preview, before anything is written: what the stock list says is in stock.
    const sentence = await app.waitFor(".preview-sentence", { text: "This will quarantine" });
    const m = (await sentence.text()).match(/quarantine (\d+) pack\(s\) at (\d+) location\(s\) and block (\d+) more/);
    assert.ok(m, await sentence.text());
    const [n, locations, blocked] = m.slice(1).map(Number);
    assert.equal(n, inStock, "every pack of the product in stock is to be quarantined");
    assert.equal(locations, product.locations.size, "at every location holding it");
    assert.equal(JSON.parse(custody(db, "--as", "admin", "--json", "recall", "list")).length, 0, "the preview wrote nothing");
    await app.screenshot(join(SHOTS, "recall-preview.png"));
    await (await app.waitFor(".new-recall button", { text: "Confirm: enter the recall" })).click();
    await app.waitFor(".reach", { text: NUMBER });
    await app.waitFor(".outcomes select[aria-label='Outcome']");
    await app.screenshot(join(SHOTS, "recall-reach-entered.png"));

    // The hold did what the preview said.
    const reach = () => JSON.parse(custody(db, "--as", "admin", "--json", "recall", "reach", NUMBER));
    const after = reach();
    const held = after.units.filter((u) => u.status === "quarantined" && u.since.startsWith(after.recall.created_at.slice(0, 10)));
    assert.equal(after.units.length - n, blocked, "the packs it did not hold are the K it said it would block");
    assert.ok(held.length >= n, "the packs previewed are quarantined");

    // Pack by pack. No outcome is chosen for the person, and "not found" is no choice for a pack
    // in their hand: a scan before the outcome is chosen records nothing and says what is missing.
    const box = "input[aria-label='Scan each pack as it is pulled']";
    const pulled = after.units.find((u) => u.open && u.location && u.lot);
    assert.equal(await app.execute("return document.querySelector(\".outcomes select[aria-label='Outcome']\").value;"), "", "no outcome is preselected");
    const offered = await app.execute("return [...document.querySelectorAll(\".outcomes select[aria-label='Outcome'] option\")].map((o) => o.value);");
    assert.ok(!offered.includes("not_found"), `a scanned pack is never "not found": ${offered}`);
    await typeInto(app, box, scanOf(pulled), { submit: true });
    await app.waitFor(".ticks .tick.bad", { text: "Choose the outcome first" });
    await app.execute("document.querySelector('.outcomes').scrollIntoView();");
    await app.screenshot(join(SHOTS, "recall-scan-choose-outcome.png"));
    assert.equal(reach().units.find((u) => u.serial === pulled.serial).open, true, "a scan with no outcome chosen recorded nothing");
    // Destroyed, signed: the password first, then each pack scanned as it is pulled is ticked.
    await choose(app, ".outcomes select[aria-label='Outcome']", "destroyed");
    await typeInto(app, ".outcomes input[aria-label='Signature password']", DEMO_PASSWORD);
    await typeInto(app, box, scanOf(pulled), { submit: true });
    await app.waitFor(".ticks .tick.ok", { text: pulled.serial });
    // A pack that is not in the recall is refused, saying so; nothing is recorded.
    await typeInto(app, box, scanOf({ ...pulled, serial: "NOTRECALLED01" }), { submit: true });
    const refused = await app.waitFor(".ticks .tick.bad", { text: "NOTRECALLED01" });
    assert.match(await refused.text(), new RegExp(`Not in recall ${NUMBER}`));
    const ticked = reach().units.find((u) => u.serial === pulled.serial);
    assert.deepEqual([ticked.status, ticked.outcome, ticked.open], ["destroyed", "destroyed", false], "the scanned pack is destroyed, never made missing");

    // Everything open says how many it will record before anything is recorded.
    const heldOpen = reach().units.filter((u) => u.open && u.location).length;
    await (await app.waitFor(".outcomes .segment", { text: "Everything open" })).click();
    await (await app.waitFor(".outcomes button", { text: "Record for every open item" })).click();
    await app.waitFor(".outcomes [aria-label=Confirm]", { text: `for ${heldOpen} pack(s)` });
    await app.screenshot(join(SHOTS, "recall-everything-open-confirm.png"));
    await (await app.waitFor(".outcomes [aria-label=Confirm] button", { text: "Cancel" })).click();
    assert.equal(reach().units.filter((u) => u.open && u.location).length, heldOpen, "cancelled: nothing recorded");

    // A whole location: every open pack held there, noted before so the check can fail.
    const open = reach().units.filter((u) => u.open && u.location && u.location !== pulled.location);
    const other = open[0]?.location;
    assert.ok(other, "another location still holds open packs");
    const atOther = open.filter((u) => u.location === other).map((u) => u.serial);
    assert.ok(atOther.length >= 1, `packs held at ${other} before`);
    await (await app.waitFor(".outcomes .segment", { text: "A whole location" })).click();
    await choose(app, ".outcomes select[aria-label='Location']", other);
    await (await app.waitFor(".outcomes button", { text: `Record for ${other}` })).click();
    await app.waitFor(".outcomes [role=status]", { text: "Recorded for" });
    const now = reach();
    for (const serial of atOther) {
      const u = now.units.find((x) => x.serial === serial);
      assert.deepEqual([u.status, u.open], ["destroyed", false], `${serial}, held at ${other}, is destroyed and no longer open`);
    }
    await app.screenshot(join(SHOTS, "recall-outcomes.png"));

    // The notice: on screen, then printed whole by the webview; the PDF is still saved.
    await (await app.waitFor(".reach button", { text: "Recall notice" })).click();
    await app.waitFor(".notice .doc", { text: `Recall notice ${NUMBER}` });
    await app.execute("window.__prints = 0; window.print = () => { window.__prints += 1; };");
    await (await app.waitFor(".notice button", { text: "Print" })).click();
    await app.waitFor(".print-root");
    const printed = await app.execute("return [window.__prints, document.querySelectorAll('.print-root tbody tr').length, document.querySelectorAll('.print-root .print-section').length];");
    const csv = join(dir, "notice.csv");
    custody(db, "--as", "admin", "report", "recall-notice", NUMBER, "--out", csv);
    const { readFileSync } = await import("node:fs");
    const rows = readFileSync(csv, "utf8").trim().split("\n").length - 1;
    assert.equal(printed[0], 1, "Print asks the webview to print once");
    assert.equal(printed[1], rows, "the printed rendering has every row of the report, as its CSV does");
    assert.ok(printed[2] >= 3, "sections, each starting a page on paper");
    const media = await app.execute(
      "return [...document.styleSheets].flatMap((s) => [...s.cssRules]).some((r) => r.media && r.media.mediaText === 'print' && r.cssText.includes('.print-root'));",
    );
    assert.ok(media, "a print stylesheet shows only the document on paper");
    await app.screenshot(join(SHOTS, "recall-notice-screen.png"));
    await (await app.waitFor(".notice button", { text: "Save PDF" })).click();
    await app.waitFor(".notice .saved", { text: `recall-notice-${NUMBER}.pdf` });

    // At 1024×700: the recall, its outcomes and a new recall's steps, nothing wider than the window.
    await resize(app, 1024, 700);
    await app.waitFor(".notice .doc", { text: `Recall notice ${NUMBER}` });
    await assertNoSidewaysScroll(app, "the notice");
    const docExtra = await app.execute("const d = document.querySelector('.notice .doc'); return d.scrollWidth - d.clientWidth;");
    assert.ok(docExtra <= 1, `the notice's tables fit its page at 1024 px (${docExtra} px too wide)`);
    await app.screenshot(join(SHOTS, "recall-notice-1024.png"));
    await app.execute("const t = [...document.querySelectorAll('.notice .doc-table')].find((t) => t.textContent.includes('to pull')); const m = document.querySelector('.recall-main'); m.scrollTop = t.getBoundingClientRect().top - m.getBoundingClientRect().top + m.scrollTop - 8;");
    await new Promise((r) => setTimeout(r, 400));
    await app.screenshot(join(SHOTS, "recall-notice-table-1024.png"));
    await (await app.waitFor(".notice button", { text: "Back to the recall" })).click();
    await app.waitFor(".reach-figures");
    await app.waitFor("[aria-label='Affected packs'] [role=row] [role=cell]");
    await assertNoSidewaysScroll(app, "the reach");
    await app.screenshot(join(SHOTS, "recall-reach-1024.png"));
    // Serials are never cut off: each serial cell shows its whole serial, wrapped if need be.
    await app.execute("document.querySelector('.reach-packs').scrollIntoView();");
    const cut = await app.execute(
      "return [...document.querySelectorAll('.reach-packs .serial')].filter((e) => e.scrollWidth > e.clientWidth + 1 || e.parentElement.scrollHeight > e.parentElement.clientHeight + 1).map((e) => e.textContent);",
    );
    assert.deepEqual(cut, [], "no serial is cut off in the packs table at 1024 px");
    await app.screenshot(join(SHOTS, "recall-packs-1024.png"));
    await (await app.waitFor(".view-header button", { text: "New recall" })).click();
    await typeInto(app, "input[aria-label='Search product']", firstWord);
    await (await app.waitFor(".pick-list button", { text: product.gtin })).click();
    await assertNoSidewaysScroll(app, "a new recall's product step");
    await (await app.waitFor(".new-recall button", { text: "Next: What is recalled" })).click();
    await (await app.waitFor(".new-recall .segment", { text: "Some lots" })).click();
    await app.waitFor(".lot-choices .check");
    await assertNoSidewaysScroll(app, "the scope step");
    await app.screenshot(join(SHOTS, "recall-scope-1024.png"));

    // A half-entered new recall is never thrown away: opening a recall from the list, or another
    // screen, keeps it, and it is offered again where it was left.
    await (await app.waitFor(".recall-list button", { text: NUMBER })).click();
    await (await app.waitFor(".view-header button", { text: "Continue the new recall" })).click();
    await app.waitFor(".new-recall .segment[data-selected]", { text: "Some lots" });
    await go(app, "Home");
    await app.waitFor("#home-title", { text: "Needs attention" });
    await go(app, "Recalls");
    await app.waitFor(".new-recall .chosen", { text: product.gtin });
    await app.waitFor(".new-recall .segment[data-selected]", { text: "Some lots" });
  });
});
