import type { ReferenceCache } from '../../platform/db/reference-cache';
import { configurableList } from '../../platform/lists';
import { socialdeskCategories } from './socialdesk.table';
import type { SocialdeskDeps } from './socialdesk.core';

/** The configurable problem categories: a list of the platform (platform/lists), on the social desk's table and catalog. */
export function createSocialdeskCategoryList(deps: Pick<SocialdeskDeps, 'db' | 'audit' | 'clock'> & { referenceCache: ReferenceCache }) {
  return configurableList({ db: deps.db, audit: deps.audit, clock: deps.clock, referenceCache: deps.referenceCache, table: socialdeskCategories, entity: 'socialdesk.category', what: 'what.category', codeTaken: 'error.socialdesk.category_code_taken' });
}
