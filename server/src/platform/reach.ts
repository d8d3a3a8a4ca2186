import type { SQL } from 'drizzle-orm';

/**
 * "Nombre de personnes touchées": each activity module says, for a year, whom it reached.
 * The observatory adds the lines up and computes the distinct people across all activities
 * (a person met at the desk and in a training counts once) from the `personIds` queries.
 */
export interface ReachSource {
  /** stable key, e.g. 'social_desk', 'epn', 'training:12' */
  key: string;
  /** UI catalog key of the line's label */
  labelKey: string;
  /** what the main figure counts */
  unit: 'distinct_people' | 'participations';
  /** The lines this source gives for a year (a module may give several, e.g. one per training programme). */
  lines(year: number): Promise<ReachLine[]>;
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
}

export class ReachRegistry {
  private readonly sources: ReachSource[] = [];
  register(source: ReachSource) {
    this.sources.push(source);
  }
  all(): readonly ReachSource[] {
    return this.sources;
  }
}
