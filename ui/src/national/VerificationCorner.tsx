// The status bar's national verification corner: "3 verifications waiting", in a warning's tone
// when a pack dispensed offline nears the end of its 24-hour decommission window, or "Not
// connected: no national.toml" (or why else nothing leaves) while requests wait; a click opens
// the Verification screen. Hidden while nothing waits and no window is ending (and when the
// figures cannot be read: the screen itself says why).
import { useT } from "../i18n/I18n";
import { Button } from "../widgets/controls";
import { notConnected, useNationalSummary, waitingCount } from "./summary";
import "./national.css";

export function VerificationCorner({ onOpen }: { onOpen(): void }) {
  const t = useT();
  const summary = useNationalSummary();
  const s = summary.data;
  if (!s) return null;
  const waiting = waitingCount(s);
  if (waiting === 0 && !s.window_warning) return null;
  const count = t("national.corner.waiting", { n: waiting });
  // Nothing leaves: that is what the corner says, whatever else is true.
  const off = waiting > 0 && notConnected(s.drainer) ? t("national.corner.notConnected", { state: s.drainer.state }) : null;
  const warning = s.window_warning || off !== null;
  // The status bar is narrow: the window's warning is its tone and mark, and said in full to a
  // screen reader and on hover.
  const line = off ? t("national.corner.off", { waiting: count, off }) : s.window_warning ? t("national.corner.window", { waiting: count }) : count;
  return (
    <span className="verification-corner">
      <Button variant="quiet" className={warning ? "verification-line warning" : "verification-line"} aria-label={t("national.corner.label", { line })} onPress={onOpen}>
        {warning ? <span aria-hidden="true">⚠ </span> : null}
        <span title={line}>{off ?? count}</span>
      </Button>
    </span>
  );
}
