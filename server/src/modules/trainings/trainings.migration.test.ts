import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/database';
import { migrate } from '../../platform/db/migrate';
import { databaseBefore } from '../../../test/database-before';

/**
 * The move of the end-of-training evaluations onto the survey engine keeps the forms already answered: a database
 * migrated up to the migration before, holding two forms of a session (one with a comment, one answering a question
 * retired since), comes out with a survey about the session holding the same scores and comment, and no trace of
 * who sent them or when (only the day).
 */
let database: Database;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ database, close } = await databaseBefore('DROP TABLE "training_evaluations"'));
});
afterAll(() => close?.());

describe('training evaluations onto the survey engine', () => {
  it('keeps every answered form, its scores and comment, as anonymous responses of a survey about the session', async () => {
    const one = async <T>(q: ReturnType<typeof sql>) => (await database.rows<T>(q))[0];
    const { id: programme } = await one<{ id: number }>(sql`insert into training_programmes (name) values ('Relais Emploi Formation') returning id`);
    const { id: q1 } = await one<{ id: number }>(sql`insert into training_questions (programme_id, text, position) values (${programme}, 'Le contenu était utile', 1) returning id`);
    const { id: q2 } = await one<{ id: number }>(sql`insert into training_questions (programme_id, text, position, active) values (${programme}, 'Ancienne question', 2, false) returning id`);
    const { id: q3 } = await one<{ id: number }>(sql`insert into training_questions (programme_id, text, position, active) values (${programme}, 'Jamais posée', 3, false) returning id`);
    const { id: session } = await one<{ id: number }>(sql`insert into training_sessions (programme_id, title, capacity, evaluation_token) values (${programme}, 'Groupe du lundi', 12, 'tokentokentokentoken') returning id`);
    const { id: e1 } = await one<{ id: number }>(sql`insert into training_evaluations (session_id, source, comments, submitted_at) values (${session}, 'public', 'Très utile', '2026-03-02T22:30:00Z') returning id`);
    const { id: e2 } = await one<{ id: number }>(sql`insert into training_evaluations (session_id, source, submitted_at) values (${session}, 'staff', '2026-03-03T09:00:00Z') returning id`);
    await database.rows(sql`insert into training_evaluation_answers (evaluation_id, question_id, score) values (${e1}, ${q1}, 5), (${e1}, ${q2}, 2), (${e2}, ${q1}, 3)`);

    await migrate(database);

    const surveys = await database.rows<{ id: number; subject_id: number; open: boolean; public_link: boolean; title_fr: string }>(sql`select id, subject_id, open, public_link, title_fr from surveys where subject_type = 'training_session'`);
    expect(surveys).toEqual([{ id: expect.any(Number), subject_id: session, open: true, public_link: false, title_fr: 'Évaluation de fin de formation : Relais Emploi Formation – Groupe du lundi' }]);
    const questions = await database.rows<{ key: string; kind: string; text_fr: string }>(sql`select key, kind, text_fr from survey_questions where survey_id = ${surveys[0].id} order by position, id`);
    // the active question, the retired one that was answered, the comments; not the retired one never answered
    expect(questions).toEqual([
      { key: `tq:${q1}`, kind: 'scale', text_fr: 'Le contenu était utile' },
      { key: `tq:${q2}`, kind: 'scale', text_fr: 'Ancienne question' },
      { key: 'comments', kind: 'text', text_fr: 'Commentaires' },
    ]);
    expect(questions.some((q) => q.key === `tq:${q3}`)).toBe(false);
    const responses = await database.rows<{ answered_on: string; scores: string; comments: string | null }>(sql`
      select r.answered_on::text as answered_on,
             string_agg(a.scale::text, ',' order by q.position) filter (where a.scale is not null) as scores,
             max(a.text) as comments
      from survey_responses r join survey_answers a on a.response_id = r.id join survey_questions q on q.id = a.question_id
      where r.survey_id = ${surveys[0].id} group by r.id order by answered_on`);
    // 22:30 UTC on 2 March is the 2nd in Brussels (23:30); only the day is kept.
    expect(responses).toEqual([
      { answered_on: '2026-03-02', scores: '5,2', comments: 'Très utile' },
      { answered_on: '2026-03-03', scores: '3', comments: null },
    ]);
    expect(await database.rows(sql`select 1 from information_schema.tables where table_name in ('training_evaluations', 'training_evaluation_answers')`)).toEqual([]);
  });
});
