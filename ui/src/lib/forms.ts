// What every edit form on the area and PDSA screens does with a mutation's payload: run it, and
// sort its user errors into those at a field on the form and the rest (shown above the buttons).
import { tick } from 'svelte';
import { gql, errorsFor, type UserError } from './api';

export const USER_ERROR_FIELDS = 'errors { code field message messageNb messageEn }';

/** Runs a mutation whose payload (under `name`) has `errors`; returns the payload. */
export async function save<T extends { errors: UserError[] }>(mutation: string, name: string, input: unknown): Promise<T> {
  const data = await gql<Record<string, T>>(mutation, { input });
  return data[name];
}

/** The errors that belong to none of the form's fields. */
export function otherErrors(errors: UserError[], fields: string[]): UserError[] {
  return errors.filter((e) => !fields.some((f) => errorsFor([e], f).length > 0));
}

/** After a refused save: focus the first field marked invalid, or the first choice of an invalid group. */
export async function focusFirstInvalid(within: ParentNode = document): Promise<void> {
  await tick();
  (within.querySelector('[aria-invalid="true"], fieldset.invalid input') as HTMLElement | null)?.focus();
}
