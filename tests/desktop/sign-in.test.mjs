// The real desktop app asks who is there before showing anything, refuses a wrong password in
// plain words, lets the right one in, switches user on demand, and checks the whole ledger.
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { demoDatabase, ROOT, signIn, withApp } from "./webdriver.mjs";

test("the app asks who is signing in, refuses a wrong password and switches user", { timeout: 120_000 }, async () => {
  const { dir, db } = demoDatabase();
  await withApp(["--db", db], dir, async (app) => {
    await app.waitFor("#sign-in-title", { text: "Who is signing in?" });
    assert.equal((await app.findAll("#home-title")).length, 0, "nothing shown before signing in");
    await app.screenshot(join(ROOT, "target/e2e/sign-in.png"));

    await signIn(app, "amira", "not her password");
    await app.waitFor("#sign-in [role=alert]", { text: "Wrong username or password" });

    const pass = (await app.findAll("#sign-in input[name=password]"))[0];
    await pass.type("custody-demo", { submit: true });
    await app.waitFor(".who", { text: "Amira Haddad" });
    await app.waitFor("#home-title", { text: "Needs attention" });

    await (await app.waitFor(".switch-user")).click();
    await app.waitFor("#sign-in-title", { text: "Who is signing in?" });
    await signIn(app, "chloe");
    await app.waitFor(".who", { text: "Chloe Martin" });

    // The full ledger check, from the app.
    await (await app.waitFor(".ledger-check button")).click();
    await app.waitFor(".ledger-check [role=status]", { text: "Ledger intact" });
    await app.screenshot(join(ROOT, "target/e2e/ledger-check.png"));

    // A backup on demand, beside the one the app took at start, both verified files on disk.
    const backups = () => readdirSync(join(dir, "backups")).filter((f) => /^custody-\d{8}-\d{6}\.db$/.test(f));
    await (await app.waitFor(".backups button", { text: "Back up now" })).click();
    const deadline = Date.now() + 20_000;
    while (backups().length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    assert.equal(backups().length, 2, "the start-up backup and the one on demand");
    assert.equal((await app.findAll(".backups [role=alert]")).length, 0);
  });
});
