import { Button, Combobox, Group, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useId, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { formatDate } from '../../app/i18n';
import { useCommuneName, usePersonSearch, type PersonHit } from './api';
import './i18n';

/** What the new-person form hands back to the page that asked for it (location state), so that its picker selects the person. */
export interface PickedPersonState {
  pickedPerson?: PersonHit;
}

export interface PersonPickerProps {
  /** the visible label of the search box ("Person", "Participant"...) */
  label: string;
  value: PersonHit | null;
  onChange(person: PersonHit | null): void;
  description?: string;
  error?: string;
  /** people not to offer (the record being merged...) */
  exclude?: number[];
  /**
   * "Create this person": by default the new-person form opens with what was typed (name, phone or birth date)
   * and comes back here with the person picked; give a function to create in place instead.
   */
  onCreate?: (typed: string) => void;
  /** offer "create this person" (true by default, for those who may record people) */
  allowCreate?: boolean;
  autoFocus?: boolean;
  /** how many people to offer (8 by default) */
  limit?: number;
}

/** One line about a person: "Hélène Dubois · 12/03/1985 · Ixelles". */
export function useHitLabel() {
  const { t } = useTranslation('people');
  const communeName = useCommuneName();
  return (p: PersonHit) => [p.erased ? t('person.erased') : `${p.firstName} ${p.lastName}`.trim(), p.birthDate ? formatDate(p.birthDate) : null, communeName(p.commune) || null].filter(Boolean).join(' · ');
}

/**
 * Finds a person of the registry by name (spelling or sound), phone number or birth date and picks them:
 * a combobox (arrow keys move through the people found, Enter picks, Escape closes), the number found said
 * to screen readers, and "create this person" with what was typed when nobody is the right one.
 */
export function PersonPicker({ label, value, onChange, description, error, exclude = [], onCreate, allowCreate = true, autoFocus, limit = 8 }: PersonPickerProps) {
  const { t } = useTranslation('people');
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 250);
  const search = usePersonSearch(value ? '' : debounced, { limit });
  const canCreate = useCan('people.write');
  const navigate = useNavigate();
  const location = useLocation();
  const hitLabel = useHitLabel();
  const communeName = useCommuneName();
  const statusId = useId();
  const input = useRef<HTMLInputElement>(null);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });

  // Back from the new-person form: the person created is the one picked.
  const picked = (location.state as PickedPersonState | null)?.pickedPerson;
  useEffect(() => {
    if (picked && !value) {
      onChange(picked);
      navigate(`${location.pathname}${location.search}`, { replace: true, state: {} });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [picked]);

  const items = (search.data?.items ?? []).filter((p) => !exclude.includes(p.id));
  const searching = debounced.length >= 2;
  const showCreate = allowCreate && searching && (onCreate !== undefined || canCreate);
  const create = () => {
    if (onCreate) return onCreate(q.trim());
    const back = `${location.pathname}${location.search}`;
    navigate(`/people/new?${new URLSearchParams({ typed: q.trim(), back })}`);
  };

  useEffect(() => {
    if (searching && !value) combobox.openDropdown();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [searching, search.data]);

  if (value)
    return (
      <div>
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Text fw={600} role="status" style={{ overflowWrap: 'anywhere' }}>
            {t('picker.picked', { person: hitLabel(value) })}
          </Text>
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={() => {
              onChange(null);
              requestAnimationFrame(() => input.current?.focus());
            }}
            aria-label={t('picker.changeLabel', { name: `${value.firstName} ${value.lastName}` })}
          >
            {t('picker.change')}
          </Button>
        </Group>
      </div>
    );

  const count = search.data ? (search.data.totalIsMinimum ? t('picker.foundMore', { count: search.data.total }) : t('picker.found', { count: search.data.total })) : '';
  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(v) => {
        if (v === '__create__') return create();
        const p = items.find((x) => String(x.id) === v);
        if (p) {
          onChange(p);
          setQ('');
          combobox.closeDropdown();
        }
      }}
    >
      <Combobox.Target withExpandedAttribute>
        <TextInput
          ref={input}
          label={label}
          description={description ?? t('picker.hint')}
          error={error}
          type="search"
          value={q}
          autoFocus={autoFocus}
          autoComplete="off"
          aria-describedby={statusId}
          rightSection={search.isFetching && searching ? <Loader size="xs" /> : null}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            combobox.updateSelectedOptionIndex();
          }}
          onFocus={() => searching && combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Text id={statusId} size="xs" c="dimmed" role="status" aria-live="polite" mt={2}>
        {searching && search.data ? count : ''}
      </Text>
      <Combobox.Dropdown hidden={!searching}>
        <Combobox.Options aria-label={t('picker.results')}>
          {items.map((p) => (
            <Combobox.Option value={String(p.id)} key={p.id}>
              <Text size="sm" fw={600}>
                {`${p.firstName} ${p.lastName}`}
              </Text>
              <Text size="xs" c="dimmed">
                {[p.birthDate ? t('picker.born', { date: formatDate(p.birthDate) }) : t('picker.noBirthDate'), communeName(p.commune) || null].filter(Boolean).join(' · ')}
              </Text>
            </Combobox.Option>
          ))}
          {search.data && items.length === 0 && <Combobox.Empty>{t('picker.none')}</Combobox.Empty>}
          {showCreate && (
            <Combobox.Option value="__create__">
              <Text size="sm" c="blue.8" fw={600}>
                {t('picker.create', { typed: q.trim() })}
              </Text>
            </Combobox.Option>
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
