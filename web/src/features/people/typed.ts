/** What a search typed by the user says of the person: a birth date, a phone number, a first name and a last name. */
export interface TypedFields {
  firstName?: string;
  lastName?: string;
  birthDate?: string;
  phone?: string;
}

/**
 * The fields of a new person read from what was typed in a search ("Karim Zerrouki 12/04/1990"), so that a name
 * typed to look for someone does not have to be typed again to create them (people's form, the front desk).
 */
export function fieldsFromTyped(typed: string): TypedFields {
  const out: TypedFields = {};
  let rest = ` ${typed} `;
  const dmy = rest.match(/\s(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s/);
  const ymd = rest.match(/\s(\d{4})-(\d{2})-(\d{2})\s/);
  if (dmy) {
    out.birthDate = `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}`;
    rest = rest.replace(dmy[0], ' ');
  } else if (ymd) {
    out.birthDate = `${ymd[1]}-${ymd[2]}-${ymd[3]}`;
    rest = rest.replace(ymd[0], ' ');
  }
  const phone = rest.match(/\s(\+?[\d][\d\s()./-]{4,}\d)\s/);
  if (phone && phone[1].replace(/\D/g, '').length >= 6) {
    out.phone = phone[1].trim();
    rest = rest.replace(phone[1], ' ');
  }
  const words = rest.trim().split(/\s+/).filter(Boolean);
  if (words.length === 1) out.lastName = words[0];
  else if (words.length > 1) {
    out.firstName = words[0];
    out.lastName = words.slice(1).join(' ');
  }
  return out;
}
