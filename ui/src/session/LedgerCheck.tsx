// "Check the ledger": the full `custody verify`, run by core on its own connection, with the
// answer in words. A failed check says what was altered and where.
import { useMutation } from "@tanstack/react-query";
import { useBackend } from "../backend/context";
import { Button } from "../widgets/controls";

export function LedgerCheckButton() {
  const backend = useBackend();
  const check = useMutation({ mutationFn: () => backend.call("verify_ledger", null) });
  return (
    <span className="ledger-check">
      <Button variant="quiet" onPress={() => check.mutate()} isDisabled={check.isPending}>
        {check.isPending ? "Checking the ledger…" : "Check the ledger"}
      </Button>
      {check.data?.intact ? (
        <span role="status" className="ok">
          Ledger intact: {check.data.events.toLocaleString("en-GB")} events, {check.data.units.toLocaleString("en-GB")}{" "}
          packs match.
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
