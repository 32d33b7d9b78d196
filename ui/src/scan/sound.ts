// A distinct sound per verdict, made on the spot (no audio files, nothing loaded).
import type { Level } from "../bindings";

let context: AudioContext | null = null;

/** The audio context, made on first use: opening the sound device holds the page for about a
 *  tenth of a second, so the scan screen makes it ahead (see `warmUp`), not on the first scan. */
function audio(): AudioContext | null {
  const Ctor = window.AudioContext;
  if (!Ctor) return null;
  context ??= new Ctor();
  return context;
}

/** Opens the sound device shortly after the scan screen shows, so the first verdict is drawn
 *  without waiting for it. Returns a cancel for the screen's clean-up. */
export function warmUp(): () => void {
  const timer = window.setTimeout(() => {
    try {
      audio();
    } catch {
      // No audio device: the first beep will try again and be silent.
    }
  }, 250);
  return () => window.clearTimeout(timer);
}

export function beep(level: Level) {
  try {
    const context = audio();
    if (!context) return;
    const tones: Record<Level, Array<[number, number]>> = {
      accepted: [[880, 0.09]],
      warning: [
        [660, 0.1],
        [660, 0.1],
      ],
      blocked: [[220, 0.45]],
      // A question: rising, so it is heard as "wait, look" rather than "no".
      ask: [
        [520, 0.1],
        [780, 0.16],
      ],
    };
    let at = context.currentTime;
    for (const [frequency, length] of tones[level]) {
      const osc = context.createOscillator();
      const gain = context.createGain();
      osc.type = level === "blocked" ? "square" : "sine";
      osc.frequency.value = frequency;
      gain.gain.value = 0.12;
      osc.connect(gain).connect(context.destination);
      osc.start(at);
      osc.stop(at + length);
      at += length + 0.06;
    }
  } catch {
    // No audio device: the colour and the words still say it.
  }
}
