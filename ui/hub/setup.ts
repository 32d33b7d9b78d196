/// <reference types="node" />
// Starts the hub for the browser test: `custody-hub demo` fills the database (two sites' signed
// events through the push's own checks and a planted counterfeit whose partner code is markup),
// `settings set` keeps its transfer in transit, `user add` makes a QA officer, then `serve` on
// 127.0.0.1:0; its first line names the address, given to the tests as HUB_URL. The returned
// function stops it.
import { spawn, spawnSync } from "node:child_process";
import { createInterface } from "node:readline";
import { resolve } from "node:path";

/** The QA officer the test signs in as. */
export const QA = { username: "quinn", name: "Quinn Avery", password: "hub web test password" };

const hubBinary = process.env.CUSTODY_HUB ?? resolve(import.meta.dirname, "../../target/debug/custody-hub");

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out = spawnSync(hubBinary, args, { env: { ...process.env, ...env }, encoding: "utf8" });
  if (out.error) throw new Error(`${hubBinary} ${args.join(" ")}: ${out.error.message} (build it: cargo build -p custody-hub)`);
  if (out.status !== 0) throw new Error(`${hubBinary} ${args.join(" ")} failed: ${out.stderr}`);
  return out.stdout;
}

export default async function setup(): Promise<() => Promise<void>> {
  const db = process.env.CUSTODY_TEST_PG;
  if (!db) {
    throw new Error("CUSTODY_TEST_PG is not set: run this under scripts/with-postgres.sh (it starts a throwaway PostgreSQL)");
  }
  const env = { CUSTODY_HUB_DB: db };
  run(["demo"], env);
  // The demo's events have fixed dates (November 2026) and the transfers page compares them
  // with today: a send older than lost_after_days is lost. Ten years keep its last send in
  // transit, as the test expects, whatever day it runs.
  run(["settings", "set", "lost_after_days", "3650"], env);
  run(["user", "add", QA.username, "--name", QA.name, "--role", "qa"], { ...env, CUSTODY_HUB_PASSWORD: QA.password });
  // A network recall of the demo's lot, entered once by the QA officer, for the Recalls pages.
  run(
    ["recall", "add", "09506000134352", "--number", "RC-2026-14", "--lot", "L2611", "--class", "II",
      "--reason", "Out-of-specification dissolution", "--as", QA.username],
    { ...env, CUSTODY_HUB_PASSWORD: QA.password },
  );
  const hub = spawn(hubBinary, ["serve", "--listen", "127.0.0.1:0"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const stdout = hub.stdout;
  if (!stdout) throw new Error("custody-hub serve was started without a pipe for its output");
  // A hub that did not say where it listens is stopped before the error is reported, so it
  // does not outlive the run.
  const address = await new Promise<string>((ok, fail) => {
    const lines = createInterface({ input: stdout });
    lines.once("line", (line) => {
      const addr = line.match(/^listening on (\S+)$/)?.[1];
      if (addr) ok(addr);
      else {
        hub.kill("SIGTERM");
        fail(new Error(`custody-hub serve said ${JSON.stringify(line)}, not where it listens`));
      }
    });
    hub.once("exit", (code) => fail(new Error(`custody-hub serve stopped at start (status ${code})`)));
  });
  process.env.HUB_URL = `http://${address}`;
  return async () => {
    hub.kill("SIGTERM");
  };
}
