// Sentences with elements inside: `t()` says the whole sentence (word order is the language's),
// with `slot(n)` standing where an element goes (a code in `<code>`, a serial in `<bdi>`), and
// `withElements` puts the elements in those places.
import { Fragment, type ReactNode } from "react";

const OPEN = "\uE000";
const CLOSE = "\uE001";
const SLOT = /\uE000(\d+)\uE001/;

/** The place of the `n`-th element given to `withElements`, as an argument of `t()`. */
export function slot(n: number): string {
  return `${OPEN}${n}${CLOSE}`;
}

/** `text` (said by `t()` with `slot(n)` arguments), each slot replaced by `elements[n]`. */
export function withElements(text: string, ...elements: ReactNode[]): ReactNode {
  const parts = text.split(SLOT);
  return (
    <>
      {parts.map((part, i) => (i % 2 === 0 ? part : <Fragment key={i}>{elements[Number(part)]}</Fragment>))}
    </>
  );
}

/** A code, serial, lot, path or number shown inside running text: read left to right, also in
 * a sentence written right to left. */
export function Ltr({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <bdi dir="ltr" className={className}>
      {children}
    </bdi>
  );
}
