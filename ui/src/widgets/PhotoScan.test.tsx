// A ward's photo read for its codes, against what custody-api answered for the very same photos
// (transcripts/photo-scan.json, recorded by crates/api/tests/it/transcripts.rs): chosen, pasted
// or dropped; nothing goes on as a scan until the person says which code.
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { PhotoCode, PhotoRequest } from "../bindings";
import { flow, recorded, replayBackend } from "../test/replayBackend";
import { renderWith } from "../test/render";
import { PhotoScan, usePhotoPaste } from "./PhotoScan";

/** The photo recorded at `step` of the flow, as the file a person would give. */
function photoAt(step: number): File {
  const request = recorded("photo-scan", step).request as PhotoRequest;
  const bytes = Uint8Array.from(atob(request.bytes_base64), (c) => c.charCodeAt(0));
  return new File([bytes], request.name ?? "", { type: request.name?.endsWith(".HEIC") ? "image/heic" : "image/png" });
}

/** The codes the api answered at `step`. */
function codesAt(step: number): PhotoCode[] {
  return recorded("photo-scan", step).ok as PhotoCode[];
}

function choose(file: File) {
  const input = document.querySelector('input[type="file"]');
  if (!input) throw new Error("no file input");
  fireEvent.change(input, { target: { files: [file] } });
}

/** A paste of `file` on the page, as Ctrl+V of a copied picture fires it. */
function paste(file: File | null, text = "") {
  const event = new Event("paste", { bubbles: true, cancelable: true });
  const files = file ? [file] : [];
  Object.defineProperty(event, "clipboardData", {
    value: { files, items: files.map((f) => ({ kind: "file", type: f.type, getAsFile: () => f })), getData: () => text },
  });
  act(() => void document.body.dispatchEvent(event));
  return event;
}

function renderPanel(props: { onScan?(raw: string): void; onHandEntry?(): void } = {}) {
  const backend = replayBackend(flow("photo-scan"));
  renderWith(backend, <PhotoScan onScan={props.onScan ?? (() => {})} onClose={() => {}} onHandEntry={props.onHandEntry} />);
  return backend;
}

describe("reading a photo of a pack", () => {
  it("shows the one code a chosen photo holds, in words, and sends it only when the person says so", async () => {
    const onScan = vi.fn();
    renderPanel({ onScan });
    choose(photoAt(1));
    await screen.findByText("One code found.");
    const code = screen.getByRole("listitem", { name: "Code 1" });
    expect(within(code).getByText("DataMatrix")).toBeInTheDocument();
    expect(within(code).getByText("09506000134352")).toBeInTheDocument();
    expect(within(code).getByText("W1"), "the serial").toBeInTheDocument();
    expect(within(code).getByText("L1"), "the lot").toBeInTheDocument();
    expect(within(code).getByText("Jun 30, 2028"), "the expiry in the language's words").toBeInTheDocument();
    const use = within(code).getByRole("button", { name: "Use this code" });
    expect(onScan, "one code is still not sent by itself: a ward's photo may show the wrong pack").not.toHaveBeenCalled();
    expect(document.activeElement, "one click, or Enter, confirms it").toBe(use);
    fireEvent.click(use);
    expect(onScan, "sent as a scanner would have typed it").toHaveBeenCalledWith(codesAt(1)[0]?.scan_input);
    expect(within(code).getByRole("button", { name: "Used" })).toBeDisabled();
  });

  it("reads a pasted picture, and shows the decoder's refusal for a code that cannot be used", async () => {
    renderPanel();
    const event = paste(photoAt(2));
    expect(event.defaultPrevented, "the picture is the panel's, not a field's").toBe(true);
    await screen.findByText("2 codes found.");
    const refusal = codesAt(2).find((c) => c.refusal)?.refusal?.message ?? "";
    expect(refusal, "the recorded answer has a refused code").toMatch(/check digit is wrong/);
    expect(screen.getByText(refusal)).toBeInTheDocument();
    expect(screen.getAllByRole("button", { name: "Use this code" }), "only the code that reads can be used").toHaveLength(1);
  });

  it("leaves a paste of text alone", () => {
    const backend = renderPanel();
    const event = paste(null, "0109506000134352");
    expect(event.defaultPrevented).toBe(false);
    expect(backend.calls, "nothing to read").toEqual([]);
  });

  it("says when a dropped photo holds no code, and offers the printed lines", async () => {
    const onHandEntry = vi.fn();
    renderPanel({ onHandEntry });
    const zone = screen.getByRole("group", { name: "Photo to read" });
    fireEvent.dragOver(zone, { dataTransfer: { files: [], items: [], dropEffect: "none" } });
    expect(zone).toHaveClass("over");
    fireEvent.drop(zone, { dataTransfer: { files: [photoAt(3)], items: [] } });
    await screen.findByText("No code could be read in this photo.");
    fireEvent.click(screen.getByRole("button", { name: "Type the code by hand" }));
    expect(onHandEntry).toHaveBeenCalled();
  });

  it("gives the decoder's words for a HEIC photo", async () => {
    renderPanel();
    choose(photoAt(4));
    const said = recorded("photo-scan", 4).error?.message ?? "";
    expect(await screen.findByRole("alert")).toHaveTextContent(said);
    expect(said).toMatch(/HEIC/);
  });

  it("refuses a file over 25 MB before reading it", async () => {
    const backend = renderPanel();
    const big = new File(["x"], "scan.tiff");
    Object.defineProperty(big, "size", { value: 26 * 1024 * 1024 + 1 });
    choose(big);
    expect(await screen.findByRole("alert")).toHaveTextContent("This file is 27 MB: photos of up to 25 MB are read.");
    await waitFor(() => expect(backend.calls, "never sent").toEqual([]));
  });
});

describe("usePhotoPaste", () => {
  function Screen({ onPhoto }: { onPhoto: ((file: File) => void) | null }) {
    usePhotoPaste(onPhoto);
    return <input aria-label="Note" />;
  }

  it("hands a picture pasted anywhere to the screen, and nothing once turned off", () => {
    const onPhoto = vi.fn();
    const { rerender } = renderWith(replayBackend(flow("photo-scan")), <Screen onPhoto={onPhoto} />);
    const file = photoAt(1);
    paste(file);
    expect(onPhoto).toHaveBeenCalledWith(file);
    rerender(<Screen onPhoto={null} />);
    expect(paste(file).defaultPrevented, "turned off, the paste goes where it would have").toBe(false);
    expect(onPhoto).toHaveBeenCalledTimes(1);
  });
});
