// The movement buttons: one row, each movement the signed-in person's role may not make greyed
// with why (its tooltip, and a line under the row), so nobody scans into a movement that will be
// refused. Which movements a role may make is custody-api's `scan_setup`.
import { Radio, RadioGroup } from "react-aria-components";
import type { Movement, MovementOffer, User } from "../bindings";
import { useActor } from "../counts/useActor";
import { useT } from "../i18n/I18n";
import type { Say } from "../widgets/rich";
import { MOVEMENTS } from "./movements";

interface Props {
  value: Movement;
  offers: ReadonlyArray<MovementOffer> | undefined;
  onChange(m: Movement): void;
}

/** Why, for the line under the buttons: who the person is ("sam is pharmacy staff."), since the
 * buttons already say which movements. A movement is refused for the role alone (custody-api's
 * `auth.forbidden`, whose arguments are the username and the role's code), so the short form is
 * said here from the signed-in person, in any language. The refusal's whole sentence stays each
 * greyed button's tooltip, and is the line while the person is not known yet. */
function whyNot(t: Say, actor: User | null, offers: Props["offers"], m: Movement | undefined): string {
  if (actor) return t("scan.movements.who", { user: actor.username, role: actor.role });
  return offers?.find((o) => o.movement === m)?.why_not ?? "";
}

export function MovementPicker({ value, offers, onChange }: Props) {
  const t = useT();
  const actor = useActor();
  const offer = (m: Movement) => offers?.find((o) => o.movement === m);
  const refused = MOVEMENTS.filter((m) => offer(m.id)?.allowed === false);
  return (
    <div className="movement-picker">
      <RadioGroup className="segments movements" aria-label={t("scan.movements.label")} orientation="horizontal" value={value} onChange={(v) => onChange(v as Movement)}>
        {MOVEMENTS.map((m) => {
          const o = offer(m.id);
          const off = o?.allowed === false;
          return (
            <Radio key={m.id} value={m.id} className="segment" isDisabled={off}>
              <span title={off ? (o?.why_not ?? undefined) : undefined}>{t(m.label)}</span>
            </Radio>
          );
        })}
      </RadioGroup>
      {refused.length > 0 ? (
        <p className="muted movements-refused" aria-label={t("scan.movements.refusedLabel")}>
          {t("scan.movements.refused", {
            movements: refused.map((m) => t(m.label)).join(t("scan.movements.separator")),
            why: whyNot(t, actor, offers, refused[0]?.id),
          })}
        </p>
      ) : null}
    </div>
  );
}
