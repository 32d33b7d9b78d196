// The app in the person's language, in the real desktop app: the sign-in screen in the machine's
// language (French here), a refusal and a scan verdict in it, the language changed in Settings
// without a restart (Arabic, laid out right to left with Western digits), kept for the person
// across sign-out, and the pseudo-locale that shows where a longer language would be cut.
// Screenshots of Home and Scan in French and Arabic go to target/e2e (and docs/screenshots).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { custody, DEMO_PASSWORD, demoDatabase, ROOT, signIn, typeInto, withApp } from "./webdriver.mjs";

const GS = "\u001d";
const SHOTS = join(ROOT, "target/e2e");
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

/** The UI's catalogue of `lang` for `area`, so the test reads what a translator wrote. */
function words(lang, area) {
  return JSON.parse(readFileSync(join(ROOT, `ui/src/i18n/locales/${lang}/${area}.json`), "utf8"));
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

/** The document's language and direction. */
function documentLanguage(app) {
  return app.execute("return { lang: document.documentElement.lang, dir: document.documentElement.dir };");
}

/** Opens a screen by its place in the sidebar (the labels are translated). */
async function goTo(app, screen) {
  const order = ["home", "scan", "stock", "unit", "shortages", "expiry", "replenish", "counts", "recalls", "reports", "settings"];
  const buttons = await app.findAll(".sidebar .nav-item");
  await buttons[order.indexOf(screen)].click();
}

test("the app speaks French from the machine, Arabic by choice, and keeps the choice", { timeout: 300_000 }, async () => {
  const { dir, db } = demoDatabase();
  const stock = JSON.parse(custody(db, "--as", "admin", "--json", "stock", "--limit", "200"));
  const product = stock.find((r) => r.tracking === "serial");
  assert.ok(product, "the demo has a serialized product");
  const pack = (serial) => `]d201${product.gtin}1728123110LANG-LOT${GS}21${serial}`;
  const fr = { session: words("fr", "session"), home: words("fr", "home"), app: words("fr", "app"), scan: words("fr", "scan") };
  const ar = { home: words("ar", "home"), app: words("ar", "app"), scan: words("ar", "scan"), reports: words("ar", "reports") };
  // Fields are found by their names, which are in the screen's language too.
  const named = (lang, key) => `[aria-label="${lang.scan[key]}"]`;
  /** A screenshot once the window has painted what the test just waited for. */
  const shot = async (app, name) => {
    await sleep(700);
    await app.screenshot(join(SHOTS, name));
  };

  const machine = process.env.LANG;
  process.env.LANG = "fr_FR.UTF-8";
  try {
    await withApp(["--db", db], dir, async (app) => {
      // The sign-in screen speaks the machine's language, and so does its refusal.
      await app.waitFor("#sign-in-title", { text: fr.session["session.signIn.title"] });
      assert.deepEqual(await documentLanguage(app), { lang: "fr", dir: "ltr" });
      await signIn(app, "admin", "not-the-password");
      const refused = await app.waitFor("#sign-in [role=alert]");
      assert.match(await refused.text(), /mot de passe/i, "the refusal is in French");

      const pass = (await app.findAll("#sign-in input[name=password]"))[0];
      await pass.type(DEMO_PASSWORD, { submit: true });
      await app.waitFor("#home-title", { text: fr.home["home.title"] });
      await app.waitFor(".sidebar .nav-item", { text: fr.app["app.nav.scan"] });
      await shot(app, "home-fr.png");

      // A scan's verdict comes in French from the application layer.
      await goTo(app, "scan");
      await app.waitFor(`${named(fr, "scan.prompt.name")}, ${named(fr, "scan.field.label")}`);
      if ((await app.findAll(`select${named(fr, "scan.prompt.name")}`)).length > 0) {
        await choose(app, `select${named(fr, "scan.prompt.name")}`, "MAIN");
        await (await app.waitFor(`form${named(fr, "scan.prompt.name")} button`)).click();
      }
      await choose(app, `select${named(fr, "scan.partner.name")}`, "NORTHMED");
      await typeInto(app, `input${named(fr, "scan.field.label")}`, pack("LANG0001"), { submit: true });
      const verdict = await app.waitFor(".verdict", { text: "LANG0001" });
      assert.doesNotMatch(await verdict.text(), /\bAccepted\b|\bReceived\b/, "the verdict is not in English");
      await shot(app, "scan-fr.png");

      // Money in the site's currency (the demo's is the euro), written the French way.
      await goTo(app, "expiry");
      const value = await app.waitFor("[role=cell].num", { text: "€" });
      assert.match(await value.text(), /^\d[\d\s\u202f]*,\d\d\s?€$/, "euros written the French way");

      // Arabic, chosen in Settings: at once, right to left, digits as hospital labels print them.
      await goTo(app, "settings");
      await choose(app, ".language-menu select", "ar");
      await app.waitFor("#home-title, .sidebar .nav-item", { text: ar.app["app.nav.settings"] });
      assert.deepEqual(await documentLanguage(app), { lang: "ar-u-nu-latn", dir: "rtl" });
      await goTo(app, "home");
      await app.waitFor("#home-title", { text: ar.home["home.title"] });
      const digits = await app.execute("return document.body.innerText;");
      assert.doesNotMatch(digits, /[\u0660-\u0669]/, "Western digits, never Arabic-Indic ones");
      await shot(app, "home-ar.png");
      await goTo(app, "scan");
      await choose(app, `select${named(ar, "scan.partner.name")}`, "NORTHMED");
      await typeInto(app, `input${named(ar, "scan.field.label")}`, pack("LANG0002"), { submit: true });
      await app.waitFor(".verdict", { text: "LANG0002" });
      await shot(app, "scan-ar.png");

      // Arabic reports are printed from the preview, quarantine labels with their DataMatrix.
      await goTo(app, "reports");
      await (await app.waitFor(".report-pick", { text: ar.reports["reports.kind.quarantineLabels"] })).click();
      await (await app.waitFor(".filters button[type=submit]", { text: ar.reports["reports.preview"] })).click();
      await app.waitFor(".doc-labels svg.dm-symbol path");
      await shot(app, "labels-ar.png");

      // Signed out, the window speaks the machine's language again; signed in, the person's.
      await (await app.waitFor(".switch-user")).click();
      await app.waitFor("#sign-in-title", { text: fr.session["session.signIn.title"] });
      await signIn(app, "admin");
      await app.waitFor("#home-title", { text: ar.home["home.title"] });

      // The pseudo-locale: every word accented and longer, to see what would be cut.
      await goTo(app, "settings");
      await choose(app, ".language-menu select", "en-XA");
      // The sidebar is drawn again in the new language: only then is there a button to press.
      await app.waitFor(".sidebar .nav-item", { text: "[" });
      await goTo(app, "home");
      await app.waitFor("#home-title", { text: "[" });
      await shot(app, "home-pseudo.png");
      await goTo(app, "settings");
      await choose(app, ".language-menu select", "en");
      await app.waitFor(".sidebar .nav-item", { text: "Settings" });
    });
  } finally {
    if (machine === undefined) delete process.env.LANG;
    else process.env.LANG = machine;
  }
  const history = JSON.parse(custody(db, "--as", "admin", "--json", "history", product.gtin, "LANG0001"));
  assert.deepEqual(history.events.map((e) => e.kind), ["receive"], "the French scan was recorded once");
});
