import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from './test-app';
import { constraintProblem, dbError, registerConstraintMessage } from '../src/platform/db/constraints';

// Each database rule answers with its own module's message; a rule nobody described gets a generic one by its kind.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

/** The error the database driver raises for a statement (through Drizzle, as the services see it). */
async function violation(statement: ReturnType<typeof sql>): Promise<unknown> {
  try {
    await t.database.rows(statement);
  } catch (err) {
    return err;
  }
  throw new Error('expected the database to refuse the statement');
}

describe('what a violated constraint says', () => {
  it('a second site with the same name gets "this name already exists", in the caller’s language', async () => {
    const create = (lang: string) => t.as('admin', { method: 'POST', url: '/api/sites', headers: { 'accept-language': lang }, payload: { name: 'Antenne Laeken', kind: 'antenna' } });
    expect((await create('fr')).statusCode).toBe(201);
    const again = await create('nl');
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.json()).toMatchObject({ code: 'error.name_taken', title: 'Deze naam bestaat al.' });
  });

  it('reads the constraint name from the driver error, whichever driver, and maps it to the registered message', async () => {
    await t.database.rows(sql`create table test_badges (code text constraint test_badges_code_unique unique, other text constraint test_badges_other_unique unique)`);
    await t.database.rows(sql`insert into test_badges values ('A', 'x')`);
    registerConstraintMessage('test_badges_code_unique', 'error.name_taken');
    const registered = await violation(sql`insert into test_badges values ('A', 'y')`);
    expect(dbError(registered)).toEqual({ code: '23505', constraint: 'test_badges_code_unique' });
    expect(constraintProblem(registered)).toEqual({ code: 'error.name_taken', status: 409 });
    // Nobody registered this one: a generic message, never "this name already exists".
    const generic = await violation(sql`insert into test_badges values ('B', 'x')`);
    expect(constraintProblem(generic)).toEqual({ code: 'error.already_exists', status: 409 });
  });

  it('has generic messages for an overlap and a reference still in use, and none for other errors', async () => {
    await t.database.rows(sql`create table test_slots (during tstzrange, exclude using gist (during with &&))`);
    await t.database.rows(sql`insert into test_slots values (tstzrange('2026-01-01T09:00Z', '2026-01-01T10:00Z'))`);
    expect(constraintProblem(await violation(sql`insert into test_slots values (tstzrange('2026-01-01T09:30Z', '2026-01-01T10:30Z'))`))).toEqual({ code: 'error.overlaps', status: 409 });
    await t.database.rows(sql`create table test_parent (id int primary key)`);
    await t.database.rows(sql`create table test_child (parent_id int references test_parent(id))`);
    await t.database.rows(sql`insert into test_parent values (1)`);
    await t.database.rows(sql`insert into test_child values (1)`);
    expect(constraintProblem(await violation(sql`delete from test_parent where id = 1`))).toEqual({ code: 'error.in_use', status: 409 });
    expect(constraintProblem(new Error('boom'))).toBeUndefined();
    expect(constraintProblem(await violation(sql`select 1/0`))).toBeUndefined();
  });
});
