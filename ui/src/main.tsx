import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { BackendProvider } from "./backend/context";
import type { Backend } from "./backend/backend";
import { tauriBackend } from "./backend/tauri";
import { LanguageRoot } from "./i18n/LanguageRoot";
import "./styles.css";

/** The Tauri backend; in `vite --mode fake` (the browser flows' test server), the double that
 * replays the recorded flow named by the page's `?flow=` (see `test/replayBackend.ts`). */
async function chooseBackend(): Promise<Backend> {
  if (import.meta.env.MODE === "fake") {
    const { flow, replayBackend } = await import("./test/replayBackend");
    const params = new URLSearchParams(window.location.search);
    return replayBackend(flow(params.get("flow") ?? "home"), { signedOut: params.has("signed-out") });
  }
  return tauriBackend;
}

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });

const root = document.getElementById("root");
if (root) {
  void chooseBackend().then((backend) =>
    createRoot(root).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <BackendProvider backend={backend}>
            <LanguageRoot>
              <App />
            </LanguageRoot>
          </BackendProvider>
        </QueryClientProvider>
      </StrictMode>,
    ),
  );
}
