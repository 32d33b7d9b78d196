// The hub's web page in Chromium against a real hub (see setup.ts): sign-in refused with a bad
// password, then in; the planted counterfeit alarm listed with its pack and patterns, its
// partner code (written as <script> markup at the site) shown as text and never run; the recall
// reach form answering per site; the transfer in transit, a network recall reconciled and the
// sites; sign-out ending the session; no page wider than 1024 px. Screenshots of each page go to HUB_SHOTS (default
// target/hub-web; docs/screenshots for the README).
import { expect, test, type Page } from "@playwright/test";
import { resolve } from "node:path";

import { QA } from "./setup";

const hub = () => {
  const url = process.env.HUB_URL;
  if (!url) throw new Error("HUB_URL is not set: run with playwright.hub.config.ts, whose setup starts the hub");
  return url;
};
const shots = process.env.HUB_SHOTS ?? resolve(import.meta.dirname, "../../target/hub-web");

async function signIn(page: Page, password: string) {
  await page.goto(`${hub()}/alarms`);
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByLabel("Username").fill(QA.username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a QA officer signs in, reads the planted alarm as text, asks a recall's reach, signs out", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });

  await signIn(page, "not the password");
  await expect(page.getByRole("alert")).toHaveText("sign-in refused: wrong username or password");
  await expect(page).toHaveURL(/\/sign-in$/);

  await signIn(page, QA.password);
  await expect(page).toHaveURL(/\/alarms$/);
  await expect(page.getByRole("heading", { name: "Alarms", level: 1 })).toBeVisible();
  await expect(page.getByText(`${QA.name} (qa)`)).toBeVisible();

  const alarm = page.locator("section.card").filter({ hasText: "serial S1" });
  await expect(alarm).toHaveCount(1);
  await expect(alarm).toContainText("seen after it was dispensed or destroyed");
  await expect(alarm).toContainText("received twice from outside the network");
  await expect(alarm).toContainText("Lot L2611");
  // The partner code the clinic recorded is markup; the page shows it as the text it is.
  // (Once per pattern it is evidence of.)
  await expect(alarm.getByRole("cell", { name: "<script>alert('demo')</script>" })).toHaveCount(2);
  expect(await page.locator("main script").count(), "no element was made from a site's data").toBe(0);
  await page.screenshot({ path: `${shots}/hub-alarms.png`, fullPage: true });

  await page.getByRole("link", { name: "Recall reach" }).click();
  await page.getByLabel("GTIN").fill("09506000134352");
  await page.getByLabel("Lot").fill("L2611");
  await page.getByRole("button", { name: "Show reach" }).click();
  await expect(page.getByRole("heading", { name: /lot L2611: 2 site\(s\)/ })).toBeVisible();
  const perSite = page.locator("table").first();
  await expect(perSite.getByRole("row", { name: "NORTH dispensed 1 0" })).toBeVisible();
  await expect(perSite.getByRole("row", { name: "NORTH transferred out 2 0" })).toBeVisible();
  await expect(perSite.getByRole("row", { name: "SOUTH in stock 2 0" })).toBeVisible();
  await expect(page.getByRole("row", { name: /NORTH S1 dispensed WARD-A/ })).toBeVisible();
  await page.screenshot({ path: `${shots}/hub-reach.png`, fullPage: true });

  // The pages fit a 1024 px screen: nothing wider than the window.
  const fits = async (what: string) => {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `no horizontal scrolling at 1024 px on ${what}`).toBeLessThanOrEqual(1024);
  };
  await fits("the reach");

  // The pack sent to the clinic and not yet received is in transit; the one received is not
  // listed by default.
  await page.getByRole("link", { name: "Transfers" }).click();
  await expect(page.getByRole("heading", { name: "Transfers", level: 1 })).toBeVisible();
  await expect(page.getByRole("row", { name: /^NORTH SOUTH 09506000134352 serial S4 in transit/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /serial S3/ })).toHaveCount(0);
  await page.screenshot({ path: `${shots}/hub-transfers.png`, fullPage: true });
  await fits("the transfers");

  // The network recall, reconciled: each site's packs of the lot by outcome.
  await page.getByRole("link", { name: "Recalls" }).click();
  await expect(page.getByRole("heading", { name: "Network recalls", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "RC-2026-14" }).click();
  await expect(page.getByText(/not yet closable/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Outcomes" })).toBeVisible();
  await expect(page.getByRole("cell", { name: /dispensed after the recall|dispensed before the recall/ }).first()).toBeVisible();
  await page.screenshot({ path: `${shots}/hub-recall.png`, fullPage: true });
  await fits("a recall");

  await page.getByRole("link", { name: "Sites" }).click();
  await expect(page.getByRole("row", { name: /^NORTH North main pharmacy .* 4 / })).toBeVisible();
  await expect(page.getByRole("row", { name: /^SOUTH South clinic .* 2 / })).toBeVisible();
  await page.screenshot({ path: `${shots}/hub-sites.png`, fullPage: true });
  await fits("the sites");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto(`${hub()}/sites`);
  await expect(page).toHaveURL(/\/sign-in/);
  expect(dialogs, "no script from a site's data ran").toEqual([]);
});
