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

export function FirstRun({ database }: { database: string }) {
  const backend = useBackend();
  const client = useQueryClient();
  const [form, setForm] = useState<Setup>(EMPTY);
  const run = useMutation({
    mutationFn: (s: Setup) => backend.firstRun(s),
    onSuccess: () => client.invalidateQueries(),
  });
  const field = (key: keyof Setup, label: string, type: "text" | "password" = "text") => (
    <Field label={label} name={label} type={type} value={String(form[key])} onChange={(v) => setForm({ ...form, [key]: v })} autoComplete="off" />
  );
  return (
    <div className="sign-in">
      <form
        className="sign-in-card first-run"
        aria-label="Set up Custody"
        onSubmit={(e) => {
          e.preventDefault();
          run.mutate({ ...form, demo: false });
        }}
      >
        <h1>Set up Custody</h1>
        <p className="muted">
          This database is new: <code>{database}</code>. Name the site and its first administrator, who then adds
          locations, products and users.
        </p>
        {field("site_code", "Site code")}
        {field("site_name", "Site name")}
        {field("admin", "Administrator's username")}
        {field("admin_name", "Administrator's full name")}
        {field("password", "Password (at least 8 characters)", "password")}
        {field("password_again", "Password again", "password")}
        {run.isError ? (
          <p role="alert" className="error">
            {run.error.message}
          </p>
        ) : null}
        <Button type="submit" variant="primary" isDisabled={run.isPending}>
          Set up the site
        </Button>
        <div className="quick-switch">
          <Button variant="chip" isDisabled={run.isPending} onPress={() => run.mutate({ ...EMPTY, demo: true })}>
            Open the demonstration data instead
          </Button>
        </div>
      </form>
    </div>
  );
}
