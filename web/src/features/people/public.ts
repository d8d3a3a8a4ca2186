/**
 * What the people feature offers the other features: one way to find and pick a person of the registry.
 *
 *   const [person, setPerson] = useState<PersonHit | null>(null);
 *   <PersonPicker label={t('form.person')} value={person} onChange={setPerson} />
 *
 * A search hit (`PersonHit`) tells name, birth date and commune only; open the record with `usePerson`.
 */
export { usePersonSearch, usePerson, personName, type PersonHit, type PeopleSearch } from './api';
export { PersonPicker, useHitLabel, type PersonPickerProps, type PickedPersonState } from './PersonPicker';
export { fieldsFromTyped, type TypedFields } from './typed';
