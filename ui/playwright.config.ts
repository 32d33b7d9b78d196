// UI flows in Chromium against the backend double (`vite --mode fake`), which replays the flow
// recorded from custody-api that a test names in `?flow=`: the screens as a
// person uses them, with the keyboard as a scanner types. Debian's chromium, no download.
import { defineConfig } from "@playwright/test";

export default defineConfig({
  testDir: "flows",
  testMatch: "**/*.pw.ts",
  timeout: 30_000,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: "http://127.0.0.1:1421",
    browserName: "chromium",
    launchOptions: { executablePath: "/usr/bin/chromium" },
    viewport: { width: 1280, height: 800 },
  },
  webServer: {
    command: "npx vite --mode fake --port 1421 --strictPort",
    url: "http://127.0.0.1:1421",
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
