// "Share with the network": a recall entered here goes to the hospital network's hub, which sends
// it to every site using the product; this site links it back to its own by number. Shown to QA
// officers and administrators of a site enrolled with a hub; the refusals (a recall of several
// products, or of every pack of one; a number the hub holds for another product) are said beside
// the button, as the api words them.
import { useMutation, useQuery } from "@tanstack/react-query";
import type { RecallShared } from "../bindings";
import { useBackend } from "../backend/context";
import { Button } from "../widgets/controls";

/** What sharing came to, in words. */
export function sharedWords(s: RecallShared): string {
  if (s.existed) return `The hub has ${s.number} already (network recall ${s.hub_id}, entered by ${s.entered_by}): nothing new was entered.`;
  return `Shared: network recall ${s.hub_id} at the hub. Every site using the product receives it on its next pull.`;
}

export function ShareRecall({ number, closed }: { number: string; closed: boolean }) {
  const backend = useBackend();
  const info = useQuery({ queryKey: ["app-info"], queryFn: () => backend.appInfo() });
  const share = useMutation({ mutationFn: () => backend.call("share_recall", { number }) });
  const role = info.data?.actor?.role;
  const enrolled = !!info.data?.sync && info.data.sync.state !== "not_enrolled";
  if (!enrolled || (role !== "qa" && role !== "admin") || closed) return null;
  return (
    <div className="share-recall">
      <Button variant="quiet" onPress={() => share.mutate()} isDisabled={share.isPending}>
        {share.isPending ? "Sharing…" : "Share with the network"}
      </Button>
      {share.data ? <p role="status">{sharedWords(share.data)}</p> : null}
      {share.isError ? (
        <p role="alert" className="error">
          {share.error.message}
        </p>
      ) : null}
    </div>
  );
}
