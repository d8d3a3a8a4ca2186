import type { ApiClient } from './api';

/** What a test gives of a new person: a name, and any other field of POST /api/people. */
export interface NewPerson {
  firstName: string;
  lastName: string;
  [field: string]: unknown;
}

/** A person of the registry as POST /api/people answers (the fields a test reads most). */
export interface CreatedPerson {
  id: number;
  firstName: string;
  lastName: string;
}

/**
 * Adds a person to the registry through the API, as the client's user (reception, a social worker, the admin...).
 * The one person builder of the browser tests: a look-alike of someone already there is made on purpose
 * (`confirmNotDuplicate`), so the seed never stops on the duplicate warning.
 */
export function createPerson<T extends { id: number } = CreatedPerson>(api: ApiClient, person: NewPerson): Promise<T> {
  return api.post<T>('/api/people', { confirmNotDuplicate: true, ...person });
}
