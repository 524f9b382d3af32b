// An area template as its form holds it (text fields as typed, the target as written with a
// decimal comma or point), and the AreaTemplateInput the API takes. Fields the form does not show
// (source, chart type, rule set, responsible person) travel through an edit unchanged.
import { blankToNull } from './editing';
import { parseDecimal } from './format';

export type MeasureKind = 'OUTCOME' | 'PROCESS' | 'BALANCING';
export type DataKind = 'PROPORTION' | 'COUNT' | 'RATE' | 'MEASUREMENT' | 'TIME_BETWEEN_EVENTS' | 'CASES_BETWEEN_EVENTS';
export type Frequency = 'DAY' | 'WEEK' | 'MONTH';
export type Better = 'UP' | 'DOWN';

export const measureKinds: MeasureKind[] = ['OUTCOME', 'PROCESS', 'BALANCING'];
export const dataKinds: DataKind[] = ['PROPORTION', 'COUNT', 'RATE', 'MEASUREMENT', 'TIME_BETWEEN_EVENTS', 'CASES_BETWEEN_EVENTS'];
export const frequencies: Frequency[] = ['DAY', 'WEEK', 'MONTH'];

export interface TemplateMeasure {
  name: string;
  kind: MeasureKind;
  dataKind: DataKind;
  frequency: Frequency;
  better: Better;
  definition: string | null;
  numeratorDefinition: string | null;
  denominatorDefinition: string | null;
  unit: string | null;
  source: string | null;
  target: number | null;
  chart: string | null;
  ruleSet: string;
}

export interface AreaTemplate {
  id: string;
  networkId: string | null;
  title: string;
  problem: string | null;
  problemHtml: string | null;
  aim: { what: string | null; howMuch: string | null; byWhen: string | null; text: string | null };
  measures: TemplateMeasure[];
  areas: { id: string }[];
  version: number;
}

export const TEMPLATE_FIELDS = `id networkId title problem problemHtml aim { what howMuch byWhen text }
  measures { name kind dataKind frequency better definition numeratorDefinition denominatorDefinition unit source target chart ruleSet }
  areas { id } version`;

export interface MeasureRow {
  name: string;
  kind: MeasureKind;
  dataKind: DataKind;
  frequency: Frequency;
  better: Better;
  definition: string;
  numeratorDefinition: string;
  denominatorDefinition: string;
  unit: string;
  target: string;
  // Kept as they were.
  source: string | null;
  chart: string | null;
  ruleSet: string;
}

export interface TemplateFormValues {
  title: string;
  problem: string;
  what: string;
  howMuch: string;
  byWhen: string;
  aimText: string;
  measures: MeasureRow[];
}

/** Proportions and rates count something over something: only they have a numerator and denominator. */
export const hasFraction = (kind: DataKind): boolean => kind === 'PROPORTION' || kind === 'RATE';

export function emptyMeasure(): MeasureRow {
  return {
    name: '', kind: 'PROCESS', dataKind: 'PROPORTION', frequency: 'WEEK', better: 'UP', definition: '', numeratorDefinition: '',
    denominatorDefinition: '', unit: '', target: '', source: null, chart: null, ruleSet: 'ANHOEJ',
  };
}

export function emptyTemplateForm(): TemplateFormValues {
  return { title: '', problem: '', what: '', howMuch: '', byWhen: '', aimText: '', measures: [] };
}

export function templateFormOf(t: AreaTemplate, lang: string): TemplateFormValues {
  const decimal = lang === 'en' ? '.' : ',';
  return {
    title: t.title,
    problem: t.problem ?? '',
    what: t.aim.what ?? '',
    howMuch: t.aim.howMuch ?? '',
    byWhen: t.aim.byWhen ?? '',
    aimText: t.aim.text ?? '',
    measures: t.measures.map((m) => ({
      name: m.name, kind: m.kind, dataKind: m.dataKind, frequency: m.frequency, better: m.better,
      definition: m.definition ?? '', numeratorDefinition: m.numeratorDefinition ?? '', denominatorDefinition: m.denominatorDefinition ?? '',
      unit: m.unit ?? '', target: m.target === null ? '' : String(m.target).replace('.', decimal),
      source: m.source, chart: m.chart, ruleSet: m.ruleSet,
    })),
  };
}

/** The input, or the measures whose target is not a number (by index): nothing is sent then. */
export function templateInput(form: TemplateFormValues, networkId: string): { ok: true; input: Record<string, unknown> } | { ok: false; badTargets: number[] } {
  const badTargets = form.measures.flatMap((m, i) => (Number.isNaN(parseDecimal(m.target)) ? [i] : []));
  if (badTargets.length > 0) return { ok: false, badTargets };
  return {
    ok: true,
    input: {
      networkId,
      title: form.title.trim(),
      problem: blankToNull(form.problem),
      aim: { what: blankToNull(form.what), howMuch: blankToNull(form.howMuch), byWhen: form.byWhen || null, text: blankToNull(form.aimText) },
      measures: form.measures.map((m) => ({
        name: m.name.trim(),
        kind: m.kind,
        dataKind: m.dataKind,
        frequency: m.frequency,
        better: m.better,
        definition: blankToNull(m.definition),
        numeratorDefinition: hasFraction(m.dataKind) ? blankToNull(m.numeratorDefinition) : null,
        denominatorDefinition: hasFraction(m.dataKind) ? blankToNull(m.denominatorDefinition) : null,
        unit: blankToNull(m.unit),
        source: m.source,
        target: parseDecimal(m.target),
        chart: m.chart,
        ruleSet: m.ruleSet,
      })),
    },
  };
}
