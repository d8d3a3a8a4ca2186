import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from './test-app';
import { migrationsFolder } from '../src/platform/db/migrate';

// Migration 0032: the EPN workstations created before the register followed them become assets, one each.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: '2026-03-02T09:00:00Z' });
});
afterAll(() => t?.close());

const statements = fs
  .readFileSync(path.join(migrationsFolder, '0032_contract.sql'), 'utf8')
  .split('--> statement-breakpoint')
  .map((s) => s.trim())
  .filter(Boolean);

describe('migration 0032 on a database whose EPN workstations are not all assets', () => {
  it('takes in each workstation without an asset, once, in the state the board gives it, and leaves the others', async () => {
    const run = <T = Record<string, unknown>>(q: string) => t.database.rows<T>(sql.raw(q));
    // Workstations written before the register followed them (straight into the table: no listener ran)...
    const [a, b, c] = await run<{ id: number }>(`insert into epn_workstations (name, position, state, state_note, active) values
      ('PC A', 1, 'available', null, true), ('PC B', 2, 'out_of_order', 'Écran noir', true), ('PC C', 3, 'available', null, false) returning id`);
    // ... and one through the API, already an asset.
    const d = (await t.as('admin', { method: 'POST', url: '/api/epn/workstations', payload: { name: 'PC D' } })).json().id as number;

    for (const s of statements) await run(s);
    for (const s of statements) await run(s); // run twice: still one asset per workstation

    const assets = await run<{ epn_workstation_id: number; name: string; kind: string; status: string; notes: string | null; tag: string; id: number }>(
      `select id, epn_workstation_id, name, kind, status, notes, tag from equipment_assets where epn_workstation_id in (${a.id}, ${b.id}, ${c.id}, ${d}) order by epn_workstation_id`,
    );
    expect(assets.map(({ id: _id, tag: _tag, ...x }) => x)).toEqual([
      { epn_workstation_id: a.id, name: 'PC A', kind: 'desktop', status: 'in_use', notes: null },
      { epn_workstation_id: b.id, name: 'PC B', kind: 'desktop', status: 'in_repair', notes: 'Écran noir' },
      { epn_workstation_id: c.id, name: 'PC C', kind: 'desktop', status: 'retired', notes: null },
      { epn_workstation_id: d, name: 'PC D', kind: 'desktop', status: 'in_use', notes: null },
    ]);
    for (const x of assets) expect(x.tag).toBe(`IT-${String(x.id).padStart(5, '0')}`);
  });
});
