// A measure as its chart: the GraphQL selection the area and measure screens share, and the
// mapping from the answer to the Chart component's inputs (points joined to their periods' notes,
// loggers and annotations; the area's PDSA cycles that watch the measure as bands).
import type { AnalysedPoint, Direction } from './chart';
import type { CycleDates } from './chartLayers';

export const MEASURE_CHART_FIELDS = `
  id name kind dataKind frequency better target unit ruleSet version viewerCan
  phases { startsAt label }
  points { period value numerator denominator note logged { name at } excluded exclusion { reason } annotations { id text written { name at } } }
  chart {
    choice { chart automatic reasonNb reasonEn }
    ruleSet periods
    analysis {
      points { x y n centerLine lowerLimit upperLimit lowerLimit95 upperLimit95 sigmaSignal part baseline included pointType }
      parts { part observations usefulObservations runsSignal longestRun longestRunMax crossings crossingsMin }
      warnings
      verdict { variation assurance ruleSet trialLimits messageNb messageEn }
    }
    errors { code field messageNb messageEn }
  }`;

export interface MeasurePointData {
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  note: string | null;
  logged: { name: string; at: string };
  excluded: boolean;
  exclusion: { reason: string } | null;
  annotations: { id: string; text: string; written: { name: string; at: string } }[];
}

export interface RunsPart {
  part: number;
  observations: number;
  usefulObservations: number;
  runsSignal: boolean;
  longestRun: number | null;
  longestRunMax: number | null;
  crossings: number | null;
  crossingsMin: number | null;
}

export interface MeasureChartData {
  id: string;
  name: string;
  kind: string;
  dataKind: string;
  frequency: string;
  better: 'UP' | 'DOWN';
  target: number | null;
  unit: string | null;
  ruleSet: string;
  version: number;
  viewerCan: string[];
  phases: { startsAt: string; label: string | null }[];
  points: MeasurePointData[];
  chart: {
    choice: { chart: string; automatic: boolean; reasonNb: string; reasonEn: string };
    ruleSet: string;
    periods: string[];
    analysis: {
      points: AnalysedPoint[];
      parts: RunsPart[];
      warnings: string[];
      verdict: { variation: string | null; assurance: string | null; ruleSet: string; trialLimits: boolean; messageNb: string; messageEn: string };
    } | null;
    errors: { code: string; field: string; messageNb: string; messageEn: string }[];
  };
}

export interface CycleOnChart {
  id: string;
  startDate: string | null;
  endDate: string | null;
  measureIds: string[];
  plan: { objective: string };
}

/** Each analysed point's note, logger, exclusion and annotations, found by its period. */
export function pointDetails(measure: Pick<MeasureChartData, 'points' | 'chart'>) {
  const byPeriod = new Map(measure.points.map((p) => [p.period, p]));
  return measure.chart.periods.map((period) => {
    const p = byPeriod.get(period);
    return {
      period,
      note: p?.note ?? null,
      loggedBy: p?.logged.name ?? null,
      exclusion: p?.exclusion?.reason ?? null,
      annotations: (p?.annotations ?? []).map((a) => ({ text: a.text, by: a.written.name })),
    };
  });
}

/**
 * The area's cycles to draw on a measure's chart: those that watch it, or that watch no measure
 * in particular; numbered in the order they were started, as the area lists them.
 */
export function cyclesOnChart(measureId: string, cycles: CycleOnChart[]): CycleDates[] {
  return cycles
    .map((c, i) => ({ c, n: i + 1 }))
    .filter(({ c }) => c.measureIds.length === 0 || c.measureIds.includes(measureId))
    .map(({ c, n }) => ({ id: c.id, label: `${n}. ${c.plan.objective}`, startDate: c.startDate, endDate: c.endDate }));
}

export function directionOf(better: 'UP' | 'DOWN' | null | undefined): Direction {
  return better === 'UP' || better === 'DOWN' ? better : 'NEUTRAL';
}
