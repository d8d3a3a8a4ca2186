import { definePermission } from '../../platform/auth/roles';

/** Who finds and opens people, who records them, who merges duplicates, who answers GDPR requests. */
export const peoplePermissions = {
  read: definePermission('people.read', ['admin', 'director', 'reception', 'social_worker', 'trainer', 'project_officer']),
  write: definePermission('people.write', ['admin', 'reception', 'social_worker', 'trainer', 'project_officer']),
  /** the people who handle duplicates at the desk, and the administrator (the director reads but does not edit records) */
  merge: definePermission('people.merge', ['admin', 'reception', 'social_worker']),
  /** erasure and the retention review */
  gdpr: definePermission('people.gdpr', ['admin', 'director']),
  /** a person's own data (GDPR access): the GDPR officers, and the social worker, who alone may include confidential notes */
  export: definePermission('people.export', ['admin', 'director', 'social_worker']),
  exportConfidential: definePermission('people.export_confidential', ['social_worker']),
};
