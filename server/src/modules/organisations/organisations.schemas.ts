import { z } from 'zod';
import { httpUrl, idOut, instantOut, requiredText, text } from '../../platform/http/schemas';

export const ORGANISATION_TYPES = ['public_employment', 'social_welfare', 'training', 'employer', 'association', 'public_service', 'other'] as const;

export const organisationBody = z.strictObject({
  name: requiredText(200),
  type: z.enum(ORGANISATION_TYPES),
  address: text(300).nullable().optional(),
  postalCode: z.string().regex(/^\d{4}$/, 'error.postal_code_invalid').nullable().optional(),
  phone: text(50).nullable().optional(),
  email: z.string().trim().email().max(200).nullable().optional(),
  website: httpUrl(300).nullable().optional(),
  contactName: text(200).nullable().optional(),
  services: text(2000).nullable().optional(),
  isInternalPartner: z.boolean().optional(),
  active: z.boolean().optional(),
});
export const organisationPatch = organisationBody.partial();
export const organisationsQuery = z.strictObject({ q: z.string().max(100).optional(), all: z.enum(['true', 'false']).optional() });

// --- answers ---------------------------------------------------------------------------------------

const nullable = z.string().nullable();
export const organisationSchema = z
  .object({
    id: idOut,
    name: z.string(),
    type: z.enum(ORGANISATION_TYPES).or(z.string()),
    address: nullable,
    postalCode: nullable,
    phone: nullable,
    email: nullable,
    website: nullable,
    contactName: nullable,
    services: nullable,
    isInternalPartner: z.boolean(),
    active: z.boolean(),
    createdAt: instantOut,
    updatedAt: instantOut,
  })
  .meta({ id: 'Organisation', description: 'A partner organisation (Actiris, CPAS, Mission Locale, training bodies, employers...).' });
export const organisationsAnswer = z.object({ items: z.array(organisationSchema) }).meta({ id: 'Organisations' });
