import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/database';
import { migrate } from '../../platform/db/migrate';
import { databaseBefore } from '../../../test/database-before';
import { FEES, PUBLICS, THEMES } from './site.table';

/**
 * The directory's services described before its codes became data·inclusion's own keep what they said: a database
 * migrated up to the migration before, holding a service with the old codes, comes out with data·inclusion's codes
 * (learning Dutch, which its French list lacks, as the Belgian profile's theme), the fees in its two values with the
 * old detail kept as `fees_details`.
 */
let database: Database;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ database, close } = await databaseBefore('ADD COLUMN "mobilisation_modes"'));
}, 120_000);
afterAll(() => close?.());

describe('the directory services onto data·inclusion codes', () => {
  it('renames the old themes, publics and fees to data·inclusion’s, keeping their meaning', async () => {
    const [{ id: org }] = await database.rows<{ id: number }>(sql`insert into organisations (name, type) values ('Mission Locale', 'association') returning id`);
    await database.rows(sql`insert into site_services (organisation_id, name_fr, themes, publics, fees) values
      (${org}, 'Emploi', array['trouver-un-emploi', 'apprendre-neerlandais', 'numerique'], array['jeunes-16-26', 'jeunes', 'demandeurs-d-emploi'], 'gratuit-sous-conditions'),
      (${org}, 'Atelier', array[]::text[], array['seniors-65'], 'participation-libre'),
      (${org}, 'Cours', array['apprendre-francais'], array[]::text[], 'payant')`);

    await migrate(database);

    const rows = await database.rows<{ name_fr: string; themes: string[]; publics: string[]; fees: string; fees_details: string | null; mobilisation_modes: string[] }>(
      sql`select name_fr, themes, publics, fees, fees_details, mobilisation_modes from site_services order by id`,
    );
    const sorted = rows.map((r) => ({ ...r, themes: [...r.themes].sort(), publics: [...r.publics].sort() }));
    expect(sorted).toEqual([
      {
        name_fr: 'Emploi',
        themes: ['apprendre-le-neerlandais', 'numerique--maitriser-les-fondamentaux-du-numerique', 'trouver-un-emploi--repondre-a-des-offres-demploi'],
        publics: ['demandeurs-emploi', 'jeunes'],
        fees: 'gratuit',
        fees_details: 'Gratuit sous conditions',
        mobilisation_modes: [],
      },
      { name_fr: 'Atelier', themes: [], publics: ['seniors'], fees: 'payant', fees_details: 'Participation libre', mobilisation_modes: [] },
      { name_fr: 'Cours', themes: ['lecture-ecriture-calcul--maitriser-le-francais'], publics: [], fees: 'payant', fees_details: null, mobilisation_modes: [] },
    ]);
    // every code left is one the service accepts now
    for (const r of rows) {
      for (const x of r.themes) expect(THEMES).toContain(x);
      for (const x of r.publics) expect(PUBLICS).toContain(x);
      expect(FEES).toContain(r.fees);
    }
  });
});
