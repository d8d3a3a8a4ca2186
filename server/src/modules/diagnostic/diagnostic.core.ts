import { sql } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import type { SessionUser } from '../../platform/auth/auth.service';
import type { Db } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import type { AuditService } from '../../platform/audit/audit.service';
import { AREAS, type Area, type EngineItem } from './diagnostic.engine';
import { type diagnosticItems, diagnosticSessions, ITEM_KINDS } from './diagnostic.table';

/** What the diagnostic's parts share: the database, the clock, the audit log, the earlier modules' services. */
export interface DiagnosticDeps {
  db: Db;
  clock: Clock;
  audit: AuditService;
  auth: ModuleContext['auth'];
  services: ModuleContext['services'];
}

export type Texts = { fr: string; nl: string; en: string };
export interface ItemContent {
  pictogram: string;
  prompt: Texts;
  scene: string | null;
  task: string | null;
  options: { key: string; pictogram: string; label: Texts }[];
  dragLabel: Texts | null;
}
export interface ItemAnswerKey {
  key?: string;
  accept?: string[];
  caseSensitive?: boolean;
}
export type ItemRow = typeof diagnosticItems.$inferSelect & { content: ItemContent; answer: ItemAnswerKey };
export type SessionRow = typeof diagnosticSessions.$inferSelect;
export type AreaLevels = { area: Area; level: number; asked: number; correct: number }[];

export { hashLinkToken as hashToken, newLinkToken as newToken } from '../../platform/private-links';

export const toEngineItem = (i: ItemRow): EngineItem => ({ code: i.code, area: i.area, level: i.level, difficulty: i.difficulty, kind: i.kind, choices: i.content.options.length });

/** The item as the taker sees it: never its answer. */
export const presentItem = (i: ItemRow) => ({
  code: i.code,
  area: i.area,
  kind: i.kind,
  pictogram: i.content.pictogram,
  prompt: i.content.prompt,
  scene: i.content.scene,
  task: i.content.task,
  options: i.content.options,
  dragLabel: i.content.dragLabel,
});

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** Whether a response answers an item rightly (null: "I don't know"). */
export function isRight(item: ItemRow, response: string | null): boolean {
  if (response === null) return false;
  if (item.kind === 'type') {
    const r = response.replace(/\s+/g, ' ').trim();
    return (item.answer.accept ?? []).some((a) => (item.answer.caseSensitive ? a === r : fold(a) === fold(r)));
  }
  return response === item.answer.key;
}

/** The ids a viewer may see, decided by the database (a partner account: its organisation's only). */
export const visibleTo = (viewer: Pick<SessionUser, 'id'>) => sql`${diagnosticSessions.id} in (select diagnostic_visible_sessions(${viewer.id}))`;

export const isPartner = (viewer: Pick<SessionUser, 'roles'>) => viewer.roles.includes('partner');

export const levelsOf = (s: SessionRow): AreaLevels | null => (s.levels ? (s.levels as AreaLevels) : null);

export { AREAS, ITEM_KINDS };
