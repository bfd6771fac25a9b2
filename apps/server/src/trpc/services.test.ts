import { ConversationService, manualBilling, type ServiceDeps, systemContext } from '@stayzr/shared/server';
import { describe, expect, it } from 'vitest';
import type { ServerDeps } from '../deps.js';
import { tenantServices } from './services.js';

describe('ctx.services', () => {
  it('builds each service on first access, once, from the request tenant', () => {
    let billingReads = 0;
    const deps = {
      services: {} as ServiceDeps,
      get billing() {
        billingReads++;
        return manualBilling;
      },
    } as unknown as ServerDeps;
    const services = tenantServices(deps, systemContext('00000000-0000-4000-8000-000000000001', 'test'));

    expect(billingReads).toBe(0);
    expect(services.conversations).toBeInstanceOf(ConversationService);
    expect(services.conversations).toBe(services.conversations);
    expect(billingReads).toBe(0);
    expect(services.subscription).toBe(services.subscription);
    expect(billingReads).toBe(1);
  });
});
