import { and, asc, eq, or, sql } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import type { Actor } from '../../platform/audit/audit.service';
import type { SessionUser } from '../../platform/auth/auth.service';
import type { GdprSection } from '../../platform/registries';
import { auditLog } from '../../platform/audit/audit.table';
import { hasMessage, translate, type Locale } from '../../platform/i18n/messages';
import { notFound } from '../../platform/http/errors';
import { people, personConsents, personDuplicateDismissals } from './people.table';

/**
 * The person's own data (GDPR right of access): every module adds its part through `ctx.registry.gdprPart`
 * (its rows about the person, with labels from its own catalog); this composes them, with the people
 * module's own part: the record, the consents, the records merged into it, and every audit entry of any
 * module that names the person (`entityType` 'person', or `details.personId`).
 */

/** The language of an export: the person's own when their languages name French, Dutch or English. */
export function personLocale(languages: string[]): Locale | null {
  const names: Record<Locale, string[]> = {
    fr: ['fr', 'francais', 'french', 'frans', 'franse'],
    nl: ['nl', 'neerlandais', 'nederlands', 'dutch', 'vlaams', 'flamand', 'nederlandstalig'],
    en: ['en', 'anglais', 'english', 'engels'],
  };
  for (const l of languages) {
    const w = l.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();
    for (const [locale, list] of Object.entries(names) as [Locale, string[]][]) if (list.includes(w)) return locale;
  }
  return null;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function registerPeopleGdpr(ctx: ModuleContext) {
  const { db, registry, audit, clock } = ctx;
  const T = (locale: Locale, key: string, params?: Record<string, unknown>) => translate(locale, key, params);

  registry.gdprPart({
    key: 'people',
    tables: ['people', 'person_consents', 'person_duplicate_dismissals'],
    async collect({ personId, locale }) {
      const [row] = await db.select().from(people).where(eq(people.id, personId));
      if (!row) throw notFound('what.person');
      const field = (key: string, value: string | number | null) => ({ field: T(locale, `gdpr.field.${key}`), value });
      const label = (prefix: string, code: string) => (hasMessage(`${prefix}.${code}`) ? T(locale, `${prefix}.${code}`) : code);
      const record: GdprSection = {
        key: 'person',
        title: T(locale, 'gdpr.section.person'),
        columns: [
          { key: 'field', label: T(locale, 'gdpr.column.field') },
          { key: 'value', label: T(locale, 'gdpr.column.value') },
        ],
        rows: [
          field('id', row.id),
          field('first_name', row.firstName),
          field('last_name', row.lastName),
          field('birth_date', row.birthDate ?? row.birthYear),
          field('gender', label('gender', row.gender)),
          field('study_level', label('study_level', row.studyLevel)),
          field('professional_status', label('professional_status', row.professionalStatus)),
          field('postal_code', row.postalCode),
          field('commune', row.commune),
          field('neighbourhood', row.neighbourhood),
          field('phone', row.phone),
          field('email', row.email),
          field('languages', row.languages.join(', ') || null),
          field('niss', row.niss),
          field('first_contact', row.firstContactDate),
          field('notes', row.notes),
          field('last_activity', iso(row.lastActivityAt)),
          field('created', iso(row.createdAt)),
          field('updated', iso(row.updatedAt)),
          ...(row.erasedAt ? [field('erased', iso(row.erasedAt))] : []),
          ...(row.mergedIntoId ? [field('merged_into', row.mergedIntoId)] : []),
        ],
      };
      const consents = await db.select().from(personConsents).where(eq(personConsents.personId, personId)).orderBy(asc(personConsents.givenAt), asc(personConsents.id));
      const consentSection: GdprSection = {
        key: 'person_consents',
        title: T(locale, 'gdpr.section.consents'),
        columns: [
          { key: 'purpose', label: T(locale, 'gdpr.column.purpose') },
          { key: 'given', label: T(locale, 'gdpr.column.given') },
          { key: 'withdrawn', label: T(locale, 'gdpr.column.withdrawn') },
        ],
        rows: consents.map((c) => ({ purpose: label('consent', c.purpose), given: iso(c.givenAt), withdrawn: iso(c.withdrawnAt) })),
      };
      // Records merged into this one still hold the identity as it was typed then.
      const merged = await db.select().from(people).where(eq(people.mergedIntoId, personId)).orderBy(asc(people.id));
      const mergedSection: GdprSection = {
        key: 'merged_records',
        title: T(locale, 'gdpr.section.merged_records'),
        columns: ['id', 'first_name', 'last_name', 'birth_date', 'phone', 'email', 'niss', 'created'].map((k) => ({ key: k, label: T(locale, `gdpr.field.${k}`) })),
        rows: merged.map((m) => ({ id: m.id, first_name: m.firstName, last_name: m.lastName, birth_date: m.birthDate, phone: m.phone, email: m.email, niss: m.niss, created: iso(m.createdAt) })),
      };
      const dismissals = await db
        .select()
        .from(personDuplicateDismissals)
        .where(or(eq(personDuplicateDismissals.personA, personId), eq(personDuplicateDismissals.personB, personId)));
      const dismissedSection: GdprSection = {
        key: 'not_duplicates',
        title: T(locale, 'gdpr.section.not_duplicates'),
        columns: [
          { key: 'other', label: T(locale, 'gdpr.column.other_record') },
          { key: 'at', label: T(locale, 'gdpr.column.at') },
        ],
        rows: dismissals.map((d) => ({ other: d.personA === personId ? d.personB : d.personA, at: iso(d.dismissedAt) })),
      };
      // Every audit entry that names the person, whatever the module that wrote it.
      const trail = await db
        .select({ at: auditLog.at, action: auditLog.action, actorName: auditLog.actorName })
        .from(auditLog)
        .where(
          or(
            and(eq(auditLog.entityType, 'person'), eq(auditLog.entityId, String(personId))),
            sql`(${auditLog.details} ->> 'personId') = ${String(personId)}`,
          ),
        )
        .orderBy(asc(auditLog.id));
      const accessLog: GdprSection = {
        key: 'access_log',
        title: T(locale, 'gdpr.section.access_log'),
        columns: [
          { key: 'at', label: T(locale, 'gdpr.column.at') },
          { key: 'action', label: T(locale, 'gdpr.column.action') },
          { key: 'by', label: T(locale, 'gdpr.column.by') },
        ],
        rows: trail.map((a) => ({ at: iso(a.at), action: actionLabel(locale, a.action), by: a.actorName })),
      };
      return [record, consentSection, mergedSection, dismissedSection, accessLog];
    },
  });

  return {
    /** Everything held on a person, from every module, in the person's language (or the one asked for). */
    async exportAll(actor: Actor, viewer: SessionUser, personId: number, opts: { locale?: Locale; includeConfidential: boolean }) {
      const [row] = await db
        .select({ id: people.id, firstName: people.firstName, lastName: people.lastName, languages: people.languages, erasedAt: people.erasedAt })
        .from(people)
        .where(eq(people.id, personId));
      if (!row) throw notFound('what.person');
      const locale = opts.locale ?? personLocale(row.languages) ?? viewer.locale ?? 'fr';
      const sections: (GdprSection & { module: string })[] = [];
      for (const part of registry.gdprParts()) {
        for (const s of await part.collect({ personId, viewer, locale, includeConfidential: opts.includeConfidential })) sections.push({ ...s, module: part.key });
      }
      await audit.record(actor, { action: 'person.export', entityType: 'person', entityId: personId, details: opts.includeConfidential ? { includeConfidential: true } : undefined });
      return {
        exportedAt: clock.now().toISOString(),
        locale,
        person: { id: row.id, firstName: row.firstName, lastName: row.lastName, erased: row.erasedAt !== null },
        sections,
      };
    },
  };
}

/** An audit action in words (`audit.action.<action>` of the module's catalog), or the generic words for an action of that module. */
export function actionLabel(locale: Locale, action: string): string {
  const key = `audit.action.${action}`;
  if (hasMessage(key)) return translate(locale, key);
  return translate(locale, 'audit.action.other', { action });
}
