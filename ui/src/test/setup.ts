import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

afterEach(() => cleanup());

// A screen's first render also parses the English catalogue once; on a loaded two-core machine
// the default one-second wait for what a test looks for is too short to mean "never shown".
configure({ asyncUtilTimeout: 4000 });

// jsdom lays nothing out: give elements a client box so virtualized lists render their first
// rows, and a ResizeObserver that observes nothing.
Object.defineProperty(HTMLElement.prototype, "clientHeight", { configurable: true, get: () => 800 });
Object.defineProperty(HTMLElement.prototype, "clientWidth", { configurable: true, get: () => 1200 });

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
