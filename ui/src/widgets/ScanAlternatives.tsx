// Other ways to scan, under every scan box: the camera (a live view that reads codes as a
// scanner would), a photo of a pack (dropped, pasted or chosen: a ward's photo), and the printed
// lines typed by hand when nothing can be read. Each gives what it read to the box's own
// `onScan`, so the screen's verdict, sound and session list are the same whichever way a code
// arrives. A picture pasted anywhere on the screen opens the photo panel with it.
import { useState } from "react";
import { CameraView } from "../camera/CameraView";
import { useT } from "../i18n/I18n";
import { Button } from "./controls";
import { HandEntry } from "./HandEntry";
import { PhotoScan, usePhotoPaste } from "./PhotoScan";

type Way = "camera" | "photo" | "hand";

export function ScanAlternatives({ onScan, disabled }: { onScan(raw: string): void; disabled?: boolean }) {
  const t = useT();
  const [way, setWay] = useState<Way | null>(null);
  const [pasted, setPasted] = useState<File | null>(null);
  const toggle = (w: Way) => {
    setPasted(null);
    setWay((current) => (current === w ? null : w));
  };
  const close = () => setWay(null);
  // A code while the box is disabled is not a scan, as a scanner's keys would not be.
  const take = (raw: string) => {
    if (!disabled) onScan(raw);
  };
  // The photo panel listens to pastes itself while it is open.
  usePhotoPaste(
    disabled || way === "photo"
      ? null
      : (file) => {
          setPasted(file);
          setWay("photo");
        },
  );
  const buttons: Array<[Way, string]> = [
    ["camera", t("camera.open")],
    ["photo", t("camera.photo")],
    ["hand", t("camera.byHand")],
  ];
  return (
    <div className="scan-ways">
      <div className="scan-ways-buttons" role="group" aria-label={t("camera.ways")}>
        {buttons.map(([w, label]) => (
          <Button key={w} variant="quiet" onPress={() => toggle(w)} aria-pressed={way === w}>
            {label}
          </Button>
        ))}
      </div>
      {/* Kept open while the box is disabled (a question asked, a scan being sent): the camera
          holds what it already took instead of starting afresh and taking the pack again. */}
      {way === "camera" ? (
        <CameraView onScan={take} onClose={close} paused={disabled} />
      ) : way === "photo" ? (
        <div className="scan-way">
          <PhotoScan onScan={take} onClose={close} onHandEntry={() => setWay("hand")} photo={pasted} />
        </div>
      ) : way === "hand" ? (
        <div className="scan-way">
          <HandEntry onScan={take} onClose={close} />
        </div>
      ) : null}
    </div>
  );
}
