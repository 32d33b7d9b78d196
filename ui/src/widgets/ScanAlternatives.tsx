// Other ways to scan, under every scan box: the camera (a live view that reads codes as a
// scanner would), and — for a pack that is not at hand or whose code cannot be read — a photo
// or the printed lines typed by hand. Each gives what it read to the box's own `onScan`, so the
// screen's verdict, sound and session list are the same whichever way a code arrives.
import { useState } from "react";
import { CameraView } from "../camera/CameraView";
import { useT } from "../i18n/I18n";
import { Button } from "./controls";

type Way = "camera";

export function ScanAlternatives({ onScan, disabled }: { onScan(raw: string): void; disabled?: boolean }) {
  const t = useT();
  const [way, setWay] = useState<Way | null>(null);
  const toggle = (w: Way) => setWay((current) => (current === w ? null : w));
  return (
    <div className="scan-ways">
      <div className="scan-ways-buttons" role="group" aria-label={t("camera.ways")}>
        <Button onPress={() => toggle("camera")} isDisabled={disabled} aria-pressed={way === "camera"}>
          {t("camera.open")}
        </Button>
      </div>
      {way === "camera" && !disabled ? <CameraView onScan={onScan} onClose={() => setWay(null)} /> : null}
    </div>
  );
}
