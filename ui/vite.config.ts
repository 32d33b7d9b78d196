import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The desktop app loads ui/dist through Tauri's custom protocol; nothing is fetched remotely.
export default defineConfig({
  plugins: [react()],
  clearScreen: false,
  server: { host: "127.0.0.1", port: 1420, strictPort: true },
  // Read from the local disk (no network to split for): one bundle of about 1.2 MB at start
  // (its catalogues kept as text until a language is asked for, src/i18n/catalogue.ts), and
  // Insights with its charts in a chunk of its own, read when first opened (src/App.tsx).
  // The camera's reader runs in a module worker (its WebAssembly is an asset of the app).
  worker: { format: "es" },
  build: { target: "es2022", outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1024 },
  test: {
    environment: "jsdom",
    setupFiles: ["./src/test/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}"],
    // Whole-app flows replay dozens of answers; on a busy two-core machine five seconds is not
    // "never finishes".
    testTimeout: 20_000,
  },
});
