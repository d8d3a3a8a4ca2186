/**
 * Shared test-data builders: the records many tests need, made through the API (the way a user makes them),
 * each checking that the server accepted it. One place, so a change to the people form changes one builder.
 *
 *   const karim = await newPerson(t, { firstName: 'Karim', lastName: 'Benali', birthDate: '2000-01-15' });
 *   const nadia = await newPerson(t, { firstName: 'Nadia', lastName: 'Amrani' }, { as: 'social_worker' });
 */
import { expect } from 'vitest';
import type { Role } from '../src/platform/auth/roles';
import type { TestApp } from './test-app';

export interface PersonFields {
  firstName: string;
  lastName: string;
  [field: string]: unknown;
}

/**
 * A person, recorded by `as` (reception by default), past the duplicate check (`confirmNotDuplicate`):
 * answers the new person's id.
 */
export async function newPerson(t: TestApp, fields: PersonFields, opts: { as?: Role } = {}): Promise<number> {
  const res = await t.as(opts.as ?? 'reception', { method: 'POST', url: '/api/people', payload: { confirmNotDuplicate: true, ...fields } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as number;
}
