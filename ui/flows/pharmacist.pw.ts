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

test("a recall is entered, its reach shown and its notice saved", async ({ page }) => {
  await page.goto("/?flow=recall-notice");
  await scanAtMain(page);
  await page.getByRole("button", { name: "Recalls", exact: true }).click();
  await page.getByRole("button", { name: "New recall" }).click();
  const form = page.getByRole("form", { name: "New recall" });
  await form.getByLabel("Recall number").fill("RCL-PW-1");
  await form.getByLabel("Title").fill("Amoxicillin, every lot");
  await form.getByLabel("Reason").fill("Particles");
  await form.getByLabel("GTIN").fill("09506000134352");
  await form.getByRole("button", { name: /Enter recall/ }).click();
  const reach = page.getByLabel("Reach of RCL-PW-1");
  await expect(reach.getByLabel("Reach by location and status")).toContainText("quarantined");
  await reach.getByRole("button", { name: "Print recall notice (PDF)" }).click();
  await expect(reach.getByRole("button", { name: "Open recall-notice-RCL-PW-1.pdf" })).toBeVisible();
});

test("reports preview the same model the PDF prints", async ({ page }) => {
  await page.goto("/?flow=report-saving");
  await page.getByRole("button", { name: "Reports", exact: true }).click();
  await page.getByRole("button", { name: "Preview" }).click();
  const doc = page.getByRole("article", { name: "Preview of Stock on hand" });
  await expect(doc).toContainText("Amoxicillin 500 mg");
  await expect(doc).toContainText("MAIN");
});
