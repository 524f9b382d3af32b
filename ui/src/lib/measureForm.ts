// A measure's definition as a form (defining one, and editing one from the measure screen): the
// choices the API knows, the form's text fields turned into MeasureDefinitionInput, and what may
// not change once the series has points (the frequency, and whether a point is one value or a
// numerator and a denominator — the API refuses both with FIXED_ONCE_LOGGED).
import { parseDecimal } from './format';

export const MEASURE_KINDS = ['OUTCOME', 'PROCESS', 'BALANCING'] as const;
export const DATA_KINDS = ['PROPORTION', 'COUNT', 'RATE', 'MEASUREMENT', 'TIME_BETWEEN_EVENTS', 'CASES_BETWEEN_EVENTS'] as const;
export const FREQUENCIES = ['DAY', 'WEEK', 'MONTH'] as const;
export const DIRECTIONS = ['UP', 'DOWN'] as const;
export const CHART_TYPES = ['RUN', 'I', 'MR', 'XBAR', 'S', 'P', 'PP', 'C', 'U', 'UP', 'G', 'T'] as const;
export const RULE_SETS = ['ANHOEJ', 'IHI', 'NHS'] as const;

export type DataKind = (typeof DATA_KINDS)[number];

/** What the form holds: text as typed, choices as the API's enum names ('' = none/automatic). */
export interface MeasureForm {
  name: string;
  kind: string;
  dataKind: string;
  frequency: string;
  better: string;
  definition: string;
  numeratorDefinition: string;
  denominatorDefinition: string;
  unit: string;
  source: string;
  target: string;
  chart: string;
  ruleSet: string;
  responsiblePersonId: string;
}

/** A measure's definition, as the API gives it and as MeasureDefinitionInput takes it. */
export interface MeasureDefinition {
  name: string;
  kind: string;
  dataKind: string;
  frequency: string;
  better: string;
  definition: string | null;
  numeratorDefinition: string | null;
  denominatorDefinition: string | null;
  unit: string | null;
  source: string | null;
  target: number | null;
  chart: string | null;
  ruleSet: string;
  responsiblePersonId: string | null;
}

/** A problem found before sending: the field and the catalogue key that says what is wrong. */
export interface FormProblem {
  field: string;
  key: 'measureForm.targetNotANumber';
}

/** A new measure: a process measure logged each week, in the shape most checklists have. */
export function blankMeasureForm(): MeasureForm {
  return {
    name: '', kind: 'PROCESS', dataKind: 'PROPORTION', frequency: 'WEEK', better: 'UP', definition: '', numeratorDefinition: '',
    denominatorDefinition: '', unit: '', source: '', target: '', chart: '', ruleSet: 'ANHOEJ', responsiblePersonId: '',
  };
}

/** The form for editing a measure, with its target written in the person's language. */
export function measureFormFrom(m: MeasureDefinition, lang: 'nb' | 'en'): MeasureForm {
  const text = (v: string | null) => v ?? '';
  return {
    name: m.name, kind: m.kind, dataKind: m.dataKind, frequency: m.frequency, better: m.better, definition: text(m.definition),
    numeratorDefinition: text(m.numeratorDefinition), denominatorDefinition: text(m.denominatorDefinition), unit: text(m.unit),
    source: text(m.source), target: m.target === null ? '' : lang === 'nb' ? String(m.target).replace('.', ',') : String(m.target),
    chart: m.chart ?? '', ruleSet: m.ruleSet, responsiblePersonId: m.responsiblePersonId ?? '',
  };
}

/** Proportions and rates are logged as a numerator and a denominator; the rest as one value. */
export function usesRatio(dataKind: string): boolean {
  return dataKind === 'PROPORTION' || dataKind === 'RATE';
}

/** The value shapes a measure may take: all before its first point, afterwards only those of its own shape. */
export function dataKindChoices(current: string, hasPoints: boolean): DataKind[] {
  return hasPoints ? DATA_KINDS.filter((k) => usesRatio(k) === usesRatio(current)) : [...DATA_KINDS];
}

/**
 * The form as MeasureDefinitionInput: text trimmed, empty text as null, the target read with a
 * decimal comma or point. Numerator and denominator are sent only for a shape that has them, so
 * what was typed for another shape stays in the form but is not saved. A target that is not a
 * number gives no input and a problem at «target»; everything else is left to the API to judge.
 */
export function measureDefinitionInput(form: MeasureForm): { input: MeasureDefinition | null; problems: FormProblem[] } {
  const blank = (v: string) => (v.trim() === '' ? null : v.trim());
  const target = parseDecimal(form.target);
  if (target !== null && Number.isNaN(target)) return { input: null, problems: [{ field: 'target', key: 'measureForm.targetNotANumber' }] };
  const ratio = usesRatio(form.dataKind);
  return {
    input: {
      name: form.name.trim(),
      kind: form.kind,
      dataKind: form.dataKind,
      frequency: form.frequency,
      better: form.better,
      definition: blank(form.definition),
      numeratorDefinition: ratio ? blank(form.numeratorDefinition) : null,
      denominatorDefinition: ratio ? blank(form.denominatorDefinition) : null,
      unit: blank(form.unit),
      source: blank(form.source),
      target,
      chart: form.chart || null,
      ruleSet: form.ruleSet,
      responsiblePersonId: form.responsiblePersonId || null,
    },
    problems: [],
  };
}

/** The form's fields as the API names them in its errors; the rest are shown above the buttons. */
export const MEASURE_FIELDS = [
  'name', 'kind', 'dataKind', 'frequency', 'better', 'definition', 'numeratorDefinition', 'denominatorDefinition', 'unit', 'source', 'target',
  'chart', 'ruleSet', 'responsiblePersonId',
];

export interface ServiceMembers {
  members: { personId: string; person: { name: string } | null; active: boolean }[];
}

/**
 * Who may be made responsible for a measure: the service's members now, by name, each once; and
 * whoever is responsible already, also after they left, so an edit does not lose them unasked.
 */
export function activeMembers(service: ServiceMembers | null, current: { id: string; name: string } | null = null): { id: string; name: string }[] {
  const seen = new Set<string>();
  const people = (service?.members ?? [])
    .filter((m) => m.active && m.person && !seen.has(m.personId) && seen.add(m.personId))
    .map((m) => ({ id: m.personId, name: m.person!.name }));
  if (current && !seen.has(current.id)) people.push(current);
  return people.sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}
