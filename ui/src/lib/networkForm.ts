// A network's details as the settings form holds them, and the input updateNetwork takes. The API
// replaces every field, so the form always sends all of them: focus areas left out would be removed.
import { blankToNull } from './editing';

export interface FocusAreaRow {
  id: string | null; // null: new, the API gives it an id
  name: string;
  goals: string;
}

export interface NetworkFormValues {
  name: string;
  theme: string;
  description: string;
  startDate: string;
  endDate: string;
  stalledAfterWeeks: string;
  focusAreas: FocusAreaRow[];
}

export interface NetworkDetails {
  name: string;
  theme: string | null;
  description: string | null;
  startDate: string | null;
  endDate: string | null;
  stalledAfterWeeks: number;
  focusAreas: { id: string; name: string; goals: string | null }[];
}

export const NETWORK_DETAILS = 'name theme description startDate endDate stalledAfterWeeks focusAreas { id name goals } version';

export const NETWORK_FIELDS = ['name', 'theme', 'description', 'startDate', 'endDate', 'stalledAfterWeeks', 'focusAreas'];

export function networkFormOf(n: NetworkDetails): NetworkFormValues {
  return {
    name: n.name,
    theme: n.theme ?? '',
    description: n.description ?? '',
    startDate: n.startDate ?? '',
    endDate: n.endDate ?? '',
    stalledAfterWeeks: String(n.stalledAfterWeeks),
    focusAreas: n.focusAreas.map((f) => ({ id: f.id, name: f.name, goals: f.goals ?? '' })),
  };
}

/** The NetworkInput for the form, or null when the weeks are not a whole number (the API checks the range). */
export function networkInput(form: NetworkFormValues): Record<string, unknown> | null {
  if (!/^\s*\d{1,3}\s*$/.test(form.stalledAfterWeeks)) return null;
  const weeks = Number(form.stalledAfterWeeks);
  return {
    name: form.name.trim(),
    theme: blankToNull(form.theme),
    description: blankToNull(form.description),
    startDate: form.startDate || null,
    endDate: form.endDate || null,
    stalledAfterWeeks: weeks,
    focusAreas: form.focusAreas.map((f) => ({ ...(f.id ? { id: f.id } : {}), name: f.name.trim(), goals: blankToNull(f.goals) })),
  };
}
