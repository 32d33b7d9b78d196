// A message with React elements inside it (a code in <code>, a serial in <bdi>): the message is
// said whole, with a marker for each element, then cut at the markers and the elements put in,
// so each language keeps its own word order around them.
import { Fragment, type ReactNode } from "react";

const OPEN = "\uE000";
const CLOSE = "\uE001";
const MARKER = new RegExp(`${OPEN}(\\d+)${CLOSE}`);

export interface Slots {
  /** The values to give `t(...)` for the elements' arguments. */
  values: Record<string, string>;
  /** The message `t(...)` said, with the elements in place of their markers. */
  render(text: string): ReactNode;
}

/** `const s = slots({ path: <code>{path}</code> }); s.render(t("area.saved", { ...s.values }))` */
export function slots(elements: Record<string, ReactNode>): Slots {
  const names = Object.keys(elements);
  const values = Object.fromEntries(names.map((name, i) => [name, `${OPEN}${i}${CLOSE}`]));
  return {
    values,
    render(text) {
      const parts = text.split(MARKER);
      return parts.map((part, i) => (i % 2 === 0 ? part : <Fragment key={i}>{elements[names[Number(part)] ?? ""]}</Fragment>));
    },
  };
}
