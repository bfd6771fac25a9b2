type Listener = () => void;

const listeners = new Set<Listener>();

/**
 * The query cache learns that the session ended; the router, which lives below it, acts on it. A tiny
 * event channel keeps the two apart.
 */
export function onSessionEnded(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function emitSessionEnded(): void {
  for (const listener of listeners) listener();
}
