// Settings → Hospital network (administrators): the hub's address and the one-time code its
// administrator gave → Enrol; where the site stands; and, after a fork has been resolved at the
// hub, enrolling again with a new code.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import type { AppInfo } from "../bindings";
import { BackendError } from "../backend/backend";
import { useBackend } from "../backend/context";
import { Button, Field } from "../widgets/controls";
import { useSyncStatus } from "./SyncCorner";
import { syncLine, wallTime } from "./words";

export function HospitalNetwork({ info }: { info: AppInfo | undefined }) {
  const backend = useBackend();
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
  const line = syncLine(status, new Date(), true);
  return (
    <div className="settings-block" aria-label="Hospital network">
      <h2>Hospital network</h2>
      <p className="muted">
        Connects this site to the hospital's hub, which keeps a copy of every site's ledger for recalls across sites and counterfeit alarms. Nothing this site records waits for the hub:
        without it, work goes on and the events wait until it is back.
      </p>
      {enrolled && status ? (
        <p>
          <strong>{line?.text}</strong> <span className="muted">· hub <code>{status.hub}</code>, enrolled {status.enrolled_at ? wallTime(status.enrolled_at, new Date()) : ""}</span>
        </p>
      ) : (
        <p>This site is not connected to a hub.</p>
      )}
      {status?.state === "fork" ? (
        <p className="error">Fork: the hub holds other events where this site has its own. Once the hub administrator has resolved it, they give a new code: enrol again below.</p>
      ) : null}
      <form className="form-row" onSubmit={submit} aria-label={enrolled ? "Enrol again" : "Enrol with a hub"}>
        <Field label="Hub address" value={hub} onChange={setHub} placeholder="https://hub.hospital.example:8443" size={36} errorMessage={field === "hub" ? enrol.error?.message : undefined} />
        <Field label="One-time code" value={code} onChange={setCode} size={16} autoComplete="off" spellCheck={false} />
        <Button type="submit" isDisabled={enrol.isPending || !hub.trim() || !code.trim()}>
          {enrol.isPending ? "Enrolling…" : enrolled ? "Enrol again" : "Enrol"}
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
