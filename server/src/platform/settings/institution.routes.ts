import { typed, type RelaisModule } from '../module';
import { download, noContent } from '../http/contract';
import { platformPermissions as can } from '../auth/auth.permissions';
import { notFound } from '../http/errors';
import { imageHeaders } from '../images';
import { institutionBody, institutionSchema, logoBody, LOGO_PATH } from './institution';

/**
 * The institution's settings: anyone reads them (the public pages show its name, address and logo), the admin
 * edits them (`institution.manage`).
 */
export const institutionModule: RelaisModule = {
  name: 'institution',
  async register(app, ctx) {
    const { institution } = ctx;
    const r = typed(app);
    const tags = ['institution'];
    r.get(
      '/api/institution',
      { config: { access: 'public' }, schema: { tags, summary: 'The institution running this installation: names, address, contacts, logo address, certificate issuer.', response: { 200: institutionSchema } } },
      async () => institution.get(),
    );
    r.put(
      '/api/institution',
      { config: { access: can.manageInstitution }, schema: { tags, summary: "Sets the institution's names, address, contacts and certificate issuer.", body: institutionBody, response: { 200: institutionSchema } } },
      async (request) => institution.save(request.actor, request.body),
    );
    r.put(
      LOGO_PATH,
      {
        bodyLimit: 400 * 1024,
        config: { access: can.manageInstitution },
        schema: { tags, summary: "Sets the institution's logo (PNG, JPEG or plain SVG, base64, 200 KB at most).", body: logoBody, response: { 200: institutionSchema } },
      },
      async (request) => institution.setLogo(request.actor, request.body),
    );
    r.delete(
      LOGO_PATH,
      { config: { access: can.manageInstitution }, schema: { tags, summary: "Removes the institution's logo.", response: { 204: noContent } } },
      async (request, reply) => {
        await institution.removeLogo(request.actor);
        return reply.code(204).send();
      },
    );
    r.get(
      LOGO_PATH,
      { config: { access: 'public' }, schema: { tags, summary: "The institution's logo (its address changes with the image: cached a year).", response: { 200: download('png', 'jpeg', 'svg') } } },
      async (_request, reply) => {
        const logo = await institution.logo();
        if (!logo) throw notFound('what.logo');
        // An SVG opened on its own runs nothing either.
        return reply.headers(imageHeaders(logo.contentType, logo.hash)).send(logo.bytes as never);
      },
    );
  },
};
