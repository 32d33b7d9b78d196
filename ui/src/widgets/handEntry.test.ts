import { describe, expect, it } from "vitest";
import { buildBracketed, checkLines, escapeValue, gs1CheckDigit, monthNames, readExpiry, readGtin, readValue, resolveCentury } from "./handEntry";

// The fixture pharmacy's product (crates/api/tests/it/fixture.rs) and a day in its year.
const AMOX = "09506000134352";
const TODAY = new Date(2026, 11, 3);
const EN = monthNames(["en"]);
const FR = monthNames(["fr", "en"]);

/** The six digits of AI (17) the expiry typed becomes, or the key of its problem. */
function exp(typed: string, months = EN): string | null {
  const r = readExpiry(typed, TODAY, months);
  return r.ok ? (r.value?.yymmdd ?? null) : r.problem.key;
}

describe("the PC/GTIN line", () => {
  it("computes the GS1 check digit of every GTIN length", () => {
    expect(gs1CheckDigit("0950600013435"), "GTIN-14 of the fixture's product").toBe(2);
    expect(gs1CheckDigit("400638133393"), "an EAN-13 (a German pack)").toBe(1);
    expect(gs1CheckDigit("9638507"), "an EAN-8").toBe(4);
    expect(gs1CheckDigit("0000000000000"), "all zeros checks as 0, not 10").toBe(0);
  });

  it("takes 14 digits, and pads an EAN-13, a UPC-A and an EAN-8 to 14 as AI (01) holds them", () => {
    expect(readGtin(AMOX)).toEqual({ ok: true, value: AMOX });
    expect(readGtin("9506000134352"), "the EAN-13 printed as PC").toEqual({ ok: true, value: AMOX });
    expect(readGtin("4006381333931")).toEqual({ ok: true, value: "04006381333931" });
    expect(readGtin("96385074")).toEqual({ ok: true, value: "00000096385074" });
  });

  it("drops spaces and the printed label in front of the digits", () => {
    expect(readGtin(" 0 9506 0001 3435 2 ")).toEqual({ ok: true, value: AMOX });
    expect(readGtin("PC: 09506000134352")).toEqual({ ok: true, value: AMOX });
    expect(readGtin("(01) 09506000134352")).toEqual({ ok: true, value: AMOX });
    expect(readGtin("GTIN 09506000134352")).toEqual({ ok: true, value: AMOX });
  });

  it("refuses a wrong check digit, a wrong length, letters and nothing, each with its own words", () => {
    expect(readGtin("09506000134353")).toEqual({ ok: false, problem: { key: "entry.gtin.check" } });
    expect(readGtin("0950600013435"), "13 digits whose check digit fails").toEqual({ ok: false, problem: { key: "entry.gtin.check" } });
    expect(readGtin("095060001343")).toEqual({ ok: false, problem: { key: "entry.gtin.check" } });
    expect(readGtin("0950600013")).toEqual({ ok: false, problem: { key: "entry.gtin.length", values: { count: 10 } } });
    expect(readGtin("095060001343520")).toEqual({ ok: false, problem: { key: "entry.gtin.length", values: { count: 15 } } });
    expect(readGtin("0950600O134352"), "a letter O for a zero").toEqual({ ok: false, problem: { key: "entry.gtin.digits" } });
    expect(readGtin("  ")).toEqual({ ok: false, problem: { key: "entry.gtin.missing" } });
  });
});

describe("the SN and Batch/Lot lines", () => {
  it("keep the case exactly and drop spaces at the ends only", () => {
    expect(readValue(" aBc123 ")).toEqual({ ok: true, value: "aBc123" });
    expect(readValue("")).toEqual({ ok: true, value: null });
  });

  it("take every character of GS1's set 82, parentheses and punctuation included", () => {
    const all = `!"%&'()*+,-./:;<=>?_`;
    for (const c of all) expect(readValue(`A${c}1`), `${c} is in set 82`).toEqual({ ok: true, value: `A${c}1` });
  });

  it("refuse a space inside, a character outside set 82, and more than 20 characters", () => {
    expect(readValue("AB 12")).toEqual({ ok: false, problem: { key: "entry.value.space" } });
    expect(readValue("LOT#4")).toEqual({ ok: false, problem: { key: "entry.value.char", values: { char: "#" } } });
    expect(readValue("ÉTÉ")).toEqual({ ok: false, problem: { key: "entry.value.char", values: { char: "É" } } });
    expect(readValue("A–1"), "an en dash pasted from a document").toEqual({ ok: false, problem: { key: "entry.value.char", values: { char: "–" } } });
    expect(readValue("A\\1"), "a backslash is not in set 82").toEqual({ ok: false, problem: { key: "entry.value.char", values: { char: "\\" } } });
    expect(readValue("12345678901234567890")).toEqual({ ok: true, value: "12345678901234567890" });
    expect(readValue("123456789012345678901")).toEqual({ ok: false, problem: { key: "entry.value.long", values: { max: 20, count: 21 } } });
  });
});

describe("the Exp line", () => {
  it("reads the two-digit year as the decoder does, relative to today", () => {
    expect(resolveCentury(28, 2026)).toBe(2028);
    expect(resolveCentury(76, 2026), "50 years ahead is still this century").toBe(2076);
    expect(resolveCentury(77, 2026), "51 years ahead is the last century").toBe(1977);
    expect(resolveCentury(10, 2095), "near a century's end the window moves on").toBe(2110);
  });

  it("takes YYMMDD as in the code, with day 00 for a month", () => {
    expect(exp("281231")).toBe("281231");
    expect(exp("281200"), "day 00: the month's last day, as GS1 writes it").toBe("281200");
    const r = readExpiry("281200", TODAY, EN);
    expect(r.ok && r.value, "a month-only expiry has no day").toEqual({ year: 2028, month: 12, day: null, yymmdd: "281200" });
  });

  it("takes a full date: YYYY-MM-DD, YYYY/MM/DD, YYYYMMDD", () => {
    expect(exp("2028-12-31")).toBe("281231");
    expect(exp("2028/2/29"), "a leap day").toBe("280229");
    expect(exp("20281231")).toBe("281231");
  });

  it("takes a month as packs print it, as day 00: MM/YYYY, MM-YYYY, MM.YYYY, YYYY-MM", () => {
    expect(exp("12/2028")).toBe("281200");
    expect(exp("12-2028")).toBe("281200");
    expect(exp("6.2028")).toBe("280600");
    expect(exp("2028-06")).toBe("280600");
    expect(exp("EXP: 06/2028"), "the line's own label typed with it").toBe("280600");
  });

  it("takes a month's name with its year, in English and in the form's language", () => {
    expect(exp("DEC 2028")).toBe("281200");
    expect(exp("Sept. 2028")).toBe("280900");
    expect(exp("31 DEC 2028")).toBe("281231");
    expect(exp("DÉC. 2028", FR)).toBe("281200");
    expect(exp("févr 2028", FR)).toBe("280200");
    expect(exp("juillet 2028", FR)).toBe("280700");
    expect(exp("jui 2028", FR), "juin or juillet: said, not guessed").toBe("entry.expiry.monthName");
    expect(exp("févr 2028", EN), "a French month where only English is read").toBe("entry.expiry.monthName");
  });

  it("refuses a date that is not one, and a year a GS1 code cannot write", () => {
    expect(exp("2027-02-29"), "not a leap year").toBe("entry.expiry.day");
    expect(exp("281232")).toBe("entry.expiry.day");
    expect(exp("281331")).toBe("entry.expiry.month");
    expect(exp("13/2028")).toBe("entry.expiry.month");
    expect(exp("122028"), "MMYYYY read as YYMMDD has month 20").toBe("entry.expiry.month");
    expect(exp("12/2090"), "two digits 90 would read back as 1990").toBe("entry.expiry.century");
    expect(exp("tomorrow")).toBe("entry.expiry.format");
    expect(exp("12/28"), "a two-digit year after a month is not guessed").toBe("entry.expiry.format");
    expect(exp("")).toBeNull();
  });
});

describe("the bracketed form", () => {
  it("is built from the parts given, in the order (01)(17)(10)(21)", () => {
    const expiry = { year: 2028, month: 6, day: 30, yymmdd: "280630" };
    expect(buildBracketed({ gtin: AMOX, expiry, lot: "L1", serial: "S1" })).toBe(`(01)${AMOX}(17)280630(10)L1(21)S1`);
    expect(buildBracketed({ gtin: AMOX, expiry: null, lot: null, serial: "S1" })).toBe(`(01)${AMOX}(21)S1`);
    expect(buildBracketed({ gtin: AMOX, expiry: null, lot: null, serial: null })).toBe(`(01)${AMOX}`);
  });

  it("escapes an opening parenthesis in a value, so it cannot open an AI", () => {
    expect(escapeValue("A(21)B")).toBe("A\\(21)B");
    expect(buildBracketed({ gtin: AMOX, expiry: null, lot: "L(2)", serial: "S)1(" })).toBe(`(01)${AMOX}(10)L\\(2)(21)S)1\\(`);
  });

  it("comes from all four lines at once, or every problem by its field", () => {
    const good = checkLines({ gtin: "9506000134352", serial: "Ab1", lot: " L1 ", expiry: "06/2028" }, TODAY, EN);
    expect(good.ok && good.raw).toBe(`(01)${AMOX}(17)280600(10)L1(21)Ab1`);
    const refused = checkLines({ gtin: "09506000134353", serial: "A B", lot: "L1", expiry: "2028-02-30" }, TODAY, EN);
    expect(refused.ok ? null : refused.problems).toEqual({
      gtin: { key: "entry.gtin.check" },
      serial: { key: "entry.value.space" },
      expiry: { key: "entry.expiry.day", values: { day: "30", month: "02", year: "2028" } },
    });
  });
});
