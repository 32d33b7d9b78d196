// "Share with the network": a recall entered here goes to the hospital network's hub, which sends
// it to every site using the product; this site links it back to its own by number. Shown to QA
// officers and administrators of a site enrolled with a hub; the refusals (a recall of several
// products, or of every pack of one; a number the hub holds for another product) are said beside
// the button, as the api words them.
import { useMutation, useQuery } from "@tanstack/react-query";
import type { RecallShared } from "../bindings";
import { useBackend } from "../backend/context";
import { useT } from "../i18n/I18n";
import { Button } from "../widgets/controls";
import type { T } from "./words";

/** What sharing came to, in words. */
export function sharedWords(t: T, s: RecallShared): string {
  if (s.existed) return t("recalls.share.existed", { number: s.number, id: String(s.hub_id), by: s.entered_by });
  return t("recalls.share.shared", { id: String(s.hub_id) });
}

export function ShareRecall({ number, closed }: { number: string; closed: boolean }) {
  const backend = useBackend();
  const t = useT();
  const info = useQuery({ queryKey: ["app-info"], queryFn: () => backend.appInfo() });
  const share = useMutation({ mutationFn: () => backend.call("share_recall", { number }) });
  const role = info.data?.actor?.role;
  const enrolled = !!info.data?.sync && info.data.sync.state !== "not_enrolled";
  if (!enrolled || (role !== "qa" && role !== "admin") || closed) return null;
  return (
    <div className="share-recall">
      <Button variant="quiet" onPress={() => share.mutate()} isDisabled={share.isPending}>
        {share.isPending ? t("recalls.share.sharing") : t("recalls.share.button")}
      </Button>
      {share.data ? <p role="status">{sharedWords(t, share.data)}</p> : null}
      {share.isError ? (
        <p role="alert" className="error">
          {share.error.message}
        </p>
      ) : null}
    </div>
  );
}
