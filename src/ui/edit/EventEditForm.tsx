import { useId, useState, type FormEvent } from 'react';
import type { EventPatch, EventStatus, TimelineEvent } from '../../core/model/index.ts';
import { patchBetween } from '../../core/project/patch.ts';
import { STATUS_WORDS } from '../eventWords.ts';
import { checkForm, formValuesOf, FORM_PRECISIONS, type EditFormValues } from './dateFields.ts';
import './edit.css';

export interface EventEditFormProps {
  event: TimelineEvent;
  onSave: (patch: EventPatch) => void;
  onCancel: () => void;
}

const STATUSES: EventStatus[] = ['happened', 'planned', 'ongoing'];

/** "Edit event": title, dates, precision, approximate and status; "Save" applies them. */
export function EventEditForm({ event, onSave, onCancel }: EventEditFormProps) {
  const [values, setValues] = useState<EditFormValues>(() => formValuesOf(event));
  const [errors, setErrors] = useState<Partial<Record<'title' | 'startDate' | 'endDate', string>>>(
    {},
  );
  const id = useId();
  const set = <K extends keyof EditFormValues>(key: K, value: EditFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const precisions = FORM_PRECISIONS.some((p) => p.value === values.precision)
    ? FORM_PRECISIONS
    : [...FORM_PRECISIONS, { value: values.precision, label: `${values.precision} (as read)` }];
  const timed = values.precision === 'minute';

  function submit(e: FormEvent) {
    e.preventDefault();
    const check = checkForm(values);
    if (!check.ok) {
      setErrors(check.errors);
      const first = Object.keys(check.errors)[0];
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    setErrors({});
    onSave(patchBetween(event, check.fields));
  }

  const error = (key: 'title' | 'startDate' | 'endDate') =>
    errors[key] ? (
      <p id={`${id}-${key}-error`} className="field-error">
        {errors[key]}
      </p>
    ) : null;
  const described = (key: 'title' | 'startDate' | 'endDate') =>
    errors[key] ? `${id}-${key}-error` : undefined;

  return (
    <form className="edit-form" aria-label="Edit event" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-title`}>Event title</label>
        <input
          id={`${id}-title`}
          type="text"
          value={values.title}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={described('title')}
          onChange={(e) => set('title', e.target.value)}
        />
        {error('title')}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-startDate`}>Start date</label>
          <input
            id={`${id}-startDate`}
            type="date"
            value={values.startDate}
            aria-invalid={errors.startDate ? true : undefined}
            aria-describedby={described('startDate')}
            onChange={(e) => set('startDate', e.target.value)}
          />
          {error('startDate')}
        </div>
        {timed && (
          <div className="field">
            <label htmlFor={`${id}-startTime`}>Start time</label>
            <input
              id={`${id}-startTime`}
              type="time"
              value={values.startTime}
              onChange={(e) => set('startTime', e.target.value)}
            />
          </div>
        )}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-endDate`}>End date</label>
          <input
            id={`${id}-endDate`}
            type="date"
            value={values.endDate}
            aria-invalid={errors.endDate ? true : undefined}
            aria-describedby={described('endDate') ?? `${id}-end-hint`}
            onChange={(e) => set('endDate', e.target.value)}
          />
          <p id={`${id}-end-hint`} className="field-hint">
            Empty for a single date.
          </p>
          {error('endDate')}
        </div>
        {timed && (
          <div className="field">
            <label htmlFor={`${id}-endTime`}>End time</label>
            <input
              id={`${id}-endTime`}
              type="time"
              value={values.endTime}
              onChange={(e) => set('endTime', e.target.value)}
            />
          </div>
        )}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-precision`}>Precision</label>
          <select
            id={`${id}-precision`}
            value={values.precision}
            onChange={(e) => set('precision', e.target.value as EditFormValues['precision'])}
          >
            {precisions.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            id={`${id}-status`}
            value={values.status}
            onChange={(e) => set('status', e.target.value as EventStatus)}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_WORDS[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field field-check">
        <input
          id={`${id}-approximate`}
          type="checkbox"
          checked={values.approximate}
          onChange={(e) => set('approximate', e.target.checked)}
        />
        <label htmlFor={`${id}-approximate`}>Approximate</label>
      </div>
      <div className="form-actions">
        <button type="submit" className="primary-button">
          Save
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
