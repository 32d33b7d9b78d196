// Who is at the workstation: pick or type a username, enter the password. Wrong passwords and
// lockouts are explained in the words core uses; nothing here decides who may sign in.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useBackend } from "../backend/context";
import { useT } from "../i18n/I18n";
import { Button, Field } from "../widgets/controls";

export function SignIn({ reason }: { reason?: string }) {
  const t = useT();
  const backend = useBackend();
  const client = useQueryClient();
  const users = useQuery({ queryKey: ["sign-in-users"], queryFn: () => backend.call("sign_in_users", null) });
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const passwordInput = useRef<HTMLInputElement>(null);
  const usernameInput = useRef<HTMLInputElement>(null);
  const signIn = useMutation({
    mutationFn: () => backend.signIn(username.trim(), password),
    onSuccess: () => client.invalidateQueries(),
    onError: () => {
      setPassword("");
      passwordInput.current?.focus();
    },
  });

  useEffect(() => usernameInput.current?.focus(), []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (username.trim() && password) signIn.mutate();
  };
  const pick = (name: string) => {
    setUsername(name);
    passwordInput.current?.focus();
  };

  return (
    <div className="sign-in">
      <form id="sign-in" className="sign-in-card" onSubmit={submit} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">{t("session.signIn.title")}</h1>
        {reason ? <p className="muted">{reason}</p> : null}
        <Field label={t("session.signIn.username")} formName="username" inputRef={usernameInput} autoComplete="username" value={username} onChange={setUsername} />
        <Field label={t("session.signIn.password")} formName="password" type="password" inputRef={passwordInput} autoComplete="current-password" value={password} onChange={setPassword} />
        {signIn.isError ? (
          <p role="alert" className="error">
            {signIn.error.message}
          </p>
        ) : null}
        <Button type="submit" variant="primary" isDisabled={signIn.isPending || !username.trim() || !password}>
          {t("session.signIn.submit")}
        </Button>
        {users.data && users.data.length > 0 ? (
          <div className="quick-switch" aria-label={t("session.signIn.users")}>
            {users.data.map((u) => (
              <Button key={u.username} variant="chip" onPress={() => pick(u.username)}>
                {u.name}
              </Button>
            ))}
          </div>
        ) : null}
      </form>
    </div>
  );
}
