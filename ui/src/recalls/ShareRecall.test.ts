import { describe, expect, it } from "vitest";
import { createIntl } from "react-intl";
import { messagesFor } from "../i18n/catalogue";
import { sharedWords } from "./ShareRecall";

/** English, as a screen outside any language's provider says it. */
const intl = createIntl({ locale: "en", messages: messagesFor("en") });
const t = (key: string, values?: Record<string, string | number>) => intl.formatMessage({ id: key }, values);

describe("a recall shared with the network, in words", () => {
  it("says it reached the hub, or that the hub had it already and from whom", () => {
    const shared = { number: "RCL-ACME-7", hub_id: 12, existed: false, entered_by: "site NORTH" };
    expect(sharedWords(t, shared)).toBe("Shared: network recall 12 at the hub. Every site using the product receives it on its next pull.");
    expect(sharedWords(t, { ...shared, existed: true, entered_by: "osei" })).toBe(
      "The hub has RCL-ACME-7 already (network recall 12, entered by osei): nothing new was entered.",
    );
  });
});
