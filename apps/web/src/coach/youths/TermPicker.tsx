import { Button, Fieldset, FieldsetLegend, FormFieldDescription, FormFieldErrorMessage } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useT } from '../../i18n/i18n';
import { CheckboxGroup, TextField } from '../../ui/form';

/**
 * Terms from a long vocabulary: what is chosen stays on top (each with a button to take it off),
 * and a search box narrows the rest to a short list to tick. Tab and Space are all it needs.
 */
export function TermPicker(props: { name: string; legend: string; description?: string; terms: { code: string; label: string }[]; value: string[]; onChange: (v: string[]) => void; error?: string }) {
  const t = useT();
  const [q, setQ] = useState('');
  const errId = useId();
  const label = new Map(props.terms.map((x) => [x.code, x.label]));
  const query = q.trim().toLowerCase();
  const found = query ? props.terms.filter((x) => x.label.toLowerCase().includes(query)).slice(0, 8) : [];
  return (
    <Fieldset id={`field-${props.name}`} invalid={!!props.error} aria-describedby={props.error ? errId : undefined}>
      <FieldsetLegend>{props.legend}</FieldsetLegend>
      {props.description && <FormFieldDescription>{props.description}</FormFieldDescription>}
      {props.error && <FormFieldErrorMessage id={errId}>{props.error}</FormFieldErrorMessage>}
      {props.value.length > 0 && (
        <ul className="sb-chips" aria-label={t('coach.picker.chosen', { what: props.legend })}>
          {props.value.map((code) => (
            <li key={code}>
              <span>{label.get(code) ?? code}</span>
              <Button appearance="subtle-button" onClick={() => props.onChange(props.value.filter((c) => c !== code))} aria-label={t('coach.picker.remove', { term: label.get(code) ?? code })}>
                ×
              </Button>
            </li>
          ))}
        </ul>
      )}
      <TextField name={`${props.name}-search`} type="search" label={t('coach.picker.search', { what: props.legend.toLowerCase() })} value={q} onValue={setQ} autoComplete="off" />
      {query && found.length === 0 && <p className="sb-muted">{t('coach.picker.none')}</p>}
      {found.length > 0 && (
        <CheckboxGroup
          name={`${props.name}-found`}
          legend={t('coach.picker.found', { count: found.length })}
          options={found.map((x) => ({ value: x.code, label: x.label }))}
          value={props.value.filter((c) => found.some((x) => x.code === c))}
          onChange={(v) => props.onChange([...props.value.filter((c) => !found.some((x) => x.code === c)), ...v])}
        />
      )}
    </Fieldset>
  );
}
