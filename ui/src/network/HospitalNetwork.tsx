// Settings → Hospital network (administrators): the hub's address and the one-time code its
// administrator gave → Enrol; where the site stands; and, after a fork has been resolved at the
// hub, enrolling again with a new code.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import type { AppInfo } from "../bindings";
import { BackendError } from "../backend/backend";
import { useBackend } from "../backend/context";
import { useT } from "../i18n/I18n";
import { Button, Field } from "../widgets/controls";
import { useSay, useSyncStatus } from "./SyncCorner";
import { syncLine, wallTime } from "./words";

/** Stands where the hub's address goes in a sentence, so the address is shown as code. */
const MARK = "\uE000";

/** The sentence with the hub's address in its place, as code read left to right. */
function hubLine(sentence: string, hub: string) {
  const [before = "", after = ""] = sentence.split(MARK);
  return (
    <>
      {before}
      <code dir="ltr">{hub}</code>
      {after}
    </>
  );
}

export function HospitalNetwork({ info }: { info: AppInfo | undefined }) {
  const backend = useBackend();
  const t = useT();
  const say = useSay();
  const client = useQueryClient();
  const [status, setStatus] = useSyncStatus(info);
  const [hub, setHub] = useState("");
  const [code, setCode] = useState("");
  const enrolled = !!status && status.state !== "not_enrolled";
  const enrol = useMutation({
    mutationFn: () => backend.call("sync_enrol", { hub: hub.trim(), code: code.trim(), re_enrol: enrolled }),
    onSuccess: (s) => {
      setStatus(s);
      setCode("");
      void client.invalidateQueries({ queryKey: ["app-info"] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    enrol.mutate();
  };
  const field = enrol.error instanceof BackendError ? enrol.error.field : null;
  const line = syncLine(say, status, new Date(), true);
  return (
    <div className="settings-block" aria-label={t("network.title")}>
      <h2>{t("network.title")}</h2>
      <p className="muted">{t("network.settings.intro")}</p>
      {enrolled && status ? (
        <p>
          <strong>{line?.text}</strong>{" "}
          <span className="muted">{hubLine(t("network.settings.hubLine", { hub: MARK, when: status.enrolled_at ? wallTime(say, status.enrolled_at, new Date()) : "" }), status.hub ?? "")}</span>
        </p>
      ) : (
        <p>{t("network.settings.notConnected")}</p>
      )}
      {status?.state === "fork" ? (
        <p className="error">{t("network.settings.fork")}</p>
      ) : null}
      <form className="form-row" onSubmit={submit} aria-label={enrolled ? t("network.settings.enrolAgain") : t("network.settings.enrolWithHub")}>
        <Field label={t("network.settings.hubAddress")} value={hub} onChange={setHub} placeholder="https://hub.hospital.example:8443" size={36} errorMessage={field === "hub" ? enrol.error?.message : undefined} />
        <Field label={t("network.settings.code")} value={code} onChange={setCode} size={16} autoComplete="off" spellCheck={false} />
        <Button type="submit" isDisabled={enrol.isPending || !hub.trim() || !code.trim()}>
          {enrol.isPending ? t("network.settings.enrolling") : enrolled ? t("network.settings.enrolAgain") : t("network.settings.enrol")}
        </Button>
      </form>
      {enrol.isError && field !== "hub" ? (
        <p role="alert" className="error">
          {enrol.error.message}
        </p>
      ) : null}
    </div>
  );
}
