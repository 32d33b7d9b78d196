// A small W3C WebDriver client over fetch, and a harness that runs the real Custody desktop app
// under tauri-driver (which drives WebKitWebDriver). No dependencies beyond Node.
import { spawn, execFileSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, writeFileSync, writeSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

export const ROOT = resolve(import.meta.dirname, "../..");
export const APP = process.env.CUSTODY_APP ?? join(ROOT, "target/debug/custody-app");
// The CLI built with the test clock (`make cli-test-clock`): only it honours CUSTODY_NOW.
export const CLI = process.env.CUSTODY_CLI ?? join(ROOT, "target/test-clock/debug/custody");
export const NOW = "2026-11-22T09:00:00+01:00";
const ENTER = "\uE007";

/** Runs the custody CLI on a database with the fixed clock. */
/** The demo users' password (custody_core::demo::DEMO_PASSWORD). */
export const DEMO_PASSWORD = "custody-demo";

export function custody(db, ...args) {
  return execFileSync(CLI, ["--db", db, ...args], {
    env: { ...process.env, CUSTODY_NOW: NOW, CUSTODY_PASSWORD: DEMO_PASSWORD },
    encoding: "utf8",
  });
}

/** A scratch directory with a small demo database. */
export function demoDatabase() {
  const dir = mkdtempSync(join(tmpdir(), "custody-e2e-"));
  const db = join(dir, "demo.db");
  custody(db, "demo", "--scale", "small");
  return { dir, db };
}

async function freePort() {
  const { createServer } = await import("node:net");
  return new Promise((res) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

// What WebKitWebDriver and tauri-driver write when they could not take their port (another
// process took it between `freePort` closing it and the driver binding it): the session never
// comes, or another program answers in the driver's place.
const PORT_LOST = ["Unable to listen for HTTP server", "can not listen to address"];
// What tauri-driver writes, in a loop, gigabytes a minute, when it can no longer accept a
// connection (seen after the above): a driver that has said it this often is stopped.
const ACCEPT_FAILED = "accept new stream fail";
const ACCEPT_FAILURES = 1_000;
// The most of the driver's output kept in tauri-driver.log for one start; the rest is dropped.
const LOG_LIMIT = 16 * 1024 * 1024;
// Drivers spawned for one start, and starts for one session: at most nine drivers, each
// logging at most `LOG_LIMIT`.
const ATTEMPTS = 3;

export class Driver {
  /** Starts tauri-driver, its log in `logDir`. The app keeps WebKit's compositing unless
   * `asShipped`: on a computer with no graphics device, such as one under Xvfb, the app
   * switches it off (src-tauri/src/rendering.rs), and WebKitWebDriver's screenshot of a page
   * drawn without it can wait for ever. The timings (speed.mjs) run the app as shipped, with
   * no WEBKIT_DISABLE_COMPOSITING_MODE of the caller's; they take no screenshot.
   * The driver's output goes to the log through `record`, which bounds it and stops a broken
   * driver (see `PORT_LOST` and `ACCEPT_FAILED`); a driver that does not start is spawned again
   * on other ports, three times in all. */
  static async start(logDir, options = {}) {
    for (let attempt = 1; ; attempt++) {
      const driver = await Driver.spawn(logDir, options);
      if (await driver.ready()) return driver;
      await driver.stop();
      if (attempt === ATTEMPTS) throw new Error("tauri-driver did not start; see tauri-driver.log");
    }
  }

  /** Runs tauri-driver on two free ports, its output through `record`. */
  static async spawn(logDir, { asShipped = false }) {
    const port = await freePort();
    const nativePort = await freePort();
    const log = openSync(join(logDir, "tauri-driver.log"), "a");
    const home = process.env.HOME ?? "/root";
    const { WEBKIT_DISABLE_COMPOSITING_MODE: _, ...rest } = process.env;
    const env = asShipped ? rest : { ...rest, WEBKIT_DISABLE_COMPOSITING_MODE: "0" };
    // Its own process group, so that `stop` can end what it leaves behind (WebKitWebDriver, the
    // app), which would otherwise hold the output's pipes open and keep this process alive.
    const proc = spawn(join(home, ".cargo/bin/tauri-driver"), ["--port", String(port), "--native-port", String(nativePort)], {
      stdio: ["ignore", "pipe", "pipe"],
      env,
      detached: true,
    });
    const driver = new Driver(proc, `http://127.0.0.1:${port}`, log);
    proc.stdout.on("data", (chunk) => driver.record(chunk));
    proc.stderr.on("data", (chunk) => driver.record(chunk));
    proc.once("exit", () => driver.exited());
    return driver;
  }

  /** Whether the driver answers within ten seconds (false as soon as it is broken: whatever
   * holds the native port may take a request and never answer it). */
  async ready() {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && !this.broken) {
      try {
        const status = fetch(`${this.base}/status`, { signal: AbortSignal.timeout(2_000) });
        const r = await Promise.race([status, this.failed]);
        if (r?.ok) return true;
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    return false;
  }

  /** Starts a driver and a session of the app with `args`, with a new driver on other ports
   * when the driver broke (three times in all). `started` is when the session that opened was asked
   * for: the launch timings count from it. */
  static async launch(args, logDir, options = {}) {
    for (let attempt = 1; ; attempt++) {
      const driver = await Driver.start(logDir, options);
      const started = Date.now();
      try {
        const session = await driver.session(args);
        return { driver, session, started };
      } catch (error) {
        const broke = driver.broken; // before `stop` ends it
        await driver.stop();
        if (!broke || attempt === ATTEMPTS) throw error;
      }
    }
  }

  constructor(proc, base, log) {
    this.proc = proc;
    this.base = base;
    this.log = log;
    this.logged = 0;
    this.closed = false;
    this.acceptFailures = 0;
    this.broken = false;
    this.failed = new Promise((res) => {
      this.onBroken = res;
    });
  }

  /** Writes a chunk of the driver's output to its log, up to `LOG_LIMIT`, and stops the driver
   * when it says it is broken. */
  record(chunk) {
    if (this.closed) return;
    if (this.logged < LOG_LIMIT) {
      const room = LOG_LIMIT - this.logged;
      writeSync(this.log, chunk.subarray(0, room));
      this.logged += Math.min(chunk.length, room);
      if (this.logged === LOG_LIMIT) writeSync(this.log, "\n[the rest of the driver's output dropped]\n");
    }
    if (this.broken) return;
    const text = chunk.toString("utf8");
    this.acceptFailures += text.split(ACCEPT_FAILED).length - 1;
    if (PORT_LOST.some((m) => text.includes(m)) || this.acceptFailures >= ACCEPT_FAILURES) {
      this.break();
      this.proc.kill("SIGTERM");
    }
  }

  break() {
    this.broken = true;
    this.onBroken();
  }

  /** tauri-driver has exited (stopped, or on its own: then it is broken): its output is
   * closed, whatever it left behind may still hold the pipes. */
  exited() {
    this.break();
    this.proc.stdout.destroy();
    this.proc.stderr.destroy();
    this.closed = true;
    closeSync(this.log);
  }

  /** Stops tauri-driver with SIGTERM and waits, so it stops WebKitWebDriver and the app too;
   * then kills whatever of its process group is left (after ten seconds, tauri-driver too). */
  async stop() {
    if (this.proc.exitCode === null && this.proc.signalCode === null) {
      const exited = new Promise((res) => this.proc.once("exit", res));
      this.proc.kill("SIGTERM");
      await Promise.race([exited, sleep(10_000)]);
    }
    try {
      process.kill(-this.proc.pid, "SIGKILL");
    } catch {
      // nothing left
    }
  }

  /** Opens a session of the app; fails at once if the driver breaks meanwhile. */
  async session(args) {
    const body = {
      capabilities: {
        alwaysMatch: { browserName: "wry", "tauri:options": { application: APP, args } },
      },
    };
    const broke = this.failed.then(() => {
      throw new Error("tauri-driver broke (WebKitWebDriver's port lost?); see tauri-driver.log");
    });
    broke.catch(() => {}); // handled by the race below, or never happens
    const value = await Promise.race([request("POST", `${this.base}/session`, body), broke]);
    return new Session(`${this.base}/session/${value.sessionId}`);
  }
}

async function request(method, url, body) {
  const r = await fetch(url, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await r.json();
  if (!r.ok || json.value?.error) {
    throw new Error(`${method} ${url}: ${json.value?.error ?? r.status} ${json.value?.message ?? ""}`);
  }
  return json.value;
}

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

export class Session {
  constructor(url) {
    this.url = url;
  }

  async close() {
    await request("DELETE", this.url).catch(() => {});
  }

  /** Waits for an element matching `css` whose text contains `text` (if given). */
  async waitFor(css, { text, timeout = 20_000 } = {}) {
    const deadline = Date.now() + timeout;
    let last = "";
    while (Date.now() < deadline) {
      try {
        for (const el of await this.findAll(css)) {
          last = await el.text();
          if (text === undefined || last.includes(text)) return el;
        }
      } catch {
        // the page may still be loading
      }
      await sleep(150);
    }
    throw new Error(`no element ${css}${text ? ` with text "${text}"` : ""} within ${timeout} ms (last text: "${last}")`);
  }

  async findAll(css) {
    const els = await request("POST", `${this.url}/elements`, { using: "css selector", value: css });
    return els.map((e) => new Element(this, e[ELEMENT]));
  }

  async screenshot(path) {
    const png = await request("GET", `${this.url}/screenshot`);
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, Buffer.from(png, "base64"));
  }

  async execute(script, args = []) {
    return request("POST", `${this.url}/execute/sync`, { script, args });
  }
}

export class Element {
  constructor(session, id) {
    this.session = session;
    this.id = id;
    this.url = `${session.url}/element/${id}`;
  }

  /** The rendered text. WebKitWebDriver's own text endpoint returns "" for transformed
   *  elements (the rows of a virtualized list), so this asks the page for innerText. */
  text() {
    return this.session.execute("return arguments[0].innerText;", [{ [ELEMENT]: this.id }]);
  }

  click() {
    return request("POST", `${this.url}/click`, {});
  }

  /** Empties a text field. */
  clear() {
    return request("POST", `${this.url}/clear`, {});
  }

  /** Types `value` (a WebDriver key sequence); `submit` ends it with the Enter key. */
  type(value, { submit = false } = {}) {
    return request("POST", `${this.url}/value`, { text: submit ? value + ENTER : value });
  }
}

/** Signs in on the app's sign-in screen, typing as a person would. */
export async function signIn(app, username, password = DEMO_PASSWORD) {
  const user = await app.waitFor("#sign-in input[name=username]");
  await user.type(username);
  const pass = (await app.findAll("#sign-in input[name=password]"))[0];
  await pass.type(password, { submit: true });
}

/** Opens a screen from the sidebar. */
export async function go(app, label) {
  await (await app.waitFor(".sidebar .nav-item", { text: label })).click();
}

/** Types into the element found by `css` (a fresh find each time: React may have re-rendered).
 *  WebKitWebDriver sometimes answers "unknown error" when the field was replaced or was still
 *  animating in as the keys went out (a dialog that just showed a field error); then the field is
 *  found again, emptied and typed into once more, so a value is never typed twice. */
export async function typeInto(app, css, value, options) {
  for (let attempt = 1; ; attempt++) {
    const el = await app.waitFor(css);
    try {
      await el.type(value, options);
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      await sleep(300);
      const again = await app.waitFor(css);
      await again.clear().catch(() => {});
    }
  }
}

/** Runs `body` with a started driver and app session, always cleaning up. */
export async function withApp(args, logDir, body, options = {}) {
  const { driver, session } = await Driver.launch(args, logDir, options);
  try {
    await body(session);
  } finally {
    await session.close();
    await driver.stop();
  }
}
