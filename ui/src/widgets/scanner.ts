// Scanner input. A keyboard-wedge scanner types a code as a burst of keystrokes ending in Enter,
// with the group separator (GS) in the middle. WebKitGTK delivers GS as a keydown that inserts
// nothing (and many scanners send Ctrl+] for it); Chromium inserts it without a keydown. So GS is
// read on keydown and inserted by hand. A scanner set up to send something else for it (`~`) is
// the site's setting (Settings, Scanning and receipts), applied where the scan is read: the scan
// box passes it on as typed, so the ledger keeps exactly what the scanner sent.

export const GS = "\u001d";

/** Whether this keydown stands for the group separator. */
export function isGroupSeparator(e: { key: string; code: string; ctrlKey: boolean }): boolean {
  return e.key === GS || (e.ctrlKey && (e.code === "BracketRight" || e.key === "]"));
}

/** Whether a keystroke goes to a text field of its own (the wedge listener leaves it alone). */
export function isTextField(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  return el instanceof HTMLInputElement && !["button", "checkbox", "radio", "submit"].includes(el.type);
}
