// The camera view's troubles are said in words a nurse can act on, with a way to try again.
// (Reading frames needs a real webview: tests/desktop/camera.test.mjs films a pack in the app.)
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { I18nProvider } from "../i18n/I18n";
import { replayBackend } from "../test/replayBackend";
import { renderWith } from "../test/render";
import { CameraView } from "./CameraView";

function show() {
  const onClose = vi.fn();
  renderWith(
    replayBackend({ flow: "camera", steps: [] }),
    <I18nProvider lang="en">
      <CameraView onScan={vi.fn()} onClose={onClose} />
    </I18nProvider>,
  );
  return { onClose };
}

function camera(getUserMedia: () => Promise<MediaStream>) {
  Object.defineProperty(navigator, "mediaDevices", { configurable: true, value: { getUserMedia, enumerateDevices: () => Promise.resolve([]) } });
}

afterEach(() => {
  Object.defineProperty(navigator, "mediaDevices", { configurable: true, value: undefined });
});

describe("the camera view", () => {
  it("says when the computer lets no camera be used", async () => {
    show();
    expect(await screen.findByRole("alert")).toHaveTextContent("Custody cannot use a camera on this computer.");
  });

  it("says what to do when the camera was refused, and tries again", async () => {
    const refuse = vi.fn(() => Promise.reject(new DOMException("Permission denied", "NotAllowedError")));
    camera(refuse);
    show();
    expect(await screen.findByRole("alert")).toHaveTextContent("Custody is not allowed to use the camera.");
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(refuse).toHaveBeenCalledTimes(2));
    expect(await screen.findByRole("alert")).toHaveTextContent("Allow the camera for Custody");
  });

  it("tells a missing camera from one in use by another program", async () => {
    camera(() => Promise.reject(new DOMException("busy", "NotReadableError")));
    show();
    expect(await screen.findByRole("alert")).toHaveTextContent("used by another program");
  });

  it("closes from its own button", async () => {
    const { onClose } = show();
    fireEvent.click(screen.getByRole("button", { name: "Close camera" }));
    expect(onClose).toHaveBeenCalled();
  });
});
