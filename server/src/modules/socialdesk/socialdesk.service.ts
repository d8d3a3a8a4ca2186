import type { ModuleContext } from '../../platform/module';
import { createSocialdeskCore, type SocialdeskDeps } from './socialdesk.core';
import { createSocialdeskCategoryList } from './socialdesk.categories';
import { createSocialdeskInterviews } from './socialdesk.interviews';
import { createSocialdeskNotes } from './socialdesk.notes';
import { createSocialdeskFollowups } from './socialdesk.followups';
import { createSocialdeskFigures } from './socialdesk.figures';
import { createSocialdeskStats } from './socialdesk.stats';
import { createSocialdeskHooks } from './socialdesk.hooks';

export { AGE_CLASSES, ageClass, canReadConfidential, CONFIDENTIAL_ROLE } from './socialdesk.core';
export type { AgeClass, Category, InterviewRow } from './socialdesk.core';
export type { NoShowFigures, NoShowSource } from './socialdesk.stats';

export type SocialdeskService = ReturnType<typeof createSocialdeskService>;

/** The social desk service: categories, interviews, confidential notes, follow-ups, statistics, each in its own file, composed here. */
export function createSocialdeskService(ctx: ModuleContext) {
  const deps: SocialdeskDeps = {
    db: ctx.db,
    clock: ctx.clock,
    audit: ctx.audit,
    sites: ctx.services.sites,
    organisations: ctx.services.organisations,
    people: ctx.services.people,
  };
  const categoryList = createSocialdeskCategoryList({ ...deps, referenceCache: ctx.referenceCache });
  const core = createSocialdeskCore({ ...deps, categoryList });
  const figures = createSocialdeskFigures({ ...deps, core });
  return {
    /** The problem categories (their service and their routes). */
    categoryList,
    categories: categoryList.items,
    ...createSocialdeskInterviews({ ...deps, core }),
    ...createSocialdeskNotes({ ...deps, core }),
    ...createSocialdeskFollowups({ ...deps, core }),
    ...createSocialdeskStats({ ...deps, core, figures, categories: categoryList.items }),
    ...createSocialdeskHooks({ ...deps, core, figures }),
  };
}
