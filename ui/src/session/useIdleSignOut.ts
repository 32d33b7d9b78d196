// Signs the user out after `minutes` without a key, a click or a scan, so a shared workstation
// never stays signed in as someone who walked away.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useBackend } from "../backend/context";

export function useIdleSignOut(minutes: number | undefined, signedIn: boolean, onSignedOut: () => void) {
  const backend = useBackend();
  const client = useQueryClient();
  useEffect(() => {
    if (!signedIn || !minutes) return;
    let timer = window.setTimeout(expire, minutes * 60_000);
    function expire() {
      void backend.signOut().then(() => {
        onSignedOut();
        void client.invalidateQueries();
      });
    }
    const reset = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(expire, minutes * 60_000);
    };
    const events = ["keydown", "mousedown", "wheel", "touchstart"] as const;
    events.forEach((e) => window.addEventListener(e, reset, { passive: true }));
    return () => {
      window.clearTimeout(timer);
      events.forEach((e) => window.removeEventListener(e, reset));
    };
  }, [backend, client, minutes, signedIn, onSignedOut]);
}
