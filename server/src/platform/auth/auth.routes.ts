import { z } from 'zod';
import type { RelaisModule } from '../module';
import { typed } from '../module';
import { SESSION_COOKIE } from './cookie';
import { allPermissions, permissionsOf, ROLES } from './roles';
import { idParam, instantOut, requiredText } from '../http/schemas';

const locale = z.enum(['fr', 'nl', 'en']);
const email = z.string().trim().toLowerCase().email().max(200);

export const authModule: RelaisModule = {
  name: 'auth',
  async register(app, ctx) {
    const { auth } = ctx;
    const r = typed(app);
    const secure = ctx.config.PUBLIC_URL?.startsWith('https://') ?? false;

    /** Whether the installation still needs its first administrator. */
    r.get('/api/setup', { config: { access: 'public' }, schema: { tags: ['auth'] } }, async () => ({
      needsSetup: (await auth.userCount()) === 0,
    }));

    r.post(
      '/api/setup',
      {
        config: { access: 'public' },
        schema: {
          tags: ['auth'],
          body: z.strictObject({ token: z.string().max(100), email, name: requiredText(200), password: z.string().max(200), locale: locale.optional() }),
        },
      },
      async (request, reply) => {
        const user = await auth.setup(request.body, request.ip);
        return reply.code(201).send(user);
      },
    );

    r.post(
      '/api/auth/login',
      {
        config: { access: 'public' },
        schema: { tags: ['auth'], body: z.strictObject({ email: z.string().trim().max(200), password: z.string().max(200) }) },
      },
      async (request, reply) => {
        const { token, expiresAt, user } = await auth.login(request.body, { ip: request.ip, userAgent: request.headers['user-agent'] });
        reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure, path: '/', expires: expiresAt });
        return { user };
      },
    );

    r.post('/api/auth/logout', { config: { access: 'public' }, schema: { tags: ['auth'] } }, async (request, reply) => {
      if (request.sessionToken) await auth.logout(request.sessionToken);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send();
    });

    // What the user may do travels with who they are: the web shows what these permissions allow and copies no role list.
    // The permission names are those the modules defined (all loaded before the app is built). With them, the last
    // reset of the password by an administrator (who and when), which the home page shows.
    const permissionKey = z.enum(allPermissions().map((p) => p.key) as [string, ...string[]]);
    const meAnswer = z.object({
      user: z.object({
        id: z.number().int(),
        email: z.string(),
        name: z.string(),
        roles: z.array(z.enum(ROLES)),
        locale,
        mustChangePassword: z.boolean(),
        permissions: z.array(permissionKey),
      }),
      passwordReset: z.object({ by: z.string(), at: instantOut }).nullable(),
    });
    r.get(
      '/api/auth/me',
      { config: { access: 'staff' }, schema: { tags: ['auth'], summary: 'Who is logged in, in which language, what they may do, and who last reset their password.', response: { 200: meAnswer } } },
      async (request) => {
        const reset = await auth.passwordResetNotice(request.user!.id);
        return {
          user: { ...request.user!, permissions: permissionsOf(request.user!.roles) },
          passwordReset: reset ? { by: reset.by, at: reset.at.toISOString() } : null,
        };
      },
    );

    r.post(
      '/api/auth/password',
      {
        config: { access: 'staff' },
        schema: { tags: ['auth'], body: z.strictObject({ currentPassword: z.string().max(200), newPassword: z.string().max(200) }) },
      },
      async (request, reply) => {
        await auth.changeOwnPassword(request.actor, request.body, request.sessionToken ?? undefined);
        return reply.code(204).send();
      },
    );

    r.put(
      '/api/auth/locale',
      { config: { access: 'staff' }, schema: { tags: ['auth'], body: z.strictObject({ locale }) } },
      async (request, reply) => {
        await auth.setOwnLocale(request.user!.id, request.body.locale);
        return reply.code(204).send();
      },
    );

    // User administration (admin only).
    const userBody = z.strictObject({
      email,
      name: requiredText(200),
      roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
      locale: locale.optional(),
    });
    r.get('/api/users', { config: { access: ['admin'] }, schema: { tags: ['users'] } }, async () => ({ items: await auth.listUsers() }));
    r.get('/api/users/:id', { config: { access: ['admin'] }, schema: { tags: ['users'], params: idParam } }, async (request) =>
      auth.getUser(request.params.id),
    );
    r.post(
      '/api/users',
      { config: { access: ['admin'] }, schema: { tags: ['users'], body: userBody.extend({ password: z.string().max(200), mustChangePassword: z.boolean().optional() }) } },
      async (request, reply) => reply.code(201).send(await auth.createUser(request.actor, request.body)),
    );
    r.patch(
      '/api/users/:id',
      {
        config: { access: ['admin'] },
        schema: { tags: ['users'], params: idParam, body: userBody.partial().extend({ active: z.boolean().optional() }) },
      },
      async (request) => auth.updateUser(request.actor, request.params.id, request.body),
    );
    r.post(
      '/api/users/:id/password',
      {
        config: { access: ['admin'] },
        schema: { tags: ['users'], params: idParam, body: z.strictObject({ password: z.string().max(200) }) },
      },
      async (request, reply) => {
        await auth.resetPassword(request.actor, request.params.id, request.body.password);
        return reply.code(204).send();
      },
    );
  },
};
