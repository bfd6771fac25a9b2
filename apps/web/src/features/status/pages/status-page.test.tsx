import type { HealthReport } from '@stayzr/shared';
import { describe, expect, it } from 'vitest';
import { renderText } from '../../../testing/render-text';
import { StatusView, type StatusViewProps } from './status-page';

const healthy: HealthReport = {
  status: 'ok',
  version: '1.4.2',
  uptimeSeconds: 3 * 3600 + 5 * 60,
  checks: {
    database: { ok: true, latencyMs: 3.2 },
    redis: { ok: true, latencyMs: 0.4 },
  },
};

const redisDown: HealthReport = {
  ...healthy,
  status: 'degraded',
  checks: {
    database: { ok: true, latencyMs: 12 },
    redis: { ok: false, latencyMs: null, error: 'connect ECONNREFUSED 127.0.0.1:6379' },
  },
};

function render(props: Partial<StatusViewProps>): string {
  return renderText(
    <StatusView
      report={undefined}
      checkedAt={undefined}
      errorMessage={undefined}
      fetching={false}
      onRetry={() => {}}
      {...props}
    />,
  );
}

/** Text of the dependency card whose title is `label`, up to the next card. */
function card(text: string, label: string, next?: string): string {
  const start = text.indexOf(label);
  expect(start, `card "${label}" is shown`).toBeGreaterThanOrEqual(0);
  const end = next ? text.indexOf(next, start + label.length) : text.length;
  return text.slice(start, end);
}

describe('StatusView', () => {
  it('reports every dependency OK with its latency, the version and the uptime', () => {
    const text = render({ report: healthy, checkedAt: new Date() });

    expect(text).toContain('All systems operational');
    expect(text).toContain('1.4.2');
    expect(text).toContain('3 h 5 min');
    // The summary names PostgreSQL once before the cards, so look at the cards' own text.
    const cards = text.slice(text.lastIndexOf('Last checked'));
    expect(card(cards, 'PostgreSQL', 'Redis')).toMatch(/OK.*Latency 3 ms/);
    expect(card(cards, 'Redis')).toMatch(/OK.*Latency <1 ms/);
    expect(text).not.toContain('Down');
    expect(text).not.toContain('Cannot reach');
  });

  it('marks a failed dependency as down with the reason, and the whole system as degraded', () => {
    const text = render({ report: redisDown, checkedAt: new Date() });

    expect(text).toContain('Degraded service');
    expect(text).toContain('Redis is not answering');
    const cards = text.slice(text.lastIndexOf('Last checked'));
    expect(card(cards, 'PostgreSQL', 'Redis')).toMatch(/OK.*Latency 12 ms/);
    const redis = card(cards, 'Redis');
    expect(redis).toContain('Down');
    expect(redis).toContain('no answer');
    expect(redis).toContain('connect ECONNREFUSED 127.0.0.1:6379');
  });

  it('says the server cannot be reached and offers Retry when no report ever arrived', () => {
    const text = render({ errorMessage: 'Failed to fetch' });

    expect(text).toContain('Cannot reach the Stayzr server');
    expect(text).toContain('Retry');
    expect(text).toContain('Details: Failed to fetch');
    expect(text).not.toContain('All systems operational');
  });

  it('keeps the last report but warns that it may be out of date when a refresh fails', () => {
    const text = render({ report: healthy, checkedAt: new Date(), errorMessage: 'Failed to fetch' });

    expect(text).toContain('Lost contact with the server');
    expect(text).toContain('All systems operational');
  });

  it('shows a loading state, not an empty page, before the first answer', () => {
    const text = render({});

    expect(text).toContain('Checking system status');
    expect(text).not.toContain('PostgreSQL');
  });
});
