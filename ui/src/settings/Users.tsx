// Users: administrators add them, disable or enable them, and set a new password.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useBackend } from "../backend/context";
import type { NewUser, Role, User } from "../bindings";
import { Button, Field, ModalDialog } from "../widgets/controls";
import { Problems } from "./MasterData";

const ROLES: Array<{ id: string; label: string }> = [
  { id: "staff", label: "Staff (scan, dispense, count)" },
  { id: "manager", label: "Manager (levels, rules, master data)" },
  { id: "qa", label: "QA (recalls, quarantine, release)" },
  { id: "admin", label: "Administrator (users, settings)" },
];

const EMPTY: NewUser = { username: "", name: "", role: "staff", password: "", password_again: "" };

export function Users({ isAdmin, me }: { isAdmin: boolean; me?: string }) {
  const backend = useBackend();
  const client = useQueryClient();
  const users = useQuery({ queryKey: ["users"], queryFn: () => backend.call("users", null) });
  const [form, setForm] = useState<NewUser>(EMPTY);
  const [resetting, setResetting] = useState<User | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: ["users"] });
  const add = useMutation({
    mutationFn: () => backend.call("add_user", form),
    onSuccess: () => {
      setForm(EMPTY);
      void refresh();
    },
  });
  const active = useMutation({
    mutationFn: ({ username, on }: { username: string; on: boolean }) => backend.call("set_user_active", { username, active: on }),
    onSuccess: () => void refresh(),
  });
  const set = (key: keyof NewUser) => (value: string) => setForm({ ...form, [key]: value });
  return (
    <div className="settings-block" aria-label="Users">
      <h2>Users</h2>
      <p className="muted">Users are never deleted: their names stay on every event they recorded. Disable someone who has left.</p>
      <table className="grid-table" aria-label="Users">
        <thead>
          <tr>
            <th>Username</th>
            <th>Name</th>
            <th>Role</th>
            <th>Status</th>
            {isAdmin ? <th /> : null}
          </tr>
        </thead>
        <tbody>
          {users.data?.map((u) => (
            <tr key={u.username} className={u.active ? undefined : "inactive"}>
              <td className="mono">{u.username}</td>
              <td>{u.name}</td>
              <td>{u.role}</td>
              <td>{u.active ? "active" : <span className="muted">disabled</span>}</td>
              {isAdmin ? (
                <td>
                  <div className="row-actions">
                    <Button variant="quiet" aria-label={`New password for ${u.username}`} onPress={() => setResetting(u)}>
                      New password
                    </Button>
                    {u.username === me ? null : (
                      <Button variant="quiet" aria-label={`${u.active ? "Disable" : "Enable"} ${u.username}`} onPress={() => active.mutate({ username: u.username, on: !u.active })}>
                        {u.active ? "Disable" : "Enable"}
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
      {isAdmin ? <h3>Add a user</h3> : null}
      {isAdmin ? (
        <form
          className="filters wrap"
          aria-label="Add a user"
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate();
          }}
        >
          <Field label="Username" value={form.username} onChange={set("username")} narrow autoComplete="off" />
          <Field label="Full name" value={form.name} onChange={set("name")} />
          <label>
            Role
            <select aria-label="Role" value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as Role })}>
              {ROLES.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.label}
                </option>
              ))}
            </select>
          </label>
          <Field label="First password" type="password" value={form.password} onChange={set("password")} autoComplete="new-password" />
          <Field label="Password again" type="password" value={form.password_again} onChange={set("password_again")} autoComplete="new-password" />
          <div className="actions">
            <Button type="submit" isDisabled={add.isPending}>
              Add user
            </Button>
          </div>
          <Problems error={add.error} />
        </form>
      ) : (
        <p className="muted">Only an administrator adds users or changes them.</p>
      )}
      {resetting ? <NewPassword user={resetting} onClose={() => setResetting(null)} /> : null}
    </div>
  );
}

function NewPassword({ user, onClose }: { user: User; onClose(): void }) {
  const backend = useBackend();
  const [password, setPassword] = useState("");
  const [again, setAgain] = useState("");
  const reset = useMutation({ mutationFn: () => backend.call("set_password", { username: user.username, password, password_again: again }), onSuccess: onClose });
  return (
    <ModalDialog title={`New password for ${user.name}`} isOpen onClose={onClose}>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          reset.mutate();
        }}
      >
        <p className="muted">It also ends a lockout after wrong passwords. Ask {user.name} to change it after signing in.</p>
        <Field label="New password (at least 8 characters)" type="password" value={password} onChange={setPassword} autoFocus autoComplete="new-password" />
        <Field label="New password again" type="password" value={again} onChange={setAgain} autoComplete="new-password" />
        <Problems error={reset.error} />
        <div className="actions">
          <Button onPress={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" isDisabled={reset.isPending || !password}>
            Set password
          </Button>
        </div>
      </form>
    </ModalDialog>
  );
}
