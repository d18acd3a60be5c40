import { useEffect, useRef } from 'react';
import type { SessionRecord } from '../../lib/api';

/** A short two-tone chime: rising when paid, falling when it failed. */
function chime(paid: boolean): void {
  const audio = new AudioContext();
  const notes = paid ? [660, 880] : [440, 330];
  notes.forEach((frequency, i) => {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.15, audio.currentTime + i * 0.15);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + i * 0.15 + 0.14);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(audio.currentTime + i * 0.15);
    oscillator.stop(audio.currentTime + i * 0.15 + 0.15);
  });
  setTimeout(() => void audio.close(), 600);
}

/**
 * When the session on screen ends: a sound (if wanted) and, after a paid one, back to a new
 * sale once `autoReturnSeconds` have passed (0 = stay).
 */
export function useOutcomeCues(
  session: SessionRecord,
  options: { sound: boolean; autoReturnSeconds: number; onReturn: () => void },
): void {
  const previous = useRef(session.status);
  const { sound, autoReturnSeconds, onReturn } = options;
  useEffect(() => {
    const was = previous.current;
    previous.current = session.status;
    if (was !== 'pending' || session.status === 'pending') return;
    if (sound && (session.status === 'completed' || session.status === 'failed')) {
      try {
        chime(session.status === 'completed');
      } catch {
        // No audio device: the screen still shows the outcome.
      }
    }
  }, [session.status, sound]);
  useEffect(() => {
    if (session.status !== 'completed' || autoReturnSeconds <= 0) return undefined;
    const timer = setTimeout(onReturn, autoReturnSeconds * 1000);
    return () => clearTimeout(timer);
  }, [session.status, autoReturnSeconds, onReturn]);
}
