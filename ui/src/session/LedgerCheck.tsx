// "Check the ledger": `custody verify`, run by core on its own connection, with the answer in
// words. The usual check goes on from the last clean one (what changed since) and says so;
// "Check all of it" walks every event. A clean check records a checkpoint on the ledger. A failed
// check says what was altered and where.
import { useMutation } from "@tanstack/react-query";
import { useBackend } from "../backend/context";
import type { LedgerCheck, VerifyScope } from "../bindings";
import { useT } from "../i18n/I18n";
import { Button } from "../widgets/controls";

/** What a clean check covered, in words. */
function covered(c: LedgerCheck, t: ReturnType<typeof useT>): string {
  if (c.scope === "incremental" && c.since_checkpoint !== null) {
    const range = c.first_seq !== null && c.last_seq !== null ? "events" : "none";
    return t("session.ledger.intactSince", { range, first: c.first_seq ?? 0, last: c.last_seq ?? 0, units: c.units });
  }
  return t("session.ledger.intact", { events: c.events, units: c.units });
}

export function LedgerCheckButton() {
  const t = useT();
  const backend = useBackend();
  const check = useMutation({
    mutationFn: (scope: VerifyScope) => backend.call("verify_ledger", { scope }),
  });
  return (
    <span className="ledger-check">
      <Button variant="quiet" onPress={() => check.mutate("incremental")} isDisabled={check.isPending}>
        {check.isPending ? t("session.ledger.checking") : t("session.ledger.check")}
      </Button>
      {check.data?.scope === "incremental" ? (
        <Button variant="quiet" onPress={() => check.mutate("full")} isDisabled={check.isPending}>
          {t("session.ledger.checkAll")}
        </Button>
      ) : null}
      {check.data?.intact ? (
        <span role="status" className="ok">
          {covered(check.data, t)}
        </span>
      ) : null}
      {check.data && !check.data.intact ? (
        <span role="alert" className="error" title={check.data.problems.join("\n")}>
          {t("session.ledger.altered", { n: check.data.total_problems, first: check.data.problems[0] ?? "" })}
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
