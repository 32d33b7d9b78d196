// The movements as the scan screen names them: each one's key in the `scan` catalogue.
import type { Movement } from "../bindings";

export const MOVEMENTS: Array<{ id: Movement; label: string }> = [
  { id: "receive", label: "scan.movement.receive" },
  { id: "dispense", label: "scan.movement.dispense" },
  { id: "transfer", label: "scan.movement.transfer" },
  { id: "return", label: "scan.movement.return" },
  { id: "quarantine", label: "scan.movement.quarantine" },
  { id: "release", label: "scan.movement.release" },
  { id: "destroy", label: "scan.movement.destroy" },
  { id: "return_to_supplier", label: "scan.movement.return_to_supplier" },
];

/** The key naming the movement: say it with `t(movementLabel(id))`. */
export const movementLabel = (id: Movement): string => MOVEMENTS.find((m) => m.id === id)?.label ?? "scan.movement.receive";
