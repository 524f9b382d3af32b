// The PDSA cycle's guided form as rules the screen follows: which phases are open to write, in the
// order the API enforces (results need predictions written first and the test started; the Act
// decision needs a Study), and cycles arranged as ramps (a continued cycle under the one it builds on).

export type PdsaStatus = 'PLANNED' | 'DOING' | 'STUDYING' | 'ACTING' | 'COMPLETED';
export type Phase = 'plan' | 'do' | 'study' | 'act';

export interface CycleState {
  plan: { predictions: string | null };
  do: { startDate: string | null };
  study: { results: string | null; learned: string | null };
}

const has = (text: string | null | undefined) => !!text && text.trim() !== '';

/** Why a phase is not open yet, or null when it is. Based on what is saved, not what is typed. */
export function phaseBlocked(cycle: CycleState, phase: Phase): 'predictionsFirst' | 'startFirst' | 'studyFirst' | null {
  switch (phase) {
    case 'plan':
    case 'do':
      return null;
    case 'study':
      if (!has(cycle.plan.predictions)) return 'predictionsFirst';
      if (!cycle.do.startDate) return 'startFirst';
      return null;
    case 'act':
      if (!has(cycle.study.results) && !has(cycle.study.learned)) return 'studyFirst';
      return null;
  }
}

/** The phase the status points at: where the team is now. */
export function currentPhase(status: PdsaStatus): Phase | null {
  switch (status) {
    case 'PLANNED':
      return 'plan';
    case 'DOING':
      return 'do';
    case 'STUDYING':
      return 'study';
    case 'ACTING':
      return 'act';
    case 'COMPLETED':
      return null;
  }
}

export interface Linked {
  id: string;
  previousCycleId: string | null;
}

export interface ChainItem<T extends Linked> {
  cycle: T;
  /** How many cycles this one builds on within the list. */
  depth: number;
  /** Its place in its ramp, 1-based. */
  step: number;
}

/**
 * Cycles as ramps: each ramp starts at a cycle that builds on none in the list, and continues
 * through the cycles that build on it (in the list's order). Cycles in a loop are still listed.
 */
export function cycleChains<T extends Linked>(cycles: T[]): ChainItem<T>[][] {
  const ids = new Set(cycles.map((c) => c.id));
  const next = new Map<string, T[]>();
  for (const c of cycles) {
    if (c.previousCycleId && ids.has(c.previousCycleId)) {
      const list = next.get(c.previousCycleId) ?? [];
      list.push(c);
      next.set(c.previousCycleId, list);
    }
  }
  const seen = new Set<string>();
  const chains: ChainItem<T>[][] = [];
  const walk = (c: T, depth: number, chain: ChainItem<T>[]) => {
    if (seen.has(c.id)) return;
    seen.add(c.id);
    chain.push({ cycle: c, depth, step: chain.length + 1 });
    for (const n of next.get(c.id) ?? []) walk(n, depth + 1, chain);
  };
  for (const c of cycles) {
    if (c.previousCycleId && ids.has(c.previousCycleId)) continue;
    const chain: ChainItem<T>[] = [];
    walk(c, 0, chain);
    chains.push(chain);
  }
  for (const c of cycles) {
    if (!seen.has(c.id)) {
      const chain: ChainItem<T>[] = [];
      walk(c, 0, chain);
      chains.push(chain);
    }
  }
  return chains;
}

/** Text fields as the API wants them: trimmed, and null when empty. */
export function cleaned<T extends Record<string, string | null>>(fields: T): { [K in keyof T]: string | null } {
  const out = {} as { [K in keyof T]: string | null };
  for (const key of Object.keys(fields) as (keyof T)[]) {
    const value = fields[key];
    out[key] = value && value.trim() !== '' ? value.trim() : null;
  }
  return out;
}
