// One form's save as reactive state: busy while the mutation runs, the call's failure (network,
// forbidden) or the payload's user errors, and what to do when it went through.
import type { UserError } from './api';
import { save } from './forms';

export class Saver {
  busy = $state(false);
  failure = $state<unknown>(null);
  errors = $state<UserError[]>([]);

  /** Runs the mutation; `done` runs only when it had no user errors. Gives the payload, or null when the call failed. */
  async run<T extends { errors: UserError[] }>(mutation: string, name: string, input: unknown, done?: (payload: T) => unknown): Promise<T | null> {
    this.busy = true;
    this.failure = null;
    try {
      const payload = await save<T>(mutation, name, input);
      this.errors = payload.errors;
      if (payload.errors.length === 0) await done?.(payload);
      return payload;
    } catch (e) {
      this.failure = e;
      return null;
    } finally {
      this.busy = false;
    }
  }

  reset(): void {
    this.errors = [];
    this.failure = null;
  }
}
