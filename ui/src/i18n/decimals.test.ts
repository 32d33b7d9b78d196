// The app writes each currency with the decimals custody-core writes it with.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { currencyDecimals, NO_DECIMALS, THREE_DECIMALS } from "./decimals";

/** A `const NAME: &str = "…";` of custody-core's currency module. */
function rustList(source: string, name: string): string {
  const found = new RegExp(`const ${name}: &str = "([^"]*)";`).exec(source);
  if (!found?.[1]) throw new Error(`${name} is not in crates/core/src/currency.rs`);
  return found[1];
}

describe("currency decimals", () => {
  it("are custody-core's, list for list", () => {
    // Vitest runs in ui/.
    const rust = readFileSync(resolve(process.cwd(), "../crates/core/src/currency.rs"), "utf8");
    expect(NO_DECIMALS).toBe(rustList(rust, "NO_DECIMALS"));
    expect(THREE_DECIMALS).toBe(rustList(rust, "THREE_DECIMALS"));
  });

  it("are ISO's where the browser's tables differ", () => {
    expect(currencyDecimals("IQD")).toBe(3);
    expect(currencyDecimals("PKR")).toBe(2);
    expect(currencyDecimals("JPY")).toBe(0);
    expect(currencyDecimals("EUR")).toBe(2);
  });
});
