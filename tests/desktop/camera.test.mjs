// The camera as a scanner, in the real desktop app. There is no camera under Xvfb: the test
// build's camera (feature fake-camera, CUSTODY_FAKE_CAMERA) films GS1 DataMatrix symbols on a
// moving, noisy carton through a canvas stream, and everything after the stream is the app's
// own — the video, the frames, the zxing WebAssembly reader in its worker, the taker, the scan
// screen's verdict and session. Two packs held up in turn are received once each (each is in
// view for dozens of frames), exactly as a scanner would have sent them; the Unit history screen
// reads a pack the same way; and the reader's frames per second at 720p are printed. Then the
// other two ways: a photo of a pack's certificate (report crate → PDF → raster), chosen on the
// Unit history screen, read in Rust and used only once the person says so; and a pack's printed
// lines typed by hand.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { custody, demoDatabase, go, ROOT, signIn, typeInto, withApp } from "./webdriver.mjs";

const GS = "\u001d";
const SHOTS = join(ROOT, "target/e2e");
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

async function choose(app, css, value) {
  const el = await app.waitFor(css);
  await app.execute(
    `const el = arguments[0];
     Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value").set.call(el, arguments[1]);
     el.dispatchEvent(new Event("change", { bubbles: true }));`,
    [{ [ELEMENT]: el.id }, value],
  );
}

const history = (db, gtin, serial) => JSON.parse(custody(db, "--as", "admin", "--json", "history", gtin, serial));

/** The camera view's reading speed, as it shows it. */
async function speed(app) {
  const el = await app.waitFor(".camera-speed");
  return app.execute("const d = arguments[0].dataset; return { fps: Number(d.fps), ms: Number(d.ms), grab: Number(d.grabMs), size: d.size, box: Number(d.box) };", [{ [ELEMENT]: el.id }]);
}

test("the camera reads packs as a scanner: each received once, and a pack's history found", { timeout: 300_000 }, async () => {
  const { dir, db } = demoDatabase();
  const stock = JSON.parse(custody(db, "--as", "admin", "--json", "stock", "--limit", "200"));
  const product = stock.find((r) => r.tracking === "serial");
  assert.ok(product, "the demo has a serialized product");
  const pack = (serial) => `01${product.gtin}1728123110CAM-LOT${GS}21${serial}`;
  process.env.CUSTODY_FAKE_CAMERA = [pack("CAM0001"), pack("CAM0002")].map((c) => c.replace(GS, "<GS>")).join("\n");

  await withApp(["--db", db], dir, async (app) => {
    await app.waitFor("#sign-in-title");
    await app.execute("window.localStorage.clear();");
    await signIn(app, "admin");
    await app.waitFor("#home-title");
    await go(app, "Scan");
    await choose(app, "select[aria-label='Workstation location']", "MAIN");
    await (await app.waitFor("form[aria-label='Workstation location'] button", { text: "Use this location" })).click();
    await choose(app, "select[aria-label='Partner']", "NORTHMED");
    await sleep(300);

    await (await app.waitFor(".scan-ways-buttons button", { text: "Camera" })).click();
    await app.waitFor(".camera-view video");
    await app.waitFor(".session", { text: "1 scan ·", timeout: 30_000 });
    await app.screenshot(join(SHOTS, "camera-scan.png"));
    await app.waitFor(".session", { text: "2 scans", timeout: 30_000 });
    const seen = await speed(app);
    console.log(`CAMERA reader: ${seen.fps} frames/s at ${seen.size}; its ${seen.box}×${seen.box} guide box copied in ${seen.grab} ms and read in ${seen.ms} ms`);
    // Both packs have left the view; the same pack held for seconds was taken once.
    await sleep(3000);
    await app.waitFor(".session", { text: "2 scans" });
    for (const serial of ["CAM0001", "CAM0002"]) {
      const h = history(db, product.gtin, serial);
      assert.deepEqual(h.events.map((e) => e.kind), ["receive"], `${serial} was received once`);
      assert.equal(h.events[0].raw_scan, `]d2${pack(serial)}`, "recorded as a scanner sends it: symbology identifier and GS kept");
    }
    await (await app.waitFor(".camera-view button", { text: "Close camera" })).click();
    assert.equal((await app.findAll(".camera-view")).length, 0, "the camera view closes");

    // The Unit history screen has the same camera: the first pack shown is looked up.
    await go(app, "Unit history");
    await (await app.waitFor(".scan-ways-buttons button", { text: "Camera" })).click();
    await app.waitFor(".unit-card", { text: "CAM0001", timeout: 30_000 });
    await (await app.waitFor(".camera-view button", { text: "Close camera" })).click();

    // A photo of the second pack's certificate, chosen as a file: its code is shown, and used
    // only when the person says so.
    const pdf = join(dir, "certificate.pdf");
    custody(db, "--as", "admin", "report", "chain-of-custody", product.gtin, "CAM0002", "--out", pdf);
    execFileSync("pdftoppm", ["-r", "150", "-png", "-singlefile", pdf, join(dir, "certificate")]);
    await (await app.waitFor(".scan-ways-buttons button", { text: "Photo" })).click();
    const input = await app.waitFor(".photo-scan input[type=file]");
    await input.type(join(dir, "certificate.png"));
    const use = await app.waitFor(".photo-scan button", { text: "Use this code", timeout: 30_000 });
    await app.waitFor(".photo-scan", { text: "CAM0002" });
    await app.screenshot(join(SHOTS, "photo-scan.png"));
    assert.ok(!(await (await app.waitFor(".unit-card")).text()).includes("CAM0002"), "nothing is looked up before the person uses the code");
    await use.click();
    await app.waitFor(".unit-card", { text: "CAM0002" });

    // The printed lines typed by hand, through the same decoder.
    await (await app.waitFor(".scan-ways-buttons button", { text: "Type the printed lines" })).click();
    await typeInto(app, "input[aria-label='PC / GTIN']", product.gtin);
    await typeInto(app, "input[aria-label='SN (serial number)']", "CAM0001");
    await typeInto(app, "input[aria-label='Batch / Lot']", "CAM-LOT");
    await typeInto(app, "input[aria-label='Exp (expiry)']", "2028-12-31");
    await app.screenshot(join(SHOTS, "hand-entry.png"));
    await (await app.waitFor(".hand-entry button", { text: "Check and use" })).click();
    await app.waitFor(".unit-card", { text: "CAM0001" });
  });
});
