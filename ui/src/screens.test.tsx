// The screens as a person uses them, on what custody-api answered when each flow was recorded
// (`crates/api/tests/it/transcripts.rs`): a request the screen makes that the api was never asked
// fails the test, and what the screen shows is compared with the recorded answer.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { App } from "./App";
import { flow, recorded, replayBackend } from "./test/replayBackend";
import { renderWith } from "./test/render";

const GS = String.fromCharCode(29);
/** The fixture's pack of Amoxicillin with `serial`, as a scanner sends it. */
const pack = (serial: string) => `]d2010950600013435217280630${GS}10L1${GS}21${serial}`;

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

/** The scan screen, once its lists have arrived, with this workstation at MAIN: chosen when the
 * screen asks (the first time on this computer for this database), remembered after. */
async function scanScreen() {
  await open("Scan");
  await screen.findByRole("option", { name: "Main store (MAIN)" });
  const asked = screen.queryByRole("form", { name: "Workstation location" });
  if (asked) {
    fireEvent.change(within(asked).getByLabelText("Workstation location"), { target: { value: "MAIN" } });
    fireEvent.click(within(asked).getByRole("button", { name: "Use this location" }));
  }
  return screen.findByLabelText("Scan a pack");
}

/** Chooses where a receipt comes from: the fixture's supplier. */
function fromAcme() {
  fireEvent.change(screen.getByLabelText("Partner"), { target: { value: "ACME" } });
}

describe("screens", () => {
  it("home shows what needs attention, each figure a way into its list", async () => {
    renderWith(replayBackend(flow("home")), <App />);
    expect(await screen.findByText("Needs attention")).toBeInTheDocument();
    const recalls = (recorded("home", 1).ok as { open_recalls: number }).open_recalls;
    const tile = await screen.findByRole("button", { name: /Open recalls/ });
    expect(tile).toHaveTextContent(String(recalls));
    fireEvent.click(tile);
    expect(await screen.findByRole("heading", { name: "Recalls" })).toBeInTheDocument();
    expect(await screen.findByText("No recalls yet.")).toBeInTheDocument();
  });

  it("receiving by scans gives a verdict per scan, asks about a repeated code, blocks a second pack, and the pack's history shows it held as suspect", async () => {
    const backend = replayBackend(flow("receiving"));
    renderWith(backend, <App />);
    const box = await scanScreen();
    expect(await screen.findByRole("note"), "the supplier is asked for before the first scan").toHaveTextContent("Before scanning: choose the supplier");
    typeScan(box, pack("S1"));
    expect(screen.getByLabelText("This session's scans"), "a scan the receipt would refuse is not sent").toHaveTextContent("0 scans");
    fromAcme();
    await waitFor(() => expect(screen.queryByRole("note")).not.toBeInTheDocument());
    typeScan(box, pack("S1"));
    const verdict = screen.getByRole("status", { name: "Verdict" });
    await waitFor(() => expect(verdict).toHaveTextContent("Accepted"));
    expect(verdict).toHaveClass("accepted");
    typeScan(box, pack("S2"));
    await waitFor(() => expect(screen.getByLabelText("This session's scans")).toHaveTextContent("2 scans"));
    typeScan(box, pack("S1"));
    expect(verdict, "a code recorded earlier in the session is asked about before it is sent").toHaveTextContent(
      "The same pack again, or a second pack with the same code?",
    );
    fireEvent.click(within(verdict).getByRole("button", { name: "A second pack" }));
    await waitFor(() => expect(verdict).toHaveTextContent("Blocked"));
    expect(verdict).toHaveClass("blocked");
    const duplicate = recorded("receiving", 10).ok as { code: string; message: string };
    expect(duplicate.code, "the api holds a second receipt of a serial").toBe("duplicate_serial");
    expect(verdict).toHaveTextContent(duplicate.message);
    expect(screen.getByLabelText("This session's scans")).toHaveTextContent("3 scans · 2 accepted · 0 warnings · 1 blocked");

    await open("Unit history");
    fireEvent.change(screen.getByLabelText("GTIN"), { target: { value: "09506000134352" } });
    fireEvent.change(screen.getByLabelText("Serial"), { target: { value: "S1" } });
    fireEvent.click(screen.getByRole("button", { name: "Show" }));
    const timeline = await screen.findByRole("list", { name: "Chain of custody" });
    expect(within(timeline).getByText("receive")).toBeInTheDocument();
    // Core holds a pack received twice as suspect, in quarantine where it is, as the api answered.
    const held = duplicate as unknown as { recorded: { status: string; location: string } };
    expect(held.recorded.status).toBe("quarantined");
    expect(screen.getByLabelText("The pack now")).toHaveTextContent(`quarantined at ${held.recorded.location}`);
    expect(screen.getByLabelText("The pack now")).toHaveTextContent("suspect");
    expect(backend.done(), "every write of the flow was made, in order").toBe(true);
  });

  it("the scan screen asks for what the movement's rules say: a signature and its meaning, a reason", async () => {
    renderWith(replayBackend(flow("movement-rules")), <App />);
    await scanScreen();
    expect(screen.queryByLabelText("Signature password")).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole("radio", { name: "Release" }));
    const release = recorded("movement-rules", 6).ok as { signature: string | null };
    expect(release.signature, "a release is a QA decision, signed as approved").toBe("approved");
    expect(await screen.findByText("Your password (signs it as approved)")).toBeInTheDocument();
    expect(screen.queryByLabelText("Reason")).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole("radio", { name: "Destroy" }));
    expect(await screen.findByText("Your password (signs it as done by you)")).toBeInTheDocument();
    expect(screen.getByLabelText("Reason")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("radio", { name: "Dispense" }));
    expect(screen.getByRole("radio", { name: "Destroy" }), "a QA officer may not dispense: the movement stays as it was").toBeChecked();
    fireEvent.click(screen.getByRole("radio", { name: "Receive" }));
    await waitFor(() => expect(screen.queryByLabelText("Signature password")).not.toBeInTheDocument());
  });

  it("a keystroke while no text field has the focus brings it back to the scan box", async () => {
    renderWith(replayBackend(flow("receiving")), <App />);
    const box = await scanScreen();
    box.blur();
    expect(box).not.toHaveFocus();
    fireEvent.keyDown(document.body, { key: "]", code: "BracketRight" });
    expect(box).toHaveFocus();
    (document.activeElement as HTMLElement | null)?.blur();
    fireEvent.keyDown(document.body, { key: GS, code: "Unidentified" });
    expect(box).toHaveFocus();
    expect(box).toHaveValue(GS);
  });

  it("enters a recall step by step after a preview of its hold, ticks packs by scan once the outcome is chosen, refuses one not in it, says what everything open would record, records a location signed and closes", async () => {
    const backend = replayBackend(flow("recalling"));
    renderWith(backend, <App />);
    const step = (op: string, n = 0) => flow("recalling").steps.filter((s) => s.op === op)[n];
    await open("Recalls");
    fireEvent.click(await screen.findByRole("button", { name: "New recall" }));
    const steps = screen.getByRole("region", { name: "New recall" });
    fireEvent.change(within(steps).getByLabelText("Search product"), { target: { value: "Amox" } });
    fireEvent.click(await within(steps).findByRole("button", { name: /Amoxicillin 500 mg/ }));
    expect(within(steps).getByRole("status", { name: "Product chosen" }), "the GTIN is shown back with the name").toHaveTextContent("Amoxicillin 500 mg GTIN 09506000134352");
    fireEvent.click(within(steps).getByRole("button", { name: "Next: What is recalled" }));
    fireEvent.click(within(steps).getByRole("radio", { name: "Some lots" }));
    fireEvent.click(within(steps).getByRole("button", { name: "Next: Details" }));
    expect(await within(steps).findByRole("alert"), "some lots with none named is refused, never every lot").toHaveTextContent("Name at least one lot");
    fireEvent.click(await within(steps).findByRole("checkbox", { name: /L1/ }));
    fireEvent.click(within(steps).getByRole("button", { name: "Next: Details" }));
    fireEvent.change(within(steps).getByLabelText("Recall number"), { target: { value: "RCL-1" } });
    fireEvent.change(within(steps).getByLabelText("Title"), { target: { value: "Amoxicillin lot L1" } });
    fireEvent.change(within(steps).getByLabelText("Reason"), { target: { value: "Out of specification" } });
    fireEvent.click(within(steps).getByRole("button", { name: "Next: Preview and confirm" }));
    const preview = step("preview_recall")?.ok as { units: number; locations: number; blocked: number };
    const sentence = await within(steps).findByText(/^This will quarantine/);
    expect(sentence, "the preview's figures, before anything is written").toHaveTextContent(`This will quarantine ${preview.units} pack(s) at ${preview.locations} location(s) and block ${preview.blocked} more`);
    fireEvent.click(within(steps).getByRole("button", { name: /Confirm: enter the recall/ }));
    const reach = await screen.findByLabelText("Reach of RCL-1");
    const held = (step("create_recall")?.ok as { hold: { units: number } }).hold.units;
    expect(held, "the hold quarantined what the preview said").toBe(preview.units);

    const outcomes = within(reach).getByRole("region", { name: "Outcomes" });
    const box = within(outcomes).getByLabelText("Scan each pack as it is pulled");
    expect(within(outcomes).getByLabelText("Outcome"), "no outcome is chosen for the person").toHaveValue("");
    expect(within(outcomes).queryByRole("option", { name: "Not found" }), "a scanned pack is in the person's hand: never not found").toBeNull();
    const writes = backend.calls.length;
    typeScan(box, pack("R1"));
    expect(await within(outcomes).findByRole("alert"), "a scan before the outcome is chosen records nothing and says what is missing").toHaveTextContent("Not recorded: Choose the outcome first");
    fireEvent.change(within(outcomes).getByLabelText("Outcome"), { target: { value: "destroyed" } });
    typeScan(box, pack("R1"));
    expect(await within(outcomes).findByText(/Type your password first/, { selector: ".tick" }), "destroying is signed: the password before the scan").toBeInTheDocument();
    expect(backend.calls.slice(writes).some((c) => c.op === "recall_outcome_scan"), "nothing was sent while something was missing").toBe(false);
    fireEvent.change(within(outcomes).getByLabelText("Signature password"), { target: { value: "correct horse" } });
    const open0 = (step("recall_reach")?.ok as { summary: { open: number } }).summary.open;
    const before = backend.calls.length;
    typeScan(box, pack("R1"));
    expect(await within(outcomes).findByText(/^✓ R1/), "the scan ticks the pack, says its outcome and how many are still open").toHaveTextContent(`destroyed. ${open0 - 1} still open.`);
    expect(within(reach).getByText(`${open0 - 1} item(s) still need an outcome before it can close.`, { exact: false }), "the reach is updated from the answer").toBeInTheDocument();
    expect(backend.calls.slice(before).map((c) => c.op), "one scan reads only that pack: the whole reach is not read again").not.toContain("recall_reach");
    typeScan(box, `]d2010950600013435217280630${GS}10L2${GS}21X9`);
    const refused = step("recall_outcome_scan", 1)?.error;
    expect(refused?.code).toBe("recall.scanned_pack_not_affected");
    await waitFor(() => expect(within(outcomes).getAllByRole("alert").some((a) => a.textContent === `✗ ${refused?.message}`), "a pack not in the recall is refused with why").toBe(true));

    fireEvent.click(within(outcomes).getByRole("radio", { name: "Everything open" }));
    fireEvent.click(within(outcomes).getByRole("button", { name: "Record for every open item" }));
    expect(within(outcomes).getByRole("group", { name: "Confirm" }), "everything open says how many it will record before recording").toHaveTextContent(`“destroyed” for ${open0 - 1} pack(s)`);
    fireEvent.click(within(outcomes).getByRole("button", { name: "Cancel" }));
    fireEvent.click(within(outcomes).getByRole("radio", { name: "A whole location" }));
    fireEvent.change(within(outcomes).getByLabelText("Location"), { target: { value: "MAIN" } });
    const close = within(outcomes).getByRole("button", { name: "Close recall (signed)" });
    expect(close).toBeDisabled();
    fireEvent.click(within(outcomes).getByRole("button", { name: "Record for MAIN" }));
    await waitFor(() => expect(close).toBeEnabled());
    expect(within(outcomes).getByText(/^Recorded for/), "what the recording did").toBeInTheDocument();
    fireEvent.click(within(outcomes).getByRole("radio", { name: "A whole lot" }));
    expect(within(outcomes).queryByText(/^Recorded for/), "the answer of another target does not stay on screen").toBeNull();
    fireEvent.click(close);
    const closed = step("close_recall")?.ok as { closed_at: string };
    const when = closed.closed_at.slice(0, 16).replace("T", " ");
    expect(await screen.findByText(`Closed ${when} by Quinn QA (quinn), signed (approved).`, { exact: false })).toBeInTheDocument();
    expect(backend.done(), "every write of the flow was made, in order").toBe(true);
  });

  it("a new recall's product is chosen by scanning a pack: its GTIN shown back with the name, the scope starting at its lot", async () => {
    renderWith(replayBackend(flow("recalling")), <App />);
    await open("Recalls");
    fireEvent.click(await screen.findByRole("button", { name: "New recall" }));
    const steps = screen.getByRole("region", { name: "New recall" });
    typeScan(within(steps).getByLabelText("Scan a pack of the recalled product"), pack("R2"));
    expect(await within(steps).findByRole("status", { name: "Product chosen" }), "the scanned GTIN, shown with the product's name").toHaveTextContent("Amoxicillin 500 mg GTIN 09506000134352");
    fireEvent.click(within(steps).getByRole("button", { name: "Next: What is recalled" }));
    expect(within(steps).getByRole("radio", { name: "Some lots" }), "a scanned pack starts the scope at its lot").toBeChecked();
    expect(await within(steps).findByRole("checkbox", { name: /L1/ })).toBeChecked();
    fireEvent.change(within(steps).getByLabelText("Other lots"), { target: { value: "A1, A2" } });
    fireEvent.click(within(steps).getByRole("button", { name: "Back" }));
    fireEvent.click(within(steps).getByRole("button", { name: "Next: What is recalled" }));
    expect(within(steps).getByLabelText("Other lots"), "lots typed are kept through Back and Next").toHaveValue("A1, A2");
    fireEvent.change(within(steps).getByLabelText("Other lots"), { target: { value: "A1, A2, A3" } });
    expect(within(steps).getByText(/^Lots recalled:/), "typing never drops a ticked or typed lot").toHaveTextContent("Lots recalled: L1, A1, A2, A3");

    await open("Home");
    await open("Recalls");
    const again = await screen.findByRole("region", { name: "New recall" });
    expect(within(again).getByLabelText("Other lots"), "leaving the screen keeps the half-entered recall where it was").toHaveValue("A1, A2, A3");
    fireEvent.click(within(again).getByRole("button", { name: "Back" }));
    fireEvent.click(within(again).getByRole("button", { name: "Cancel" }));
    expect(screen.getByRole("button", { name: "New recall" }), "cancelled on purpose, it is forgotten").toBeInTheDocument();
  });

  it("counts a location by scanning and shows what is missing", async () => {
    const backend = replayBackend(flow("counting"));
    renderWith(backend, <App />);
    await open("Counts");
    await screen.findByRole("option", { name: "Main store (MAIN)" });
    fireEvent.click(await screen.findByRole("button", { name: "Start the count" }));
    const box = await screen.findByLabelText("Scan each pack once");
    typeScan(box, pack("C1"));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("1 packs counted"));
    typeScan(box, pack("C1"));
    const again = recorded("counting", 9).ok as { code: string };
    expect(again.code, "a pack counts once").toBe("already_counted");
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("1 packs counted"));
    fireEvent.click(screen.getByRole("button", { name: "Finish and see the variance" }));
    const missing = await screen.findByRole("table", { name: "Missing" });
    expect(missing).toHaveTextContent("C2");
    expect(missing).not.toHaveTextContent("C1");
    fireEvent.change(screen.getByLabelText("Signature password"), { target: { value: "correct horse" } });
    fireEvent.click(screen.getByRole("button", { name: /Apply/ }));
    await waitFor(() => expect(backend.done(), "the count was applied, signed").toBe(true));
    expect(await screen.findByRole("status"), "what Apply wrote stays on screen").toHaveTextContent("Applied:");
    await waitFor(() => expect(screen.queryByRole("button", { name: "Abandon" }), "an applied count cannot be abandoned: not offered").toBeNull());
  });

  it("settings add a location, and the api's refusal of a code in use is shown", async () => {
    const backend = replayBackend(flow("master-data"));
    renderWith(backend, <App />);
    await open("Settings");
    fireEvent.click(await screen.findByRole("tab", { name: "Site and locations" }));
    const form = await screen.findByRole("form", { name: "Add a location" });
    const add = (name: string) => {
      fireEvent.change(within(form).getByLabelText("Location code"), { target: { value: "WARD-9" } });
      fireEvent.change(within(form).getByLabelText("Location name"), { target: { value: name } });
      fireEvent.click(within(form).getByRole("button", { name: "Add location" }));
    };
    add("Ward 9");
    await waitFor(() => expect(screen.getByRole("table", { name: "Locations" })).toHaveTextContent("WARD-9Ward 9ward"));
    add("Ward 9 again");
    const taken = recorded("master-data", 5).error;
    expect(taken?.code, "a location code is used once").toBe("master.location_exists");
    expect(await within(form).findByRole("alert")).toHaveTextContent(taken?.message ?? "");
    expect(backend.done()).toBe(true);
  });

  it("an administrator adds a user (the api refusing passwords that differ), disables them and sets their password", async () => {
    const backend = replayBackend(flow("users"));
    renderWith(backend, <App />);
    await open("Settings");
    fireEvent.click(await screen.findByRole("tab", { name: "Users" }));
    const form = await screen.findByRole("form", { name: "Add a user" });
    fireEvent.change(within(form).getByLabelText("Username"), { target: { value: "nina" } });
    fireEvent.change(within(form).getByLabelText("Full name"), { target: { value: "Nina Novak" } });
    fireEvent.change(within(form).getByLabelText("Role"), { target: { value: "qa" } });
    fireEvent.change(within(form).getByLabelText("First password"), { target: { value: "a long password" } });
    fireEvent.change(within(form).getByLabelText("Password again"), { target: { value: "another one" } });
    fireEvent.click(within(form).getByRole("button", { name: "Add user" }));
    const differ = recorded("users", 2).error;
    expect(differ?.args.field, "the api names the field to type again").toBe("password_again");
    expect(await within(form).findByRole("alert")).toHaveTextContent(differ?.message ?? "");
    fireEvent.change(within(form).getByLabelText("Password again"), { target: { value: "a long password" } });
    fireEvent.click(within(form).getByRole("button", { name: "Add user" }));
    const table = screen.getByRole("table", { name: "Users" });
    await waitFor(() => expect(table).toHaveTextContent("ninaNina Novakqaactive"));
    fireEvent.click(screen.getByRole("button", { name: "Disable nina" }));
    await waitFor(() => expect(table).toHaveTextContent("ninaNina Novakqadisabled"));
    fireEvent.click(screen.getByRole("button", { name: "New password for nina" }));
    const dialog = await screen.findByRole("dialog", { name: "New password for Nina Novak" });
    fireEvent.change(within(dialog).getByLabelText("New password (at least 8 characters)"), { target: { value: "fresh password" } });
    fireEvent.change(within(dialog).getByLabelText("New password again"), { target: { value: "fresh password" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Set password" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(backend.done()).toBe(true);
  });

  it("the scanner test shows what arrived, the group separator named, and how the site's settings decode it", async () => {
    renderWith(replayBackend(flow("scanner-test-and-imports")), <App />);
    await open("Settings");
    typeScan(await screen.findByLabelText("Scan to test"), pack("SN5"));
    expect(await screen.findByText("]d2010950600013435217280630⟨GS⟩10L1⟨GS⟩21SN5")).toBeInTheDocument();
    expect(screen.getByRole("table", { name: "Elements" })).toHaveTextContent("(21)SERIALSN5");
  });

  it("a product file is refused whole, its problems listed by line as the api found them", async () => {
    renderWith(replayBackend(flow("scanner-test-and-imports")), <App />);
    await open("Settings");
    fireEvent.click(await screen.findByRole("tab", { name: "Products and rules" }));
    const file = new File(["gtin,name\n09506000134352,Amoxicillin\nnot-a-gtin,Bad\n"], "products.csv", { type: "text/csv" });
    fireEvent.change(screen.getByLabelText("Import products (CSV)"), { target: { files: [file] } });
    const refused = recorded("scanner-test-and-imports", 5).error;
    expect(refused?.code, "all lines or none").toBe("import.rejected");
    const alert = await screen.findByRole("alert");
    for (const p of refused?.args.problems as Array<{ line: number }>) expect(alert).toHaveTextContent(`line ${p.line}`);
  });

  it("first run sets up the site, showing the api's refusal of passwords that differ", async () => {
    const backend = replayBackend(flow("first-run"), { signedOut: true, info: { site_name: null, database: "/data/custody.db", database_choosable: true } });
    renderWith(backend, <App />);
    const form = await screen.findByRole("form", { name: "Set up Custody" });
    const type = (label: string, value: string) => fireEvent.change(within(form).getByLabelText(label), { target: { value } });
    type("Site code", "SM1");
    type("Site name", "St. Mary's");
    type("Administrator's username", "mary");
    type("Administrator's full name", "Mary Admin");
    type("Password (at least 8 characters)", "one password");
    type("Password again", "another");
    fireEvent.click(within(form).getByRole("button", { name: "Set up the site" }));
    const differ = recorded("first-run", 0).error;
    expect(differ?.code).toBe("auth.passwords_differ");
    expect(await within(form).findByRole("alert")).toHaveTextContent(differ?.message ?? "");
    type("Password again", "one password");
    fireEvent.click(within(form).getByRole("button", { name: "Set up the site" }));
    expect(await screen.findByText("St. Mary's")).toBeInTheDocument();
    expect(backend.done()).toBe(true);
  });

  it("first run can keep the database elsewhere, and starts again on it", async () => {
    const backend = replayBackend(flow("first-run"), { signedOut: true, info: { site_name: null, database_choosable: true } });
    renderWith(backend, <App />);
    fireEvent.click(await screen.findByRole("button", { name: "Keep it elsewhere…" }));
    const place = screen.getByRole("form", { name: "Database location" });
    fireEvent.change(within(place).getByLabelText("Database folder"), { target: { value: "/srv/custody" } });
    fireEvent.click(within(place).getByRole("button", { name: "Use this place" }));
    expect(await within(place).findByRole("status")).toHaveTextContent("Starting again on /srv/custody/custody.db");
    expect(backend.restarts).toBe(1);
  });

  it("first run opened with --db says where the database is and offers no other place", async () => {
    renderWith(replayBackend(flow("first-run"), { signedOut: true, info: { site_name: null, database: "/data/custody.db" } }), <App />);
    expect(await screen.findByText((_, el) => el?.tagName === "P" && el.textContent === "The database is /data/custody.db.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Keep it elsewhere…" })).not.toBeInTheDocument();
  });

  it("sorts the shortage list by a column header, as the api sorts it: largest first, then smallest, then its own order", async () => {
    const backend = replayBackend(flow("levels"));
    renderWith(backend, <App />);
    await open("Shortages");
    const table = await screen.findByRole("table", { name: "Shortages" });
    const orders = () => within(table).getAllByRole("row").slice(1).map((r) => Number(r.lastElementChild?.textContent));
    const answered = (i: number) => (recorded("levels", i).ok as { rows: Array<{ suggested_order: number }> }).rows.map((p) => p.suggested_order);
    await waitFor(() => expect(orders()).toEqual(answered(2)));
    const header = within(table).getByRole("columnheader", { name: "Order" });
    expect(header).toHaveAttribute("aria-sort", "none");
    fireEvent.click(within(header).getByRole("button"));
    await waitFor(() => expect(header).toHaveAttribute("aria-sort", "descending"));
    await waitFor(() => expect(orders()).toEqual(answered(3)));
    expect(answered(3), "the api put the largest order first").toEqual([...answered(3)].sort((a, b) => b - a));
    fireEvent.click(within(header).getByRole("button"));
    await waitFor(() => expect(orders()).toEqual(answered(4)));
    expect(header).toHaveAttribute("aria-sort", "ascending");
    fireEvent.click(within(header).getByRole("button"));
    await waitFor(() => expect(header).toHaveAttribute("aria-sort", "none"));
    expect(orders()).toEqual(answered(2));
    expect(backend.calls.filter((c) => c.op === "shortages").map((c) => (c.request as { sort: string }).sort)).toContain("suggested_order");
  });

  it("lists stock expiring within the site's widest alert window, and one location's", async () => {
    renderWith(replayBackend(flow("levels")), <App />);
    await open("Expiry");
    const expiry = await screen.findByRole("table", { name: "Expired and expiring stock" });
    const line = (recorded("levels", 6).ok as { rows: Array<{ days_left: number; lot: string }> }).rows[0];
    await waitFor(() => expect(expiry).toHaveTextContent(`in ${line?.days_left ?? 0} d`));
    expect(expiry).toHaveTextContent(line?.lot ?? "");
    await screen.findByRole("option", { name: "Ward 3 (WARD-3)" });
    fireEvent.change(screen.getByLabelText("Location"), { target: { value: "WARD-3" } });
    expect(await screen.findByText("Nothing expired or expiring in this window.")).toBeInTheDocument();
  });

  it("a manager sets a product's reorder rule from its detail, the api refusing a par level below the reorder point", async () => {
    const backend = replayBackend(flow("product-rule"));
    renderWith(backend, <App />);
    await open("Stock");
    fireEvent.click(await screen.findByRole("row", { name: /Amoxicillin 500 mg/ }));
    const panel = await screen.findByRole("complementary", { name: "Product detail" });
    const form = await within(panel).findByRole("form", { name: "Reorder rule" });
    await waitFor(() => expect(within(form).getByLabelText("At")).toHaveValue("MAIN"));
    fireEvent.change(within(form).getByLabelText("Reorder point"), { target: { value: "40" } });
    fireEvent.change(within(form).getByLabelText("Par level"), { target: { value: "10" } });
    fireEvent.click(within(form).getByRole("button", { name: "Save rule" }));
    const refused = recorded("product-rule", 4).error;
    expect(refused?.code).toBe("levels.rule_invalid");
    expect(await within(form).findByRole("alert")).toHaveTextContent(refused?.message ?? "");
    fireEvent.change(within(form).getByLabelText("Par level"), { target: { value: "60" } });
    fireEvent.click(within(form).getByRole("button", { name: "Save rule" }));
    expect(await within(form).findByRole("status")).toHaveTextContent("Rule saved for MAIN.");
    await waitFor(() => expect(within(panel).getByRole("table", { name: "Positions" })).toHaveTextContent("40/60"));
    expect(backend.done()).toBe(true);
  });

  it("receiving imports the supplier's despatch advice (refused whole first) and matches scans against it", async () => {
    const backend = replayBackend(flow("shipment-import"));
    renderWith(backend, <App />);
    const box = await scanScreen();
    fromAcme();
    const file = (body: string) => new File([body], "DESADV-9.csv", { type: "text/csv" });
    const advice = (second: string) =>
      `gtin,serial,lot,expiry,quantity,po\n09506000134352,S901,L1,2028-06-30,1,PO-9\n${second},S902,L1,2028-06-30,1,PO-9\n`;
    fireEvent.change(screen.getByLabelText("Import a despatch advice"), { target: { files: [file(advice("not-a-gtin"))] } });
    const refused = recorded("shipment-import", 6).error;
    expect(refused?.code, "all lines or none").toBe("import.rejected");
    expect(await screen.findByRole("alert")).toHaveTextContent("line 3");
    fireEvent.change(screen.getByLabelText("Import a despatch advice"), { target: { files: [file(advice("09506000134352"))] } });
    const progress = await screen.findByLabelText("Shipment progress");
    await waitFor(() => expect(progress).toHaveTextContent("0 of 2 lines matched"));
    typeScan(box, pack("S901"));
    await waitFor(() => expect(progress).toHaveTextContent("1 of 2 lines matched · 0 unexpected · 1 still expected"));
    expect(backend.done()).toBe(true);
  });
});
