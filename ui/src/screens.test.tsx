import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { App } from "./App";
import { fakeBackend, sampleData } from "./backend/fake";
import { renderWith } from "./test/render";

const GS = String.fromCharCode(29);
const pack = (serial: string) => `]d201095060001343521728123110L1${GS}21${serial}`;

/** Types a scan into the scan box as a wedge scanner does: characters, GS as its own key, Enter. */
function typeScan(box: HTMLElement, raw: string) {
  let value = "";
  for (const ch of raw) {
    if (ch === GS) {
      fireEvent.keyDown(box, { key: GS, code: "Unidentified" });
      value = (box as HTMLInputElement).value;
      continue;
    }
    value += ch;
    fireEvent.change(box, { target: { value } });
  }
  fireEvent.keyDown(box, { key: "Enter", code: "Enter" });
}

async function open(name: string) {
  fireEvent.click(await screen.findByRole("button", { name }));
}

describe("screens", () => {
  it("home shows what needs attention, each figure a way into its list", async () => {
    renderWith(fakeBackend(sampleData()), <App />);
    expect(await screen.findByText("Needs attention")).toBeInTheDocument();
    expect(await screen.findByRole("button", { name: /12\s*Expiring within 30 days/ })).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: /Open recalls/ }));
    expect(await screen.findByRole("heading", { name: "Recalls" })).toBeInTheDocument();
  });

  it("receiving by scans gives a verdict per scan and blocks a duplicate serial", async () => {
    const data = sampleData();
    renderWith(fakeBackend(data), <App />);
    await open("Scan");
    const box = await screen.findByLabelText("Scan a pack");
    await waitFor(() => expect(screen.getByLabelText("Location")).toHaveValue("MAIN"));
    typeScan(box, pack("SN1"));
    const verdict = screen.getByRole("status", { name: "Verdict" });
    await waitFor(() => expect(verdict).toHaveTextContent("Accepted"));
    expect(verdict).toHaveClass("accepted");
    expect(verdict).toHaveTextContent(/Receive: recorded \(event #\d+\); the pack is now in stock at MAIN\./);
    typeScan(box, pack("SN2"));
    await waitFor(() => expect(screen.getByLabelText("This session's scans")).toHaveTextContent("2 scans"));
    typeScan(box, pack("SN1"));
    await waitFor(() => expect(verdict).toHaveTextContent("Blocked"));
    expect(verdict).toHaveClass("blocked");
    expect(verdict).toHaveTextContent("duplicate serial");
    expect(verdict).toHaveTextContent("Receive: nothing recorded.");
    expect(screen.getByLabelText("This session's scans")).toHaveTextContent("3 scans · 2 accepted · 0 warnings · 1 blocked");
    expect(data.packs.get("SN1")?.events).toHaveLength(1);
    expect(data.packs.get("SN1")?.events[0]?.raw_scan).toBe(pack("SN1"));
  });

  it("the scan screen asks for what the movement's rules say: a signature and its meaning, a reason", async () => {
    renderWith(fakeBackend(sampleData()), <App />);
    await open("Scan");
    await screen.findByLabelText("Scan a pack");
    expect(screen.queryByLabelText("Signature password")).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole("radio", { name: "Release" }));
    // A release is a QA decision: the api signs it "approved", and the field says so.
    expect(await screen.findByText("Your password (signs it as approved)")).toBeInTheDocument();
    expect(screen.queryByLabelText("Reason")).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole("radio", { name: "Destroy" }));
    expect(await screen.findByText("Your password (signs it as done by you)")).toBeInTheDocument();
    expect(screen.getByLabelText("Reason")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("radio", { name: "Dispense" }));
    await waitFor(() => expect(screen.queryByLabelText("Signature password")).not.toBeInTheDocument());
  });

  it("a keystroke while no text field has the focus brings it back to the scan box", async () => {
    renderWith(fakeBackend(sampleData()), <App />);
    await open("Scan");
    const box = await screen.findByLabelText("Scan a pack");
    box.blur();
    expect(box).not.toHaveFocus();
    fireEvent.keyDown(document.body, { key: "]", code: "BracketRight" });
    expect(box).toHaveFocus();
    (document.activeElement as HTMLElement | null)?.blur();
    fireEvent.keyDown(document.body, { key: GS, code: "Unidentified" });
    expect(box).toHaveFocus();
    expect(box).toHaveValue(GS);
  });

  it("shows a pack's chain of custody", async () => {
    const data = sampleData();
    renderWith(fakeBackend(data), <App />);
    await open("Scan");
    // The location comes from the locations list: scan once it has arrived, as a person would.
    await screen.findByRole("option", { name: "Main pharmacy (MAIN)" });
    typeScan(await screen.findByLabelText("Scan a pack"), pack("SN7"));
    await waitFor(() => expect(screen.getByRole("status", { name: "Verdict" })).toHaveTextContent("Accepted"));
    await open("Unit history");
    fireEvent.change(screen.getByLabelText("GTIN"), { target: { value: "09506000134352" } });
    fireEvent.change(screen.getByLabelText("Serial"), { target: { value: "SN7" } });
    fireEvent.click(screen.getByRole("button", { name: "Show" }));
    const timeline = await screen.findByRole("list", { name: "Chain of custody" });
    expect(within(timeline).getByText("receive")).toBeInTheDocument();
    expect(screen.getByLabelText("The pack now")).toHaveTextContent("in stock at MAIN");
  });

  it("enters a recall, quarantines affected stock and shows its reach", async () => {
    const data = sampleData();
    renderWith(fakeBackend(data), <App />);
    await open("Scan");
    // The location comes from the locations list: scan once it has arrived, as a person would.
    await screen.findByRole("option", { name: "Main pharmacy (MAIN)" });
    typeScan(await screen.findByLabelText("Scan a pack"), pack("SN3"));
    await waitFor(() => expect(screen.getByRole("status", { name: "Verdict" })).toHaveTextContent("Accepted"));
    await open("Recalls");
    fireEvent.click(screen.getByRole("button", { name: "New recall" }));
    const form = screen.getByRole("form", { name: "New recall" });
    fireEvent.change(within(form).getByLabelText("Recall number"), { target: { value: "RCL-9" } });
    fireEvent.change(within(form).getByLabelText("Title"), { target: { value: "Amoxicillin" } });
    fireEvent.change(within(form).getByLabelText("Reason"), { target: { value: "Contaminated" } });
    fireEvent.change(within(form).getByLabelText("GTIN"), { target: { value: "09506000134352" } });
    fireEvent.change(within(form).getByLabelText("Class"), { target: { value: "I" } });
    fireEvent.click(within(form).getByRole("button", { name: /Enter recall/ }));
    const reach = await screen.findByLabelText("Reach of RCL-9");
    expect(within(reach).getByLabelText("Reach by location and status")).toHaveTextContent("MAINquarantined1");
    expect(data.packs.get("SN3")?.status).toBe("quarantined");
    fireEvent.click(within(reach).getByRole("button", { name: "Print recall notice (PDF)" }));
    expect(await within(reach).findByRole("button", { name: /Open recall-notice-RCL-9.pdf/ })).toBeInTheDocument();
  });

  it("previews a report and saves it", async () => {
    renderWith(fakeBackend(sampleData()), <App />);
    await open("Reports");
    fireEvent.click(screen.getByRole("button", { name: "Preview" }));
    const doc = await screen.findByRole("article", { name: "Preview of Stock on hand" });
    expect(within(doc).getByText("Amoxicillin 500 mg capsules x21")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Save PDF" }));
    expect(await screen.findByRole("status")).toHaveTextContent(/Saved Stock on hand to \/tmp\/reports\/stock-on-hand-all-\d+\.pdf/);
  });

  it("first run sets up the site, refusing passwords that differ", async () => {
    const data = sampleData();
    data.info.site = null;
    renderWith(fakeBackend(data), <App />);
    const form = await screen.findByRole("form", { name: "Set up Custody" });
    fireEvent.change(within(form).getByLabelText("Site name"), { target: { value: "St. Mary's" } });
    fireEvent.change(within(form).getByLabelText("Password (at least 8 characters)"), { target: { value: "one password" } });
    fireEvent.change(within(form).getByLabelText("Password again"), { target: { value: "another" } });
    fireEvent.click(within(form).getByRole("button", { name: "Set up the site" }));
    expect(await within(form).findByRole("alert")).toHaveTextContent("The two passwords differ.");
    fireEvent.change(within(form).getByLabelText("Password again"), { target: { value: "one password" } });
    fireEvent.click(within(form).getByRole("button", { name: "Set up the site" }));
    expect(await screen.findByText("St. Mary's")).toBeInTheDocument();
  });

  it("first run can keep the database elsewhere, and starts again on it", async () => {
    const data = sampleData();
    data.info.site = null;
    const backend = fakeBackend(data);
    renderWith(backend, <App />);
    fireEvent.click(await screen.findByRole("button", { name: "Keep it elsewhere…" }));
    const place = screen.getByRole("form", { name: "Database location" });
    fireEvent.change(within(place).getByLabelText("Database folder"), { target: { value: "srv/custody" } });
    fireEvent.click(within(place).getByRole("button", { name: "Use this place" }));
    expect(await within(place).findByRole("alert")).toHaveTextContent("'srv/custody' is not a full path");
    expect(backend.restarts()).toBe(0);
    fireEvent.change(within(place).getByLabelText("Database folder"), { target: { value: "/srv/custody" } });
    fireEvent.click(within(place).getByRole("button", { name: "Use this place" }));
    expect(await within(place).findByRole("status")).toHaveTextContent("Starting again on /srv/custody/custody.db");
    expect(backend.restarts()).toBe(1);
  });

  it("first run opened with --db says where the database is and offers no other place", async () => {
    const data = sampleData();
    data.info.site = null;
    data.info.database_choosable = false;
    renderWith(fakeBackend(data), <App />);
    expect(await screen.findByText((_, el) => el?.tagName === "P" && el.textContent === "The database is /tmp/demo.db.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Keep it elsewhere…" })).not.toBeInTheDocument();
  });

  it("sorts a list by a column header: largest first, then smallest, then the list's own order", async () => {
    renderWith(fakeBackend(sampleData(5)), <App />);
    await open("Shortages");
    const table = await screen.findByRole("table", { name: "Shortages" });
    const orders = () => within(table).getAllByRole("row").slice(1).map((r) => Number(r.lastElementChild?.textContent));
    await waitFor(() => expect(orders()).toHaveLength(5));
    const own = orders();
    const header = within(table).getByRole("columnheader", { name: "Order" });
    expect(header).toHaveAttribute("aria-sort", "none");
    fireEvent.click(within(header).getByRole("button"));
    await waitFor(() => expect(header).toHaveAttribute("aria-sort", "descending"));
    await waitFor(() => expect(orders()).toEqual([...own].sort((a, b) => b - a)));
    fireEvent.click(within(header).getByRole("button"));
    await waitFor(() => expect(orders()).toEqual([...own].sort((a, b) => a - b)));
    expect(header).toHaveAttribute("aria-sort", "ascending");
    fireEvent.click(within(header).getByRole("button"));
    await waitFor(() => expect(orders()).toEqual(own));
    expect(header).toHaveAttribute("aria-sort", "none");
  });

  it("lists shortages and expiring stock, paged from the backend", async () => {
    renderWith(fakeBackend(sampleData(5)), <App />);
    await open("Shortages");
    const shortages = await screen.findByRole("table", { name: "Shortages" });
    await waitFor(() => expect(within(shortages).getAllByRole("row")).toHaveLength(6));
    expect(shortages).toHaveTextContent("Amoxicillin 500 mg capsules x21");
    await open("Expiry");
    const expiry = await screen.findByRole("table", { name: "Expired and expiring stock" });
    await waitFor(() => expect(expiry).toHaveTextContent("21 d ago"));
    fireEvent.change(screen.getByLabelText("Location"), { target: { value: "WARD-3A" } });
    await waitFor(() => expect(within(expiry).getAllByRole("row")).toHaveLength(3));
  });

  it("counts a location by scanning and shows what is missing", async () => {
    const data = sampleData();
    renderWith(fakeBackend(data), <App />);
    await open("Scan");
    const box = await screen.findByLabelText("Scan a pack");
    typeScan(box, pack("C1"));
    await waitFor(() => expect(screen.getByRole("status", { name: "Verdict" })).toHaveTextContent("Accepted"));
    typeScan(box, pack("C2"));
    await waitFor(() => expect(screen.getByLabelText("This session's scans")).toHaveTextContent("2 accepted"));
    await open("Counts");
    fireEvent.click(await screen.findByRole("button", { name: "Start the count" }));
    typeScan(await screen.findByLabelText("Scan each pack once"), pack("C1"));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Pack C1 counted. · 1 packs counted"));
    fireEvent.click(screen.getByRole("button", { name: "Finish and see the variance" }));
    const missing = await screen.findByRole("table", { name: "Missing" });
    expect(missing).toHaveTextContent("C2");
    expect(missing).not.toHaveTextContent("C1");
  });

  it("the scanner test shows what arrived, the group separator named, and how it decodes", async () => {
    renderWith(fakeBackend(sampleData()), <App />);
    await open("Settings");
    typeScan(await screen.findByLabelText("Scan to test"), pack("SN5"));
    expect(await screen.findByText("]d201095060001343521728123110L1⟨GS⟩21SN5")).toBeInTheDocument();
    expect(screen.getByRole("table", { name: "Elements" })).toHaveTextContent("(21)SERIALSN5");
  });

  it("records a recall's outcome and closes it with a signature", async () => {
    const data = sampleData();
    renderWith(fakeBackend(data), <App />);
    await open("Scan");
    typeScan(await screen.findByLabelText("Scan a pack"), pack("R1"));
    await waitFor(() => expect(screen.getByRole("status", { name: "Verdict" })).toHaveTextContent("Accepted"));
    await open("Recalls");
    fireEvent.click(screen.getByRole("button", { name: "New recall" }));
    const form = screen.getByRole("form", { name: "New recall" });
    fireEvent.change(within(form).getByLabelText("Recall number"), { target: { value: "RCL-5" } });
    fireEvent.change(within(form).getByLabelText("GTIN"), { target: { value: "09506000134352" } });
    fireEvent.click(within(form).getByRole("button", { name: /Enter recall/ }));
    const outcomes = await screen.findByRole("form", { name: "Outcomes" });
    const close = within(outcomes).getByRole("button", { name: "Close recall (signed)" });
    expect(close).toBeDisabled();
    fireEvent.click(within(outcomes).getByRole("button", { name: "Record outcome" }));
    await waitFor(() => expect(close).toBeEnabled());
    fireEvent.change(within(outcomes).getByLabelText("Signature password"), { target: { value: "custody-demo" } });
    fireEvent.click(close);
    expect(await screen.findByText(/Closed 2026-11-22 09:30 by Demo Administrator \(admin\), signed \(approved\)/)).toBeInTheDocument();
  });

  it("a manager sets a product's reorder rule from its detail", async () => {
    renderWith(fakeBackend(sampleData()), <App />);
    await open("Stock");
    fireEvent.click(await screen.findByRole("row", { name: /Amoxicillin 500 mg capsules x21/ }));
    const panel = await screen.findByRole("complementary", { name: "Product detail" });
    const form = await within(panel).findByRole("form", { name: "Reorder rule" });
    await waitFor(() => expect(within(form).getByLabelText("Reorder point")).toHaveValue("10"));
    fireEvent.change(within(form).getByLabelText("Reorder point"), { target: { value: "40" } });
    fireEvent.click(within(form).getByRole("button", { name: "Save rule" }));
    expect(await within(form).findByRole("alert")).toHaveTextContent("the par level must be at least the reorder point");
    fireEvent.change(within(form).getByLabelText("Par level"), { target: { value: "60" } });
    fireEvent.click(within(form).getByRole("button", { name: "Save rule" }));
    expect(await within(form).findByRole("status")).toHaveTextContent("Rule saved for MAIN.");
    await waitFor(() => expect(within(panel).getByRole("table", { name: "Positions" })).toHaveTextContent("40/60"));
  });

  it("a product's detail shows its positions, lots and daily use", async () => {
    renderWith(fakeBackend(sampleData()), <App />);
    await open("Stock");
    const row = await screen.findByRole("row", { name: /Amoxicillin 500 mg capsules x21/ });
    fireEvent.click(row);
    const panel = await screen.findByRole("complementary", { name: "Product detail" });
    expect(await within(panel).findByRole("table", { name: "Positions" })).toHaveTextContent("MAIN1010");
    expect(within(panel).getByRole("img", { name: "Daily use over 3 days with use, at most 3 a day" })).toBeInTheDocument();
    expect(within(panel).getByRole("table", { name: "Lots" })).toHaveTextContent("2027-05-31L0MAIN10");
  });

  it("receiving against an expected shipment shows matched, unexpected and still expected", async () => {
    renderWith(fakeBackend(sampleData()), <App />);
    await open("Scan");
    const box = await screen.findByLabelText("Scan a pack");
    const choose = await screen.findByLabelText("Expected shipment");
    await waitFor(() => expect(within(choose).getByRole("option", { name: "DESADV-7 (0/3 lines)" })).toBeInTheDocument());
    fireEvent.change(choose, { target: { value: "7" } });
    const progress = await screen.findByLabelText("Shipment progress");
    expect(progress).toHaveTextContent("0 of 3 lines matched · 0 unexpected · 3 still expected");
    typeScan(box, pack("S701"));
    await waitFor(() => expect(progress).toHaveTextContent("1 of 3 lines matched · 0 unexpected · 2 still expected"));
    typeScan(box, pack("X999"));
    await waitFor(() => expect(progress).toHaveTextContent("1 of 3 lines matched · 1 unexpected · 2 still expected"));
    expect(screen.getByRole("status", { name: "Verdict" })).toHaveClass("warning");
    expect(progress).toHaveTextContent("still expected: SN S702");
  });

  it("receiving imports the supplier's despatch advice and matches scans against it", async () => {
    renderWith(fakeBackend(sampleData()), <App />);
    await open("Scan");
    const box = await screen.findByLabelText("Scan a pack");
    const file = (body: string) => new File([body], "DESADV-9.csv", { type: "text/csv" });
    fireEvent.change(screen.getByLabelText("Import a despatch advice"), {
      target: { files: [file("gtin,serial,lot,expiry,quantity,po\n09506000134352,S901,L1,2028-12-31,1,PO-9\nnot-a-gtin,S902,L1,2028-12-31,1,PO-9\n")] },
    });
    expect(await screen.findByRole("alert")).toHaveTextContent("line 3, gtin: not a GTIN");
    fireEvent.change(screen.getByLabelText("Import a despatch advice"), {
      target: { files: [file("gtin,serial,lot,expiry,quantity,po\n09506000134352,S901,L1,2028-12-31,1,PO-9\n09506000134352,S902,L1,2028-12-31,1,PO-9\n")] },
    });
    expect(await screen.findByText("Imported DESADV-9: 2 line(s) expected.")).toBeInTheDocument();
    const progress = await screen.findByLabelText("Shipment progress");
    expect(progress).toHaveTextContent("0 of 2 lines matched");
    typeScan(box, pack("S901"));
    await waitFor(() => expect(progress).toHaveTextContent("1 of 2 lines matched · 0 unexpected · 1 still expected"));
  });

  it("settings add a location and report a bad product file by line", async () => {
    renderWith(fakeBackend(sampleData()), <App />);
    await open("Settings");
    fireEvent.click(await screen.findByRole("tab", { name: "Site and locations" }));
    const form = await screen.findByRole("form", { name: "Add a location" });
    fireEvent.change(within(form).getByLabelText("Location code"), { target: { value: "WARD-9" } });
    fireEvent.change(within(form).getByLabelText("Location name"), { target: { value: "Ward 9" } });
    fireEvent.click(within(form).getByRole("button", { name: "Add location" }));
    await waitFor(() => expect(screen.getByRole("table", { name: "Locations" })).toHaveTextContent("WARD-9Ward 9ward"));
    fireEvent.click(screen.getByRole("tab", { name: "Products and rules" }));
    const file = new File(["gtin,name\n09506000134352,Amoxicillin\nnot-a-gtin,Bad\n"], "products.csv", { type: "text/csv" });
    fireEvent.change(screen.getByLabelText("Import products (CSV)"), { target: { files: [file] } });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("nothing was imported");
    expect(alert).toHaveTextContent("line 3, gtin: not a GTIN");
  });

  it("settings: an administrator adds a user, disables them, and sets the alert windows", async () => {
    renderWith(fakeBackend(sampleData()), <App />);
    await open("Settings");
    fireEvent.click(await screen.findByRole("tab", { name: "Users" }));
    const form = await screen.findByRole("form", { name: "Add a user" });
    fireEvent.change(within(form).getByLabelText("Username"), { target: { value: "nina" } });
    fireEvent.change(within(form).getByLabelText("Full name"), { target: { value: "Nina Novak" } });
    fireEvent.change(within(form).getByLabelText("Role"), { target: { value: "qa" } });
    fireEvent.change(within(form).getByLabelText("First password"), { target: { value: "a long password" } });
    fireEvent.change(within(form).getByLabelText("Password again"), { target: { value: "another one" } });
    fireEvent.click(within(form).getByRole("button", { name: "Add user" }));
    expect(await within(form).findByRole("alert")).toHaveTextContent("The two passwords differ.");
    fireEvent.change(within(form).getByLabelText("Password again"), { target: { value: "a long password" } });
    fireEvent.click(within(form).getByRole("button", { name: "Add user" }));
    const table = screen.getByRole("table", { name: "Users" });
    await waitFor(() => expect(table).toHaveTextContent("ninaNina Novakqaactive"));
    fireEvent.click(screen.getByRole("button", { name: "Disable nina" }));
    await waitFor(() => expect(table).toHaveTextContent("ninaNina Novakqadisabled"));
    // A new password is set in a dialog.
    fireEvent.click(screen.getByRole("button", { name: "New password for nina" }));
    const dialog = await screen.findByRole("dialog", { name: "New password for Nina Novak" });
    fireEvent.change(within(dialog).getByLabelText("New password (at least 8 characters)"), { target: { value: "fresh password" } });
    fireEvent.change(within(dialog).getByLabelText("New password again"), { target: { value: "fresh password" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Set password" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());

    fireEvent.click(screen.getByRole("tab", { name: "Scanning and receipts" }));
    const windows = await screen.findByLabelText("Alert windows (days)");
    await waitFor(() => expect(windows).toHaveValue("30, 60, 90"));
    fireEvent.change(windows, { target: { value: "14, 7" } });
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Saved.");
    await waitFor(() => expect(windows).toHaveValue("7, 14"));
  });
});
