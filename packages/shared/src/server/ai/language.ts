import type { eld as EldDetector } from 'eld/medium';

type Detector = typeof EldDetector;

/**
 * eld's medium n-gram tables cost ~200 MB of memory once loaded: they load on the first detection (the
 * worker's first AI reply), not when a process imports the server code (the server never detects).
 */
let loading: Promise<Detector> | null = null;
const loadEld = () => {
  loading ??= import('eld/medium').then((module) => module.eld);
  return loading;
};

const detectors = new Map<string, Detector>();

/** One detector per candidate set: a subset makes short questions far more accurate ("Há estacionamento?"). */
async function detectorFor(candidates: readonly string[]): Promise<Detector> {
  const key = [...new Set(candidates)].sort().join(',');
  let detector = detectors.get(key);
  if (!detector) {
    detector = (await loadEld()).newInstance();
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
export async function detectLanguage(text: string, candidates: readonly string[]): Promise<DetectedLanguage> {
  const result = (await detectorFor(candidates)).detect(text);
  return { language: result.language || null, reliable: Boolean(result.language) && result.isReliable() };
}
