import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { inlineParameters, pipelineFragment, pipelineSql } from '../pipeline.js';
import { checkOptionalRow, checkRow, checkRows, RowShapeError } from './rows.js';
import { platformScopeStatement, tenantScopeStatement } from './scope.js';

const Row = z.object({ id: z.string(), n: z.number() });

describe('row checks', () => {
  it('hands back rows of the declared shape and names the query whose rows drifted', () => {
    expect(checkRows('probe', Row, [{ id: 'a', n: 1 }])).toEqual([{ id: 'a', n: 1 }]);
    expect(() => checkRows('probe', Row, [{ id: 'a', n: '1' }])).toThrow(RowShapeError);
    expect(() => checkRows('probe', Row, [{ id: 'a' }])).toThrow(/^probe: unexpected row shape: row 0/);
  });

  it('tells a missing row from a present one', () => {
    expect(checkOptionalRow('probe', Row, [])).toBeNull();
    expect(
      checkRow('probe', Row, [
        { id: 'a', n: 2 },
        { id: 'b', n: 3 },
      ]),
    ).toEqual({ id: 'a', n: 2 });
    expect(() => checkRow('probe', Row, [])).toThrow(/no row/);
  });
});

describe('pipeline statements', () => {
  it('binds every value as a parameter and splices only fragments', () => {
    const quote = "O'Brien; drop table guests; --";
    expect(
      pipelineSql`select ${pipelineFragment('email')} from guests where name = ${quote} and id = ${1}`,
    ).toEqual({
      text: 'select email from guests where name = $1 and id = $2',
      values: [quote, 1],
    });
  });

  it('keeps the scope statement text the pipeline prepares, and inlines only plain tokens', () => {
    const organizationId = '0195f0c1-7b8e-7c3a-9d2e-0123456789ab';
    expect(tenantScopeStatement(organizationId)).toEqual({
      text: "select set_config('role', 'stayzr_app', true), set_config('app.organization_id', $1, true)",
      values: [organizationId],
    });
    expect(inlineParameters(tenantScopeStatement(organizationId))).toBe(
      `select set_config('role', 'stayzr_app', true), set_config('app.organization_id', '${organizationId}', true)`,
    );
    expect(inlineParameters(platformScopeStatement())).toBe(
      "select set_config('role', 'stayzr_platform', true), set_config('app.organization_id', '', true)",
    );
    expect(() => inlineParameters(pipelineSql`select ${"x' or '1'='1"}`)).toThrow(/cannot be inlined/);
    expect(() => inlineParameters(pipelineSql`select ${42}`)).toThrow(/cannot be inlined/);
  });
});
