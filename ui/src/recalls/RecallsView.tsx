// Recalls: the list, a new recall entered step by step (NewRecall: product, scope, details, the
// hold previewed and confirmed), and a recall's reach with its outcomes and notice (ReachView).
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useBackend } from "../backend/context";
import { useT } from "../i18n/I18n";
import { Button } from "../widgets/controls";
import { useActor } from "../counts/useActor";
import { keptRecall } from "./kept";
import { NewRecall } from "./NewRecall";
import { ReachView } from "./ReachView";
import "./recalls.css";

export function RecallsView() {
  const backend = useBackend();
  const t = useT();
  const client = useQueryClient();
  const list = useQuery({ queryKey: ["recalls"], queryFn: () => backend.call("recalls", null) });
  const [selected, setSelected] = useState<string | null>(null);
  const owner = useActor()?.username ?? null;
  // A new recall left half-entered is shown again on return to the screen.
  const [creating, setCreating] = useState(() => keptRecall(owner) !== null);
  const kept = !creating && keptRecall(owner) !== null;
  const reach = useQuery({
    queryKey: ["reach", selected],
    queryFn: () => backend.call("recall_reach", { number: selected ?? "", open_only: false }),
    enabled: !!selected,
  });

  return (
    <section className="view" aria-labelledby="recalls-title">
      <header className="view-header">
        <h1 id="recalls-title">{t("recalls.title")}</h1>
        <Button variant="primary" onPress={() => setCreating(true)}>
          {kept ? t("recalls.continueNew") : t("recalls.new")}
        </Button>
      </header>
      <div className="recalls">
        <ul className="recall-list" aria-label={t("recalls.title")}>
          {list.data?.length === 0 ? <li className="muted pad">{t("recalls.none")}</li> : null}
          {list.data?.map((r) => (
            <li key={r.recall.number}>
              <Button
                variant="bare"
                className={selected === r.recall.number ? "recall-item on" : "recall-item"}
                onPress={() => {
                  setSelected(r.recall.number);
                  setCreating(false);
                }}
              >
                <span className={`class class-${r.recall.class}`}>{r.recall.class === "withdrawal" ? t("recalls.class.withdrawalShort") : r.recall.class}</span>
                <span className="strong" dir="ltr">
                  {r.recall.number}
                </span>
                <span className="muted">{r.recall.title}</span>
                <span className={r.recall.closed_at ? "tag" : "tag open"}>{r.recall.closed_at ? t("recalls.tag.closed") : t("recalls.tag.open", { n: r.summary.open })}</span>
              </Button>
            </li>
          ))}
        </ul>
        <div className="recall-main">
          {creating ? (
            <NewRecall
              owner={owner}
              onCancel={() => setCreating(false)}
              onCreated={(number) => {
                setCreating(false);
                setSelected(number);
                void client.invalidateQueries({ queryKey: ["recalls"] });
                void client.invalidateQueries({ queryKey: ["attention"] });
              }}
            />
          ) : null}
          {!creating && reach.data ? <ReachView key={reach.data.recall.number} reach={reach.data} /> : null}
          {!creating && reach.isError ? (
            <p role="alert" className="error">
              {reach.error.message}
            </p>
          ) : null}
          {!creating && !selected ? <p className="muted pad">{t("recalls.choose")}</p> : null}
        </div>
      </div>
    </section>
  );
}
