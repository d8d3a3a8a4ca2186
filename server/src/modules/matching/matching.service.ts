import type { MatchingDeps } from './matching.core';
import { createMatchingCore } from './matching.core';
import { createMatchingProfiles } from './matching.profiles';
import { createMatchingMatches } from './matching.matches';
import { createMatchingCircles } from './matching.circles';
import { createMatchingStats } from './matching.stats';

export type MatchingService = ReturnType<typeof createMatchingService>;

/** Blind-hiring matching and referral circles (see matching.profiles.ts, matching.matches.ts, matching.circles.ts, matching.stats.ts). */
export function createMatchingService(ctx: MatchingDeps) {
  const core = createMatchingCore(ctx);
  const profiles = createMatchingProfiles({ ...ctx, core });
  const matches = createMatchingMatches({ ...ctx, core, profiles });
  const circles = createMatchingCircles({ ...ctx, core });
  const stats = createMatchingStats(ctx);
  return { core, profiles, matches, circles, stats };
}
