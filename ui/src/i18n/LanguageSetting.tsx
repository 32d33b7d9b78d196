// The signed-in person's language, chosen in Settings: saved for them (so every workstation
// speaks it to them), and shown at once, with no restart.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useBackend } from "../backend/context";
import { LanguageMenu } from "./LanguageMenu";
import type { Lang } from "./lang";

export function LanguageSetting() {
  const backend = useBackend();
  const client = useQueryClient();
  const save = useMutation({
    mutationFn: (lang: Lang) => backend.call("set_my_language", { language: lang }),
    // Everything a screen shows may hold words from the backend (refusals, verdicts, reports):
    // ask again in the new language.
    onSuccess: () => client.invalidateQueries(),
  });
  return (
    <>
      <LanguageMenu onChange={(lang) => save.mutate(lang)} disabled={save.isPending} />
      {save.isError ? (
        <p role="alert" className="error">
          {save.error.message}
        </p>
      ) : null}
    </>
  );
}
