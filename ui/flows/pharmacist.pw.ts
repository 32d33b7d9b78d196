// A pharmacist's flows in Chromium against the backend double, which replays what custody-api
// answered when the flow named in `?flow=` was recorded (`crates/api/tests/it/transcripts.rs`):
// keyboard only where a scanner would be used, the group separator typed as a real character.
import { expect, test, type Page } from "@playwright/test";

const GS = "\u001d";
/** The fixture's pack of Amoxicillin with `serial`, as a scanner sends it. */
const pack = (serial: string) => `]d2010950600013435217280630${GS}10L1${GS}21${serial}`;

/** Opens the scan screen with this workstation at MAIN, chosen when the screen asks (a fresh
 * browser profile has never been told). */
async function scanAtMain(page: Page) {
  await page.getByRole("button", { name: "Scan", exact: true }).click();
  const asked = page.getByRole("form", { name: "Workstation location" });
  await asked.getByLabel("Workstation location").selectOption("MAIN");
  await asked.getByRole("button", { name: "Use this location" }).click();
  await expect(page.getByLabel("Location", { exact: true })).toHaveValue("MAIN");
}

test("receiving by scans: verdicts fill the screen, a second pack with a scanned code is blocked", async ({ page }) => {
  await page.goto("/?flow=receiving");
  await scanAtMain(page);
  await page.getByLabel("Partner").selectOption("ACME");
  const box = page.getByLabel("Scan a pack");
  await box.focus();
  const verdict = page.getByRole("status", { name: "Verdict" });
  for (const serial of ["S1", "S2"]) {
    await page.keyboard.type(pack(serial));
    await page.keyboard.press("Enter");
    await expect(verdict).toHaveClass(/accepted/);
    await expect(verdict).toContainText(`SN ${serial}`);
  }
  await page.keyboard.type(pack("S1"));
  await page.keyboard.press("Enter");
  await expect(verdict).toContainText("The same pack again, or a second pack with the same code?");
  await verdict.getByRole("button", { name: "A second pack" }).click();
  await expect(verdict).toHaveClass(/blocked/);
  await expect(page.getByLabel("This session's scans")).toContainText("3 scans · 2 accepted · 0 warnings · 1 blocked");
});

test("a scan lands even after a stray click took the focus away", async ({ page }) => {
  await page.goto("/?flow=receiving");
  await scanAtMain(page);
  await page.getByLabel("Partner").selectOption("ACME");
  await page.getByRole("heading", { name: "Scan", exact: true }).click();
  await page.keyboard.type(pack("S1"));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status", { name: "Verdict" })).toContainText("Accepted");
  await expect(page.getByLabel("Scan a pack")).toBeFocused();
});

test("screens are reached from the keyboard", async ({ page }) => {
  await page.goto("/?flow=home");
  await expect(page.getByRole("heading", { name: "Needs attention" })).toBeVisible();
  await page.keyboard.press("Alt+8");
  await expect(page.getByRole("heading", { name: "Recalls" })).toBeVisible();
  await page.keyboard.press("Alt+9");
  await expect(page.getByRole("heading", { name: "Reports" })).toBeVisible();
  await page.keyboard.press("Alt+1");
  await expect(page.getByRole("heading", { name: "Needs attention" })).toBeVisible();
});

test("a recall is entered step by step: the product searched, a lot chosen, the hold previewed, then confirmed", async ({ page }) => {
  await page.goto("/?flow=recalling");
  await page.getByRole("button", { name: "Recalls", exact: true }).click();
  await page.getByRole("button", { name: "New recall" }).click();
  const steps = page.getByRole("region", { name: "New recall" });
  await steps.getByRole("textbox", { name: /Search product/ }).fill("Amox");
  await steps.getByRole("button", { name: /Amoxicillin 500 mg/ }).click();
  // The GTIN is shown back with the name before going on.
  await expect(steps.getByRole("status", { name: "Product chosen" })).toContainText("GTIN 09506000134352");
  await steps.getByRole("button", { name: "Next: What is recalled" }).click();
  await steps.getByRole("radio", { name: "Some lots" }).check({ force: true });
  await steps.getByRole("checkbox", { name: /L1/ }).check({ force: true });
  await steps.getByRole("button", { name: "Next: Details" }).click();
  await steps.getByLabel("Recall number").fill("RCL-1");
  await steps.getByLabel("Title").fill("Amoxicillin lot L1");
  await steps.getByLabel("Reason").fill("Out of specification");
  await steps.getByRole("button", { name: "Next: Preview and confirm" }).click();
  // Nothing is written before the preview's figures are read and confirmed.
  await expect(steps.getByText(/^This will quarantine \d+ pack\(s\) at \d+ location\(s\)/)).toBeVisible();
  await steps.getByRole("button", { name: /Confirm: enter the recall/ }).click();
  await expect(page.getByLabel("Reach of RCL-1")).toBeVisible();
});

test("reports preview the same model the PDF prints", async ({ page }) => {
  await page.goto("/?flow=report-saving");
  await page.getByRole("button", { name: "Reports", exact: true }).click();
  await page.getByRole("button", { name: "Preview" }).click();
  const doc = page.getByRole("article", { name: "Preview of Stock on hand" });
  await expect(doc).toContainText("Amoxicillin 500 mg");
  await expect(doc).toContainText("MAIN");
});
