import type { SQL } from 'drizzle-orm';
import type { Memo } from './stats';
import { allows, PEOPLE_READERS, type Access, type Role } from './auth/roles';

/**
 * "Nombre de personnes touchées": each activity module says, for a year, whom it reached.
 * The observatory adds the lines up and computes the distinct people across all activities
 * (a person met at the desk and in a training counts once) from the `personIds` queries.
 *
 * Who may list the people behind a line is declared here, by the module that owns the line, and decided
 * in one place (`ReachRegistry.mayListPeople`): what is known at the social desk stays with the social desk,
 * whichever route asks.
 */
export interface ReachSource {
  /** stable key, e.g. 'social_desk', 'epn', 'training:12' */
  key: string;
  /** UI catalog key of the line's label */
  labelKey: string;
  /** what the main figure counts */
  unit: 'distinct_people' | 'participations';
  /**
   * Who may list the identified people behind this source's lines: the read permission of the module
   * that owns them (its own drill-down's access). Holding it is needed on top of reading people.
   */
  peopleAccess: Access;
  /**
   * The lines this source gives for a year (a module may give several, e.g. one per training programme). `memo` is
   * the request's: a module that reads the same statistics for its report section takes them from it (computed once).
   */
  lines(year: number, memo?: Memo): Promise<ReachLine[]>;
}

export interface ReachLine {
  key: string;
  labelKey: string;
  /** a label given by the data itself (e.g. a programme's name), shown instead of labelKey's text when set */
  label?: string;
  unit: 'distinct_people' | 'participations';
  /** the figure of the line, in its unit */
  value: number;
  /** distinct identified people, and participations (visits, attendances), when the module knows them */
  distinctPeople?: number;
  participations?: number;
  /** anonymous participations (no person record), counted in `participations` */
  anonymous?: number;
  /** SELECT returning one column `person_id` of the identified people reached that year (for the distinct total) */
  personIds?: SQL;
  /** narrows the source's `peopleAccess` for this line (never widens it: both must allow) */
  peopleAccess?: Access;
}

/** A line as the registry hands it out: with the access of the source it comes from. */
export interface OwnedReachLine extends ReachLine {
  source: string;
  sourceAccess: Access;
}

export class ReachRegistry {
  private readonly sources: ReachSource[] = [];
  register(source: ReachSource) {
    if (this.sources.some((s) => s.key === source.key)) throw new Error(`reach source ${source.key} registered twice`);
    this.sources.push(source);
  }
  all(): readonly ReachSource[] {
    return this.sources;
  }

  /** Every line of a year, in registration order, each with the access its source declared. */
  async lines(year: number, memo?: Memo): Promise<OwnedReachLine[]> {
    const perSource = await Promise.all(this.sources.map(async (s) => (await s.lines(year, memo)).map((l) => ({ ...l, source: s.key, sourceAccess: s.peopleAccess }))));
    return perSource.flat();
  }

  /**
   * The one rule for listing who a line counts: the line has identified people, the caller may read people,
   * and the caller holds the read permission of the module that owns the line (and the line's own, if it
   * narrows it).
   */
  static mayListPeople(line: OwnedReachLine, roles: readonly Role[] | undefined): boolean {
    if (!line.personIds || !roles) return false;
    return allows(PEOPLE_READERS, roles) && allows(line.sourceAccess, roles) && (line.peopleAccess === undefined || allows(line.peopleAccess, roles));
  }
}
