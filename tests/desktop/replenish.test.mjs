// Replenishment in the real desktop app, on the demo data: the pick list made from the wards'
// shortages, its print preview, two lines picked by typing scans into the scan box as a wedge
// scanner types them (the transfer recorded, the ward's stock grown, a pack of another product
// refused, a product short at two wards refused until "Picking for" names the ward, then sent to
// that ward), progress kept after leaving the screen; then the supplier orders, saved as CSV. At
// 1280×800 and at 1024×700 nothing is wider than the window.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { custody, demoDatabase, go, ROOT, signIn, typeInto, withApp } from "./webdriver.mjs";

const SHOTS = join(ROOT, "target/e2e");
const GS = "\u001d";
const SCAN_BOX = "input[aria-label='Scan each pack you pick']";

/** The scanner's characters for a proposed serialized pack. */
function scanOf(gtin, pack) {
  const [y, m, d] = pack.expiry.split("-");
  return `]d201${gtin}17${y.slice(2)}${m}${d}10${pack.lot}${GS}21${pack.serial}`;
}

/** A GTIN-14 with its check digit: `body` is its first 13 digits. */
function gtin14(body) {
  const sum = [...body].reverse().reduce((n, d, i) => n + Number(d) * (i % 2 === 0 ? 3 : 1), 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

/** Chooses `ward` ("All wards" for any) in the "Picking for" choice, when it is shown (it is
 *  when more than one ward is still open on the list). */
async function pickFor(app, ward) {
  const segments = await app.findAll("[aria-label='Picking for'] .segment");
  for (const s of segments) {
    if ((await s.text()).trim() === ward) {
      await s.click();
      return true;
    }
  }
  return false;
}

/** What the command line says the ward holds of a product. */
function inStock(db, location, gtin) {
  const rows = JSON.parse(custody(db, "--as", "ben", "--json", "stock", "--location", location, "--product", gtin));
  return rows.reduce((n, r) => n + r.in_stock, 0);
}

/** Resizes the app's window (W3C Set Window Rect). */
async function resize(app, width, height) {
  await fetch(`${app.url}/window/rect`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ width, height }),
  });
}

/** Whether the page, or the screen's own scrolling panel, scrolls sideways (it must not, at
 *  either size). */
async function scrollsSideways(app) {
  return app.execute(
    "const wide = (e) => e && e.scrollWidth > e.clientWidth + 1; return wide(document.documentElement) || [...document.querySelectorAll('main, .settings, .replenish-panel')].some((e) => e.offsetParent !== null && wide(e));",
  );
}

test("a pick list is printed, picked by scanning, and the supplier orders saved as CSV", { timeout: 300_000 }, async () => {
  const { dir, db } = demoDatabase();
  await withApp(["--db", db], dir, async (app) => {
    await signIn(app, "ben");
    await app.waitFor("#home-title", { text: "Needs attention" });
    await go(app, "Replenish");
    await app.waitFor("#replenish-title", { text: "Replenish" });
    await (await app.waitFor("button", { text: "Make pick list" })).click();
    await app.waitFor(".pick-title", { text: "Pick list PICK-1" });
    await app.waitFor("table.pick-table tbody tr");

    // The list as stored (what was printed): two serialized lines with packs to take.
    const list = JSON.parse(custody(db, "--as", "ben", "--json", "replenish", "pick-list"));
    const lines = list.lines.filter((l) => l.tracking === "serial" && l.proposed.length > 0);
    assert.ok(lines.length >= 2, `the demo's wards are short of at least two things: ${list.lines.length} lines`);
    const shared = lines.find((l) => lines.some((o) => o.gtin === l.gtin && o.from_location === l.from_location && o.to_location !== l.to_location));
    assert.ok(shared, "the demo has a product short at two wards of one pharmacy");
    const first = lines.find((l) => l.gtin !== shared.gtin);
    const second = lines.find((l) => l.gtin !== shared.gtin && l.gtin !== first?.gtin);
    assert.ok(first && second, "two more lines, of other products, to pick");
    const before = [inStock(db, first.to_location, first.gtin), inStock(db, second.to_location, second.gtin)];

    await (await app.waitFor("button", { text: "Print preview" })).click();
    await app.waitFor("article.doc h2", { text: "Pick list PICK-1" });
    await app.waitFor("article.doc .doc-table h4", { text: "From MAIN" });
    await app.screenshot(join(SHOTS, "pick-list-preview.png"));
    await (await app.waitFor("button", { text: "Close the preview" })).click();

    // A product short at two wards supplied by the same pharmacy: with "All wards" its pack is
    // refused, naming the wards (never sent to one by guess); with the ward chosen it goes there.
    await typeInto(app, SCAN_BOX, scanOf(shared.gtin, shared.proposed[0]), { submit: true });
    await app.waitFor(".pick-answers .error", { text: "choose which ward you are picking for" });
    const refusal = await (await app.waitFor(".pick-answers .error")).text();
    const wards = lines.filter((l) => l.gtin === shared.gtin && l.from_location === shared.from_location).map((l) => l.to_location);
    for (const w of wards) assert.ok(refusal.includes(w), `the refusal names ${w}: ${refusal}`);
    const sharedBefore = inStock(db, shared.to_location, shared.gtin);
    assert.ok(await pickFor(app, shared.to_location), `"Picking for" offers ${shared.to_location}`);
    await app.screenshot(join(SHOTS, "pick-list-picking-for.png"));
    await typeInto(app, SCAN_BOX, scanOf(shared.gtin, shared.proposed[0]), { submit: true });
    await app.waitFor(".pick-answers .saved", { text: `Picked ${shared.product} for ${shared.to_location}: 1 of ${shared.wanted}` });
    assert.equal(inStock(db, shared.to_location, shared.gtin), sharedBefore + 1, "the pack went to the ward chosen");
    await pickFor(app, "All wards");

    // Two lines of other products, each for its own ward ("Picking for" set when the product
    // is on the list for more than one ward).
    await pickFor(app, first.to_location);
    await typeInto(app, SCAN_BOX, scanOf(first.gtin, first.proposed[0]), { submit: true });
    await app.waitFor(".pick-answers .saved", { text: `Picked ${first.product} for ${first.to_location}: 1 of ${first.wanted}` });
    await pickFor(app, second.to_location);
    await typeInto(app, SCAN_BOX, scanOf(second.gtin, second.proposed[0]), { submit: true });
    await app.waitFor(".pick-answers .saved", { text: `Picked ${second.product} for ${second.to_location}: 1 of ${second.wanted}` });
    await pickFor(app, "All wards");
    await app.screenshot(join(SHOTS, "pick-list.png"));

    // A pack of a product the list does not ask for (here one no master data knows) is refused,
    // and nothing moves: this check always runs.
    const onList = new Set(list.lines.map((l) => l.gtin));
    const stranger = gtin14("0950600099999");
    assert.ok(!onList.has(stranger), "the stranger's GTIN is not on the list");
    await typeInto(app, SCAN_BOX, `]d201${stranger}17301231${"10"}E2E${GS}21E2E-NOT-ON-LIST`, { submit: true });
    await app.waitFor(".pick-answers .error", { text: "is not on PICK-1" });

    assert.deepEqual(
      [inStock(db, first.to_location, first.gtin), inStock(db, second.to_location, second.gtin)],
      [before[0] + 1, before[1] + 1],
      "each ward holds one pack more of what was picked for it",
    );
    const history = JSON.parse(custody(db, "--as", "ben", "--json", "history", first.gtin, first.proposed[0].serial));
    const last = history.events.at(-1);
    assert.equal(last.kind, "transfer", "picking records a transfer");
    assert.equal(last.reference, "PICK-1", "under the pick list's reference");

    // The ward's stock, in the app.
    await go(app, "Stock");
    await typeInto(app, "input[aria-label='Search products']", first.gtin);
    await app.waitFor("[role=row]", { text: first.to_location });

    // Progress survives leaving the screen.
    await go(app, "Replenish");
    const row = await app.waitFor("table.pick-table tbody tr", { text: first.product });
    assert.match(await row.text(), new RegExp(`1 of ${first.wanted}`), "the picked line still counts its pack");

    await (await app.waitFor("[role=tab]", { text: "Supplier orders" })).click();
    await app.waitFor(".order-table tbody tr.total-row", { text: "Total" });
    assert.equal(await scrollsSideways(app), false, "no sideways scrolling at 1280×800");
    await app.screenshot(join(SHOTS, "supplier-order.png"));
    await (await app.waitFor("button", { text: "Save CSV" })).click();
    const saved = await app.waitFor(".saved", { text: "Saved Supplier orders" });
    const path = (await saved.text()).match(/to (\S+\.csv)/)?.[1];
    assert.ok(path && existsSync(path), `the CSV is written: ${await saved.text()}`);
    const csv = readFileSync(path, "utf8");
    assert.match(csv.split("\n")[0], /^Supplier,Location,Product,GTIN,Quantity,Unit price \(EUR\),Line total \(EUR\)/, "its columns, the supplier first, money in the site's currency (the demo's is the euro)");

    // Who supplies whom is master data, shown and changed in Settings.
    await go(app, "Settings");
    await (await app.waitFor("[role=tab]", { text: "Site and locations" })).click();
    const supply = await app.waitFor("select[aria-label='Supplied by, for ED']");
    assert.equal(await app.execute("return arguments[0].value;", [{ "element-6066-11e4-a52e-4f735466cecf": supply.id }]), "MAIN", "the demo's wards are supplied by the main pharmacy");
    assert.equal((await app.findAll("select[aria-label='Supplied by, for QUAR']")).length, 0, "a quarantine is supplied by nobody: nothing is offered");
    await go(app, "Replenish");
    await (await app.waitFor("[role=tab]", { text: "Supplier orders" })).click();

    await resize(app, 1024, 700);
    await app.waitFor(".order-table tbody tr.total-row", { text: "Total" });
    assert.equal(await scrollsSideways(app), false, "no sideways scrolling at 1024×700");
    await app.screenshot(join(SHOTS, "supplier-order-1024.png"));
    await (await app.waitFor("[role=tab]", { text: "Pick list" })).click();
    await app.waitFor("table.pick-table tbody tr");
    assert.equal(await scrollsSideways(app), false, "the pick list fits at 1024×700");
    await app.screenshot(join(SHOTS, "pick-list-1024.png"));

    // The two new master-data columns in Settings fit too.
    await go(app, "Settings");
    await (await app.waitFor("[role=tab]", { text: "Site and locations" })).click();
    await app.waitFor("select[aria-label='Supplied by, for ED']");
    assert.equal(await scrollsSideways(app), false, "the locations with their supplying location fit at 1024×700");
    await (await app.waitFor("[role=tab]", { text: "Products and rules" })).click();
    await app.waitFor("table[aria-label='Product list'] select[aria-label^='Usual supplier of']");
    assert.equal(await scrollsSideways(app), false, "the products with their usual supplier fit at 1024×700");
    await app.screenshot(join(SHOTS, "settings-products-1024.png"));
  });
});
