// Master data and switching people in the real desktop app, on the demo data: a product added
// in Settings (its GTIN checked as typed), its name edited, and the list showing it; and after
// "Switch user" the next person starting on Home, not on the screen the last one left open.
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { demoDatabase, go, ROOT, signIn, typeInto, withApp } from "./webdriver.mjs";

const SHOTS = join(ROOT, "target/e2e");

/** `body` with its GS1 check digit appended. */
function withCheckDigit(body) {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  return body + String((10 - (sum % 10)) % 10);
}

/** Opens Settings on its Products tab. */
async function openProducts(app) {
  await go(app, "Settings");
  await (await app.waitFor("[role=tab]", { text: "Products and rules" })).click();
  await app.waitFor("table[aria-label='Product list'] tbody tr");
}

test("a product is added with its GTIN checked as typed, renamed, and listed", { timeout: 180_000 }, async () => {
  const { dir, db } = demoDatabase();
  const gtin = withCheckDigit("0950600099123");
  const wrong = gtin.slice(0, -1) + String((Number(gtin.at(-1)) + 1) % 10);
  await withApp(["--db", db], dir, async (app) => {
    await signIn(app, "admin");
    await app.waitFor("#home-title", { text: "Needs attention" });
    await openProducts(app);
    await (await app.waitFor("button", { text: "Add product" })).click();

    await typeInto(app, "form[aria-label='Add a product'] input[aria-label='GTIN']", wrong);
    await app.waitFor("form[aria-label='Add a product'] .react-aria-FieldError", { text: `check digit should be ${gtin.at(-1)}` });
    // Backspace, then the right digit: the complaint goes as the person types.
    await typeInto(app, "form[aria-label='Add a product'] input[aria-label='GTIN']", `\uE003${gtin.at(-1)}`);
    await typeInto(app, "form[aria-label='Add a product'] input[aria-label='Name']", "E2E syringes 10 mL");
    await (await app.waitFor("form[aria-label='Add a product'] .segment", { text: "By lot" })).click();
    await app.screenshot(join(SHOTS, "products-add.png"));
    const errors = await app.findAll("form[aria-label='Add a product'] .react-aria-FieldError");
    for (const e of errors) assert.equal(await e.text(), "", "a valid GTIN leaves nothing to complain about");
    await (await app.waitFor("form[aria-label='Add a product'] button[type=submit]")).click();
    await app.waitFor(".saved", { text: `Saved: ${gtin} E2E syringes 10 mL` });

    await typeInto(app, "input[aria-label='Search products']", "E2E");
    await (await app.waitFor("button[aria-label='Edit E2E syringes 10 mL']")).click();
    const gtinField = await app.waitFor("form[aria-label='Edit product'] input[aria-label='GTIN']");
    assert.equal(await app.execute("return arguments[0].disabled;", [{ "element-6066-11e4-a52e-4f735466cecf": gtinField.id }]), true, "the GTIN cannot be changed");
    await typeInto(app, "form[aria-label='Edit product'] input[aria-label='Name']", " Luer lock");
    await app.screenshot(join(SHOTS, "products-edit.png"));
    await (await app.waitFor("form[aria-label='Edit product'] button[type=submit]")).click();
    await app.waitFor(".saved", { text: `Saved: ${gtin} E2E syringes 10 mL Luer lock` });
    const row = await app.waitFor("table[aria-label='Product list'] tbody tr", { text: "E2E syringes 10 mL Luer lock" });
    assert.match(await row.text(), new RegExp(gtin), "the list shows the GTIN beside the new name");
    assert.match(await row.text(), /lot/, "and the tracking mode chosen");
    await app.screenshot(join(SHOTS, "products-list.png"));
  });
});

test("after Switch user the next person starts on Home", { timeout: 120_000 }, async () => {
  const { dir, db } = demoDatabase();
  await withApp(["--db", db], dir, async (app) => {
    await signIn(app, "admin");
    await app.waitFor("#home-title", { text: "Needs attention" });
    await go(app, "Settings");
    await app.waitFor("#settings-title", { text: "Settings" });
    await (await app.waitFor(".switch-user")).click();
    await app.waitFor("#sign-in-title", { text: "Who is signing in?" });
    await signIn(app, "amira");
    await app.waitFor(".who", { text: "Amira Haddad" });
    await app.waitFor("#home-title", { text: "Needs attention" });
    assert.equal((await app.findAll("#settings-title")).length, 0, "the administrator's Settings screen is not left open for Amira");
  });
});
