import { describe, expect, it } from "vitest";
import { sharedWords } from "./ShareRecall";

describe("a recall shared with the network, in words", () => {
  it("says it reached the hub, or that the hub had it already and from whom", () => {
    const shared = { number: "RCL-ACME-7", hub_id: 12, existed: false, entered_by: "site NORTH" };
    expect(sharedWords(shared)).toBe("Shared: network recall 12 at the hub. Every site using the product receives it on its next pull.");
    expect(sharedWords({ ...shared, existed: true, entered_by: "osei" })).toBe(
      "The hub has RCL-ACME-7 already (network recall 12, entered by osei): nothing new was entered.",
    );
  });
});
