const started = Date.now();

function clock(): string {
  const seconds = Math.floor((Date.now() - started) / 1000);
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Progress for the person watching the run: `[mm:ss] scope: message`. */
export function progress(scope: string, message: string): void {
  process.stdout.write(`[${clock()}] ${scope}: ${message}\n`);
}

export const elapsedSeconds = (): number => (Date.now() - started) / 1000;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls until `check` returns a value (not undefined/null/false) or the time is up. */
export async function waitUntil<T>(
  check: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  timeoutMs: number,
  what: string,
  intervalMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
}

/** Wall-clock milliseconds with sub-millisecond resolution (one clock for every timestamp of a run). */
export const nowMs = (): number => performance.timeOrigin + performance.now();
