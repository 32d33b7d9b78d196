// Who is signed in, from the shell's AppInfo (cached with the app's own query).
import { useQuery } from "@tanstack/react-query";
import { useBackend } from "../backend/context";

export function useActor() {
  const backend = useBackend();
  const info = useQuery({ queryKey: ["app-info"], queryFn: () => backend.appInfo() });
  return info.data?.actor ?? null;
}
