import { z } from 'zod';
import { idOut, instantOut, requiredText } from '../http/schemas';

/** The code of a list item: 2 to 40 lower-case letters, digits or _ (the message key when it is not). */
export const listCode = (message = 'error.code_invalid') => z.string().trim().regex(/^[a-z0-9_]{2,40}$/, message);

const labels = {
  labelFr: requiredText(120),
  labelNl: requiredText(120),
  labelEn: requiredText(120),
  sortOrder: z.number().int().min(0).max(10_000).optional(),
};
/** A new item: its code and its labels in the three languages (and its place in the list). */
export const listItemBody = z.strictObject({ code: listCode(), ...labels });
/** A change: new labels, another place, or retired (`active: false`) and back; the code never changes. */
export const listItemPatch = z.strictObject({ ...labels, active: z.boolean() }).partial();
export type ListItemInput = z.infer<typeof listItemBody>;
export type ListItemPatch = z.infer<typeof listItemPatch>;

export const listAllQuery = z.strictObject({ all: z.enum(['true', 'false']).optional() });

const labelsOut = { labelFr: z.string(), labelNl: z.string(), labelEn: z.string() };
/** An item as the API answers it, named in the OpenAPI document by `id` (e.g. FrontdeskReason). */
export const listItemSchema = (id: string, description: string) =>
  z.object({ id: idOut, code: z.string(), ...labelsOut, sortOrder: z.number().int(), active: z.boolean(), createdAt: instantOut }).meta({ id, description });
export type ListItemOut = { id: number; code: string; labelFr: string; labelNl: string; labelEn: string; sortOrder: number; active: boolean; createdAt: string };
