// The hub's web page in Debian's Chromium: a real `custody-hub serve` (target/debug, or
// CUSTODY_HUB) over the PostgreSQL that scripts/with-postgres.sh started (CUSTODY_TEST_PG),
// filled by `custody-hub demo` and given one QA officer. Run from the repository root as
//   scripts/with-postgres.sh sh -c 'cd ui && npm run hub-page'
// (`make test` does). The hub starts on a free port in `hub/setup.ts`, which names it in HUB_URL.
import { defineConfig } from "@playwright/test";

export default defineConfig({
  testDir: "hub",
  testMatch: "**/*.pw.ts",
  globalSetup: "./hub/setup.ts",
  timeout: 30_000,
  retries: 0,
  workers: 1,
  reporter: [["list"]],
  use: {
    browserName: "chromium",
    launchOptions: { executablePath: "/usr/bin/chromium" },
    // The page must work on a 1024 px screen, a ward's or a QA office's old monitor.
    viewport: { width: 1024, height: 768 },
  },
});
