// The pure parts of the edit forms: what someone else changed while a form was open (so a refused
// save can load their version and keep what was typed), and the small conversions every form needs.

/** The keys whose values differ between the version a form opened and the one saved since. */
export function changedByOthers<T extends object>(opened: T, latest: T): (keyof T)[] {
  return (Object.keys(latest) as (keyof T)[]).filter((key) => JSON.stringify(opened[key]) !== JSON.stringify(latest[key]));
}

/**
 * After a save was refused because someone else saved first: the form on top of their version.
 * Fields the person left as they opened them take the newer values; fields they changed keep what
 * they typed. `theirs` names the fields someone else changed, `both` those of them the person also
 * changed (their typing was kept there, so they should look).
 */
export function rebase<T extends object>(opened: T, typed: T, latest: T): { form: T; theirs: (keyof T)[]; both: (keyof T)[] } {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const theirs = changedByOthers(opened, latest);
  const both = theirs.filter((key) => !same(typed[key], opened[key]) && !same(typed[key], latest[key]));
  const form = { ...typed };
  for (const key of theirs) if (same(typed[key], opened[key])) form[key] = latest[key];
  return { form, theirs, both };
}

/** A typed text as the API wants it: trimmed, and null when empty. */
export function blankToNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** A moment from the API as a `datetime-local` field's value, in the browser's time zone. */
export function isoToLocalDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
