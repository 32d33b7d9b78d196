import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Backend } from "../backend/backend";
import type { AppInfo, Role, UnitHistory, UnitStatus, WriteOffRequest } from "../bindings";
import { renderWith } from "../test/render";
import { UnitView } from "./UnitView";

const PACK = { gtin: "09506000134352", serial: "SN1" };

function history(status: UnitStatus, location: string | null): UnitHistory {
  return { unit: { ...PACK, product: "Amoxicillin 500 mg", lot: "L1", expiry: "2028-06-30", status, location, last_event_seq: 1 }, flags: [], events: [] };
}

/** A pack held at MAIN until `write_off` records it gone; the calls made. */
function packBackend(role: Role) {
  let now = history("in_stock", "MAIN");
  const calls: Array<{ op: string; request: unknown }> = [];
  const answer = (op: string, request: unknown): unknown => {
    switch (op) {
      case "unit_history":
        return now;
      case "write_off": {
        const why = (request as WriteOffRequest).why;
        now = history(why === "stolen" ? "missing" : "transferred_out", null);
        return { event: "e-2", seq: 2, status: now.unit.status, from: "MAIN", decommission: 7 };
      }
      default:
        throw new Error(`unexpected ${op}`);
    }
  };
  const backend = {
    calls,
    call: ((op: string, request: unknown) => {
      calls.push({ op, request });
      return Promise.resolve(answer(op, request));
    }) as Backend["call"],
    appInfo: () => Promise.resolve({ actor: { username: "u", name: "U", role } } as unknown as AppInfo),
  };
  return backend as unknown as Backend & { calls: typeof calls };
}

describe("the pack's page", () => {
  it("records a pack held here as stolen, says where it was and its national request, and shows it missing", async () => {
    const backend = packBackend("qa");
    renderWith(backend, <UnitView pack={PACK} />);
    fireEvent.click(await screen.findByRole("button", { name: "Report stolen or sample…" }));
    const form = await screen.findByRole("form", { name: "Why the pack left" });
    expect(form).toHaveTextContent("decommissioned nationally as stolen");
    fireEvent.change(within(form).getByLabelText("Note (police report, inspector, recipient)"), { target: { value: "report 4411" } });
    fireEvent.click(within(form).getByRole("button", { name: "Record" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Recorded: the pack is now missing (it was at MAIN). Its national decommission is queued as request 7.");
    expect(backend.calls.find((c) => c.op === "write_off")?.request).toEqual({ ...PACK, why: "stolen", note: "report 4411" });
    await waitFor(() => expect(screen.getByLabelText("The pack now")).toHaveTextContent("missing"));
    expect(screen.queryByRole("button", { name: "Report stolen or sample…" }), "a pack gone is not written off again").toBeNull();
  });

  it("offers the action only to those who may destroy stock", async () => {
    renderWith(packBackend("staff"), <UnitView pack={PACK} />);
    expect(await screen.findByLabelText("The pack now")).toHaveTextContent("in stock at MAIN");
    expect(screen.queryByRole("button", { name: "Report stolen or sample…" })).toBeNull();
  });
});
