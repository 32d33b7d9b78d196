import { describe, expect, it } from "vitest";
import { checkDigit, gtinProblem } from "./gtin";

describe("a GTIN checked as typed", () => {
  it("accepts the GS1 examples of every length", () => {
    for (const g of ["09506000134352", "9506000134352", "416000336108", "96385074"]) {
      expect(gtinProblem(g), `${g} is a valid GTIN`).toBeNull();
    }
  });

  it("names the check digit a mistyped last digit should be", () => {
    expect(checkDigit("0950600013435"), "the worked example of the GS1 General Specifications").toBe(2);
    expect(gtinProblem("09506000134355"), "the person needs the digit, not only 'invalid'").toBe("check digit should be 2");
  });

  it("says how many digits a GTIN has, and that it has only digits", () => {
    expect(gtinProblem("0950600013"), "ten digits is no GTIN length").toBe("a GTIN has 8, 12, 13 or 14 digits (this has 10)");
    expect(gtinProblem("0950600013435A"), "a letter is never part of a GTIN").toBe("a GTIN has only digits");
    expect(gtinProblem("  "), "an empty field is asked for on saving, not while typing").toBeNull();
  });
});
