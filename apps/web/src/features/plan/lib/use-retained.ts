import { useRef } from 'react';

/**
 * The last non-null `value`. Modals opened for "this plan" or "this channel" close by setting it to null;
 * keeping the last one shows the same content while the modal fades out instead of an empty frame.
 */
export function useRetained<T>(value: T | null): T | null {
  const last = useRef<T | null>(value);
  if (value !== null) last.current = value;
  return value ?? last.current;
}
