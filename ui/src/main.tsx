import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { BackendProvider } from "./backend/context";
import type { Backend } from "./backend/backend";
import { tauriBackend } from "./backend/tauri";
import "./styles.css";

/** The Tauri backend; in `vite --mode fake` (the browser flows' test server), the test double. */
async function chooseBackend(): Promise<Backend> {
  if (import.meta.env.MODE === "fake") {
    const { fakeBackend, sampleData } = await import("./backend/fake");
    return fakeBackend(sampleData(40));
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
            <App />
          </BackendProvider>
        </QueryClientProvider>
      </StrictMode>,
    ),
  );
}
