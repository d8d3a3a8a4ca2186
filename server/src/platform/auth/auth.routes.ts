import { z } from 'zod';
import type { RelaisModule } from '../module';
import { typed } from '../module';
import { SESSION_COOKIE } from './cookie';
import { allPermissions, permissionsOf, ROLES, type Role } from './roles';
import { idOut, idParam, instantOut, requiredText } from '../http/schemas';
import { noContent } from '../http/contract';
import { asJson } from '../http/json';
import { platformPermissions as can } from './auth.permissions';
import type { PublicUser } from './auth.service';

const locale = z.enum(['fr', 'nl', 'en']);
const email = z.string().trim().toLowerCase().email().max(200);

/** An account as the administrator sees it (never its password hash). */
const userSchema = z
  .object({
    id: idOut,
    email: z.string(),
    name: z.string(),
    roles: z.array(z.enum(ROLES)),
    locale,
    active: z.boolean(),
    mustChangePassword: z.boolean(),
    createdAt: instantOut,
    updatedAt: instantOut,
    lastLoginAt: instantOut.nullable(),
    /** the last time an administrator set the password, and who */
    passwordResetAt: instantOut.nullable(),
    passwordResetBy: z.string().nullable(),
  })
  .meta({ id: 'User', description: 'A staff account: its roles, language and state.' });
const userOut = (u: PublicUser) => ({ ...asJson(u), roles: u.roles as Role[], locale: u.locale as z.infer<typeof locale> });
/** Who just logged in (or was set up): what the session needs first. */
const sessionUser = z.object({ id: idOut, email: z.string(), name: z.string(), roles: z.array(z.enum(ROLES)), locale, mustChangePassword: z.boolean() });
const sessionUserOut = (u: PublicUser) => ({ id: u.id, email: u.email, name: u.name, roles: u.roles as Role[], locale: u.locale as z.infer<typeof locale>, mustChangePassword: u.mustChangePassword });

export const authModule: RelaisModule = {
  name: 'auth',
  async register(app, ctx) {
    const { auth } = ctx;
    const r = typed(app);
    const secure = ctx.config.PUBLIC_URL?.startsWith('https://') ?? false;

    /** Whether the installation still needs its first administrator. */
    r.get(
      '/api/setup',
      { config: { access: 'public' }, schema: { tags: ['auth'], summary: 'Whether the installation still needs its first administrator.', response: { 200: z.object({ needsSetup: z.boolean() }) } } },
      async () => ({
        needsSetup: (await auth.userCount()) === 0,
      }),
    );

    r.post(
      '/api/setup',
      {
        config: { access: 'public' },
        schema: {
          tags: ['auth'],
          summary: 'Creates the first administrator with the setup code printed at the first start.',
          body: z.strictObject({ token: z.string().max(100), email, name: requiredText(200), password: z.string().max(200), locale: locale.optional() }),
          response: { 201: userSchema },
        },
      },
      async (request, reply) => {
        const user = await auth.setup(request.body, request.ip);
        return reply.code(201).send(userOut(user));
      },
    );

    r.post(
      '/api/auth/login',
      {
        config: { access: 'public' },
        schema: {
          tags: ['auth'],
          summary: 'Logs in: sets the session cookie (HttpOnly, SameSite=Strict). Too many failures slow the account and address down (429).',
          body: z.strictObject({ email: z.string().trim().max(200), password: z.string().max(200) }),
          response: { 200: z.object({ user: sessionUser }) },
        },
      },
      async (request, reply) => {
        const { token, expiresAt, user } = await auth.login(request.body, { ip: request.ip, userAgent: request.headers['user-agent'] });
        reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure, path: '/', expires: expiresAt });
        return { user: sessionUserOut(user) };
      },
    );

    r.post(
      '/api/auth/logout',
      { config: { access: 'public' }, schema: { tags: ['auth'], summary: 'Logs out: ends the session and clears its cookie.', response: { 204: noContent } } },
      async (request, reply) => {
        if (request.sessionToken) await auth.logout(request.sessionToken);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.code(204).send();
      },
    );

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
      { config: { access: 'account' }, schema: { tags: ['auth'], summary: 'Who is logged in, in which language, what they may do, and who last reset their password.', response: { 200: meAnswer } } },
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
        config: { access: 'account' },
        schema: {
          tags: ['auth'],
          summary: "Changes one's own password (the current session stays, the others end).",
          body: z.strictObject({ currentPassword: z.string().max(200), newPassword: z.string().max(200) }),
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        await auth.changeOwnPassword(request.actor, request.body, request.sessionToken ?? undefined);
        return reply.code(204).send();
      },
    );

    r.put(
      '/api/auth/locale',
      { config: { access: 'account' }, schema: { tags: ['auth'], summary: "Saves one's language (the interface and the exports follow it).", body: z.strictObject({ locale }), response: { 204: noContent } } },
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
    const users = ['users'];
    r.get(
      '/api/users',
      { config: { access: can.manageUsers }, schema: { tags: users, summary: 'Lists the staff accounts.', response: { 200: z.object({ items: z.array(userSchema) }) } } },
      async () => ({ items: (await auth.listUsers()).map(userOut) }),
    );
    r.get(
      '/api/users/:id',
      { config: { access: can.manageUsers }, schema: { tags: users, summary: 'One staff account.', params: idParam, response: { 200: userSchema } } },
      async (request) => userOut(await auth.getUser(request.params.id)),
    );
    r.post(
      '/api/users',
      {
        config: { access: can.manageUsers },
        schema: {
          tags: users,
          summary: 'Creates a staff account (no account is administrator and social worker at once).',
          body: userBody.extend({ password: z.string().max(200), mustChangePassword: z.boolean().optional() }),
          response: { 201: userSchema },
        },
      },
      async (request, reply) => reply.code(201).send(userOut(await auth.createUser(request.actor, request.body))),
    );
    r.patch(
      '/api/users/:id',
      {
        config: { access: can.manageUsers },
        schema: {
          tags: users,
          summary: "Changes an account's name, e-mail, roles, language or whether it is active (nobody gives their own account a role).",
          params: idParam,
          body: userBody.partial().extend({ active: z.boolean().optional() }),
          response: { 200: userSchema },
        },
      },
      async (request) => userOut(await auth.updateUser(request.actor, request.params.id, request.body)),
    );
    r.post(
      '/api/users/:id/password',
      {
        config: { access: can.manageUsers },
        schema: {
          tags: users,
          summary: "Resets an account's password: its sessions end, and its holder must choose a new one and is told who reset it and when.",
          params: idParam,
          body: z.strictObject({ password: z.string().max(200) }),
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        await auth.resetPassword(request.actor, request.params.id, request.body.password);
        return reply.code(204).send();
      },
    );
  },
};
