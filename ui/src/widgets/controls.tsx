// The app's form controls: React Aria Components (accessible, keyboard-complete, unstyled) with
// Custody's look from styles.css. Screens use these, never bare <button>/<input>, so every
// control behaves the same under a mouse, a keyboard, a touch screen and a screen reader.
// Decision: docs/decisions/2026-11-22-component-library.md.
import type { ReactNode, Ref } from "react";
import {
  Button as AriaButton,
  Checkbox as AriaCheckbox,
  Dialog,
  FieldError,
  Heading,
  Input,
  Label,
  Modal,
  ModalOverlay,
  Radio,
  RadioGroup,
  Text,
  TextArea,
  TextField,
  type ButtonProps as AriaButtonProps,
} from "react-aria-components";

export { Dialog, Heading };

type ButtonProps = Omit<AriaButtonProps, "className"> & {
  /** `primary` for the one main action of a panel, `quiet` for a small action in a row,
   * `chip` for a rounded choice, `bare` for something that is a button in behaviour only
   * (a tile, a navigation item, a list row) and takes its look from `className`. */
  variant?: "primary" | "quiet" | "chip" | "bare";
  className?: string;
};

export function Button({ variant, className, ...props }: ButtonProps) {
  const base = variant === "quiet" || variant === "chip" ? variant : variant === "bare" ? "" : "button";
  const classes = [base, variant === "primary" ? "primary" : "", className ?? ""];
  return <AriaButton {...props} className={classes.filter(Boolean).join(" ")} />;
}

interface FieldProps {
  /** The visible label. */
  label: ReactNode;
  /** The accessible name, when it should differ from the visible label (by default the label,
   * when it is text, is also the input's `aria-label`: tests and scripts find fields by it). */
  name?: string;
  /** The input's form name (`name` attribute). */
  formName?: string;
  inputRef?: Ref<HTMLInputElement>;
  value: string;
  onChange(value: string): void;
  type?: "text" | "password" | "search" | "number";
  placeholder?: string;
  description?: string;
  autoFocus?: boolean;
  autoComplete?: string;
  isRequired?: boolean;
  isDisabled?: boolean;
  /** Narrow input (codes, quantities). */
  narrow?: boolean;
  /** A multi-line text. */
  multiline?: boolean;
  size?: number;
  inputMode?: "numeric" | "text";
  spellCheck?: boolean;
  className?: string;
  /** Why the value was refused, shown beside the field (which is marked invalid). */
  errorMessage?: string | null;
}

/** A labelled text field. */
export function Field({ label, name, formName, inputRef, value, onChange, type = "text", placeholder, description, autoFocus, autoComplete, isRequired, isDisabled, narrow, multiline, size, inputMode, spellCheck, className, errorMessage }: FieldProps) {
  return (
    <TextField
      className={`field ${className ?? ""}`}
      value={value}
      onChange={onChange}
      type={type}
      aria-label={name ?? (typeof label === "string" ? label : undefined)}
      name={formName}
      autoFocus={autoFocus}
      autoComplete={autoComplete}
      isRequired={isRequired}
      isDisabled={isDisabled}
      isInvalid={errorMessage ? true : undefined}
    >
      <Label>{label}</Label>
      {multiline ? (
        <TextArea placeholder={placeholder} />
      ) : (
        <Input ref={inputRef} className={narrow ? "narrow" : undefined} placeholder={placeholder} size={size} inputMode={inputMode} spellCheck={spellCheck} />
      )}
      {description ? <Text slot="description">{description}</Text> : null}
      <FieldError>{errorMessage ?? undefined}</FieldError>
    </TextField>
  );
}

/** A check box with its label beside it. */
export function Check({ children, checked, onChange, isDisabled }: { children: ReactNode; checked: boolean; onChange(checked: boolean): void; isDisabled?: boolean }) {
  return (
    <AriaCheckbox className="check" isSelected={checked} onChange={onChange} isDisabled={isDisabled}>
      <span className="box" aria-hidden="true">
        {checked ? "✓" : ""}
      </span>
      {children}
    </AriaCheckbox>
  );
}

/** One choice of a few, shown as a row of segments (arrow keys move between them). */
export function Segments<T extends string>({ label, value, options, onChange }: { label: string; value: T; options: Array<{ value: T; label: ReactNode }>; onChange(value: T): void }) {
  return (
    <RadioGroup className="segments" aria-label={label} orientation="horizontal" value={value} onChange={(v) => onChange(v as T)}>
      {options.map((o) => (
        <Radio key={o.value} value={o.value} className="segment">
          {o.label}
        </Radio>
      ))}
    </RadioGroup>
  );
}

/** A modal dialog with a title; Escape or the close button dismisses it. */
export function ModalDialog({ title, isOpen, onClose, children }: { title: string; isOpen: boolean; onClose(): void; children: ReactNode }) {
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(open) => (open ? undefined : onClose())} isDismissable>
      <Modal className="modal">
        <Dialog className="dialog" aria-label={title}>
          <Heading slot="title">{title}</Heading>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
