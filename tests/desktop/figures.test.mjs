// Every figure is a way in, and the figures agree (issue 19, item 4), in the real desktop app on
// the demo data: Home's figures say what they count and open the list they count; a tile opens
// the stock list narrowed to its stock, the narrowing visible and removable; the stock list's
// figures are the product detail's for the same place; a shortage row opens its product; an
// empty place says "Out of stock". Then, at 1024×700, every screen this item owns fits without
// scrolling sideways.
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { demoDatabase, go, ROOT, signIn, withApp } from "./webdriver.mjs";

const SHOTS = join(ROOT, "target/e2e");

/** The header and rows (as cell texts) of the list labelled `label`, as rendered. */
async function list(app, label) {
  return app.execute(
    `const t = document.querySelector('[role=table][aria-label="' + arguments[0] + '"]');
     if (!t) return null;
     const cells = (r, role) => [...r.querySelectorAll('[role=' + role + ']')].map((c) => c.innerText.trim());
     return { head: cells(t.querySelector('.row.head'), 'columnheader'),
              rows: [...t.querySelectorAll('.body [role=row]')].map((r) => cells(r, 'cell')) };`,
    [label],
  );
}

/** A rendered row as { header: text }. */
const named = (head, row) => Object.fromEntries(head.map((h, i) => [h.replace(/[▲▼]/g, "").trim().toLowerCase(), row[i]]));

/** The product panel's positions, by location: { location: { header: text } }. */
async function positions(app) {
  const table = await app.execute(
    `const t = document.querySelector('.product-panel table[aria-label=Positions]');
     if (!t) return null;
     return { head: [...t.querySelectorAll('th')].map((c) => c.innerText.trim()),
              rows: [...t.querySelectorAll('tbody tr')].map((r) => [...r.querySelectorAll('td')].map((c) => c.innerText.trim())) };`,
  );
  if (!table) return null;
  return Object.fromEntries(table.rows.map((r) => [r[0], named(table.head, r)]));
}

/** Waits until `probe` answers something truthy. */
async function until(probe, what, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const got = await probe();
    if (got) return got;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** The list's rows once loaded (a header and at least one row). */
const loaded = (app, label) => until(async () => {
  const l = await list(app, label);
  return l && l.rows.length > 0 ? l : null;
}, `rows in ${label}`);

/** Presses Home's figure or tile whose label contains `label`; answers its number. */
async function press(app, label) {
  await go(app, "Home");
  const el = await app.waitFor(".summary .figure, .tiles .tile", { text: label });
  const value = await until(async () => {
    const t = await el.text();
    return /\d/.test(t) ? t : null;
  }, `${label} counted`);
  await el.click();
  return Number(value.split("\n")[0].replace(/[^\d]/g, ""));
}

/** Opens the row at `index` of the stock list and checks the panel shows the same figures. */
async function sameAsDetail(app, index) {
  const l = await loaded(app, "Stock on hand");
  const row = named(l.head, l.rows[index]);
  await app.execute(`document.querySelectorAll('[role=table][aria-label="Stock on hand"] .body [role=row]')[arguments[0]].click();`, [index]);
  const at = await until(async () => {
    const p = await positions(app);
    return p && p[row.location] ? p : null;
  }, `the detail of ${row.product} at ${row.location}`);
  const d = at[row.location];
  assert.deepEqual(
    [d["in stock"], d.expired, d.quarantined],
    [row["in stock"], row.expired, row.quarantined.replace(/\s*\(.*\)$/, "")],
    `${row.product} at ${row.location}: the list and the detail agree on in stock, expired and quarantined`,
  );
  // The rule editor follows the row that was clicked.
  const ruleAt = await app.execute(`return document.querySelector('select[aria-label="Rule location"]')?.value ?? null;`);
  assert.equal(ruleAt, row.location, "the reorder rule shown is the clicked row's location");
  await fits(app, `${row.product}'s detail beside the stock list`);
  await (await app.waitFor("button[aria-label='Close product detail']")).click();
  return row;
}

/** Sizes the app's window (WebDriver's window rect; there is no window manager under Xvfb). */
async function setSize(app, width, height) {
  const r = await fetch(`${app.url}/window/rect`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ width, height }),
  });
  assert.ok(r.ok, `the window was resized: ${await r.text()}`);
}

/** Nothing scrolls sideways: the page, and no list or panel inside it. */
async function fits(app, screen) {
  const over = await app.execute(
    `const out = [];
     if (document.documentElement.scrollWidth > window.innerWidth) out.push('page ' + document.documentElement.scrollWidth + ' > ' + window.innerWidth);
     for (const el of document.querySelectorAll('.body, .product-panel, .report-main, .settings, .view, .sidebar, .tiles, .summary, .unit-detail')) {
       if (el.scrollWidth > el.clientWidth + 1) {
         // Name what sticks out, deepest first, so a failure says where to look.
         const edge = el.getBoundingClientRect().right;
         const wide = [...el.querySelectorAll('*')].filter((d) => d.getBoundingClientRect().right > edge + 1).slice(-2)
           .map((d) => d.tagName.toLowerCase() + '.' + String(d.className).replace(/ /g, '.') + ' "' + (d.innerText || '').slice(0, 30) + '"');
         out.push((el.className || el.tagName) + ' ' + el.scrollWidth + ' > ' + el.clientWidth + ': ' + wide.join(', '));
       }
     }
     return out;`,
  );
  assert.deepEqual(over, [], `${screen} at ${await app.execute("return window.innerWidth + 'x' + window.innerHeight;")} scrolls sideways`);
}

test("every figure is a way in, and the figures agree", { timeout: 300_000 }, async () => {
  const { dir, db } = demoDatabase();
  await withApp(["--db", db], dir, async (app) => {
    await signIn(app, "admin");
    await app.waitFor("#home-title", { text: "Needs attention" });
    const summary = await app.waitFor("nav[aria-label='Store summary']", { text: "Packs in stock" });
    const words = await summary.text();
    assert.match(words, /Products in stock/);
    assert.match(words, /Movements recorded today/);
    assert.doesNotMatch(words, /ledger events/i, "a ledger's size is not a pharmacist's figure");
    await app.waitFor(".tiles .tile", { text: "Packs in quarantine" });
    await new Promise((r) => setTimeout(r, 1000));
    await app.screenshot(join(SHOTS, "figures-home.png"));

    // Each tile opens the stock list narrowed to what it counted, and says so.
    for (const [tile, narrowed, column] of [
      ["Packs in quarantine", "Quarantined stock", "quarantined"],
      ["Suspect packs held", "Suspect packs", "quarantined"],
      ["Expired, still in stock", "Expired stock", "expired"],
    ]) {
      const counted = await press(app, tile);
      assert.ok(counted > 0, `the demo has ${tile.toLowerCase()}`);
      await app.waitFor(".narrowed", { text: narrowed });
      const l = await loaded(app, "Stock on hand");
      for (const r of l.rows) {
        const row = named(l.head, r);
        assert.ok(Number(row[column].replace(/\s*\(.*\)$/, "")) > 0, `${narrowed}: ${row.product} at ${row.location} holds some`);
        if (tile === "Suspect packs held") assert.match(row.quarantined, /suspect/, "the suspect packs are named in the row");
      }
      if (tile === "Expired, still in stock") {
        await app.screenshot(join(SHOTS, "figures-stock-expired.png"));
        await fits(app, "The stock list");
        // The list and the detail agree, row after row.
        for (const i of [0, 1, 2].filter((i) => i < l.rows.length)) await sameAsDetail(app, i);
        const red = await app.execute(`return getComputedStyle(document.querySelector('.expired-figure')).color;`);
        assert.equal(red, "rgb(179, 38, 30)", "expired stock is shown in red");
      }
      // The narrowing can be removed: then the whole list.
      await (await app.waitFor(".narrowed button", { text: "Show all stock" })).click();
      await until(async () => (await app.findAll(".narrowed")).length === 0, "the narrowing removed");
    }
    // The whole list agrees with the detail too.
    for (const i of [0, 3]) await sameAsDetail(app, i);

    // A top figure opens the list it counts.
    await press(app, "Packs in stock");
    await app.waitFor("#stock-title", { text: "Stock on hand" });
    assert.equal((await app.findAll(".narrowed")).length, 0, "packs in stock is the whole list");
    await press(app, "Movements recorded today");
    await app.waitFor(".report-pick.on", { text: "Audit extract" });
    const day = await app.execute("const d = new Date(); return [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'), String(d.getDate()).padStart(2, '0')].join('-');");
    await app.waitFor(".doc", { text: day });
    await press(app, "Expiring within 30 days");
    await app.waitFor("#expiry-title");
    const within = await until(() => app.execute(`return document.querySelector('select[aria-label=Within]')?.value ?? null;`), "the expiry window");
    assert.equal(within, "30", "the expiry list counts over the tile's 30 days");
    // …and without the stock already expired, as the tile counts: the narrowing says so.
    await app.waitFor(".narrowed", { text: "stock not yet expired" });

    // A shortage row opens its product; an empty place says "Out of stock".
    await go(app, "Shortages");
    const short = await loaded(app, "Shortages");
    const first = named(short.head, short.rows[0]);
    await app.execute(`document.querySelector('[role=table][aria-label="Shortages"] .body [role=row]').click();`);
    await app.waitFor(".product-panel h2", { text: first.product.slice(0, 20) });
    await until(async () => (await positions(app))?.[first.location], "the shortage's location in the detail");
    // Beside the product, the list keeps only what fits: no usable column.
    await until(async () => !(await list(app, "Shortages"))?.head.some((h) => /usable/i.test(h)), "the list narrowed beside the product");
    await app.screenshot(join(SHOTS, "figures-shortage-product.png"));
    await fits(app, "A shortage's product beside the list");
    await (await app.waitFor("button[aria-label='Close product detail']")).click();
    // Fewest usable first: the emptiest places at the top (once the list has its width back).
    await until(async () => (await list(app, "Shortages"))?.head.some((h) => /usable/i.test(h)), "the whole list's columns");
    const byUsable = `const b = [...document.querySelectorAll('[role=columnheader] button')].find((b) => b.textContent.includes('Usable'));
      if (!b) throw new Error('no Usable header in ' + [...document.querySelectorAll('[role=columnheader]')].map((h) => h.textContent).join('|'));
      b.click();`;
    await app.execute(byUsable);
    await new Promise((r) => setTimeout(r, 500));
    await app.execute(byUsable);
    const emptiest = await until(async () => {
      const l = await list(app, "Shortages");
      const r = l?.rows.map((x) => named(l.head, x)).find((x) => x["in stock"] === "Out of stock");
      return r ?? null;
    }, "an out-of-stock shortage");
    assert.equal(emptiest["in stock"], "Out of stock", "an empty place says so, not 0");
    await app.screenshot(join(SHOTS, "figures-shortages.png"));
    await go(app, "Stock");
    const search = (await app.findAll("input[type=search]"))[0];
    await search.type(emptiest.product);
    const out = await until(async () => {
      const l = await list(app, "Stock on hand");
      return l?.rows.map((x) => named(l.head, x)).find((x) => x.location === emptiest.location) ?? null;
    }, `${emptiest.product} at ${emptiest.location} in the stock list`);
    assert.equal(out["in stock"], "Out of stock", "the stock list lists the empty place with a rule, out of stock");
  });
});

test("at 1024×700 Home, Stock, a product, Shortages, Expiry, Unit history, Reports and Settings fit", { timeout: 300_000 }, async () => {
  const { dir, db } = demoDatabase();
  await withApp(["--db", db], dir, async (app) => {
    await setSize(app, 1024, 700);
    await signIn(app, "admin");
    await app.waitFor("#home-title", { text: "Needs attention" });
    await app.waitFor(".tiles .tile", { text: "Packs in quarantine" });
    const size = await app.execute("return [window.innerWidth, window.innerHeight];");
    assert.ok(size[0] <= 1024, `the window is at most 1024 wide (${size})`);
    await new Promise((r) => setTimeout(r, 800));
    await fits(app, "Home");
    await app.screenshot(join(SHOTS, "small-home.png"));

    await go(app, "Stock");
    await loaded(app, "Stock on hand");
    await fits(app, "Stock");
    await app.screenshot(join(SHOTS, "small-stock.png"));
    await app.execute(`document.querySelector('[role=table][aria-label="Stock on hand"] .body [role=row]').click();`);
    await app.waitFor(".product-panel table[aria-label=Positions] tbody tr");
    await new Promise((r) => setTimeout(r, 500));
    await fits(app, "A product's detail");
    await app.screenshot(join(SHOTS, "small-product.png"));

    for (const [screen, ready, shot] of [
      ["Shortages", () => loaded(app, "Shortages"), "small-shortages.png"],
      ["Expiry", () => loaded(app, "Expired and expiring stock"), "small-expiry.png"],
      ["Unit history", () => app.waitFor(".view"), "small-unit.png"],
      ["Reports", () => app.waitFor(".report-pick"), "small-reports.png"],
      ["Settings", () => app.waitFor("[role=tab]"), "small-settings.png"],
    ]) {
      await go(app, screen);
      await ready();
      await new Promise((r) => setTimeout(r, 500));
      await fits(app, screen);
      await app.screenshot(join(SHOTS, shot));
    }
    // A report previewed, and every tab of Settings.
    await go(app, "Reports");
    await (await app.waitFor(".report-pick", { text: "Stock on hand" })).click();
    await (await app.waitFor("button", { text: "Preview" })).click();
    await app.waitFor(".doc");
    await fits(app, "Reports with a preview");
    await app.screenshot(join(SHOTS, "small-reports-preview.png"));
    await go(app, "Settings");
    for (const tab of ["Scanner", "Site and locations", "Suppliers", "Products and rules", "Users", "Scanning and receipts"]) {
      await (await app.waitFor("[role=tab]", { text: tab })).click();
      await new Promise((r) => setTimeout(r, 400));
      await app.screenshot(join(SHOTS, `small-settings-${tab.split(" ")[0].toLowerCase()}.png`));
      await fits(app, `Settings, ${tab}`);
    }
  });
});
