import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import type { Backend } from "../backend/backend";
import { BackendProvider } from "../backend/context";

export function renderWith(backend: Backend, ui: ReactElement) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <BackendProvider backend={backend}>{ui}</BackendProvider>
    </QueryClientProvider>,
  );
}
