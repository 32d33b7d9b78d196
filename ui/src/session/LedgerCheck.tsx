// "Check the ledger": `custody verify`, run by core on its own connection, with the answer in
// words. The usual check goes on from the last clean one (what changed since) and says so;
// "Check all of it" walks every event. A clean check records a checkpoint on the ledger. A failed
// check says what was altered and where.
import { useMutation } from "@tanstack/react-query";
import { useBackend } from "../backend/context";
import type { LedgerCheck, VerifyScope } from "../bindings";
import { Button } from "../widgets/controls";

const n = (v: number) => v.toLocaleString("en-GB");

/** What a clean check covered, in words. */
function covered(c: LedgerCheck): string {
  const range = c.first_seq !== null && c.last_seq !== null ? `events ${n(c.first_seq)}–${n(c.last_seq)}` : "no events";
  if (c.scope === "incremental" && c.since_checkpoint !== null) {
    return `Ledger intact since the last check: ${range} and ${n(c.units)} packs touched since it (the earlier events were checked then).`;
  }
  return `Ledger intact: ${n(c.events)} events, ${n(c.units)} packs match.`;
}

export function LedgerCheckButton() {
  const backend = useBackend();
  const check = useMutation({
    mutationFn: (scope: VerifyScope) => backend.call("verify_ledger", { scope }),
  });
  return (
    <span className="ledger-check">
      <Button variant="quiet" onPress={() => check.mutate("incremental")} isDisabled={check.isPending}>
        {check.isPending ? "Checking the ledger…" : "Check the ledger"}
      </Button>
      {check.data?.scope === "incremental" ? (
        <Button variant="quiet" onPress={() => check.mutate("full")} isDisabled={check.isPending}>
          Check all of it
        </Button>
      ) : null}
      {check.data?.intact ? (
        <span role="status" className="ok">
          {covered(check.data)}
        </span>
      ) : null}
      {check.data && !check.data.intact ? (
        <span role="alert" className="error" title={check.data.problems.join("\n")}>
          The ledger was altered ({check.data.total_problems} problem{check.data.total_problems === 1 ? "" : "s"}):{" "}
          {check.data.problems[0]}
        </span>
      ) : null}
      {check.isError ? (
        <span role="alert" className="error">
          {check.error.message}
        </span>
      ) : null}
    </span>
  );
}
