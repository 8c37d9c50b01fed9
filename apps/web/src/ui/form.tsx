import { Alert, Checkbox, Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormFieldErrorMessage, FormFieldTextarea, FormFieldTextbox, FormLabel, Heading2, Link, RadioButton, Select, SelectOption, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useT } from '../i18n/i18n';

/**
 * Form pieces the NL Design System pattern asks for and the component library composes but does
 * not ship whole: a radio or checkbox group (fieldset, legend, error beside it), a labelled
 * select, and the error summary at the top of a form that links to each field.
 */
export interface Option<V extends string> {
  value: V;
  label: ReactNode;
  description?: ReactNode;
}

export function RadioGroup<V extends string>(props: {
  name: string;
  legend: ReactNode;
  description?: ReactNode;
  options: Option<V>[];
  value: V | undefined;
  onChange: (v: V) => void;
  error?: string;
  inline?: boolean;
}) {
  const descId = useId();
  const errId = useId();
  const base = useId();
  return (
    <Fieldset invalid={!!props.error} aria-describedby={[props.description ? descId : '', props.error ? errId : ''].filter(Boolean).join(' ') || undefined} id={`field-${safe(props.name)}`}>
      <FieldsetLegend>{props.legend}</FieldsetLegend>
      {props.description && <FormFieldDescription id={descId}>{props.description}</FormFieldDescription>}
      {props.error && <FormFieldErrorMessage id={errId}>{props.error}</FormFieldErrorMessage>}
      <div className={props.inline ? 'sb-choices' : undefined}>
        {props.options.map((o, i) => (
          <FormField type="radio" key={o.value}>
            <div className="utrecht-form-field__input">
              <RadioButton id={`${base}-${i}`} name={props.name} value={o.value} checked={props.value === o.value} invalid={!!props.error} onChange={() => props.onChange(o.value)} aria-describedby={o.description ? `${base}-${i}-d` : undefined} />
            </div>
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor={`${base}-${i}`} type="radio">
                {o.label}
              </FormLabel>
            </div>
            {o.description && (
              <FormFieldDescription id={`${base}-${i}-d`} className="utrecht-form-field__description">
                {o.description}
              </FormFieldDescription>
            )}
          </FormField>
        ))}
      </div>
    </Fieldset>
  );
}

export function CheckboxGroup<V extends string | number>(props: {
  name: string;
  legend: ReactNode;
  description?: ReactNode;
  options: { value: V; label: ReactNode }[];
  value: V[];
  onChange: (v: V[]) => void;
  error?: string;
  inline?: boolean;
}) {
  const descId = useId();
  const errId = useId();
  const base = useId();
  const toggle = (v: V, on: boolean) => props.onChange(on ? [...props.value, v] : props.value.filter((x) => x !== v));
  return (
    <Fieldset invalid={!!props.error} aria-describedby={[props.description ? descId : '', props.error ? errId : ''].filter(Boolean).join(' ') || undefined} id={`field-${safe(props.name)}`}>
      <FieldsetLegend>{props.legend}</FieldsetLegend>
      {props.description && <FormFieldDescription id={descId}>{props.description}</FormFieldDescription>}
      {props.error && <FormFieldErrorMessage id={errId}>{props.error}</FormFieldErrorMessage>}
      <div className={props.inline ? 'sb-choices' : undefined}>
        {props.options.map((o, i) => (
          <FormField type="checkbox" key={String(o.value)}>
            <div className="utrecht-form-field__input">
              <Checkbox id={`${base}-${i}`} name={props.name} checked={props.value.includes(o.value)} invalid={!!props.error} onChange={(e) => toggle(o.value, e.target.checked)} />
            </div>
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor={`${base}-${i}`} type="checkbox">
                {o.label}
              </FormLabel>
            </div>
          </FormField>
        ))}
      </div>
    </Fieldset>
  );
}

export function CheckboxField(props: { name: string; label: ReactNode; description?: ReactNode; checked: boolean; onChange: (on: boolean) => void }) {
  const id = useId();
  const descId = useId();
  return (
    <FormField type="checkbox" id={`field-${safe(props.name)}`}>
      <div className="utrecht-form-field__input">
        <Checkbox id={id} name={props.name} checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} aria-describedby={props.description ? descId : undefined} />
      </div>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id} type="checkbox">
          {props.label}
        </FormLabel>
      </div>
      {props.description && (
        <FormFieldDescription id={descId} className="utrecht-form-field__description">
          {props.description}
        </FormFieldDescription>
      )}
    </FormField>
  );
}

export function SelectField<V extends string>(props: {
  name: string;
  label: ReactNode;
  description?: ReactNode;
  options: Option<V>[];
  value: V | '';
  onChange: (v: V) => void;
  error?: string;
  placeholder?: string;
}) {
  const id = fieldAnchor(props.name);
  const descId = useId();
  const errId = useId();
  return (
    <FormField invalid={!!props.error} type="text" id={`field-${safe(props.name)}`}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{props.label}</FormLabel>
      </div>
      {props.description && <FormFieldDescription id={descId}>{props.description}</FormFieldDescription>}
      {props.error && <FormFieldErrorMessage id={errId}>{props.error}</FormFieldErrorMessage>}
      <div className="utrecht-form-field__input">
        <Select
          id={id}
          name={props.name}
          value={props.value}
          invalid={!!props.error}
          aria-describedby={[props.description ? descId : '', props.error ? errId : ''].filter(Boolean).join(' ') || undefined}
          onChange={(e) => props.onChange(e.target.value as V)}
        >
          {props.placeholder !== undefined && <SelectOption value="">{props.placeholder}</SelectOption>}
          {props.options.map((o) => (
            <SelectOption key={o.value} value={o.value}>
              {o.label as string}
            </SelectOption>
          ))}
        </Select>
      </div>
    </FormField>
  );
}

/**
 * The errors of a form at its top, each linking to its field; it takes the focus when it
 * appears, so a screen reader hears what to fix first.
 */
export function ErrorSummary({ errors, labels }: { errors: Record<string, string>; labels: Record<string, string> }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  const key = entries.map(([k]) => k).join(',');
  useEffect(() => {
    if (entries.length) ref.current?.focus();
    // Only when the set of fields in error changes, not on every keystroke.
  }, [key, entries.length]);
  if (!entries.length) return null;
  return (
    <div ref={ref} tabIndex={-1} aria-labelledby="error-summary-title">
      <Alert type="error" role="alert">
        <Heading2 id="error-summary-title">{t('form.errorSummary', { count: entries.length })}</Heading2>
        <UnorderedList>
          {entries.map(([field, message]) => (
            <UnorderedListItem key={field}>
              <Link href={`#${fieldAnchor(field)}`} onClick={(e) => focusField(e, field)}>
                {labels[field] ? `${labels[field]}${/[?:]$/.test(labels[field]!) ? ' ' : ': '}` : ''}
                {message}
              </Link>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </Alert>
    </div>
  );
}

const safe = (field: string): string => field.replace(/[^A-Za-z0-9_-]/g, '-');

/** The id of a field's input, for the summary's links. */
export const fieldAnchor = (field: string): string => `input-${safe(field)}`;

function focusField(e: React.MouseEvent, field: string): void {
  const input = document.getElementById(fieldAnchor(field)) ?? document.querySelector<HTMLElement>(`#field-${safe(field)} input`);
  if (input) {
    e.preventDefault();
    input.focus();
    input.scrollIntoView({ block: 'center' });
  }
}

type TextboxProps = React.ComponentProps<typeof FormFieldTextbox>;

/** A labelled text box with its description and error (FormFieldTextbox), reporting its value as text. */
export function TextField(props: Omit<TextboxProps, 'onChange' | 'value' | 'invalid' | 'errorMessage' | 'name'> & { name: string; value: string; onValue: (v: string) => void; error?: string }) {
  const { name, value, onValue, error, ...rest } = props;
  return (
    <FormFieldTextbox
      {...rest}
      name={name}
      inputId={fieldAnchor(name)}
      value={value}
      onChange={(e) => onValue((e.target as unknown as HTMLInputElement).value)}
      invalid={!!error}
      errorMessage={error}
    />
  );
}

type TextareaProps = React.ComponentProps<typeof FormFieldTextarea>;

export function TextAreaField(props: Omit<TextareaProps, 'onChange' | 'value' | 'invalid' | 'errorMessage' | 'name'> & { name: string; value: string; onValue: (v: string) => void; error?: string }) {
  const { name, value, onValue, error, ...rest } = props;
  return (
    <FormFieldTextarea
      {...rest}
      name={name}
      inputId={fieldAnchor(name)}
      value={value}
      onChange={(e) => onValue((e.target as unknown as HTMLTextAreaElement).value)}
      invalid={!!error}
      errorMessage={error}
    />
  );
}
