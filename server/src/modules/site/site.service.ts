import crypto from 'node:crypto';
import { and, asc, desc, eq, gt, gte, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import type { Actor } from '../../platform/audit/audit.service';
import { AppError, invalid, invalidField, notFound, type FieldError } from '../../platform/http/errors';
import { brusselsDay } from '../../platform/brussels-time';
import { figure } from '../../platform/stats';
import { translate, type Locale } from '../../platform/i18n/messages';
import { DI_THEMES, siteContents, siteImages, siteSalts, siteServices, siteViews, type CONTENT_KINDS } from './site.table';
import { checkImage, IMAGE_EXTENSIONS, type ImageType } from '../../platform/images';
import { SITE_IMAGE_CODES, SITE_IMAGE_MAX_BYTES, type ContentInput, type ContentPatch, type ImageInput, type ServiceInput, type ServicePatch } from './site.schemas';
import { checkMarkdown, renderMarkdown } from './site.markdown';
import { communeOf, osmOpeningHours } from './site.communes';

export type ContentRow = typeof siteContents.$inferSelect;
export type ServiceRow = typeof siteServices.$inferSelect;
export type ContentKind = (typeof CONTENT_KINDS)[number];
export type SiteService = ReturnType<typeof createSiteService>;

/** A salt lives 48 hours after it was drawn; then the day's visitor hashes can no longer be linked to anyone. */
export const SALT_LIFETIME_MS = 48 * 3600 * 1000;
const BOT = /bot|crawl|spider|slurp|preview|monitor|curl|wget|headless/i;

const MARKDOWN_FIELDS = ['bodyFr', 'bodyNl', 'bodyEn', 'summaryFr', 'summaryNl', 'summaryEn'] as const;

export function createSiteService(ctx: ModuleContext) {
  const { db, clock, audit } = ctx;

  // ---------- contents: pages, news, publications ----------
  function stateOf(c: ContentRow, now = clock.now()) {
    if (c.publishFrom > now) return 'scheduled' as const;
    if (c.publishUntil && c.publishUntil <= now) return 'offline' as const;
    return 'online' as const;
  }
  function present(c: ContentRow) {
    const missing = (['fr', 'nl'] as const).filter((l) => {
      const title = l === 'fr' ? c.titleFr : c.titleNl;
      const body = l === 'fr' ? (c.bodyFr ?? c.summaryFr) : (c.bodyNl ?? c.summaryNl);
      return !title || !body;
    });
    return {
      ...c,
      publishFrom: c.publishFrom.toISOString(),
      publishUntil: c.publishUntil?.toISOString() ?? null,
      createdAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
      state: stateOf(c),
      missing,
    };
  }

  /** What the database cannot say clearly: unsafe Markdown, an image without its text, a new text dated in the past. */
  function check(merged: Partial<ContentRow>, isNew: boolean, publishFromGiven: boolean) {
    const errors: FieldError[] = [];
    for (const f of MARKDOWN_FIELDS) errors.push(...checkMarkdown(f, merged[f]));
    if (!merged.titleFr && !merged.titleNl) errors.push({ path: 'titleFr', code: 'error.site.title_required' });
    if (merged.imageUrl) {
      if (!merged.imageAltFr) errors.push({ path: 'imageAltFr', code: 'error.site.image_alt_required' });
      if (!merged.imageAltNl) errors.push({ path: 'imageAltNl', code: 'error.site.image_alt_required' });
    }
    const now = clock.now();
    // A minute's grace for the time it takes to send the form.
    if (isNew && publishFromGiven && merged.publishFrom && merged.publishFrom.getTime() < now.getTime() - 60_000)
      errors.push({ path: 'publishFrom', code: 'error.site.publish_from_past' });
    if (merged.publishUntil && merged.publishFrom && merged.publishUntil <= merged.publishFrom) errors.push({ path: 'publishUntil', code: 'error.end_before_start' });
    if (merged.publishUntil && merged.publishUntil <= now && publishFromGiven && isNew) errors.push({ path: 'publishUntil', code: 'error.site.publish_until_past' });
    if (errors.length) throw invalid(errors);
  }

  async function loadContent(id: number) {
    const [c] = await db.select().from(siteContents).where(eq(siteContents.id, id));
    if (!c) throw notFound('what.site_content');
    return c;
  }
  async function slugTaken(kind: ContentKind, slug: string, exceptId?: number) {
    const [c] = await db.select({ id: siteContents.id }).from(siteContents).where(and(eq(siteContents.kind, kind), eq(siteContents.slug, slug)));
    return !!c && c.id !== exceptId;
  }

  const online = (now: Date) => and(lte(siteContents.publishFrom, now), or(isNull(siteContents.publishUntil), gt(siteContents.publishUntil, now)));

  const contents = {
    async list(kind?: ContentKind) {
      const rows = await db.select().from(siteContents).where(kind ? eq(siteContents.kind, kind) : undefined).orderBy(desc(siteContents.publishFrom), desc(siteContents.id));
      return { items: rows.map(present) };
    },
    async get(id: number) {
      return present(await loadContent(id));
    },
    async create(actor: Actor, input: ContentInput) {
      const now = clock.now();
      const { publishFrom, ...rest } = input;
      const values = { ...rest, publicationKind: input.kind === 'publication' ? (input.publicationKind ?? 'article') : null, publishFrom: publishFrom ?? now };
      check(values, true, publishFrom !== undefined);
      if (await slugTaken(input.kind, input.slug)) throw new AppError(409, 'error.site.slug_taken', {}, [{ path: 'slug', code: 'error.site.slug_taken' }]);
      return db.transaction(async (tx) => {
        const [c] = await tx.insert(siteContents).values({ ...values, createdBy: actor.userId, createdAt: now, updatedAt: now }).returning();
        await audit.record(actor, { action: 'site.content_create', entityType: 'site_content', entityId: c.id, details: { kind: c.kind, slug: c.slug } }, tx);
        return present(c);
      });
    },
    async update(actor: Actor, id: number, patch: ContentPatch) {
      const old = await loadContent(id);
      const merged = { ...old, ...patch } as ContentRow;
      // Moving the start of a text that is not yet online into the past is the same mistake as for a new one.
      check(merged, patch.publishFrom !== undefined && stateOf(old) === 'scheduled', patch.publishFrom !== undefined);
      if (patch.slug && (await slugTaken(old.kind, patch.slug, id))) throw new AppError(409, 'error.site.slug_taken', {}, [{ path: 'slug', code: 'error.site.slug_taken' }]);
      return db.transaction(async (tx) => {
        const [c] = await tx.update(siteContents).set({ ...patch, updatedAt: clock.now() }).where(eq(siteContents.id, id)).returning();
        await audit.record(actor, { action: 'site.content_update', entityType: 'site_content', entityId: id, details: { fields: Object.keys(patch) } }, tx);
        return present(c);
      });
    },
    async remove(actor: Actor, id: number) {
      await loadContent(id);
      await db.transaction(async (tx) => {
        await tx.delete(siteContents).where(eq(siteContents.id, id));
        await audit.record(actor, { action: 'site.content_delete', entityType: 'site_content', entityId: id }, tx);
      });
    },
    preview(markdown: string, locale: Locale) {
      const warnings = checkMarkdown('markdown', markdown).map((e) => ({ code: e.code, message: translate(locale, e.code) }));
      return { html: renderMarkdown(markdown), warnings };
    },
    /** What the public sees now: online texts of a kind, newest first. */
    async published(kind: ContentKind, limit = 50) {
      return db.select().from(siteContents).where(and(eq(siteContents.kind, kind), online(clock.now()))).orderBy(desc(siteContents.publishFrom), desc(siteContents.id)).limit(limit);
    },
    async publishedOne(kind: ContentKind, slug: string) {
      const [c] = await db.select().from(siteContents).where(and(eq(siteContents.kind, kind), eq(siteContents.slug, slug), online(clock.now())));
      if (!c) throw notFound('what.site_content');
      return c;
    },
  };

  // ---------- images: uploaded, checked by their bytes, served at their hash ----------
  type ImageRow = typeof siteImages.$inferSelect;
  const IMAGE_PATH = '/site/images';
  const presentImage = (i: ImageRow) => ({
    id: i.id,
    url: `${IMAGE_PATH}/${i.hash}.${IMAGE_EXTENSIONS[i.contentType as ImageType]}`,
    contentType: i.contentType as 'image/png' | 'image/jpeg' | 'image/webp',
    size: i.size,
    altFr: i.altFr,
    altNl: i.altNl,
    createdAt: i.createdAt.toISOString(),
  });
  const images = {
    /** Keeps an image (PNG, JPEG or WebP as its bytes show, 2 MB at most) with its alternative texts; the same bytes twice are one image. */
    async upload(actor: Actor, input: ImageInput) {
      const { bytes, hash } = checkImage(input, SITE_IMAGE_MAX_BYTES, SITE_IMAGE_CODES);
      return db.transaction(async (tx) => {
        const [found] = await tx.select().from(siteImages).where(eq(siteImages.hash, hash));
        if (found) return { image: presentImage(found), created: false };
        const [row] = await tx
          .insert(siteImages)
          .values({ hash, contentType: input.contentType, data: bytes.toString('base64'), size: bytes.length, altFr: input.altFr, altNl: input.altNl, createdBy: actor.userId, createdAt: clock.now() })
          .returning();
        await audit.record(actor, { action: 'site.image_upload', entityType: 'site_image', entityId: row.id, details: { contentType: row.contentType, bytes: row.size, hash } }, tx);
        return { image: presentImage(row), created: true };
      });
    },
    async list() {
      const rows = await db.select().from(siteImages).orderBy(desc(siteImages.createdAt), desc(siteImages.id));
      return { items: rows.map(presentImage) };
    },
    /** The bytes behind an address `<hash>.<ext>`, or 404. */
    async file(file: string) {
      const [hash, ext] = file.split('.');
      const [row] = await db.select().from(siteImages).where(eq(siteImages.hash, hash));
      if (!row || IMAGE_EXTENSIONS[row.contentType as ImageType] !== ext) throw notFound('what.site_image');
      return { contentType: row.contentType, hash: row.hash, bytes: Buffer.from(row.data, 'base64') };
    },
  };

  // ---------- the directory: partner organisations and their services ----------
  const orgs = () => ctx.services.organisations;
  async function presentServices(rows: ServiceRow[]) {
    const names = new Map((await orgs().list({ includeInactive: true })).map((o) => [o.id, o.name]));
    return rows.map((s) => ({ ...s, organisationName: names.get(s.organisationId) ?? '', updatedAt: s.updatedAt.toISOString() }));
  }
  /** data·inclusion requires a service's name (3 to 150 characters) and description (5 characters at least), in one language at least. */
  function checkService(s: { nameFr?: string | null; nameNl?: string | null; descriptionFr?: string | null; descriptionNl?: string | null }) {
    const errors: FieldError[] = [];
    if (!s.nameFr && !s.nameNl) errors.push({ path: 'nameFr', code: 'error.site.title_required' });
    for (const f of ['nameFr', 'nameNl'] as const) if (s[f] && s[f].length < 3) errors.push({ path: f, code: 'error.site.service_name_short' });
    if ((s.descriptionFr ?? '').length < 5 && (s.descriptionNl ?? '').length < 5) errors.push({ path: 'descriptionFr', code: 'error.site.service_description_required' });
    if (errors.length) throw invalid(errors);
  }
  async function checkOrganisation(id: number) {
    try {
      await orgs().get(id);
    } catch {
      throw invalidField('organisationId', 'error.site.unknown_organisation');
    }
  }
  async function loadService(id: number) {
    const [s] = await db.select().from(siteServices).where(eq(siteServices.id, id));
    if (!s) throw notFound('what.site_service');
    return s;
  }
  const services = {
    async list() {
      return { items: await presentServices(await db.select().from(siteServices).orderBy(asc(siteServices.organisationId), asc(siteServices.id))) };
    },
    async create(actor: Actor, input: ServiceInput) {
      checkService(input);
      await checkOrganisation(input.organisationId);
      // (the organisations' names are read after the transaction: one connection on PGlite)
      const s = await db.transaction(async (tx) => {
        const now = clock.now();
        const [row] = await tx.insert(siteServices).values({ ...input, createdAt: now, updatedAt: now }).returning();
        await audit.record(actor, { action: 'site.service_create', entityType: 'site_service', entityId: row.id, details: { organisationId: row.organisationId } }, tx);
        return row;
      });
      return (await presentServices([s]))[0];
    },
    async update(actor: Actor, id: number, patch: ServicePatch) {
      const old = await loadService(id);
      checkService({ ...old, ...patch });
      if (patch.organisationId) await checkOrganisation(patch.organisationId);
      const s = await db.transaction(async (tx) => {
        const [row] = await tx.update(siteServices).set({ ...patch, updatedAt: clock.now() }).where(eq(siteServices.id, id)).returning();
        await audit.record(actor, { action: 'site.service_update', entityType: 'site_service', entityId: id, details: { fields: Object.keys(patch) } }, tx);
        return row;
      });
      return (await presentServices([s]))[0];
    },
    async remove(actor: Actor, id: number) {
      await loadService(id);
      await db.transaction(async (tx) => {
        await tx.delete(siteServices).where(eq(siteServices.id, id));
        await audit.record(actor, { action: 'site.service_delete', entityType: 'site_service', entityId: id }, tx);
      });
    },
  };

  /** The partner organisations the public sees (active, not the Centrale's own services, employers only with a service), with their active services, filtered. */
  async function directory(filter: { theme?: string; public?: string; commune?: string; language?: string; q?: string } = {}) {
    const organisations = (await orgs().list()).filter((o) => o.active && !o.isInternalPartner);
    const rows = await db.select().from(siteServices).where(eq(siteServices.active, true)).orderBy(asc(siteServices.id));
    const q = filter.q?.trim().toLocaleLowerCase('fr');
    return organisations
      .map((o) => ({ organisation: o, commune: communeOf(o.postalCode), services: rows.filter((s) => s.organisationId === o.id) }))
      // An employer is in the directory for a service it offers (a job seekers' programme...), not for being an employer:
      // its offers are on the offers pages.
      .filter((e) => e.organisation.type !== 'employer' || e.services.length > 0)
      .filter((e) => !filter.commune || e.commune?.nis === filter.commune)
      .map((e) => ({
        ...e,
        services: e.services.filter(
          (s) => (!filter.theme || s.themes.includes(filter.theme)) && (!filter.public || s.publics.includes(filter.public)) && (!filter.language || s.languages.includes(filter.language)),
        ),
      }))
      .filter((e) => (!filter.theme && !filter.public && !filter.language) || e.services.length > 0)
      .filter((e) => !q || [e.organisation.name, e.organisation.services ?? '', ...e.services.flatMap((s) => [s.nameFr ?? '', s.nameNl ?? '', s.descriptionFr ?? '', s.descriptionNl ?? ''])].some((t) => t.toLocaleLowerCase('fr').includes(q)))
      .sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, 'fr'));
  }

  /** The directory in data·inclusion's field names, with the Belgian profile (docs/site.md). */
  async function directoryExport() {
    const entries = await directory();
    const day = (iso: string | Date) => brusselsDay(new Date(iso));
    const structures = entries.map(({ organisation: o, commune }) => ({
      id: String(o.id),
      source: 'relais',
      nom: o.name,
      // data·inclusion: 5 characters at least, else not said
      description: o.services && o.services.trim().length >= 5 ? o.services.trim() : null,
      adresse: o.address ?? null,
      code_postal: o.postalCode ?? null,
      commune: commune?.fr ?? null,
      code_insee: null,
      telephone: o.phone ?? null,
      courriel: o.email ?? null,
      // an address (URI) or nothing: "www.example.be" alone is not one
      site_web: o.website && /^https?:\/\/\S+$/.test(o.website) ? o.website : null,
      horaires_accueil: null,
      date_maj: day(o.updatedAt),
      typologie: o.type,
      code_nis: commune?.nis ?? null,
      commune_nl: commune?.nl ?? null,
      numero_bce: null,
    }));
    const diThemes = new Set<string>(DI_THEMES);
    const services = entries.flatMap(({ organisation: o, commune, services: list }) =>
      list.map((s) => ({
        id: String(s.id),
        source: 'relais',
        structure_id: String(o.id),
        nom: s.nameFr ?? s.nameNl ?? '',
        // required by data·inclusion (a service saved before descriptions were required gives its name)
        description: s.descriptionFr ?? s.descriptionNl ?? s.nameFr ?? s.nameNl ?? '',
        type: s.serviceType ?? null,
        thematiques: s.themes.filter((x) => diThemes.has(x)),
        // data·inclusion: at least one public, or null (not said)
        publics: s.publics.length ? s.publics : null,
        frais: s.fees ?? null,
        frais_precisions: s.feesDetails ?? null,
        modes_accueil: s.receptionModes,
        modes_mobilisation: s.mobilisationModes.length ? s.mobilisationModes : null,
        conditions_acces: s.accessConditions ?? null,
        langues_parlees: s.languages,
        horaires_accueil: s.openingHours ?? null,
        code_postal: o.postalCode ?? null,
        commune: commune?.fr ?? null,
        date_maj: day(s.updatedAt),
        nom_nl: s.nameNl ?? null,
        description_nl: s.descriptionNl ?? null,
        code_nis: commune?.nis ?? null,
        // Belgian profile: the themes data·inclusion's French list lacks (learning Dutch)
        thematiques_be: s.themes.filter((x) => !diThemes.has(x)),
      })),
    );
    return { profile: 'data·inclusion, profil belge Relais 1 (docs/site.md)', structures, services };
  }

  /** The Centrale's sites with their opening hours, in OpenStreetMap syntax too. */
  async function places() {
    return (await ctx.services.sites.list()).map((s) => ({ ...s, commune: communeOf(s.postalCode), osm: osmOpeningHours(s.openingHours) }));
  }

  // ---------- analytics: first party, no cookie, nothing identifying kept ----------
  async function saltOf(day: string, now: Date) {
    const [found] = await db.select().from(siteSalts).where(eq(siteSalts.day, day));
    if (found) return found.salt;
    await db.insert(siteSalts).values({ day, salt: crypto.randomBytes(32).toString('base64'), createdAt: now }).onConflictDoNothing();
    await purge(now);
    const [s] = await db.select().from(siteSalts).where(eq(siteSalts.day, day));
    return s.salt;
  }
  /** Deletes the salts drawn more than 48 hours ago. */
  async function purge(now = clock.now()) {
    const gone = await db.delete(siteSalts).where(lt(siteSalts.createdAt, new Date(now.getTime() - SALT_LIFETIME_MS))).returning({ day: siteSalts.day });
    return gone.length;
  }
  const analytics = {
    purge,
    /**
     * Counts one page view. The visitor is HMAC-SHA256(day's salt, address + user agent + site), cut to 128 bits;
     * the address and the user agent are not stored, nor anything from which they could be read back once the
     * salt is gone. Robots are not counted. The referrer is kept as its domain only, and only another site's.
     */
    async record(view: { path: string; ip: string; userAgent: string | undefined; referrer: string | undefined; host: string }) {
      const ua = view.userAgent ?? '';
      if (!ua || BOT.test(ua)) return false;
      const now = clock.now();
      const day = brusselsDay(now);
      const salt = await saltOf(day, now);
      const visitor = crypto.createHmac('sha256', salt).update(`${view.ip}\n${ua}\n${view.host}`).digest('hex').slice(0, 32);
      let referrerDomain: string | null = null;
      try {
        if (view.referrer) {
          const h = new URL(view.referrer).hostname.replace(/^www\./, '').toLowerCase();
          if (h && h !== view.host.split(':')[0].replace(/^www\./, '').toLowerCase()) referrerDomain = h.slice(0, 200);
        }
      } catch {
        /* not an address: no referrer */
      }
      await db.insert(siteViews).values({ day, path: view.path.slice(0, 300), referrerDomain, visitor });
      return true;
    },
    async yearTotals(year: number) {
      const [r] = await db
        .select({ views: sql<number>`count(*)::int`, visitors: sql<number>`count(distinct (${siteViews.day}, ${siteViews.visitor}))::int` })
        .from(siteViews)
        .where(and(gte(siteViews.day, `${year}-01-01`), lte(siteViews.day, `${year}-12-31`)));
      return r;
    },
    async stats(year: number, locale: Locale) {
      const range = and(gte(siteViews.day, `${year}-01-01`), lte(siteViews.day, `${year}-12-31`));
      const month = sql<string>`to_char(${siteViews.day}, 'YYYY-MM')`;
      const [monthly, pages, refs, cur, prev] = await Promise.all([
        db.select({ month, views: sql<number>`count(*)::int`, visitors: sql<number>`count(distinct (${siteViews.day}, ${siteViews.visitor}))::int` }).from(siteViews).where(range).groupBy(month).orderBy(month),
        db.select({ month, path: siteViews.path, views: sql<number>`count(*)::int` }).from(siteViews).where(range).groupBy(month, siteViews.path).orderBy(month, desc(sql`count(*)`), siteViews.path),
        db
          .select({ month, domain: siteViews.referrerDomain, views: sql<number>`count(*)::int` })
          .from(siteViews)
          .where(and(range, sql`${siteViews.referrerDomain} is not null`))
          .groupBy(month, siteViews.referrerDomain)
          .orderBy(month, desc(sql`count(*)`), siteViews.referrerDomain),
        analytics.yearTotals(year),
        analytics.yearTotals(year - 1),
      ]);
      return {
        year,
        visitorsMeaning: translate(locale, 'site.visitors_meaning'),
        figures: { pageViews: figure(cur.views, prev.views), visitors: figure(cur.visitors, prev.visitors) },
        months: monthly.map((m) => ({
          month: m.month,
          pageViews: m.views,
          visitors: m.visitors,
          topPages: pages.filter((p) => p.month === m.month).slice(0, 10).map((p) => ({ path: p.path, views: p.views })),
          referrers: refs.filter((r) => r.month === m.month).slice(0, 10).map((r) => ({ domain: r.domain!, views: r.views })),
        })),
      };
    },
    /** The annual report's website line: the sum over the year's days of each day's distinct visitors. */
    async reachLines(year: number) {
      const t = await analytics.yearTotals(year);
      if (!t.views) return [];
      return [{ key: 'website', labelKey: 'reach.website_daily_visitors', unit: 'participations' as const, value: t.visitors, participations: t.visitors, anonymous: t.visitors }];
    },
  };

  return { contents, images, services, directory, directoryExport, places, analytics, stateOf };
}
