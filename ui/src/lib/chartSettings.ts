// A measure's chart settings as a form: read from the measure, edited (chart type or automatic,
// rule set, baseline freeze, phase splits) and turned into updateChartSettings' input. Pure, so the
// list editing and the input are tested without a browser.

/** What the settings panel reads beyond the chart fields every measure screen shares. */
export const CHART_SETTINGS_FIELDS = 'chartType baselineEnd suggestedChart { chart automatic reasonNb reasonEn }';

export interface ChartSettingsData {
  id: string;
  dataKind: string;
  version: number;
  chartType: string | null;
  ruleSet: string;
  baselineEnd: string | null;
  phases: { startsAt: string; label: string | null }[];
  /** What automatic would choose now, also when the team chose another chart. */
  suggestedChart: { chart: string; automatic: boolean; reasonNb: string; reasonEn: string };
}

export interface PhaseDraft {
  startsAt: string;
  label: string;
}

export interface ChartSettingsForm {
  /** '' for automatic. */
  chart: string;
  ruleSet: string;
  /** '' for no frozen baseline. */
  baselineEnd: string;
  phases: PhaseDraft[];
}

export const RULE_SETS = ['ANHOEJ', 'IHI', 'NHS'] as const;

// The charts that fit one value per period of each data kind; the run, I and MR charts fit any.
// X̄ and S need several observations per point, which a measure's series never has.
const CHARTS: Record<string, string[]> = {
  PROPORTION: ['P', 'PP'],
  RATE: ['U', 'UP'],
  COUNT: ['C'],
  MEASUREMENT: [],
  TIME_BETWEEN_EVENTS: ['T'],
  CASES_BETWEEN_EVENTS: ['G'],
};

/** The chart types offered for a data kind; a chart already chosen is always among them. */
export function chartsFor(dataKind: string, current: string | null = null): string[] {
  const charts = ['RUN', ...(CHARTS[dataKind] ?? []), 'I', 'MR'];
  return current && !charts.includes(current) ? [...charts, current] : charts;
}

export function settingsForm(m: Pick<ChartSettingsData, 'chartType' | 'ruleSet' | 'baselineEnd' | 'phases'>): ChartSettingsForm {
  return {
    chart: m.chartType ?? '',
    ruleSet: m.ruleSet,
    baselineEnd: m.baselineEnd ?? '',
    phases: sortPhases(m.phases.map((p) => ({ startsAt: p.startsAt, label: p.label ?? '' }))),
  };
}

/** updateChartSettings' input: blanks become null (automatic chart, no freeze, unnamed phase). */
export function settingsInput(id: string, expectedVersion: number, form: ChartSettingsForm) {
  return {
    id,
    expectedVersion,
    chart: form.chart || null,
    ruleSet: form.ruleSet,
    baselineEnd: form.baselineEnd || null,
    phases: form.phases.map((p) => ({ startsAt: p.startsAt, label: p.label.trim() || null })),
  };
}

function sortPhases(phases: PhaseDraft[]): PhaseDraft[] {
  return [...phases].sort((a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0));
}

/** Adds a phase starting at a period, in period order; a phase already starting there gets the new label. */
export function addPhase(phases: PhaseDraft[], startsAt: string, label = ''): PhaseDraft[] {
  if (!startsAt) return phases;
  const others = phases.filter((p) => p.startsAt !== startsAt);
  return sortPhases([...others, { startsAt, label }]);
}

export function removePhase(phases: PhaseDraft[], startsAt: string): PhaseDraft[] {
  return phases.filter((p) => p.startsAt !== startsAt);
}

/** The periods a new phase may start at: any but the first (which starts the chart anyway) and those taken. */
export function phaseStarts(periods: string[], phases: PhaseDraft[]): string[] {
  const taken = new Set(phases.map((p) => p.startsAt));
  return periods.slice(1).filter((p) => !taken.has(p));
}

/** What the panel should say about a combination the API refuses or the engine ignores. */
export function settingsNotes(form: ChartSettingsForm): ('nhsNeedsI' | 'phasesIgnoreFreeze')[] {
  const notes: ('nhsNeedsI' | 'phasesIgnoreFreeze')[] = [];
  if (form.ruleSet === 'NHS' && form.chart !== 'I') notes.push('nhsNeedsI');
  if (form.phases.length > 0 && form.baselineEnd) notes.push('phasesIgnoreFreeze');
  return notes;
}

