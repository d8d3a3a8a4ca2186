import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '../db/database';
import type { Clock } from '../clock';
import type { Actor, AuditService } from '../audit/audit.service';
import { checkImage, imageUploadFields, type ImageCodes } from '../images';
import { httpUrl, requiredText, text } from '../http/schemas';
import { addMessages, type Locale } from '../i18n/messages';
import { settings } from './settings.table';

/**
 * The institution that runs this installation (its names, address, contacts, logo, who signs its certificates):
 * data an admin edits, not code, since another employment house runs Relais too. Kept in `settings` under
 * `institution` (the texts) and `institution.logo` (the image); an installation that never saved them reads the
 * defaults below, the Centrale de l'Emploi de la Ville de Bruxelles' own, so nothing changed for it.
 */

addMessages({
  fr: {
    'error.institution.logo_type': 'Le logo doit être une image PNG, JPEG ou SVG, du type annoncé.',
    'error.institution.logo_too_large': 'Le logo ne doit pas dépasser 200 Ko.',
    'error.institution.logo_unsafe': 'Ce SVG contient du script, des liens ou des objets externes : enregistrez-le en SVG simple.',
    'error.institution.logo_invalid': 'Le logo doit être envoyé en base64.',
    'error.institution.email_invalid': 'Adresse e-mail non valable.',
    'what.logo': 'logo',
    'audit.action.institution.settings': 'Coordonnées de l’institution modifiées',
    'audit.action.institution.logo': 'Logo de l’institution changé',
  },
  nl: {
    'error.institution.logo_type': 'Het logo moet een PNG-, JPEG- of SVG-afbeelding zijn, van het opgegeven type.',
    'error.institution.logo_too_large': 'Het logo mag niet groter zijn dan 200 kB.',
    'error.institution.logo_unsafe': 'Deze SVG bevat script, links of externe objecten: sla hem op als eenvoudige SVG.',
    'error.institution.logo_invalid': 'Het logo moet in base64 verstuurd worden.',
    'error.institution.email_invalid': 'Ongeldig e-mailadres.',
    'what.logo': 'logo',
    'audit.action.institution.settings': 'Gegevens van de instelling gewijzigd',
    'audit.action.institution.logo': 'Logo van de instelling gewijzigd',
  },
  en: {
    'error.institution.logo_type': 'The logo must be a PNG, JPEG or SVG image, of the type given.',
    'error.institution.logo_too_large': 'The logo must not be larger than 200 KB.',
    'error.institution.logo_unsafe': 'This SVG holds script, links or external objects: save it as a plain SVG.',
    'error.institution.logo_invalid': 'The logo must be sent in base64.',
    'error.institution.email_invalid': 'Invalid e-mail address.',
    'what.logo': 'logo',
    'audit.action.institution.settings': 'Institution details changed',
    'audit.action.institution.logo': 'Institution logo changed',
  },
});

const localised = (max: number) => z.strictObject({ fr: requiredText(max), nl: requiredText(max), en: requiredText(max) });
const localisedOut = z.object({ fr: z.string(), nl: z.string(), en: z.string() });
const optional = <T extends z.ZodType>(s: T) => z.union([s, z.literal('').transform(() => null), z.null()]);

/** What an admin sends (every field; an empty optional field is null). */
export const institutionBody = z.strictObject({
  name: localised(200),
  shortName: localised(80),
  address: localised(300),
  phone: optional(requiredText(40)),
  email: optional(z.string().trim().max(200).pipe(z.email({ message: 'error.institution.email_invalid' }))),
  website: optional(httpUrl(300)),
  certificate: z.strictObject({
    /** who issues the attendance certificates, in each language */
    issuer: localised(200),
    signatoryName: optional(requiredText(120)),
    signatoryTitle: z.strictObject({ fr: text(120), nl: text(120), en: text(120) }),
  }),
});
export type InstitutionInput = z.infer<typeof institutionBody>;

export const institutionSchema = z
  .object({
    name: localisedOut,
    shortName: localisedOut,
    address: localisedOut,
    phone: z.string().nullable(),
    email: z.string().nullable(),
    website: z.string().nullable(),
    certificate: z.object({ issuer: localisedOut, signatoryName: z.string().nullable(), signatoryTitle: localisedOut }),
    /** the logo's address (it changes with the image), or null without a logo */
    logoUrl: z.string().nullable(),
  })
  .meta({ id: 'Institution', description: 'The institution running this installation: names, address, contacts, logo, certificate issuer.' });
export type Institution = z.infer<typeof institutionSchema>;

export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml'] as const;
export type LogoType = (typeof LOGO_TYPES)[number];
export const LOGO_MAX_BYTES = 200 * 1024;
const LOGO_CODES: ImageCodes = {
  tooLarge: 'error.institution.logo_too_large',
  invalid: 'error.institution.logo_invalid',
  type: 'error.institution.logo_type',
  unsafe: 'error.institution.logo_unsafe',
};
export const logoBody = z.strictObject(imageUploadFields(LOGO_TYPES, LOGO_MAX_BYTES, LOGO_CODES));

export const DEFAULT_INSTITUTION: Omit<Institution, 'logoUrl'> = {
  name: {
    fr: 'Centrale de l’Emploi de la Ville de Bruxelles',
    nl: 'Tewerkstellingscentrale van de Stad Brussel',
    en: 'Employment Centre of the City of Brussels',
  },
  shortName: { fr: 'Centrale de l’Emploi', nl: 'Centrale voor Werk', en: 'Employment Centre' },
  address: { fr: 'Boulevard d’Anvers 26, 1000 Bruxelles', nl: 'Antwerpselaan 26, 1000 Brussel', en: 'Boulevard d’Anvers 26, 1000 Brussels' },
  phone: null,
  email: null,
  website: null,
  certificate: {
    issuer: {
      fr: 'Centrale de l’Emploi de la Ville de Bruxelles',
      nl: 'Tewerkstellingscentrale van de Stad Brussel',
      en: 'Employment Centre of the City of Brussels',
    },
    signatoryName: null,
    signatoryTitle: { fr: '', nl: '', en: '' },
  },
};

const KEY = 'institution';
const LOGO_KEY = 'institution.logo';
export const LOGO_PATH = '/api/institution/logo';

interface StoredLogo {
  contentType: LogoType;
  data: string;
  hash: string;
}

export type InstitutionService = ReturnType<typeof createInstitutionService>;

export function createInstitutionService(deps: { db: Db; clock: Clock; audit: AuditService }) {
  const { db, clock, audit } = deps;

  async function logoHash(q: DbOrTx): Promise<string | null> {
    const [row] = await q
      .select({ hash: sql<string | null>`${settings.value}->>'hash'` })
      .from(settings)
      .where(eq(settings.key, LOGO_KEY));
    return row?.hash ?? null;
  }

  return {
    /** The institution as saved, the defaults for what was never saved (`q`: the caller's transaction, if in one). */
    async get(q: DbOrTx = db): Promise<Institution> {
      const [row] = await q.select().from(settings).where(eq(settings.key, KEY));
      const hash = await logoHash(q);
      const saved = (row?.value ?? {}) as Partial<Institution>;
      const d = DEFAULT_INSTITUTION;
      return {
        ...d,
        ...saved,
        certificate: { ...d.certificate, ...saved.certificate },
        logoUrl: hash ? `${LOGO_PATH}?v=${hash}` : null,
      };
    },

    /** One language's names and address, for a mail, an .ics, a certificate. */
    async inLocale(locale: Locale, q: DbOrTx = db) {
      const i = await this.get(q);
      return { name: i.name[locale], shortName: i.shortName[locale], address: i.address[locale], institution: i };
    },

    async save(actor: Actor, input: InstitutionInput): Promise<Institution> {
      await db.transaction(async (tx) => {
        await tx
          .insert(settings)
          .values({ key: KEY, value: input, updatedAt: clock.now() })
          .onConflictDoUpdate({ target: settings.key, set: { value: input, updatedAt: clock.now() } });
        await audit.record(actor, { action: 'institution.settings', entityType: 'settings', entityId: KEY, details: { ...input } }, tx);
      });
      return this.get();
    },

    /** Sets the logo: PNG, JPEG or a plain SVG, 200 KB at most, of the type it says it is. */
    async setLogo(actor: Actor, input: { contentType: LogoType; data: string }): Promise<Institution> {
      const { bytes, hash } = checkImage(input, LOGO_MAX_BYTES, LOGO_CODES);
      const value: StoredLogo = { contentType: input.contentType, data: bytes.toString('base64'), hash };
      await db.transaction(async (tx) => {
        await tx
          .insert(settings)
          .values({ key: LOGO_KEY, value, updatedAt: clock.now() })
          .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: clock.now() } });
        await audit.record(actor, { action: 'institution.logo', entityType: 'settings', entityId: LOGO_KEY, details: { contentType: input.contentType, bytes: bytes.length, hash } }, tx);
      });
      return this.get();
    },

    async removeLogo(actor: Actor): Promise<void> {
      await db.transaction(async (tx) => {
        await tx.delete(settings).where(eq(settings.key, LOGO_KEY));
        await audit.record(actor, { action: 'institution.logo', entityType: 'settings', entityId: LOGO_KEY, details: { removed: true } }, tx);
      });
    },

    /** The logo's bytes and type, or null. */
    async logo(): Promise<{ contentType: LogoType; bytes: Buffer; hash: string } | null> {
      const [row] = await db.select().from(settings).where(eq(settings.key, LOGO_KEY));
      if (!row) return null;
      const v = row.value as StoredLogo;
      return { contentType: v.contentType, bytes: Buffer.from(v.data, 'base64'), hash: v.hash };
    },
  };
}
