// The real app's session gate: before sign-in a command called straight through the IPC bridge
// (as a script in the window could) is refused "signed out", as is an operation of custody-api
// through the generic `call`, and the window's first answer holds the site's name but not the
// database's path or counts; after sign-in they answer.
import assert from "node:assert/strict";
import { test } from "node:test";
import { demoDatabase, signIn, withApp } from "./webdriver.mjs";

/** Calls a shell command from inside the window, as the UI does, and returns its answer. */
function invoke(app, command, args = {}) {
  return app.execute(
    "return window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1]).then((ok) => ({ ok }), (err) => ({ err }));",
    [command, args],
  );
}

test("before sign-in the shell answers only the sign-in screen", { timeout: 120_000 }, async () => {
  const { dir, db } = demoDatabase();
  await withApp(["--db", db], dir, async (app) => {
    await app.waitFor("#sign-in-title", { text: "Who is signing in?" });

    const stock = await invoke(app, "call", { op: "stock", request: { gtin: null, location: null, search: null, limit: 5, offset: 0 } });
    assert.equal(stock.err?.code, "session.signed_out", `stock is refused before sign-in: ${JSON.stringify(stock)}`);
    const users = await invoke(app, "call", { op: "users", request: null });
    assert.equal(users.err?.code, "session.signed_out", "the user list is refused before sign-in");
    const backup = await invoke(app, "backup_now");
    assert.equal(backup.err?.code, "session.signed_out", "the shell's own commands are gated too");
    const people = await invoke(app, "call", { op: "sign_in_users", request: null });
    assert.ok(Array.isArray(people.ok), `the sign-in screen's list is a public operation: ${JSON.stringify(people).slice(0, 200)}`);
    const settings = await invoke(app, "call", { op: "site_settings", request: null });
    assert.equal(settings.err?.code, "session.signed_out", `an api operation is refused before sign-in: ${JSON.stringify(settings)}`);
    assert.equal(settings.err?.args?.reason, "not_signed_in", "and says nobody has signed in");
    const unknown = await invoke(app, "call", { op: "no_such_operation", request: null });
    assert.equal(unknown.err?.code, "api.unknown_operation", "an unknown operation is named as such, not as a sign-out");

    const info = (await invoke(app, "app_info")).ok;
    assert.ok(info.site_name, "the sign-in screen has the site's name");
    assert.equal(info.database, null, "no database path before sign-in");
    assert.equal(info.backup_dir, null, "no backup folder before sign-in");
    assert.ok(!JSON.stringify(info).includes(db), "the path appears nowhere");

    await signIn(app, "amira");
    await app.waitFor(".who", { text: "Amira Haddad" });
    const after = (await invoke(app, "app_info")).ok;
    assert.equal(after.database, db, "whoever signed in sees the database");
    const page = await invoke(app, "call", { op: "stock", request: { gtin: null, location: null, search: null, limit: 5, offset: 0 } });
    assert.ok(Array.isArray(page.ok), `signed in, stock answers: ${JSON.stringify(page).slice(0, 200)}`);
    const rules = await invoke(app, "call", { op: "movement_rules", request: "destroy" });
    assert.equal(rules.ok?.signature, "performed", `signed in, the api answers: ${JSON.stringify(rules)}`);
  });
});
