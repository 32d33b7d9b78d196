// First run on an empty database: set up the site and its first administrator, or open the
// demonstration data.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useBackend } from "../backend/context";
import type { FirstRun as Setup } from "../bindings";
import { Button, Field } from "../widgets/controls";

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
        The database will be <code>{database}</code>.{" "}
        <Button variant="quiet" onPress={() => setEditing(true)}>
          Keep it elsewhere…
        </Button>
      </p>
    );
  }
  return (
    <form
      className="stack"
      aria-label="Database location"
      onSubmit={(e) => {
        e.preventDefault();
        if (path.trim()) choose.mutate(path);
      }}
    >
      <Field
        label="Folder for the database, or an existing Custody database file"
        name="Database folder"
        placeholder="/srv/custody"
        value={path}
        onChange={setPath}
        description="Custody starts again on it. Choose a disk that is backed up."
        autoFocus
      />
      {choose.isError ? (
        <p role="alert" className="error">
          {choose.error.message}
        </p>
      ) : null}
      {choose.isSuccess ? (
        <p role="status" className="saved">
          Starting again on {choose.data}…
        </p>
      ) : null}
      <div className="actions">
        <Button onPress={() => setEditing(false)}>Cancel</Button>
        <Button type="submit" variant="primary" isDisabled={!path.trim() || choose.isPending}>
          Use this place
        </Button>
      </div>
    </form>
  );
}

export function FirstRun({ database, choosable }: { database: string; choosable: boolean }) {
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
        <h1>Set up Custody</h1>
        <p className="muted">
          This database is new. Name the site and its first administrator, who then adds locations, products and
          users.
        </p>
        {choosable ? (
          <DatabasePlace database={database} />
        ) : (
          <p className="muted">
            The database is <code>{database}</code>.
          </p>
        )}
        <form
          className="stack"
          aria-label="Set up Custody"
          onSubmit={(e) => {
            e.preventDefault();
            run.mutate({ ...form, demo: false });
          }}
        >
          <div className="pair">
            {field("site_code", "Site code")}
            {field("site_name", "Site name")}
          </div>
          <div className="pair">
            {field("admin", "Administrator's username")}
            {field("admin_name", "Administrator's full name")}
          </div>
          <div className="pair">
            {field("password", "Password (at least 8 characters)", "password")}
            {field("password_again", "Password again", "password")}
          </div>
          {run.isError ? (
            <p role="alert" className="error">
              {run.error.message}
            </p>
          ) : null}
          <Button type="submit" variant="primary" isDisabled={run.isPending}>
            Set up the site
          </Button>
        </form>
        <div className="quick-switch">
          <Button variant="chip" isDisabled={run.isPending} onPress={() => run.mutate({ ...EMPTY, demo: true })}>
            Open the demonstration data instead
          </Button>
        </div>
      </div>
    </div>
  );
}
