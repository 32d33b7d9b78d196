// The app's language comes from the shell: the signed-in person's choice, else the machine's
// (`AppInfo.language`). The same query as the App's, so a change of language (Settings) shows
// on the next look at the window's state, without a restart.
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useBackend } from "../backend/context";
import { I18nProvider } from "./I18n";
import { machineLang, parseLang } from "./lang";

export function LanguageRoot({ children }: { children: ReactNode }) {
  const backend = useBackend();
  const info = useQuery({ queryKey: ["app-info"], queryFn: () => backend.appInfo() });
  const lang = parseLang(info.data?.language) ?? machineLang();
  return <I18nProvider lang={lang}>{children}</I18nProvider>;
}
