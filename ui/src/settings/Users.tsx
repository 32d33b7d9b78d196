// Users: administrators add them, disable or enable them, and set a new password.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useBackend } from "../backend/context";
import type { NewUser, Role, User } from "../bindings";
import { useT } from "../i18n/I18n";
import { Button, Field, ModalDialog } from "../widgets/controls";
import { Problems } from "./MasterData";

const ROLES: Array<{ id: string; label: string }> = [
  { id: "staff", label: "settings.role.staff" },
  { id: "manager", label: "settings.role.manager" },
  { id: "qa", label: "settings.role.qa" },
  { id: "admin", label: "settings.role.admin" },
];

/** A role as the list of users shows it. */
const ROLE_NAMES: Record<string, string> = {
  staff: "settings.roleName.staff",
  manager: "settings.roleName.manager",
  qa: "settings.roleName.qa",
  admin: "settings.roleName.admin",
};

const EMPTY: NewUser = { username: "", name: "", role: "staff", password: "", password_again: "" };

export function Users({ isAdmin, me }: { isAdmin: boolean; me?: string }) {
  const t = useT();
  const backend = useBackend();
  const client = useQueryClient();
  const users = useQuery({ queryKey: ["users"], queryFn: () => backend.call("users", null) });
  const [resetting, setResetting] = useState<User | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: ["users"] });
  const active = useMutation({
    mutationFn: ({ username, on }: { username: string; on: boolean }) => backend.call("set_user_active", { username, active: on }),
    onSuccess: () => void refresh(),
  });
  const roleName = (role: string) => {
    const key = ROLE_NAMES[role];
    return key ? t(key) : role;
  };
  return (
    <div className="settings-block" aria-label={t("settings.users.title")}>
      <h2>{t("settings.users.title")}</h2>
      <p className="muted">{t("settings.users.intro")}</p>
      <table className="grid-table" aria-label={t("settings.users.title")}>
        <thead>
          <tr>
            <th>{t("settings.users.username")}</th>
            <th>{t("settings.users.name")}</th>
            <th>{t("settings.users.role")}</th>
            <th>{t("settings.users.status")}</th>
            {isAdmin ? <th /> : null}
          </tr>
        </thead>
        <tbody>
          {users.data?.map((u) => (
            <tr key={u.username} className={u.active ? undefined : "inactive"}>
              <td className="mono">{u.username}</td>
              <td>{u.name}</td>
              <td>{roleName(u.role)}</td>
              <td>{u.active ? t("settings.users.active") : <span className="muted">{t("settings.users.disabled")}</span>}</td>
              {isAdmin ? (
                <td>
                  <div className="row-actions">
                    <Button variant="quiet" aria-label={t("settings.users.newPasswordFor", { name: u.username })} onPress={() => setResetting(u)}>
                      {t("settings.users.newPassword")}
                    </Button>
                    {u.username === me ? null : (
                      <Button
                        variant="quiet"
                        aria-label={u.active ? t("settings.users.disableNamed", { username: u.username }) : t("settings.users.enableNamed", { username: u.username })}
                        onPress={() => active.mutate({ username: u.username, on: !u.active })}
                      >
                        {u.active ? t("settings.users.disable") : t("settings.users.enable")}
                      </Button>
                    )}
                  </div>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      <Problems error={active.error} />
      {isAdmin ? <h3>{t("settings.users.add")}</h3> : null}
      {isAdmin ? <AddUser onAdded={() => void refresh()} /> : <p className="muted">{t("settings.users.adminOnly")}</p>}
      {resetting ? <NewPassword user={resetting} onClose={() => setResetting(null)} /> : null}
    </div>
  );
}

function NewPassword({ user, onClose }: { user: User; onClose(): void }) {
  const t = useT();
  const backend = useBackend();
  const [password, setPassword] = useState("");
  const [again, setAgain] = useState("");
  const reset = useMutation({ mutationFn: () => backend.call("set_password", { username: user.username, password, password_again: again }), onSuccess: onClose });
  return (
    <ModalDialog title={t("settings.users.newPasswordFor", { name: user.name })} isOpen onClose={onClose}>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          reset.mutate();
        }}
      >
        <p className="muted">{t("settings.users.resetHint", { name: user.name })}</p>
        <Field label={t("settings.users.newPasswordField")} type="password" value={password} onChange={setPassword} autoFocus autoComplete="new-password" />
        <Field label={t("settings.users.newPasswordAgain")} type="password" value={again} onChange={setAgain} autoComplete="new-password" />
        <Problems error={reset.error} />
        <div className="actions">
          <Button onPress={onClose}>{t("settings.cancel")}</Button>
          <Button type="submit" variant="primary" isDisabled={reset.isPending || !password}>
            {t("settings.users.setPassword")}
          </Button>
        </div>
      </form>
    </ModalDialog>
  );
}

/** An administrator's form for a new user: username, name, role and a first password twice. */
function AddUser({ onAdded }: { onAdded(): void }) {
  const t = useT();
  const backend = useBackend();
  const [form, setForm] = useState<NewUser>(EMPTY);
  const add = useMutation({
    mutationFn: () => backend.call("add_user", form),
    onSuccess: () => {
      setForm(EMPTY);
      onAdded();
    },
  });
  const set = (key: keyof NewUser) => (value: string) => setForm({ ...form, [key]: value });
  return (
    <form
      className="filters wrap"
      aria-label={t("settings.users.add")}
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate();
      }}
    >
      <Field label={t("settings.users.username")} value={form.username} onChange={set("username")} narrow autoComplete="off" />
      <Field label={t("settings.users.fullName")} value={form.name} onChange={set("name")} />
      <label>
        {t("settings.users.role")}
        <select aria-label={t("settings.users.role")} value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as Role })}>
          {ROLES.map((r) => (
            <option key={r.id} value={r.id}>
              {t(r.label)}
            </option>
          ))}
        </select>
      </label>
      <Field label={t("settings.users.firstPassword")} type="password" value={form.password} onChange={set("password")} autoComplete="new-password" />
      <Field label={t("settings.users.passwordAgain")} type="password" value={form.password_again} onChange={set("password_again")} autoComplete="new-password" />
      <div className="actions">
        <Button type="submit" isDisabled={add.isPending}>
          {t("settings.users.addSubmit")}
        </Button>
      </div>
      <Problems error={add.error} />
    </form>
  );
}
