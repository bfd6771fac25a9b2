import { eld } from 'eld/medium';

type Detector = typeof eld;
const detectors = new Map<string, Detector>();

/** One detector per candidate set: a subset makes short questions far more accurate ("Há estacionamento?"). */
function detectorFor(candidates: readonly string[]): Detector {
  const key = [...new Set(candidates)].sort().join(',');
  let detector = detectors.get(key);
  if (!detector) {
    detector = eld.newInstance();
    if (key) detector.setLanguageSubset(key.split(','));
    detectors.set(key, detector);
  }
  return detector;
}

export interface DetectedLanguage {
  language: string | null;
  reliable: boolean;
}

/**
 * The language of a guest's message (eld, n-gram based), among the languages the hotel has knowledge
 * in. Unreliable on two-word messages ("wifi password?"): the caller then falls back to the guest's
 * known language or to where the knowledge matched best.
 */
export function detectLanguage(text: string, candidates: readonly string[]): DetectedLanguage {
  const result = detectorFor(candidates).detect(text);
  return { language: result.language || null, reliable: Boolean(result.language) && result.isReliable() };
}
