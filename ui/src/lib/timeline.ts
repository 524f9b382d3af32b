// An improvement area's history as one dated list: status changes and milestones, oldest first.

export interface StatusChange {
  from: string | null;
  to: string;
  date: string;
  note: string | null;
  by: { name: string };
}

export interface MilestoneEntry {
  id: string;
  date: string;
  title: string;
  description: string | null;
  by: { name: string };
}

export type TimelineEntry = { kind: 'status'; date: string; change: StatusChange } | { kind: 'milestone'; date: string; milestone: MilestoneEntry };

export function timeline(changes: StatusChange[], milestones: MilestoneEntry[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...changes.map((change) => ({ kind: 'status' as const, date: change.date, change })),
    ...milestones.map((milestone) => ({ kind: 'milestone' as const, date: milestone.date, milestone })),
  ];
  // Stable: on the same day a status change comes before a milestone, each in its own order.
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.e.kind === b.e.kind ? a.i - b.i : a.e.kind === 'status' ? -1 : 1))
    .map(({ e }) => e);
}

/** The progress scale's steps: 1.0 to 5.0 in halves. */
export const progressSteps: number[] = Array.from({ length: 9 }, (_, i) => 1 + i / 2);
