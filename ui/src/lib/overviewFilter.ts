// The overview's filters: by the network's focus area (innsatsområde) and by engagement status. A service
// shows when its status matches and, with a focus area chosen, when it has an area in it; only those areas show.

export type EngagementStatus = 'ACTIVE' | 'NOT_STARTED' | 'STALLED';

export interface OverviewFilter {
  focusAreaId: string; // '' = every focus area
  status: EngagementStatus | ''; // '' = every status
}

interface FilterableArea {
  focusAreaId: string | null;
}

interface FilterableService<A extends FilterableArea> {
  engagement: { status: EngagementStatus };
  areas: A[];
}

export function filterServices<A extends FilterableArea, S extends FilterableService<A>>(services: S[], filter: OverviewFilter): S[] {
  return services
    .filter((s) => filter.status === '' || s.engagement.status === filter.status)
    .map((s) => (filter.focusAreaId === '' ? s : { ...s, areas: s.areas.filter((a) => a.focusAreaId === filter.focusAreaId) }))
    .filter((s) => filter.focusAreaId === '' || s.areas.length > 0);
}

/** The focus areas to offer: only those some area in the network is in, in the network's order. */
export function usedFocusAreas<F extends { id: string }>(focusAreas: F[], services: FilterableService<FilterableArea>[]): F[] {
  const used = new Set(services.flatMap((s) => s.areas.map((a) => a.focusAreaId)));
  return focusAreas.filter((f) => used.has(f.id));
}
