// A pack's printed lines (PC/GTIN, SN, Batch/Lot, Exp) read as a person types them, checked the
// way the GS1 decoder will check them, and written as the bracketed GS1 form
// `(01)GTIN(17)YYMMDD(10)LOT(21)SN`, which custody-gs1 reads without a symbology identifier. So a
// pack whose code cannot be read goes through the same decoder and verdict as a scan of it; the
// checks here only catch a typing mistake early, beside the field where it was made.

/** A problem with one field, said by a key of the `entry` catalogue and its values. */
export interface Problem {
  key: string;
  values?: Record<string, string | number>;
}

/** What was typed in each field. */
export interface HandLines {
  gtin: string;
  serial: string;
  lot: string;
  expiry: string;
}

/** An expiry as the pack gives it: a day, or only a month (day 00 in GS1, its last day). */
export interface Expiry {
  year: number;
  month: number;
  /** The day; `null` for a month-only expiry. */
  day: number | null;
  /** The six digits of AI (17). */
  yymmdd: string;
}

type Read<T> = { ok: true; value: T } | { ok: false; problem: Problem };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = <T>(key: string, values?: Problem["values"]): Read<T> => ({ ok: false, problem: { key, values } });

/** The longest serial or lot AI (21) and AI (10) hold. */
export const MAX_VALUE_LENGTH = 20;

/** The GS1 check digit of `digits` (the number without its check digit): weights 3 and 1 from
 *  the right, as GS1 General Specifications §7.9 computes it for every GTIN length. */
export function gs1CheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = Number(digits[digits.length - 1 - i]);
    sum += i % 2 === 0 ? d * 3 : d;
  }
  return (10 - (sum % 10)) % 10;
}

/** The GTIN-14 of what was typed on the PC/GTIN line: spaces dropped, a printed label in front
 *  (`PC:`, `GTIN`, `(01)`) dropped, and an EAN-13, UPC-A (12) or EAN-8 padded to 14 digits with
 *  leading zeros, as GS1 writes a shorter GTIN in AI (01). */
export function readGtin(typed: string): Read<string> {
  const digits = typed.replace(/\s+/g, "").replace(/^(?:PC|GTIN|NTIN|\(01\))[:.]?/i, "");
  if (!digits) return bad("entry.gtin.missing");
  if (!/^\d+$/.test(digits)) return bad("entry.gtin.digits");
  if (![8, 12, 13, 14].includes(digits.length)) return bad("entry.gtin.length", { count: digits.length });
  const gtin = digits.padStart(14, "0");
  if (gs1CheckDigit(gtin.slice(0, 13)) !== Number(gtin[13])) return bad("entry.gtin.check");
  return ok(gtin);
}

/** Whether `c` is in GS1's character set 82, the one AIs (10) and (21) hold. */
export function isCset82(c: string): boolean {
  return /^[!"%-?A-Z_a-z]$/.test(c);
}

/** A serial or a lot as printed: spaces at its ends dropped (no GS1 value holds a space), case
 *  kept exactly (national verification systems tell `a` from `A`); empty is none. */
export function readValue(typed: string): Read<string | null> {
  const value = typed.trim();
  if (!value) return ok(null);
  for (const c of value) {
    if (/\s/.test(c)) return bad("entry.value.space");
    if (!isCset82(c)) return bad("entry.value.char", { char: c });
  }
  if (value.length > MAX_VALUE_LENGTH) return bad("entry.value.long", { max: MAX_VALUE_LENGTH, count: value.length });
  return ok(value);
}

/** The year a two-digit year stands for, as the decoder reads it (GS1 General Specifications
 *  §7.12, custody-gs1's `resolve_century`): up to 50 years ahead of `current`, 49 behind. */
export function resolveCentury(yy: number, current: number): number {
  const century = current - (current % 100);
  const diff = yy - (current % 100);
  if (diff >= 51 && diff <= 99) return century - 100 + yy;
  if (diff >= -99 && diff <= -50) return century + 100 + yy;
  return century + yy;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const two = (n: number) => String(n).padStart(2, "0");

/** An expiry from its parts, checked: a real month and day, and a year a GS1 code can write (its
 *  last two digits must read back as the same year from today). */
function expiry(year: number, month: number, day: number | null, today: Date): Read<Expiry> {
  // Said as typed, not as numbers: a year is never written "2,028".
  if (month < 1 || month > 12) return bad("entry.expiry.month", { month: String(month) });
  if (day !== null && (day < 1 || day > daysIn(year, month))) return bad("entry.expiry.day", { day: String(day), month: two(month), year: String(year) });
  if (resolveCentury(year % 100, today.getFullYear()) !== year) return bad("entry.expiry.century", { year: String(year) });
  return ok({ year, month, day, yymmdd: `${two(year % 100)}${two(month)}${two(day ?? 0)}` });
}

/** Month names a person may type, in the form's language and in English (packs printed in
 *  English are common everywhere): each name, its common abbreviation and a prefix of at least
 *  three letters, lowercased and without accents or dots; a prefix two months share is left out. */
export type MonthNames = Map<string, number>;

const plain = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/\./g, "")
    .toLowerCase();

/** The month names of `locales` (`Intl` locale tags), for [`readExpiry`]. */
export function monthNames(locales: readonly string[]): MonthNames {
  const seen = new Map<string, Set<number>>();
  const add = (name: string, month: number) => {
    const set = seen.get(name) ?? new Set<number>();
    set.add(month);
    seen.set(name, set);
  };
  for (const locale of locales) {
    for (const style of ["long", "short"] as const) {
      const format = new Intl.DateTimeFormat(locale, { month: style, timeZone: "UTC" });
      for (let m = 1; m <= 12; m++) {
        const name = plain(format.format(Date.UTC(2000, m - 1, 15)));
        add(name, m);
        for (let n = 3; n < name.length; n++) add(name.slice(0, n), m);
      }
    }
  }
  const out: MonthNames = new Map();
  for (const [name, months] of seen) if (months.size === 1) out.set(name, [...months][0] ?? 0);
  return out;
}

/** The expiry typed on the Exp line, in any of the ways packs print it: `YYMMDD` (as in the
 *  code; day 00 is a month-only expiry), `YYYYMMDD`, `YYYY-MM-DD`, `YYYY-MM`, `MM/YYYY`,
 *  `MM-YYYY`, `MM.YYYY`, or a month's name with a four-digit year (`DEC 2028`, `31 DEC 2028`).
 *  A month-only expiry is day 00, as GS1 writes it. Empty is none. */
export function readExpiry(typed: string, today: Date, months: MonthNames): Read<Expiry | null> {
  // The line's own label (`EXP`, `EXP:`), typed along with the date, is not part of it.
  const s = typed.trim().replace(/^EXP\b[:.]?\s*/i, "");
  if (!s) return ok(null);
  let m: RegExpExecArray | null;
  if ((m = /^(\d{2})(\d{2})(\d{2})$/.exec(s))) {
    const [yy, mm, dd] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return expiry(resolveCentury(yy, today.getFullYear()), mm, dd === 0 ? null : dd, today);
  }
  if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(s)) || (m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s))) {
    const day = Number(m[3]);
    return expiry(Number(m[1]), Number(m[2]), day === 0 ? null : day, today);
  }
  if ((m = /^(\d{4})[-/. ](\d{1,2})$/.exec(s))) return expiry(Number(m[1]), Number(m[2]), null, today);
  if ((m = /^(\d{1,2})\s*[-/. ]\s*(\d{4})$/.exec(s))) return expiry(Number(m[2]), Number(m[1]), null, today);
  const words = plain(s)
    .split(/[\s\-/,]+/)
    .filter(Boolean);
  const named = words.length === 3 ? words.slice(1) : words;
  const day = words.length === 3 ? words[0] : undefined;
  if (named.length === 2 && /^\d{4}$/.test(named[1] ?? "") && (day === undefined || /^\d{1,2}$/.test(day))) {
    const month = months.get(named[0] ?? "");
    if (month === undefined) return bad("entry.expiry.monthName", { name: named[0] ?? "" });
    return expiry(Number(named[1]), month, day === undefined || Number(day) === 0 ? null : Number(day), today);
  }
  return bad("entry.expiry.format");
}

/** A value written into the bracketed form: `(` would open the next AI, so it is written `\(`,
 *  as custody-gs1's bracketed reader (`hri.rs`) takes it back. No other character needs it: `)`
 *  inside a value is plain, and `\` is not in character set 82, so it cannot precede a `(`. */
export function escapeValue(value: string): string {
  return value.replace(/\(/g, "\\(");
}

/** The pack's identity, checked. */
export interface HandCode {
  gtin: string;
  expiry: Expiry | null;
  lot: string | null;
  serial: string | null;
}

/** `(01)GTIN(17)YYMMDD(10)LOT(21)SN`, only the parts given: the bracketed GS1 form. */
export function buildBracketed(code: HandCode): string {
  let out = `(01)${code.gtin}`;
  if (code.expiry) out += `(17)${code.expiry.yymmdd}`;
  if (code.lot) out += `(10)${escapeValue(code.lot)}`;
  if (code.serial) out += `(21)${escapeValue(code.serial)}`;
  return out;
}

/** Every field checked: the pack's code, or the problems by field. */
export type Checked = { ok: true; code: HandCode; raw: string } | { ok: false; problems: Partial<Record<keyof HandLines, Problem>> };

/** Checks all four lines at once, so every mistake is shown beside its field together. */
export function checkLines(lines: HandLines, today: Date, months: MonthNames): Checked {
  const gtin = readGtin(lines.gtin);
  const serial = readValue(lines.serial);
  const lot = readValue(lines.lot);
  const exp = readExpiry(lines.expiry, today, months);
  if (gtin.ok && serial.ok && lot.ok && exp.ok) {
    const code = { gtin: gtin.value, serial: serial.value, lot: lot.value, expiry: exp.value };
    return { ok: true, code, raw: buildBracketed(code) };
  }
  const problems: Partial<Record<keyof HandLines, Problem>> = {};
  if (!gtin.ok) problems.gtin = gtin.problem;
  if (!serial.ok) problems.serial = serial.problem;
  if (!lot.ok) problems.lot = lot.problem;
  if (!exp.ok) problems.expiry = exp.problem;
  return { ok: false, problems };
}
