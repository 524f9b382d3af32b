// A screen's one-click changes (add, end, remove) as reactive state: busy while one runs, what it
// said when it went through, and a failed call; the screen reads itself again after each change.
import type { UserError } from './api';

export class Changes {
  busy = $state(false);
  notice = $state<string | null>(null);
  failure = $state<unknown>(null);

  /** Runs the change; when it had no user errors, says `done` and runs `after`. Gives its user errors. */
  async run(work: () => Promise<{ errors: UserError[] }>, done: string, after: () => Promise<void>): Promise<UserError[]> {
    this.busy = true;
    this.notice = null;
    this.failure = null;
    try {
      const { errors } = await work();
      if (errors.length === 0) {
        this.notice = done;
        await after();
      }
      return errors;
    } catch (e) {
      this.failure = e;
      return [];
    } finally {
      this.busy = false;
    }
  }
}
