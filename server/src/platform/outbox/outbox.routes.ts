import { z } from 'zod';
import { typed, type RelaisModule } from '../module';
import { idParam, idOut, instantOut, pagination } from '../http/schemas';
import { permissionsOf } from '../auth/roles';
import { addMessages, hasMessage, translate } from '../i18n/messages';
import { OUTBOX_STATUSES } from './outbox.table';
import type { OutboxRow } from './outbox.service';

addMessages({
  fr: {
    'what.message': 'message',
    'error.outbox.not_waiting': "Ce message n'attend plus d'être envoyé.",
    'error.outbox.cannot_retry': 'Ce message ne peut pas être renvoyé par e-mail (pas d’adresse, ou pas de serveur de courrier).',
  },
  nl: {
    'what.message': 'bericht',
    'error.outbox.not_waiting': 'Dit bericht wacht niet meer om verstuurd te worden.',
    'error.outbox.cannot_retry': 'Dit bericht kan niet opnieuw per e-mail verstuurd worden (geen adres of geen mailserver).',
  },
  en: {
    'what.message': 'message',
    'error.outbox.not_waiting': 'This message no longer waits to be sent.',
    'error.outbox.cannot_retry': 'This message cannot be e-mailed again (no address, or no mail server).',
  },
});

export const outboxMessageSchema = z
  .object({
    id: idOut,
    createdAt: instantOut,
    purpose: z.string(),
    /** what the message is, in the reader's language */
    purposeLabel: z.string(),
    entityType: z.string().nullable(),
    entityId: z.string().nullable(),
    toName: z.string().nullable(),
    toEmail: z.string().nullable(),
    toPhone: z.string().nullable(),
    locale: z.string(),
    subject: z.string(),
    body: z.string(),
    status: z.enum(OUTBOX_STATUSES),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    sentAt: instantOut.nullable(),
    handledAt: instantOut.nullable(),
  })
  .meta({ id: 'OutboxMessage', description: 'A message to someone: sent by e-mail, or waiting for staff to send it by hand.' });

/** The staff's list of messages: what was sent, and what waits to be called or sent by hand. */
export const outboxModule: RelaisModule = {
  name: 'outbox',
  async register(app, ctx) {
    const { outbox } = ctx;
    ctx.jobs.register({ name: 'outbox.send', schedule: { everyMinutes: 1 }, run: async () => void (await outbox.sendPending()) });
    const r = typed(app);
    const tags = ['outbox'];
    const present = (m: OutboxRow, locale: 'fr' | 'nl' | 'en') => ({
      ...m,
      createdAt: m.createdAt.toISOString(),
      sentAt: m.sentAt?.toISOString() ?? null,
      handledAt: m.handledAt?.toISOString() ?? null,
      purposeLabel: hasMessage(`outbox.purpose.${m.purpose}`) ? translate(locale, `outbox.purpose.${m.purpose}`) : m.purpose,
    });
    const mine = (roles: readonly string[]) => permissionsOf(roles as never);

    r.get(
      '/api/outbox',
      {
        config: { access: 'staff' },
        schema: {
          tags,
          summary: 'The messages the user may see (those of their work), by status: waiting to be sent by hand, failed, sent.',
          querystring: z.strictObject({ status: z.array(z.enum(OUTBOX_STATUSES)).or(z.enum(OUTBOX_STATUSES).transform((s) => [s])).optional(), ...pagination }),
          response: { 200: z.object({ items: z.array(outboxMessageSchema), total: z.number().int(), waiting: z.number().int(), emailEnabled: z.boolean() }) },
        },
      },
      async (request) => {
        const permissions = mine(request.user!.roles);
        const [list, waiting] = await Promise.all([
          outbox.list({ permissions, status: request.query.status, limit: request.query.limit, offset: request.query.offset }),
          outbox.waiting(permissions),
        ]);
        return { items: list.items.map((m) => present(m, request.locale)), total: list.total, waiting, emailEnabled: outbox.emailEnabled };
      },
    );
    r.post(
      '/api/outbox/:id/done',
      { config: { access: 'staff' }, schema: { tags, summary: 'Marks a message as sent by hand (called, posted or e-mailed by staff).', params: idParam, response: { 200: outboxMessageSchema } } },
      async (request) => present(await outbox.markDone(request.actor, request.params.id, mine(request.user!.roles)), request.locale),
    );
    r.post(
      '/api/outbox/:id/retry',
      { config: { access: 'staff' }, schema: { tags, summary: 'Tries a failed e-mail again.', params: idParam, response: { 200: outboxMessageSchema } } },
      async (request) => present(await outbox.retry(request.actor, request.params.id, mine(request.user!.roles)), request.locale),
    );
  },
};
