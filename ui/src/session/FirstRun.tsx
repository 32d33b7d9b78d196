// First run on an empty database: set up the site and its first administrator, or open the
// demonstration data.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useBackend } from "../backend/context";
import type { FirstRun as Setup } from "../bindings";
import { useT } from "../i18n/I18n";
import { Button, Field } from "../widgets/controls";
import { ltr, useRich } from "../widgets/rich";

const EMPTY: Setup = {
  demo: false,
  site_code: "",
  site_name: "",
  admin: "",
  admin_name: "",
  password: "",
  password_again: "",
};

/** Where the database is kept: the OS data folder unless another is chosen before setting up
 * (a dedicated disk, or the folder of an existing Custody database). The app restarts on it. */
function DatabasePlace({ database }: { database: string }) {
  const t = useT();
  const rich = useRich();
  const backend = useBackend();
  const [editing, setEditing] = useState(false);
  const [path, setPath] = useState("");
  const choose = useMutation({
    mutationFn: async (p: string) => {
      const file = await backend.chooseDatabase(p);
      await backend.restart();
      return file;
    },
  });
  if (!editing) {
    return (
      <p className="muted">
        {rich("session.firstRun.willBe", { database: <code dir="ltr">{database}</code> })}{" "}
        <Button variant="quiet" onPress={() => setEditing(true)}>
          {t("session.firstRun.elsewhere")}
        </Button>
      </p>
    );
  }
  return (
    <form
      className="stack database-place"
      aria-label={t("session.firstRun.place")}
      onSubmit={(e) => {
        e.preventDefault();
        if (path.trim()) choose.mutate(path);
      }}
    >
      <Field
        label={t("session.firstRun.folder")}
        name={t("session.firstRun.folder.name")}
        placeholder="/srv/custody"
        value={path}
        onChange={setPath}
        description={t("session.firstRun.folder.hint")}
        autoFocus
      />
      {choose.isError ? (
        <p role="alert" className="error">
          {choose.error.message}
        </p>
      ) : null}
      {choose.isSuccess ? (
        <p role="status" className="saved">
          {rich("session.firstRun.restarting", { file: ltr(choose.data) })}
        </p>
      ) : null}
      <div className="actions">
        <Button onPress={() => setEditing(false)}>{t("session.firstRun.cancel")}</Button>
        <Button type="submit" variant="primary" isDisabled={!path.trim() || choose.isPending}>
          {t("session.firstRun.usePlace")}
        </Button>
      </div>
    </form>
  );
}

export function FirstRun({ database, choosable }: { database: string; choosable: boolean }) {
  const t = useT();
  const rich = useRich();
  const backend = useBackend();
  const client = useQueryClient();
  const [form, setForm] = useState<Setup>(EMPTY);
  const run = useMutation({
    mutationFn: (s: Setup) => backend.call("first_run", s),
    onSuccess: () => client.invalidateQueries(),
  });
  const field = (key: keyof Setup, label: string, type: "text" | "password" = "text") => (
    <Field label={label} name={label} type={type} value={String(form[key])} onChange={(v) => setForm({ ...form, [key]: v })} autoComplete="off" />
  );
  return (
    <div className="sign-in">
      <div className="sign-in-card first-run">
        <h1>{t("session.firstRun.title")}</h1>
        <p className="muted">{t("session.firstRun.intro")}</p>
        {choosable ? (
          <DatabasePlace database={database} />
        ) : (
          <p className="muted">{rich("session.firstRun.is", { database: <code dir="ltr">{database}</code> })}</p>
        )}
        <form
          className="stack"
          aria-label={t("session.firstRun.title")}
          onSubmit={(e) => {
            e.preventDefault();
            run.mutate({ ...form, demo: false });
          }}
        >
          <div className="pair">
            {field("site_code", t("session.firstRun.siteCode"))}
            {field("site_name", t("session.firstRun.siteName"))}
          </div>
          <div className="pair">
            {field("admin", t("session.firstRun.admin"))}
            {field("admin_name", t("session.firstRun.adminName"))}
          </div>
          <div className="pair">
            {field("password", t("session.firstRun.password"), "password")}
            {field("password_again", t("session.firstRun.passwordAgain"), "password")}
          </div>
          {run.isError ? (
            <p role="alert" className="error">
              {run.error.message}
            </p>
          ) : null}
          <Button type="submit" variant="primary" isDisabled={run.isPending}>
            {t("session.firstRun.submit")}
          </Button>
        </form>
        <div className="quick-switch">
          <Button variant="chip" isDisabled={run.isPending} onPress={() => run.mutate({ ...EMPTY, demo: true })}>
            {t("session.firstRun.demo")}
          </Button>
        </div>
      </div>
    </div>
  );
}
