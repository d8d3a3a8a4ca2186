import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const create = (body: Record<string, unknown>) => t.as('reception', { method: 'POST', url: '/api/people', payload: body });

describe('people registry', () => {
  it('finds "Dubois, Hélène" from "helene dubois", a typo and the other word order', async () => {
    const res = await create({ firstName: 'Hélène', lastName: 'Dubois', birthDate: '1985-07-30', gender: 'F' });
    expect(res.statusCode).toBe(201);
    await create({ firstName: 'Karim', lastName: 'Benali' });
    for (const q of ['helene dubois', 'Dubois Hélène', 'helen duboit', 'DUBOIS']) {
      const found = await t.as('reception', { method: 'GET', url: `/api/people?q=${encodeURIComponent(q)}` });
      expect(found.statusCode).toBe(200);
      const names = found.json().items.map((p: { lastName: string }) => p.lastName);
      expect(names[0], q).toBe('Dubois');
      expect(names).not.toContain('Benali');
    }
  });

  it('warns about a probable duplicate and creates it only when confirmed', async () => {
    const dup = await create({ firstName: 'Helene', lastName: 'Dubois', birthDate: '1985-07-30' });
    expect(dup.statusCode).toBe(409);
    expect(dup.headers['content-type']).toContain('application/problem+json');
    expect(dup.json().duplicates[0]).toMatchObject({ lastName: 'Dubois', reason: 'same_name_and_birth_date' });
    const forced = await create({ firstName: 'Helene', lastName: 'Dubois', birthDate: '1985-07-30', confirmNotDuplicate: true });
    expect(forced.statusCode).toBe(201);
  });
});
