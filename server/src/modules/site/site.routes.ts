import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import ical from 'ical-generator';
import { typed, type RelaisModule } from '../../platform/module';
import { download, noContent } from '../../platform/http/contract';
import { imageHeaders } from '../../platform/images';
import { idParam, queryId } from '../../platform/http/schemas';
import { addMessages, LOCALES, translate, type Locale } from '../../platform/i18n/messages';
import { defaultYear } from '../../platform/stats';
import { brusselsDay } from '../../platform/brussels-time';
import { AppError, notFound } from '../../platform/http/errors';
import { createSiteService, type SiteService } from './site.service';
import { sitePermissions as can } from './site.permissions';
import { siteMessages } from './site.messages';
import { siteCodeMessages } from './site.codes';
import {
  contentBody,
  contentPatch,
  contentSchema,
  contentsAnswer,
  contentsQuery,
  directoryExport,
  imageBody,
  imageFileParam,
  imageSchema,
  imagesAnswer,
  previewAnswer,
  previewBody,
  serviceBody,
  serviceIdParam,
  servicePatch,
  serviceCodes,
  serviceSchema,
  servicesAnswer,
  statsAnswer,
  statsQuery,
} from './site.schemas';
import * as R from './site.render';
import { BE_THEMES, FEES, MOBILISATION_MODES, PUBLICS, RECEPTION_MODES, SERVICE_TYPES, THEMES } from './site.table';
import { DIRECTORY_LANGUAGES } from './site.codes';
import { COMMUNES } from './site.communes';

declare module '../../platform/module' {
  interface Services {
    site: SiteService;
  }
}

addMessages(siteMessages);
addMessages(siteCodeMessages);

const html = download('html');
const slugParam = z.strictObject({ slug: z.string().max(80) });
/** A filter value the form did not offer is ignored (the page shows everything), never an error page. */
const oneOf = (values: readonly string[]) =>
  z
    .string()
    .max(100)
    .optional()
    .transform((v) => (v && values.includes(v) ? v : undefined));
const directoryQuery = z.object({
  q: z.string().max(100).optional(),
  theme: oneOf(THEMES),
  public: oneOf(PUBLICS),
  commune: oneOf(COMMUNES.map((c) => c.nis)),
  language: oneOf(DIRECTORY_LANGUAGES),
});
/** The day the occupation page shows: a real calendar day, else (a mistyped address) today. */
const shownDay = z.iso
  .date()
  .refine((v) => v >= '1900-01-01' && v < '2100-01-01')
  .optional()
  .catch(undefined);
const roomsQuery = z.object({ date: shownDay });
const offersQuery = z.object({ q: z.string().max(100).optional(), page: z.coerce.number().int().min(1).max(1000).catch(1).optional() });
const OFFERS_PER_PAGE = 50;
/** The training registration form as the browser sends it (every field a string; the trainings module checks them). */
const formField = z.string().max(1000).optional();
const registerForm = z.object({ firstName: formField, lastName: formField, email: formField, phone: formField, commune: formField, consent: formField, token: formField, website: formField, locale: formField });
/** A form page's own random token: the same page sent twice is one request (the trainings module keeps it). */
const newFormToken = () => crypto.randomBytes(18).toString('base64url');

/** The public website (server-rendered pages, feeds, sitemap), its editing and its own analytics. See docs/site.md. */
export const siteModule: RelaisModule = {
  name: 'site',
  async register(app, ctx) {
    const service = createSiteService(ctx);
    ctx.services.site = service;
    ctx.reach.register({ key: 'website', labelKey: 'reach.website_daily_visitors', unit: 'participations', peopleAccess: can.stats, lines: (year) => service.analytics.reachLines(year) });
    ctx.jobs.register({ name: 'site.purge_salts', schedule: { everyMinutes: 60 }, run: async (now) => void (await service.analytics.purge(now)) });

    const base = (request: FastifyRequest) => (ctx.config.PUBLIC_URL ?? `${request.protocol}://${request.host}`).replace(/\/$/, '');
    // The site's forms are plain HTML forms (no JavaScript): their bodies come url-encoded. Only the site's form
    // routes read that type (the API takes JSON: any other route answers 415 to it, as before); cross-site posts are
    // refused for every route (platform/http/security.ts).
    const formRoutes = new Set(LOCALES.map((l) => `${R.pathOf(l, 'training')}/:id`));
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 16 * 1024 }, (request, body, done) => {
      if (!formRoutes.has(request.routeOptions.url ?? '')) return done(new AppError(415, 'error.unsupported_media_type'), undefined);
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    });
    const r = typed(app);
    const tags = ['site'];
    const pub = ['site-public'];
    const caller = (request: FastifyRequest) => request.actor;

    // ---------- editing: pages, news, publications ----------
    r.get('/api/site/contents', { config: { access: can.edit }, schema: { tags, summary: 'Pages, news and publications of the website, newest first, with their state and missing translations.', querystring: contentsQuery, response: { 200: contentsAnswer } } }, async (request) =>
      service.contents.list(request.query.kind),
    );
    r.post('/api/site/contents', { config: { access: can.edit }, schema: { tags, summary: 'Writes a page, news item or publication (Markdown), published now or at a later date.', body: contentBody, response: { 201: contentSchema } } }, async (request, reply) =>
      reply.code(201).send(await service.contents.create(caller(request), request.body)),
    );
    r.get('/api/site/contents/:id', { config: { access: can.edit }, schema: { tags, summary: 'One page, news item or publication.', params: idParam, response: { 200: contentSchema } } }, async (request) =>
      service.contents.get(request.params.id),
    );
    r.patch('/api/site/contents/:id', { config: { access: can.edit }, schema: { tags, summary: 'Changes a page, news item or publication (its dates included).', params: idParam, body: contentPatch, response: { 200: contentSchema } } }, async (request) =>
      service.contents.update(caller(request), request.params.id, request.body),
    );
    r.delete('/api/site/contents/:id', { config: { access: can.edit }, schema: { tags, summary: 'Deletes a page, news item or publication.', params: idParam, response: { 204: noContent } } }, async (request, reply) => {
      await service.contents.remove(caller(request), request.params.id);
      return reply.code(204).send();
    });
    r.post('/api/site/preview', { config: { access: can.edit }, schema: { tags, summary: 'The HTML a Markdown text will show on the site, and what saving it would refuse.', body: previewBody, response: { 200: previewAnswer } } }, async (request) =>
      service.contents.preview(request.body.markdown, request.locale),
    );

    // ---------- editing: images ----------
    r.get('/api/site/images', { config: { access: can.edit }, schema: { tags, summary: 'The images uploaded for the website, newest first, with their alternative texts.', response: { 200: imagesAnswer } } }, async () => service.images.list());
    r.post(
      '/api/site/images',
      {
        // 2 MB of image as base64, and its texts
        bodyLimit: 3 * 1024 * 1024,
        config: { access: can.edit },
        schema: { tags, summary: 'Uploads an image (PNG, JPEG or WebP, checked by its bytes, 2 MB at most) with its alternative text in French and Dutch; the same image twice is one image.', body: imageBody, response: { 200: imageSchema, 201: imageSchema } },
      },
      async (request, reply) => {
        const { image, created } = await service.images.upload(caller(request), request.body);
        return reply.code(created ? 201 : 200).send(image);
      },
    );
    r.get('/site/images/:file', { config: { access: 'public' }, schema: { tags: pub, summary: "An image of the website at its hashed address (cached a year: a new image gets a new address).", params: imageFileParam, response: { 200: download('png', 'jpeg', 'webp') } } }, async (request, reply) => {
      const f = await service.images.file(request.params.file);
      return reply.headers(imageHeaders(f.contentType, f.hash)).send(f.bytes as never);
    });

    // ---------- editing: the directory's services ----------
    r.get('/api/site/services', { config: { access: can.edit }, schema: { tags, summary: "The partner organisations' services shown in the directory.", response: { 200: servicesAnswer } } }, async () => service.services.list());
    r.get('/api/site/services/codes', { config: { access: can.edit }, schema: { tags, summary: "The codes a directory service is described with (data·inclusion's lists and the Belgian profile's), labelled.", response: { 200: serviceCodes } } }, async (request) => {
      const l = request.locale;
      const label = (group: string, values: readonly string[]) => values.map((value) => ({ value, label: translate(l, `site.${group}.${value}`) }));
      const belgian = new Set<string>(BE_THEMES);
      return {
        themes: THEMES.map((value) => ({ value, label: translate(l, `site.theme.${value}`), belgian: belgian.has(value) })),
        publics: label('public', PUBLICS),
        serviceTypes: label('service_type', SERVICE_TYPES),
        fees: label('fees', FEES),
        receptionModes: label('reception', RECEPTION_MODES),
        mobilisationModes: label('mobilisation', MOBILISATION_MODES),
        languages: label('language', DIRECTORY_LANGUAGES),
      };
    });
    r.post('/api/site/services', { config: { access: can.edit }, schema: { tags, summary: "Adds a service to a partner organisation's directory entry.", body: serviceBody, response: { 201: serviceSchema } } }, async (request, reply) =>
      reply.code(201).send(await service.services.create(caller(request), request.body)),
    );
    r.patch('/api/site/services/:id', { config: { access: can.edit }, schema: { tags, summary: 'Changes a service of the directory.', params: serviceIdParam, body: servicePatch, response: { 200: serviceSchema } } }, async (request) =>
      service.services.update(caller(request), request.params.id, request.body),
    );
    r.delete('/api/site/services/:id', { config: { access: can.edit }, schema: { tags, summary: 'Removes a service from the directory.', params: serviceIdParam, response: { 204: noContent } } }, async (request, reply) => {
      await service.services.remove(caller(request), request.params.id);
      return reply.code(204).send();
    });

    // ---------- analytics ----------
    r.get('/api/site/stats', { config: { access: can.stats }, schema: { tags, summary: "The website's own analytics per month: page views, daily visitors summed, top pages, referrers by domain.", querystring: statsQuery, response: { 200: statsAnswer } } }, async (request) =>
      service.analytics.stats(request.query.year ?? defaultYear(ctx.clock), request.locale),
    );

    // ---------- public: the directory as open data ----------
    r.get('/api/public/site/directory', { config: { access: 'public' }, schema: { tags: pub, summary: 'The directory of partner organisations and their services in the data·inclusion field names (Belgian profile, docs/site.md).', response: { 200: directoryExport } } }, async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=300').header('access-control-allow-origin', '*');
      return service.directoryExport();
    });

    // ---------- public: robots, sitemap ----------
    r.get('/robots.txt', { config: { access: 'public' }, schema: { tags: pub, summary: 'What crawlers may visit, and where the sitemap is.', response: { 200: download('text') } } }, async (request, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .header('cache-control', 'public, max-age=3600')
        .send(`User-agent: *\nAllow: /fr\nAllow: /nl\nAllow: /en\nAllow: /p/events\nDisallow: /api/\nDisallow: /p/events/ticket/\nDisallow: /p/exhibitor/\n\nSitemap: ${base(request)}/sitemap.xml\n`),
    );
    r.get('/sitemap.xml', { config: { access: 'public' }, schema: { tags: pub, summary: 'The public pages in each language (offers past their validity and texts offline left out).', response: { 200: download('xml') } } }, async (request, reply) => {
      const all = (f: (l: Locale) => string) => Object.fromEntries(LOCALES.map((l) => [l, f(l)])) as Record<Locale, string>;
      const pages = (['home', 'agenda', 'offers', 'directory', 'news', 'publications', 'info', 'contact', 'rooms', 'privacy'] as const).map((p) => ({ paths: all((l) => R.pathOf(l, p)) }));
      const [offers, news, publications, info, trainings] = await Promise.all([allOffers(), service.contents.published('news', 1000), service.contents.published('publication', 1000), service.contents.published('page', 1000), publicTrainings()]);
      const texts = (page: 'news' | 'publications' | 'info', rows: typeof news) => rows.map((c) => ({ paths: all((l) => R.pathOf(l, page, c.slug)), lastmod: c.updatedAt.toISOString().slice(0, 10) }));
      const urls = [...pages, ...offers.map((o) => ({ paths: all((l) => R.pathOf(l, 'offers', o.id)) })), ...trainings.map((x) => ({ paths: all((l) => R.pathOf(l, 'training', x.id)) })), ...texts('news', news), ...texts('publications', publications), ...texts('info', info)];
      return reply.type('application/xml; charset=utf-8').header('cache-control', 'no-cache').send(R.sitemap(base(request), urls));
    });

    async function allOffers() {
      const out = [];
      for (let offset = 0; ; offset += 200) {
        const page = await ctx.services.offers.offers.publicList({ limit: 200, offset });
        out.push(...page.items);
        if (out.length >= page.total || !page.items.length) return out;
      }
    }
    const upcoming = async () => (await ctx.services.events.publicList()).items.filter((e) => e.kind !== 'internal');
    /** The training sessions open to the public, through the trainings module's own function (never its tables). */
    const publicTrainings = () => ctx.services.trainings.publicSessions();

    // ---------- public: the pages ----------
    async function sendPage(request: FastifyRequest, reply: FastifyReply, body: string, status = 200) {
      if (status === 200)
        await service.analytics.record({
          path: request.url.split('?')[0],
          ip: request.ip,
          userAgent: request.headers['user-agent'],
          referrer: request.headers.referer,
          host: request.host,
        });
      reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-cache').header('vary', 'accept-encoding');
      // Compressed here (the pages are written per request; web-assets.ts serves the built files precompressed).
      if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) return reply.header('content-encoding', 'gzip').send(zlib.gzipSync(body, { level: 6 }));
      return reply.send(body);
    }
    /**
     * A page whose record is not (or no longer) on the site: for a browser (Accept: text/html), the site's own 404
     * page in its language; for any other client, the API's problem+json 404.
     */
    async function orNotFound(request: FastifyRequest, reply: FastifyReply, c: R.Ctx, build: (c: R.Ctx) => Promise<string>) {
      try {
        return await sendPage(request, reply, await build(c));
      } catch (e) {
        if (e instanceof AppError && e.status === 404 && request.headers.accept?.includes('text/html')) return sendPage(request, reply, R.notFoundPage(c), 404);
        throw e;
      }
    }

    // The occupation page's first address (a page of the web app until the site was written by the server), kept for
    // the links, bookmarks and QR codes that lead there: to the page in the visitor's language, the day kept.
    r.get(
      '/p/rooms',
      {
        config: { access: 'public' },
        schema: {
          tags: pub,
          summary: "The room occupation page's former address: redirects to that page in the visitor's language (lang, else Accept-Language).",
          querystring: z.object({ date: shownDay, lang: z.string().max(5).optional() }),
          response: { 302: noContent.describe("To the room occupation page in the visitor's language.") },
        },
      },
      async (request, reply) => {
        const wanted = request.query.lang?.slice(0, 2);
        const locale = (LOCALES as readonly string[]).includes(wanted ?? '') ? (wanted as Locale) : request.locale;
        return reply.redirect(`${R.pathOf(locale, 'rooms')}${request.query.date ? `?date=${request.query.date}` : ''}`, 302);
      },
    );

    for (const locale of LOCALES) {
      /** The page's language, address and the institution as its settings say (an admin's change shows at once). */
      const c = async (request: FastifyRequest): Promise<R.Ctx> => ({ locale, base: base(request), inst: R.instIn(locale, await ctx.institution.get()) });
      const summary = (what: string) => `${what} (${locale}).`;
      const page = (key: R.PageKey) => R.pathOf(locale, key);
      r.get(page('home'), { config: { access: 'public' }, schema: { tags: pub, summary: summary('The home page: next events and training sessions, latest offers and news'), response: { 200: html } } }, async (request, reply) => {
        const [events, trainings, offers, news, places] = await Promise.all([upcoming(), ctx.services.trainings.publicSessions({ limit: 3 }), ctx.services.offers.offers.publicList({ limit: 3, offset: 0 }), service.contents.published('news', 3), service.places()]);
        return sendPage(request, reply, R.homePage(await c(request), { events, trainings, offers: offers.items, news, places }));
      });
      r.get(page('agenda'), { config: { access: 'public' }, schema: { tags: pub, summary: summary('The agenda: events and workshops open to the public, with their registration'), response: { 200: html } } }, async (request, reply) =>
        sendPage(request, reply, R.agendaPage(await c(request), ...(await Promise.all([upcoming(), publicTrainings()])))),
      );
      r.get(`${page('training')}/:id`, { config: { access: 'public' }, schema: { tags: pub, summary: summary('A training session open to the public: its days and how to register (gone once over, cancelled or no longer public)'), params: z.strictObject({ id: queryId }), response: { 200: html } } }, async (request, reply) =>
        orNotFound(request, reply, await c(request), async (cc) => {
          const found = await ctx.services.trainings.publicSession(request.params.id);
          if (!found) throw notFound('what.training_session');
          return R.trainingPage(cc, found, { token: newFormToken() });
        }),
      );
      /**
       * The registration form sent (a plain POST, no JavaScript): the trainings module checks and stores the request
       * (site.routes never touches its tables). Bad input: the form again with its errors (400), nothing stored; a
       * session no longer public: 404; too many from one address: 429; else the page with the reference.
       */
      r.post(
        `${page('training')}/:id`,
        {
          bodyLimit: 16 * 1024,
          config: { access: 'public' },
          schema: {
            tags: pub,
            summary: summary('A visitor asks for a place in a public training session (the form of its page, sent without JavaScript); the waiting list when full'),
            consumes: ['application/x-www-form-urlencoded'],
            params: z.strictObject({ id: queryId }),
            body: registerForm,
            // a browser (Accept: text/html) gets its errors as the form again or a page (400, 404, 429 in HTML), any
            // other client the API's problem+json, as for the site's pages
            response: { 200: html },
          },
        },
        async (request, reply) => {
          const browser = !!request.headers.accept?.includes('text/html');
          const cc = await c(request);
          const form = { ...request.body, locale };
          const again = async (status: number, errors: R.TrainingForm['errors']) => {
            const s = await ctx.services.trainings.publicSession(request.params.id);
            if (!s) return sendPage(request, reply, R.trainingClosedPage(cc), 404);
            const { token: _t, website: _w, locale: _l, ...values } = form;
            return sendPage(request, reply, R.trainingPage(cc, s, { token: newFormToken(), values, errors }), status);
          };
          try {
            const receipt = await ctx.services.trainings.requestPlace(request.ip, request.params.id, form);
            const s = await ctx.services.trainings.publicSession(request.params.id);
            if (!s) return sendPage(request, reply, R.trainingClosedPage(cc), 404);
            return sendPage(request, reply, R.trainingRequestedPage(cc, s, receipt), 200);
          } catch (e) {
            if (!(e instanceof AppError) || !browser) throw e;
            if (e.status === 404) return sendPage(request, reply, R.trainingClosedPage(cc), 404);
            if (e.status === 429) {
              if (e.extra.retryAfterSeconds) reply.header('retry-after', String(e.extra.retryAfterSeconds));
              return again(429, [{ field: 'form', code: e.code, params: e.params }]);
            }
            if (e.status === 400) return again(400, e.fields.map((f) => ({ field: f.path.replace(/^body\./, '').replace(/^token$/, 'form'), code: f.code, params: f.params })));
            throw e;
          }
        },
      );
      r.get(R.icsPath(locale), { config: { access: 'public' }, schema: { tags: pub, summary: summary('The agenda as an iCalendar feed'), response: { 200: download('ics') } } }, async (request, reply) => {
        const b = base(request);
        const cal = ical({ name: `${translate(locale, 'site.page.agenda')} · ${(await ctx.institution.get()).shortName[locale]}`, prodId: { company: 'Relais', product: 'site', language: locale.toUpperCase() }, ttl: 3600 });
        const [events, trainings] = await Promise.all([upcoming(), publicTrainings()]);
        for (const e of events) {
          cal.createEvent({
            id: `event-${e.id}@relais`,
            start: new Date(e.startsAt),
            end: new Date(e.endsAt),
            summary: R.pick(locale, e.title)?.text ?? '',
            description: R.pick(locale, e.description)?.text ?? undefined,
            location: [e.place, e.venueAddress].filter(Boolean).join(', ') || undefined,
            url: `${b}/p/events/${e.id}`,
            stamp: ctx.clock.now(),
          });
        }
        // A training over several days is one calendar entry per day (its hours differ from day to day).
        for (const s of trainings) {
          const x = R.trainingTexts(locale, s);
          for (const [i, d] of s.days.entries())
            cal.createEvent({
              id: `training-${s.id}-${d.date}@relais`,
              start: new Date(d.startsAt),
              end: new Date(d.endsAt),
              summary: s.days.length > 1 ? `${x.name.text} (${i + 1}/${s.days.length})` : x.name.text,
              description: [x.description?.text, translate(locale, 'site.training.register_online')].filter(Boolean).join('\n\n'),
              location: s.room ?? undefined,
              url: `${b}${R.pathOf(locale, 'training', s.id)}`,
              stamp: ctx.clock.now(),
            });
        }
        return reply.type('text/calendar; charset=utf-8').header('cache-control', 'public, max-age=300').send(cal.toString());
      });
      r.get(page('offers'), { config: { access: 'public' }, schema: { tags: pub, summary: summary('The job offers still valid, with a search'), querystring: offersQuery, response: { 200: html } } }, async (request, reply) => {
        const q = request.query.q?.trim() || undefined;
        const offset = ((request.query.page ?? 1) - 1) * OFFERS_PER_PAGE;
        const found = await ctx.services.offers.offers.publicList({ q, limit: OFFERS_PER_PAGE, offset });
        return sendPage(request, reply, R.offersPage(await c(request), { ...found, q }));
      });
      r.get(`${page('offers')}/:id`, { config: { access: 'public' }, schema: { tags: pub, summary: summary('One job offer, with how to apply (gone once past its validity)'), params: z.strictObject({ id: queryId }), response: { 200: html } } }, async (request, reply) =>
        orNotFound(request, reply, await c(request), async (cc) => R.offerPage(cc, await ctx.services.offers.offers.publicGet(request.params.id))),
      );
      r.get(page('directory'), { config: { access: 'public' }, schema: { tags: pub, summary: summary('The directory of partner organisations and their services, by theme, public, commune and language'), querystring: directoryQuery, response: { 200: html } } }, async (request, reply) => {
        const f = { ...request.query, q: request.query.q?.trim() || undefined };
        return sendPage(request, reply, R.directoryPage(await c(request), await service.directory(f), f));
      });
      const texts = (key: 'news' | 'publications' | 'info', kind: 'news' | 'publication' | 'page', what: string) => {
        r.get(page(key), { config: { access: 'public' }, schema: { tags: pub, summary: summary(`The ${what} online`), response: { 200: html } } }, async (request, reply) =>
          sendPage(request, reply, R.contentListPage(await c(request), key, await service.contents.published(kind))),
        );
        r.get(`${page(key)}/:slug`, { config: { access: 'public' }, schema: { tags: pub, summary: summary(`One of the ${what}`), params: slugParam, response: { 200: html } } }, async (request, reply) =>
          orNotFound(request, reply, await c(request), async (cc) => R.contentPage(cc, key, await service.contents.publishedOne(kind, request.params.slug))),
        );
      };
      texts('news', 'news', 'news items');
      texts('publications', 'publication', "Observatoire's publications (articles, videos, surveys)");
      texts('info', 'page', 'information pages');
      r.get(R.rssPath(locale), { config: { access: 'public' }, schema: { tags: pub, summary: summary('The news as an RSS feed'), response: { 200: download('xml') } } }, async (request, reply) =>
        reply.type('application/rss+xml; charset=utf-8').header('cache-control', 'public, max-age=300').send(R.rss(await c(request), await service.contents.published('news', 30))),
      );
      r.get(page('contact'), { config: { access: 'public' }, schema: { tags: pub, summary: summary("The institution's sites with their address and opening hours"), response: { 200: html } } }, async (request, reply) =>
        sendPage(request, reply, R.contactPage(await c(request), await service.places())),
      );
      r.get(
        page('rooms'),
        {
          config: { access: 'public' },
          schema: { tags: pub, summary: summary("The rooms' occupation: each room's taken slots on a day and in its week (an organisation named only when it agreed), its closures"), querystring: roomsQuery, response: { 200: html } },
        },
        async (request, reply) => {
          // through the rooms module's own function (never its tables): it decides what the public may see
          const occupation = await ctx.services.rooms.occupation(request.query.date);
          return sendPage(request, reply, R.roomsPage(await c(request), occupation, brusselsDay(ctx.clock.now())));
        },
      );
      r.get(page('privacy'), { config: { access: 'public' }, schema: { tags: pub, summary: summary('What the website counts and how, without tracking anyone'), response: { 200: html } } }, async (request, reply) =>
        sendPage(request, reply, R.privacyPage(await c(request))),
      );
    }
  },
};
