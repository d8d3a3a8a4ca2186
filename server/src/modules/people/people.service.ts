import { and, asc, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import type { ModuleContext } from '../../platform/module';
import type { Actor } from '../../platform/audit/audit.service';
import { timelineFor, type TimelineEntry } from '../../platform/registries';
import type { SessionUser } from '../../platform/auth/auth.service';
import { settings } from '../../platform/settings/settings.table';
import { AppError, conflict, notFound } from '../../platform/http/errors';
import { dbError, registeredConstraintMessage } from '../../platform/db/constraints';
import './people.messages';
import { brusselsDay } from '../../platform/brussels-time';
import { people, personConsents, personDuplicateDismissals } from './people.table';
import { DUPLICATE_REASONS, PARTICLES, ascii, matchKeys, parseQuery, rawWords, soundKeys, type DuplicateReason } from './people.matching';
import { communeOfPostalCode } from './communes';
import type { PersonInput, PersonPatch } from './people.schemas';

/** The registry's fixed lists, for the modules that count by them (from the service: never the table). */
export { GENDERS, PROFESSIONAL_STATUSES, STUDY_LEVELS } from './people.table';

export type PersonRow = typeof people.$inferSelect;
/** A person's whole record as the API gives it on open (instants as RFC 3339 text). */
export interface Person {
  id: number;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  birthYear: number | null;
  age: number | null;
  gender: PersonRow['gender'];
  studyLevel: PersonRow['studyLevel'];
  professionalStatus: PersonRow['professionalStatus'];
  postalCode: string | null;
  commune: string | null;
  neighbourhood: string | null;
  phone: string | null;
  email: string | null;
  languages: string[];
  niss: string | null;
  firstContactDate: string;
  notes: string | null;
  mergedIntoId: number | null;
  erasedAt: string | null;
  lastActivityAt: string;
  createdAt: string;
  updatedAt: string;
}
export interface Consent {
  id: number;
  personId: number;
  purpose: string;
  givenAt: string;
  recordedBy: number | null;
  withdrawnAt: string | null;
}
/** What a search tells about a person: enough to pick the right one, nothing more (the record comes on open). */
export interface PersonHit {
  id: number;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  commune: string | null;
  erased: boolean;
  merged: boolean;
}
/** The part of a person other modules' statistics and lists may read (see `profiles`). */
export type PersonProfile = Pick<PersonRow, 'id' | 'firstName' | 'lastName' | 'gender' | 'birthYear' | 'studyLevel' | 'professionalStatus'> & { erased: boolean };

/** How to reach a person (see `contactOf`). */
export interface PersonContact {
  id: number;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  languages: string[];
  /** contact consents in force, e.g. ['data_processing', 'contact_by_email'] */
  consents: string[];
  erased: boolean;
  mergedIntoId: number | null;
}

export type { TimelineEntry, TimelineSource, ErasureHook, MergeHook } from '../../platform/registries';


export interface DuplicateCandidate {
  id: number;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  postalCode: string | null;
  commune: string | null;
  score: number;
  reason: 'same_name_and_birth_date' | 'similar_name';
}

/** Two records the registry suspects of being one person, and why. */
export interface SuspectedDuplicate {
  a: PersonHit;
  b: PersonHit;
  reasons: DuplicateReason[];
}

export const DEFAULT_RETENTION_YEARS = 5;
const RETENTION_KEY = 'people.retention_years';
/** A search counts its hits up to this; past it, it says "more than" (counting 100,000 people costs more than the search). */
export const COUNT_CAP = 1000;

/** Age in whole years on a given day (YYYY-MM-DD). */
export function ageOn(birthDate: string | null, today: string): number | null {
  if (!birthDate) return null;
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

const textArray = (items: string[]) => (items.length ? sql`array[${sql.join(items.map((k) => sql`${k}`), sql`, `)}]::text[]` : sql`array[]::text[]`);

/**
 * A word matches a person by sound (a phonetic code in common) or by spelling (trigrams). Sound first: the
 * bitmap scan rechecks this condition on every row it fetches, and an array overlap costs a fraction of a
 * trigram comparison, so the rows found by sound (most of a common name's hits) skip the trigram one.
 */
function wordMatches(word: { text: string; keys: string[] }): SQL {
  const spelling = sql`${people.searchText} %> relais_name_key(${word.text})`;
  return word.keys.length ? sql`(${people.matchKeys} && ${textArray(word.keys)} or ${spelling})` : spelling;
}
/**
 * How well a word matches: 1 when the name holds it as a word (its trigram similarity then is 1, found by a
 * cheaper test: the common names typed right), else its trigram similarity, or one half when only its sound matches.
 */
function wordRank(word: { text: string; keys: string[] }): SQL {
  const exact = sql`(' ' || ${people.searchText} || ' ') like ('% ' || relais_name_key(${word.text}) || ' %')`;
  const spelling = sql`word_similarity(relais_name_key(${word.text}), ${people.searchText})`;
  const similar = word.keys.length ? sql`greatest(${spelling}, case when ${people.matchKeys} && ${textArray(word.keys)} then 0.5 else 0 end)` : spelling;
  return sql`case when ${exact} then 1 else ${similar} end`;
}

export type PeopleService = ReturnType<typeof createPeopleService>;

export function createPeopleService(ctx: ModuleContext) {
  const { db, clock, audit, registry } = ctx;
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  /** A whole record; `today` once per answer, not once per row. */
  const present = (row: PersonRow, today = brusselsDay(clock.now())): Person => ({
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    birthDate: row.birthDate,
    birthYear: row.birthYear,
    age: ageOn(row.birthDate, today),
    gender: row.gender,
    studyLevel: row.studyLevel,
    professionalStatus: row.professionalStatus,
    postalCode: row.postalCode,
    commune: row.commune,
    neighbourhood: row.neighbourhood,
    phone: row.phone,
    email: row.email,
    languages: row.languages,
    niss: row.niss,
    firstContactDate: row.firstContactDate,
    notes: row.notes,
    mergedIntoId: row.mergedIntoId,
    erasedAt: iso(row.erasedAt),
    lastActivityAt: row.lastActivityAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  });
  const presentConsent = (c: typeof personConsents.$inferSelect): Consent => ({
    id: c.id,
    personId: c.personId,
    purpose: c.purpose,
    givenAt: c.givenAt.toISOString(),
    recordedBy: c.recordedBy,
    withdrawnAt: iso(c.withdrawnAt),
  });
  const hitColumns = {
    id: people.id,
    firstName: people.firstName,
    lastName: people.lastName,
    birthDate: people.birthDate,
    commune: people.commune,
    erased: sql<boolean>`${people.erasedAt} is not null`.as('erased'),
    merged: sql<boolean>`${people.mergedIntoId} is not null`.as('merged'),
  };

  async function load(id: number, tx: Db | Tx = db, lock = false): Promise<PersonRow> {
    const q = tx.select().from(people).where(eq(people.id, id));
    const [row] = lock ? await q.for('update') : await q;
    if (!row) throw notFound('what.person');
    return row;
  }

  function derived(input: Partial<PersonInput>, before?: Pick<PersonRow, 'firstName' | 'lastName'>) {
    const out: Partial<typeof people.$inferInsert> = {};
    if (input.birthDate !== undefined) out.birthYear = input.birthDate ? Number(input.birthDate.slice(0, 4)) : null;
    // A postal code given without a commune sets the commune: the Brussels one, or none outside the
    // Region (never the commune of the previous postal code).
    if (input.postalCode && !input.commune) out.commune = communeOfPostalCode(input.postalCode)?.fr ?? input.commune ?? null;
    // How the name sounds, with every write of a name.
    if (input.firstName !== undefined || input.lastName !== undefined)
      out.matchKeys = matchKeys(input.firstName ?? before?.firstName ?? '', input.lastName ?? before?.lastName ?? '');
    return out;
  }

  /** Records whose names match these words (by spelling or sound), as a SQL condition. */
  const anyWord = (words: { text: string; keys: string[] }[]) => (words.length === 1 ? wordMatches(words[0]) : sql`(${sql.join(words.map(wordMatches), sql` or `)})`);
  const live = and(isNull(people.mergedIntoId), isNull(people.erasedAt));

  /** Merges in one transaction; see `merge`. */
  function mergeInTransaction(actor: Actor, keepId: number, removeId: number) {
    return db.transaction(async (tx) => {
      // Lock in id order so that two opposite merges cannot deadlock.
      const [a, b] = keepId < removeId ? [keepId, removeId] : [removeId, keepId];
      const first = await load(a, tx, true);
      const second = await load(b, tx, true);
      const keep = first.id === keepId ? first : second;
      const remove = first.id === keepId ? second : first;
      for (const p of [keep, remove]) {
        if (p.mergedIntoId) throw new AppError(409, 'error.person_merged', {}, [], { mergedIntoId: p.mergedIntoId });
        if (p.erasedAt) throw conflict('error.person_erased');
      }
      const fill = <K extends keyof PersonRow>(k: K) => (keep[k] ?? remove[k]) as PersonRow[K];
      const [merged] = await tx
        .update(people)
        .set({
          birthDate: fill('birthDate'),
          birthYear: fill('birthYear'),
          postalCode: fill('postalCode'),
          commune: fill('commune'),
          neighbourhood: fill('neighbourhood'),
          phone: fill('phone'),
          email: fill('email'),
          niss: fill('niss'),
          gender: keep.gender === 'unspecified' ? remove.gender : keep.gender,
          studyLevel: keep.studyLevel === 'unknown' ? remove.studyLevel : keep.studyLevel,
          languages: [...new Set([...keep.languages, ...remove.languages])],
          notes: [keep.notes, remove.notes].filter(Boolean).join('\n\n') || null,
          firstContactDate: keep.firstContactDate < remove.firstContactDate ? keep.firstContactDate : remove.firstContactDate,
          lastActivityAt: keep.lastActivityAt > remove.lastActivityAt ? keep.lastActivityAt : remove.lastActivityAt,
          updatedAt: clock.now(),
        })
        .where(eq(people.id, keep.id))
        .returning();
      const joined: Record<string, unknown> = {};
      for (const hook of registry.mergeHooks()) Object.assign(joined, (await hook(tx, { keepId: keep.id, removeId: remove.id, actor })) ?? {});
      // Schema and table names apart (not regclass::text, which quotes and qualifies at will);
      // other sessions' temporary tables cannot be written to and are left out.
      const refs = (await tx.execute(sql`
        select n.nspname as schema_name, cl.relname as table_name, a.attname as column_name
        from pg_constraint c
        join pg_class cl on cl.oid = c.conrelid
        join pg_namespace n on n.oid = cl.relnamespace
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
        where c.contype = 'f' and c.confrelid = 'people'::regclass
          and (cl.relpersistence <> 't' or n.oid = pg_my_temp_schema())
        order by 1, 2, 3`)) as unknown as { rows: { schema_name: string; table_name: string; column_name: string }[] };
      // "Not the same person" said of the removed record no longer means anything.
      await tx.delete(personDuplicateDismissals).where(sql`${personDuplicateDismissals.personA} = ${remove.id} or ${personDuplicateDismissals.personB} = ${remove.id}`);
      const moved: Record<string, number> = {};
      for (const { schema_name, table_name, column_name } of refs.rows) {
        if (table_name === 'people' && column_name === 'merged_into_id') continue;
        if (table_name === 'person_duplicate_dismissals') continue;
        const res = (await tx.execute(
          sql`update ${sql.identifier(schema_name)}.${sql.identifier(table_name)} set ${sql.identifier(column_name)} = ${keep.id} where ${sql.identifier(column_name)} = ${remove.id}`,
        )) as unknown as { rowCount?: number; affectedRows?: number };
        const n = res.rowCount ?? res.affectedRows ?? 0;
        if (n) moved[`${table_name}.${column_name}`] = n;
      }
      await tx.update(people).set({ mergedIntoId: keep.id }).where(eq(people.mergedIntoId, remove.id));
      await tx.update(people).set({ mergedIntoId: keep.id, updatedAt: clock.now() }).where(eq(people.id, remove.id));
      await audit.record(actor, { action: 'person.merge', entityType: 'person', entityId: keep.id, details: { mergedId: remove.id, moved, ...(Object.keys(joined).length ? { joined } : {}) } }, tx);
      await audit.record(actor, { action: 'person.merged_into', entityType: 'person', entityId: remove.id, details: { keptId: keep.id } }, tx);
      return present(merged);
    });
  }

  const service = {
    /** Marks that something happened with this person (for the retention review). */
    async touch(personId: number, at: Date = clock.now(), tx: Db | Tx = db) {
      await tx.update(people).set({ lastActivityAt: sql`greatest(${people.lastActivityAt}, ${at.toISOString()}::timestamptz)` }).where(eq(people.id, personId));
    },

    /** `touch` for many people at once (an import's history): each person's last activity is at least the instant given. */
    async touchMany(latest: Map<number, Date>, tx: Db | Tx = db) {
      const entries = [...latest.entries()];
      for (let i = 0; i < entries.length; i += 5000) {
        const part = entries.slice(i, i + 5000);
        const ids = `{${part.map(([id]) => id).join(',')}}`;
        const ats = `{${part.map(([, at]) => `"${at.toISOString()}"`).join(',')}}`;
        await tx.execute(
          sql`update people set last_activity_at = greatest(people.last_activity_at, v.at) from (select unnest(${ids}::int[]) as id, unnest(${ats}::timestamptz[]) as at) v where people.id = v.id`,
        );
      }
    },

    /** Whether a person exists and may be linked to (not merged away, not erased). */
    async assertLinkable(personId: number, tx: Db | Tx = db): Promise<void> {
      const row = await load(personId, tx);
      if (row.mergedIntoId) throw new AppError(409, 'error.person_merged', {}, [], { mergedIntoId: row.mergedIntoId });
    },

    /**
     * Read-only: how to reach a person (appointment reminders, call lists), with the contact
     * consents currently given (purposes `contact_by_email`, `contact_by_sms`).
     */
    async contactOf(personId: number): Promise<PersonContact> {
      const row = await load(personId);
      const consents = await db
        .select({ purpose: personConsents.purpose })
        .from(personConsents)
        .where(and(eq(personConsents.personId, personId), isNull(personConsents.withdrawnAt)));
      return {
        id: row.id,
        firstName: row.firstName,
        lastName: row.lastName,
        email: row.email,
        phone: row.phone,
        languages: row.languages,
        consents: [...new Set(consents.map((c) => c.purpose))],
        erased: row.erasedAt !== null,
        mergedIntoId: row.mergedIntoId,
      };
    },

    /**
     * Read-only: what statistics and lists need about some people (name for display, and the
     * anonymous profile kept after erasure). `ids` is a list or a SQL subquery returning one id column;
     * `q` the caller's transaction when it reads inside one (an import's write).
     */
    async profiles(ids: readonly number[], q: Db | Tx = db): Promise<PersonProfile[]> {
      if (ids.length === 0) return [];
      const cond = sql`${people.id} = any(${`{${ids.map((id) => Math.trunc(id)).join(',')}}`}::int[])`;
      const rows = await q
        .select({
          id: people.id,
          firstName: people.firstName,
          lastName: people.lastName,
          gender: people.gender,
          birthYear: people.birthYear,
          studyLevel: people.studyLevel,
          professionalStatus: people.professionalStatus,
          erasedAt: people.erasedAt,
        })
        .from(people)
        .where(cond);
      return rows.map(({ erasedAt, ...r }) => ({ ...r, erased: erasedAt !== null }));
    },

    /** Whether the registry holds anybody (the demo loads only into an empty installation). */
    async isEmpty(): Promise<boolean> {
      const [row] = await db.select({ id: people.id }).from(people).limit(1);
      return !row;
    },

    /**
     * Finds people by name (spelling or sound, words in any order, particles optional), phone number or
     * birth date typed in one box. Tells only what is needed to pick a person, and writes who searched what
     * to the audit log. `total` is exact up to COUNT_CAP; past it, `totalIsMinimum` says "more than".
     */
    async search(actor: Actor, opts: { q?: string; limit: number; offset: number }): Promise<{ items: PersonHit[]; total: number; totalIsMinimum: boolean }> {
      const q = (opts.q ?? '').trim();
      const parsed = parseQuery(q);
      const answer = await (async () => {
        if (parsed.impossible) return { items: [], total: 0, totalIsMinimum: false };
        const conds: SQL[] = [];
        const required = parsed.words.filter((w) => !w.optional);
        for (const w of required) conds.push(wordMatches(w));
        if (parsed.birthDate) conds.push(sql`${people.birthDate} = ${parsed.birthDate}`);
        if (parsed.phone) conds.push(sql`(${sql.join(parsed.phone.map((p) => sql`${people.phoneKey} like ${`${p}%`}`), sql` or `)})`);
        const cond = and(live, ...conds);
        if (!parsed.words.length) {
          // Nobody named: in name order, straight from the index; counted up to the cap.
          const items = await db.select(hitColumns).from(people).where(cond).orderBy(asc(people.lastName), asc(people.firstName), asc(people.id)).limit(opts.limit).offset(opts.offset);
          if (items.length < opts.limit && (items.length > 0 || opts.offset === 0)) return { items, total: opts.offset + items.length, totalIsMinimum: false };
          const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(db.select({ one: sql`1` }).from(people).where(cond).limit(COUNT_CAP + 1).as('capped'));
          return { items, total: Math.min(n, COUNT_CAP), totalIsMinimum: n > COUNT_CAP };
        }
        // Named: every match ranked (spelling first, then sound), counted in the same statement.
        // A particle typed ("van", "el") adds to the rank when the name holds it as a word (cheaper than trigrams).
        const rank = sql.join(
          parsed.words.map((w) => (w.optional ? sql`case when (' ' || ${people.searchText} || ' ') like ${`% ${w.text} %`} then 0.3 else 0 end` : wordRank(w))),
          sql` + `,
        );
        const m = db.$with('m').as(db.select({ ...hitColumns, rank: sql<number>`${rank}`.as('rank') }).from(people).where(cond));
        const rows = await db
          .with(m)
          .select({ id: m.id, firstName: m.firstName, lastName: m.lastName, birthDate: m.birthDate, commune: m.commune, erased: m.erased, merged: m.merged, total: sql<number>`(select count(*) from ${m})::int` })
          .from(m)
          .orderBy(desc(m.rank), asc(m.lastName), asc(m.firstName), asc(m.id))
          .limit(opts.limit)
          .offset(opts.offset);
        let total = rows[0]?.total;
        // No row: nothing matches (first page), or the page is past the end (then the count is asked for).
        if (total === undefined) total = opts.offset === 0 ? 0 : (await db.select({ total: sql<number>`count(*)::int` }).from(people).where(cond))[0].total;
        return { items: rows.map(({ total: _, ...hit }) => hit), total, totalIsMinimum: false };
      })();
      await audit.record(actor, { action: 'person.search', entityType: 'person', details: { query: q, results: answer.total, ...(answer.totalIsMinimum ? { moreThan: true } : {}) } });
      return answer;
    },

    /**
     * Records that probably describe the same person, with the search's matching: a first-name word and a
     * surname word in common (by spelling or sound, in either order), and no known, different birth date
     * (unless the names are the same).
     */
    async findDuplicates(input: { firstName: string; lastName: string; birthDate?: string | null; excludeId?: number }): Promise<DuplicateCandidate[]> {
      const toWords = (s: string) => {
        const words = rawWords(s).filter((w) => w.length >= 2);
        const kept = words.filter((w) => !PARTICLES.has(ascii(w)));
        const all = kept.length ? kept : words;
        if (words.length > 1) all.push(words.join(''));
        return all.slice(0, 6).map((w) => ({ text: w.toLowerCase(), keys: soundKeys(w) }));
      };
      const first = toWords(input.firstName);
      const last = toWords(input.lastName);
      if (!first.length || !last.length) return [];
      const name = sql`relais_person_search_text(${input.firstName}, ${input.lastName})`;
      const score = sql<number>`similarity(${people.searchText}, ${name})`;
      const sameBirth = input.birthDate ? sql`${people.birthDate} = ${input.birthDate}` : sql`false`;
      const rows = await db
        .select({
          id: people.id,
          firstName: people.firstName,
          lastName: people.lastName,
          birthDate: people.birthDate,
          postalCode: people.postalCode,
          commune: people.commune,
          score,
          sameBirth: sql<boolean>`${sameBirth}`,
        })
        .from(people)
        .where(
          and(
            live,
            input.excludeId ? sql`${people.id} <> ${input.excludeId}` : undefined,
            anyWord(first),
            anyWord(last),
            // A known, different birth date on both sides means two people, unless the names are the same.
            input.birthDate ? sql`(${people.birthDate} is null or ${people.birthDate} = ${input.birthDate} or ${people.searchText} = ${name})` : undefined,
          ),
        )
        .orderBy(...(input.birthDate ? [desc(sql`${sameBirth}`)] : []), desc(score), asc(people.id))
        .limit(10);
      return rows.map((r) => ({
        id: r.id,
        firstName: r.firstName,
        lastName: r.lastName,
        birthDate: r.birthDate,
        postalCode: r.postalCode,
        commune: r.commune,
        score: Math.round(Number(r.score) * 100) / 100,
        reason: r.sameBirth ? 'same_name_and_birth_date' : 'similar_name',
      }));
    },

    /**
     * Pairs of records that may be one person, strongest first (as CiviCRM's duplicate review): the same NISS;
     * or similar names (a first-name and a surname sound code in common), the same phone or the same e-mail,
     * without two known, different birth dates. Pairs that staff said are two people are not proposed again.
     */
    async suspectedDuplicates(opts: { limit: number; offset: number }): Promise<{ items: SuspectedDuplicate[]; total: number }> {
      const rows = await db.execute(sql`
        with live as (
          select id, first_name, last_name, birth_date, commune, phone_key, email, niss, match_keys
          from people where merged_into_id is null and erased_at is null
        ),
        name_keys as (select id, k from live, unnest(match_keys) as k where k like 'p:%'),
        pairs as (
          select a.id as a, b.id as b, 'similar_name' as reason from name_keys a join name_keys b on a.k = b.k and a.id < b.id
          union all
          select a.id, b.id, 'same_phone' from live a join live b on a.phone_key = b.phone_key and a.id < b.id
          union all
          select a.id, b.id, 'same_email' from live a join live b on a.email = b.email and a.id < b.id
          union all
          select a.id, b.id, 'same_niss' from live a join live b on a.niss = b.niss and a.id < b.id
        ),
        grouped as (
          select p.a, p.b, array_agg(distinct p.reason) as reasons
          from pairs p
          where not exists (select 1 from person_duplicate_dismissals d where d.person_a = p.a and d.person_b = p.b)
          group by p.a, p.b
        ),
        judged as (
          select g.a, g.b,
            g.reasons || case when 'similar_name' = any (g.reasons) and pa.birth_date = pb.birth_date then array['same_name_and_birth_date'] else array[]::text[] end as reasons,
            pa.birth_date is not null and pb.birth_date is not null and pa.birth_date <> pb.birth_date as birth_conflict
          from grouped g join live pa on pa.id = g.a join live pb on pb.id = g.b
        ),
        kept as (
          select a, b, reasons,
            case when 'same_niss' = any (reasons) then 5 when 'same_name_and_birth_date' = any (reasons) then 4
                 when 'same_phone' = any (reasons) or 'same_email' = any (reasons) then 3 else 1 end
              + cardinality(reasons) * 0.1 as strength
          from judged where 'same_niss' = any (reasons) or not birth_conflict
        )
        select k.a, k.b, k.reasons, (select count(*) from kept)::int as total,
          pa.first_name as a_first, pa.last_name as a_last, pa.birth_date::text as a_birth, pa.commune as a_commune,
          pb.first_name as b_first, pb.last_name as b_last, pb.birth_date::text as b_birth, pb.commune as b_commune
        from kept k join live pa on pa.id = k.a join live pb on pb.id = k.b
        order by k.strength desc, k.a, k.b
        limit ${opts.limit} offset ${opts.offset}`);
      type Row = { a: number; b: number; reasons: string[]; total: number; a_first: string; a_last: string; a_birth: string | null; a_commune: string | null; b_first: string; b_last: string; b_birth: string | null; b_commune: string | null };
      const list = (rows as unknown as { rows: Row[] }).rows;
      const hit = (id: number, firstName: string, lastName: string, birthDate: string | null, commune: string | null): PersonHit => ({ id, firstName, lastName, birthDate, commune, erased: false, merged: false });
      const order = (r: string[]) => DUPLICATE_REASONS.filter((x) => r.includes(x));
      return {
        items: list.map((r) => ({ a: hit(r.a, r.a_first, r.a_last, r.a_birth, r.a_commune), b: hit(r.b, r.b_first, r.b_last, r.b_birth, r.b_commune), reasons: order(r.reasons) })),
        total: list[0]?.total ?? 0,
      };
    },

    /** Staff say two records are two different people: the pair leaves the list of suspected duplicates for good. */
    async dismissDuplicate(actor: Actor, oneId: number, otherId: number) {
      if (oneId === otherId) throw new AppError(400, 'error.merge_same');
      const [a, b] = oneId < otherId ? [oneId, otherId] : [otherId, oneId];
      await db.transaction(async (tx) => {
        await load(a, tx);
        await load(b, tx);
        await tx.insert(personDuplicateDismissals).values({ personA: a, personB: b, dismissedBy: actor.userId, dismissedAt: clock.now() }).onConflictDoNothing();
        await audit.record(actor, { action: 'person.not_duplicate', entityType: 'person', entityId: a, details: { otherId: b } }, tx);
        await audit.record(actor, { action: 'person.not_duplicate', entityType: 'person', entityId: b, details: { otherId: a } }, tx);
      });
    },

    /**
     * Computes the sound codes of the records that have none yet (written before migration 0014, or
     * inserted by SQL). Runs at start; safe with several processes (each takes rows the others do not hold).
     */
    async fillMatchKeys(batch = 2000): Promise<number> {
      let done = 0;
      for (;;) {
        const n = await db.transaction(async (tx) => {
          const rows = await tx
            .select({ id: people.id, firstName: people.firstName, lastName: people.lastName })
            .from(people)
            .where(isNull(people.matchKeys))
            .orderBy(asc(people.id))
            .limit(batch)
            .for('update', { skipLocked: true });
          if (!rows.length) return 0;
          const ids = rows.map((r) => r.id);
          const keys = rows.map((r) => matchKeys(r.firstName, r.lastName).join(' '));
          await tx.execute(sql`
            update people set match_keys = string_to_array(v.k, ' ')
            from unnest(${`{${ids.join(',')}}`}::int[], ${textArray(keys)}) as v(id, k)
            where people.id = v.id`);
          return rows.length;
        });
        done += n;
        if (n < batch) return done;
      }
    },

    async create(actor: Actor, input: PersonInput) {
      if (!input.confirmNotDuplicate) {
        const duplicates = await service.findDuplicates(input);
        if (duplicates.length) throw conflict('error.possible_duplicate', {}, { duplicates });
      }
      const { confirmNotDuplicate: _, consents, ...fields } = input;
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(people)
          .values({ ...fields, ...derived(fields), createdBy: actor.userId, lastActivityAt: clock.now(), firstContactDate: fields.firstContactDate ?? brusselsDay(clock.now()) })
          .returning();
        if (consents?.length)
          await tx.insert(personConsents).values(consents.map((purpose) => ({ personId: row.id, purpose, recordedBy: actor.userId, givenAt: clock.now() })));
        await audit.record(actor, { action: 'person.create', entityType: 'person', entityId: row.id }, tx);
        return present(row);
      });
    },

    /** Reads a person's record; every read is written to the audit log. */
    async get(actor: Actor, id: number): Promise<Person & { consents: Consent[] }> {
      const row = await load(id);
      await audit.record(actor, { action: 'person.read', entityType: 'person', entityId: id });
      const consents = await db.select().from(personConsents).where(eq(personConsents.personId, id)).orderBy(asc(personConsents.givenAt), asc(personConsents.id));
      return { ...present(row), consents: consents.map(presentConsent) };
    },

    async update(actor: Actor, id: number, patch: PersonPatch) {
      return db.transaction(async (tx) => {
        const before = await load(id, tx, true);
        if (before.erasedAt) throw conflict('error.person_erased');
        if (before.mergedIntoId) throw new AppError(409, 'error.person_merged', {}, [], { mergedIntoId: before.mergedIntoId });
        const [row] = await tx
          .update(people)
          .set({ ...patch, ...derived(patch, before), updatedAt: clock.now() })
          .where(eq(people.id, id))
          .returning();
        const changed = Object.keys(patch).filter((k) => JSON.stringify((before as Record<string, unknown>)[k]) !== JSON.stringify((patch as Record<string, unknown>)[k]));
        await audit.record(actor, { action: 'person.update', entityType: 'person', entityId: id, details: { fields: changed } }, tx);
        return present(row);
      });
    },

    async addConsent(actor: Actor, personId: number, purpose: string) {
      return db.transaction(async (tx) => {
        await load(personId, tx);
        const [c] = await tx.insert(personConsents).values({ personId, purpose, recordedBy: actor.userId, givenAt: clock.now() }).returning();
        await audit.record(actor, { action: 'person.consent_add', entityType: 'person', entityId: personId, details: { purpose } }, tx);
        return presentConsent(c);
      });
    },

    async withdrawConsent(actor: Actor, personId: number, consentId: number) {
      return db.transaction(async (tx) => {
        const [c] = await tx
          .update(personConsents)
          .set({ withdrawnAt: clock.now() })
          .where(and(eq(personConsents.id, consentId), eq(personConsents.personId, personId), isNull(personConsents.withdrawnAt)))
          .returning();
        if (!c) throw notFound('what.consent');
        await audit.record(actor, { action: 'person.consent_withdraw', entityType: 'person', entityId: personId, details: { purpose: c.purpose } }, tx);
        return presentConsent(c);
      });
    },

    async timeline(viewer: SessionUser, personId: number): Promise<TimelineEntry[]> {
      const row = await load(personId);
      const own: TimelineEntry[] = [{ at: row.firstContactDate, module: 'people', kind: 'timeline.first_contact' }];
      const contributed = await Promise.all(registry.timelineSources().map((s) => s(personId, viewer)));
      return timelineFor([...own, ...contributed.flat()], viewer).sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    },

    /**
     * Merges `removeId` into `keepId`: empty fields of the kept record are filled from the other,
     * every row of any module that points at the removed record is moved to the kept one (the
     * database's foreign keys say which), and the removed record stays as a pointer to the kept one.
     */
    async merge(actor: Actor, keepId: number, removeId: number) {
      if (keepId === removeId) throw new AppError(400, 'error.merge_same');
      try {
        return await mergeInTransaction(actor, keepId, removeId);
      } catch (err) {
        // A rule that no module's merge hook resolves (e.g. both records booked at the same hour): the merge is
        // refused, saying which rule, and nothing changes.
        const { code } = dbError(err);
        if (code === '23505' || code === '23P01') throw conflict('error.person_merge_conflict', { reason: registeredConstraintMessage(err)?.code ?? 'error.already_exists' });
        throw err;
      }
    },

    /**
     * GDPR erasure: the identity goes (names, birth day, contact, NISS, notes, consents); what
     * statistics need stays anonymous (gender, birth year, study level, status, commune), and every
     * module removes identifying content it holds through its erasure hook.
     */
    async erase(actor: Actor, id: number) {
      return db.transaction(async (tx) => {
        const row = await load(id, tx, true);
        if (row.erasedAt) return present(row);
        for (const hook of registry.erasureHooks()) await hook(tx, id);
        await tx.delete(personConsents).where(eq(personConsents.personId, id));
        const [erased] = await tx
          .update(people)
          .set({
            firstName: '',
            lastName: '',
            birthYear: row.birthYear ?? (row.birthDate ? Number(row.birthDate.slice(0, 4)) : null),
            birthDate: null,
            phone: null,
            email: null,
            niss: null,
            notes: null,
            neighbourhood: null,
            languages: [],
            matchKeys: [],
            erasedAt: clock.now(),
            updatedAt: clock.now(),
          })
          .where(eq(people.id, id))
          .returning();
        // Records merged into this one still hold the person's identity as it was typed then: they go too.
        const mergedAway = await tx
          .update(people)
          .set({
            firstName: '',
            lastName: '',
            birthYear: sql`coalesce(${people.birthYear}, extract(year from ${people.birthDate})::int)`,
            birthDate: null,
            phone: null,
            email: null,
            niss: null,
            notes: null,
            neighbourhood: null,
            languages: [],
            matchKeys: [],
            erasedAt: clock.now(),
            updatedAt: clock.now(),
          })
          .where(and(eq(people.mergedIntoId, id), isNull(people.erasedAt)))
          .returning({ id: people.id });
        await tx.delete(personConsents).where(sql`${personConsents.personId} in (select ${people.id} from ${people} where ${people.mergedIntoId} = ${id})`);
        await audit.record(actor, { action: 'person.erase', entityType: 'person', entityId: id, details: mergedAway.length ? { mergedRecords: mergedAway.map((r) => r.id) } : undefined }, tx);
        return present(erased);
      });
    },

    async retentionYears(): Promise<number> {
      const [row] = await db.select().from(settings).where(eq(settings.key, RETENTION_KEY));
      return row ? Number(row.value) : DEFAULT_RETENTION_YEARS;
    },

    async setRetentionYears(actor: Actor, years: number) {
      await db.transaction(async (tx) => {
        await tx
          .insert(settings)
          .values({ key: RETENTION_KEY, value: years })
          .onConflictDoUpdate({ target: settings.key, set: { value: years, updatedAt: clock.now() } });
        await audit.record(actor, { action: 'settings.retention', entityType: 'settings', entityId: RETENTION_KEY, details: { years } }, tx);
      });
    },

    /** People with no recorded activity for N years, oldest first: to review for erasure. */
    async retentionReview(years: number, limit: number, offset: number) {
      const cutoff = new Date(clock.now());
      cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
      const cond = and(isNull(people.erasedAt), isNull(people.mergedIntoId), sql`${people.lastActivityAt} < ${cutoff.toISOString()}`);
      const [items, [{ total }]] = await Promise.all([
        db.select().from(people).where(cond).orderBy(asc(people.lastActivityAt)).limit(limit).offset(offset),
        db.select({ total: sql<number>`count(*)::int` }).from(people).where(cond),
      ]);
      const today = brusselsDay(clock.now());
      return { years, cutoff: cutoff.toISOString(), items: items.map((row) => present(row, today)), total };
    },
  };
  return service;
}
