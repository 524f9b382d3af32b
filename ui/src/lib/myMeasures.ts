// The measures a person logs, grouped by service for the "my measures" list, and how they last
// chose to log each one (a tap per observation, or the period's totals), remembered on the device.

export type Frequency = 'DAY' | 'WEEK' | 'MONTH';
export type LogMode = 'tally' | 'totals';

export interface MyMeasure {
  id: string;
  name: string;
  dataKind: string;
  frequency: Frequency;
  unit: string | null;
  numeratorDefinition: string | null;
  denominatorDefinition: string | null;
  areaTitle: string;
  serviceId: string;
  serviceName: string;
  networkId: string;
}

export interface ServiceGroup {
  serviceId: string;
  serviceName: string;
  measures: MyMeasure[];
}

/** Services in name order, each with its measures in name order (Norwegian collation). */
export function groupByService(measures: MyMeasure[]): ServiceGroup[] {
  const byName = (a: string, b: string) => a.localeCompare(b, 'nb');
  const groups = new Map<string, ServiceGroup>();
  for (const m of measures) {
    const group = groups.get(m.serviceId) ?? { serviceId: m.serviceId, serviceName: m.serviceName, measures: [] };
    group.measures.push(m);
    groups.set(m.serviceId, group);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, measures: [...g.measures].sort((a, b) => byName(a.name, b.name)) }))
    .sort((a, b) => byName(a.serviceName, b.serviceName));
}

/** The API tallies proportions (done / not done) and counts (+1); other kinds have no tally. */
export function canTally(measure: Pick<MyMeasure, 'dataKind'>): boolean {
  return measure.dataKind === 'PROPORTION' || measure.dataKind === 'COUNT';
}

const modeKey = (measureId: string) => `forbedring.logMode.${measureId}`;

export function preferredMode(store: Pick<Storage, 'getItem'>, measure: Pick<MyMeasure, 'id' | 'dataKind'>): LogMode {
  if (!canTally(measure)) return 'totals';
  return store.getItem(modeKey(measure.id)) === 'tally' ? 'tally' : 'totals';
}

export function rememberMode(store: Pick<Storage, 'setItem'>, measureId: string, mode: LogMode): void {
  try {
    store.setItem(modeKey(measureId), mode);
  } catch {
    // Storage full or refused (private mode): the choice is only forgotten.
  }
}
