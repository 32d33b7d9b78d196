// How many decimals an amount in a currency is written with: ISO 4217's, as custody-core writes
// them in reports and on the command line (`crates/core/src/currency.rs`). The browser's own
// tables differ for a few currencies (it writes Iraqi dinars without decimals, ISO with three),
// so the app says money with these, and decimals.test.ts keeps the two lists the same.

/** Currencies written without decimals. */
export const NO_DECIMALS = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX VND VUV XAF XOF XPF";

/** Currencies written with three decimals. */
export const THREE_DECIMALS = "BHD IQD JOD KWD LYD OMR TND";

/** The decimals of `currency` (an ISO 4217 code): 0, 2 or 3. */
export function currencyDecimals(currency: string): number {
  if (NO_DECIMALS.split(" ").includes(currency)) return 0;
  if (THREE_DECIMALS.split(" ").includes(currency)) return 3;
  return 2;
}
