export type DependencyName = 'database' | 'redis';

export interface DependencyHealth {
  ok: boolean;
  latencyMs: number | null;
  /** Human-readable reason when the dependency does not answer. */
  error?: string;
}

export interface HealthReport {
  status: 'ok' | 'degraded';
  version: string;
  uptimeSeconds: number;
  checks: Record<DependencyName, DependencyHealth>;
}
