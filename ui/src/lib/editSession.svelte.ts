// One edit form's life: the values as opened and the version they came from, what is typed, the
// save (busy, its failure, its user errors), and, after a save someone else beat, their version
// loaded underneath without losing what was typed.
import type { UserError } from './api';
import { rebase } from './editing';

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export class EditSession<F extends object> {
  open = $state(false);
  form = $state<F>({} as F);
  /** Fields someone else changed, taken in (or, in `both`, kept as typed) at the last reload. */
  theirs = $state<(keyof F)[]>([]);
  both = $state<(keyof F)[]>([]);
  busy = $state(false);
  failure = $state<unknown>(null);
  errors = $state<UserError[]>([]);
  version = 0;
  private opened: F = {} as F;

  /** Opens the form with these values; `focus` names the field to put the cursor in. */
  start(values: F, version: number, focus?: string): void {
    this.form = copy(values);
    this.opened = copy(values);
    this.version = version;
    this.theirs = [];
    this.both = [];
    this.errors = [];
    this.failure = null;
    this.open = true;
    if (focus) queueMicrotask(() => document.getElementById(focus)?.focus());
  }

  /** Their newer version becomes the base; what the person typed stays in the form. */
  reload(latest: F, version: number): void {
    const merged = rebase(this.opened, $state.snapshot(this.form) as F, latest);
    this.form = merged.form;
    this.theirs = merged.theirs;
    this.both = merged.both;
    this.opened = copy(latest);
    this.version = version;
    this.errors = [];
  }

  /** Reads the latest version (null: nothing to load) and reloads under what was typed. */
  async refetch(read: () => Promise<{ values: F; version: number } | null>): Promise<void> {
    this.failure = null;
    try {
      const latest = await read();
      if (latest) this.reload(latest.values, latest.version);
    } catch (e) {
      this.failure = e;
    }
  }

  /** Runs a save; `done` runs only when it had no user errors. True when it went through. */
  async save(work: () => Promise<{ errors: UserError[] }>, done?: () => unknown): Promise<boolean> {
    this.busy = true;
    this.failure = null;
    try {
      this.errors = (await work()).errors;
      if (this.errors.length > 0) return false;
      await done?.();
      return true;
    } catch (e) {
      this.failure = e;
      return false;
    } finally {
      this.busy = false;
    }
  }

  /** Closes the form; focus goes back to the button that opened it. */
  close(opener?: HTMLElement): void {
    this.open = false;
    this.theirs = [];
    this.both = [];
    if (opener) queueMicrotask(() => opener.focus());
  }
}
