import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from "react";
import { watchSignedOut, type Backend, type BackendError } from "./backend";

interface BackendContextValue {
  backend: Backend;
  /** Subscribes to "signed out" answers from any call; returns the unsubscribe function. */
  onSignedOut(listener: (e: BackendError) => void): () => void;
}

const BackendContext = createContext<BackendContextValue | null>(null);

/** Provides `backend` to the screens, watched: any call answered "signed out" (the shell closed an
 * idle session, or nobody was signed in) is told to the listeners, which return to sign-in. */
export function BackendProvider({ backend, children }: { backend: Backend; children: ReactNode }) {
  const listeners = useRef(new Set<(e: BackendError) => void>());
  const value = useMemo<BackendContextValue>(
    () => ({
      backend: watchSignedOut(backend, (e) => listeners.current.forEach((l) => l(e))),
      onSignedOut: (listener) => {
        listeners.current.add(listener);
        return () => listeners.current.delete(listener);
      },
    }),
    [backend],
  );
  return <BackendContext.Provider value={value}>{children}</BackendContext.Provider>;
}

export function useBackend(): Backend {
  const b = useContext(BackendContext);
  if (!b) throw new Error("useBackend outside BackendProvider");
  return b.backend;
}

/** Calls `listener` whenever a call is answered "signed out". */
export function useSignedOut(listener: (e: BackendError) => void) {
  const b = useContext(BackendContext);
  if (!b) throw new Error("useSignedOut outside BackendProvider");
  const { onSignedOut } = b;
  useEffect(() => {
    const stop = onSignedOut(listener);
    return () => void stop();
  }, [onSignedOut, listener]);
}
