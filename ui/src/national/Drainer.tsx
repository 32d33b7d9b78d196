// The drainer's own state over the Verification screen's figures: whether requests can leave at
// all. Sending (and when the national system last answered; never "connected": the last attempt,
// by the app or a command line's drain, may have failed, and then the line says so in the
// warning's tone), the system unreachable since when,
// another Custody sending (the app elsewhere, or a command line's `custody national drain`), or,
// in the warning's tone, not connected: no national.toml, a file that cannot be used (and why,
// in the file reader's words), or nothing sending. The app reads the file again by itself.
import type { DrainerState, DrainerStatus } from "../bindings";
import { useFormat, useT } from "../i18n/I18n";
import { notConnected } from "./summary";

const SAID: Record<DrainerState, string> = {
  running: "national.drainer.running",
  locked_by_another: "national.drainer.locked_by_another",
  not_configured: "national.drainer.not_configured",
  config_refused: "national.drainer.config_refused",
  stopped: "national.drainer.stopped",
};

/** The state's own sentence: another process's drainer is said as such. */
function key(d: DrainerStatus): string {
  return d.state === "running" && !d.own ? "national.drainer.elsewhere" : SAID[d.state];
}

/** `lastFailed`: the oldest waiting request's last attempt did not go through (its words are
 * shown with the figures), whoever made it. */
export function Drainer({ drainer: d, lastFailed }: { drainer: DrainerStatus; lastFailed: boolean }) {
  const t = useT();
  const format = useFormat();
  const unreachable = d.state === "running" && d.unreachable_since !== null;
  const failing = d.state === "running" && !unreachable && lastFailed;
  const trouble = notConnected(d) || unreachable || failing;
  let after: string | null = null;
  if (unreachable && d.unreachable_since) after = t("national.drainer.unreachable", { when: format.dateTime(d.unreachable_since) });
  else if (d.state === "running" && d.last_answer_at) after = t("national.drainer.lastAnswer", { when: format.dateTime(d.last_answer_at) });
  if (failing) after = after ? `${after} ${t("national.drainer.lastFailed")}` : t("national.drainer.lastFailed");
  return (
    <p role="note" aria-label={t("national.drainer.label")} className={trouble ? "verification-drainer trouble" : "verification-drainer"}>
      <strong>{t(key(d), { path: d.config_path })}</strong>
      {after ? <> {after}</> : null}
      {d.reason && d.state !== "running" ? <span className="verification-why">{t("national.drainer.reason", { reason: d.reason })}</span> : null}
    </p>
  );
}
