// A new recall as the person builds it step by step: the product, what of it is recalled, the
// notice's details; and the api's request made of it.
import type { RecallClass, RecallForm, RecallScope } from "../bindings";
import type { T } from "./words";

/** The product chosen in the first step: its GTIN, and its name when it is in the product list. */
export interface ChosenProduct {
  gtin: string;
  name: string | null;
  /** Counted by lot (quantities) rather than by serialized pack. */
  lotTracked: boolean;
}

/** What of the product is recalled, as the core's scope allows: every lot, some lots, or
 * some packs by serial. */
export type ScopeKind = "all" | "lots" | "serials";

export interface RecallDraft {
  product: ChosenProduct | null;
  scopeKind: ScopeKind;
  /** Lots ticked: those seen here, and a scanned pack's lot. */
  lots: string[];
  /** Other lots, as typed from the notice (kept apart, so that typing never unticks a lot). */
  typedLots: string;
  serials: string[];
  number: string;
  title: string;
  class: RecallClass;
  reason: string;
  instructions: string;
  issuer: string;
  issued_on: string;
}

export const EMPTY_DRAFT: RecallDraft = {
  product: null,
  scopeKind: "all",
  lots: [],
  typedLots: "",
  serials: [],
  number: "",
  title: "",
  class: "II",
  reason: "",
  instructions: "",
  issuer: "",
  issued_on: "",
};

/** Lots or serials typed, split at commas, spaces and line breaks, each once. */
export function splitList(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).filter((x) => x !== ""))];
}

/** Every lot the draft recalls: those ticked and those typed, each once. */
export function recalledLots(d: RecallDraft): string[] {
  return [...new Set([...d.lots, ...splitList(d.typedLots)])];
}

/** The scope the draft describes; a kind whose list is empty is refused here, saying what is
 * missing, so "some lots" with none given never becomes "every lot" by accident. */
export function draftScope(d: RecallDraft, t: T): RecallScope {
  if (!d.product) throw new Error(t("recalls.problem.chooseProduct"));
  const lots = d.scopeKind === "lots" ? recalledLots(d) : [];
  const serials = d.scopeKind === "serials" ? d.serials : [];
  if (d.scopeKind === "lots" && lots.length === 0) throw new Error(t("recalls.problem.nameLot"));
  if (d.scopeKind === "serials" && serials.length === 0) throw new Error(t("recalls.problem.nameSerial"));
  return { product: { gtin: d.product.gtin, lots, serials } };
}

/** The api's request for the recall the draft describes. */
export function recallForm(d: RecallDraft, t: T): RecallForm {
  return {
    number: d.number.trim(),
    title: d.title.trim(),
    class: d.class,
    reason: d.reason.trim(),
    instructions: d.instructions.trim() || null,
    issuer: d.issuer.trim() || null,
    issued_on: d.issued_on.trim() || null,
    scope: draftScope(d, t),
  };
}

/** What the details step still lacks, as the catalogue keys of its fields' words (empty when
 * complete). */
export function missingDetails(d: RecallDraft): string[] {
  const missing: string[] = [];
  if (!d.number.trim()) missing.push("recalls.missing.number");
  if (!d.title.trim()) missing.push("recalls.missing.title");
  if (!d.reason.trim()) missing.push("recalls.missing.reason");
  return missing;
}
