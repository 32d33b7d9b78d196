// The movements as the scan screen names them.
import type { Movement } from "../bindings";

export const MOVEMENTS: Array<{ id: Movement; label: string }> = [
  { id: "receive", label: "Receive" },
  { id: "dispense", label: "Dispense" },
  { id: "transfer", label: "Transfer" },
  { id: "return", label: "Return to stock" },
  { id: "quarantine", label: "Quarantine" },
  { id: "release", label: "Release" },
  { id: "destroy", label: "Destroy" },
  { id: "return_to_supplier", label: "Return to supplier" },
];

export const movementLabel = (id: Movement) => MOVEMENTS.find((m) => m.id === id)?.label ?? id;
