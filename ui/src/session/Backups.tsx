// The status bar's backup corner: when the last verified backup was taken, "Back up now", and
// (administrators) the folder the daily backups go to — a USB disk or a network share.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import type { AppInfo } from "../bindings";
import { useBackend } from "../backend/context";
import { useT } from "../i18n/I18n";
import { Button, Field } from "../widgets/controls";

/** `20261122-020000` (UTC) as `2026-11-22 02:00 UTC`. */
export function takenAt(taken: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})/.exec(taken);
  return m ? `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]} UTC` : taken;
}

export function Backups({ info }: { info: AppInfo }) {
  const t = useT();
  const backend = useBackend();
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [folder, setFolder] = useState(info.backup_dir ?? "");
  const refresh = () => client.invalidateQueries({ queryKey: ["app-info"] });
  const backup = useMutation({ mutationFn: () => backend.backupNow(), onSuccess: refresh });
  const choose = useMutation({
    mutationFn: () => backend.call("set_backup_folder", { folder }),
    onSuccess: () => {
      setEditing(false);
      void refresh();
    },
  });
  const isAdmin = info.actor?.role === "admin";
  const submit = (e: FormEvent) => {
    e.preventDefault();
    choose.mutate();
  };

  if (editing) {
    return (
      <form className="backups" onSubmit={submit} aria-label={t("session.backup.choose")}>
        <Field label={t("session.backup.folder")} value={folder} onChange={setFolder} size={40} />
        <Button variant="quiet" type="submit" isDisabled={choose.isPending}>
          {t("session.backup.save")}
        </Button>
        <Button variant="quiet" onPress={() => setEditing(false)}>
          {t("session.backup.cancel")}
        </Button>
        {choose.isError ? (
          <span role="alert" className="error">
            {choose.error.message}
          </span>
        ) : null}
      </form>
    );
  }
  return (
    <span className="backups">
      <span className="muted backup-status" title={info.backup_dir ?? undefined}>
        {info.last_backup
          ? t("session.backup.last", { taken: takenAt(info.last_backup.taken) })
          : t("session.backup.none", { folder: info.backup_dir ?? "" })}
      </span>
      {info.actor ? (
        <Button variant="quiet" onPress={() => backup.mutate()} isDisabled={backup.isPending}>
          {backup.isPending ? t("session.backup.running") : t("session.backup.now")}
        </Button>
      ) : null}
      {isAdmin ? (
        <Button
          variant="quiet"
          onPress={() => {
            setFolder(info.backup_dir ?? "");
            setEditing(true);
          }}
        >
          {t("session.backup.folderButton")}
        </Button>
      ) : null}
      {backup.isError ? (
        <span role="alert" className="error">
          {backup.error.message}
        </span>
      ) : null}
    </span>
  );
}
