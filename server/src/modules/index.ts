import type { RelaisModule } from '../platform/module';
import { healthModule } from '../platform/health.routes';
import { authModule } from '../platform/auth/auth.routes';
import { auditModule } from '../platform/audit/audit.routes';
import { sitesModule } from './sites/sites.routes';
import { organisationsModule } from './organisations/organisations.routes';
import { peopleModule } from './people/people.routes';

/**
 * Every module, in dependency order: a module may use the services of those before it
 * (ctx.services), never their tables. See docs/ARCHITECTURE.md.
 */
export const modules: RelaisModule[] = [healthModule, authModule, auditModule, sitesModule, organisationsModule, peopleModule];
