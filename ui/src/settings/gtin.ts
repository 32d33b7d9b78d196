// A GTIN checked as it is typed, in the words a person needs to correct it: the same rules as
// custody-gs1's `Gtin::parse` (8, 12, 13 or 14 digits, the GS1 mod-10 check digit), so a GTIN the
// form accepts is one the api accepts. The api still checks it; this only saves a round trip.

/** The GS1 check digit for `body` (every digit of a GTIN but the last). */
export function checkDigit(body: string): number {
  let sum = 0;
  // Weights 3, 1, 3, … from the rightmost digit of the body.
  for (let i = 0; i < body.length; i++) {
    const digit = Number(body[body.length - 1 - i]);
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/** What is wrong with `text` as a GTIN, or null when it is one (spaces around it ignored). An
 * empty field is not a problem here: the form asks for it on saving. */
export function gtinProblem(text: string): string | null {
  const t = text.trim();
  if (t === "") return null;
  if (!/^\d+$/.test(t)) return "a GTIN has only digits";
  if (![8, 12, 13, 14].includes(t.length)) return `a GTIN has 8, 12, 13 or 14 digits (this has ${t.length})`;
  const expected = checkDigit(t.slice(0, -1));
  if (Number(t[t.length - 1]) !== expected) return `check digit should be ${expected}`;
  return null;
}
