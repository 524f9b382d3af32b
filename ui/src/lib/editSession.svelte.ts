// One edit form's life: the values as opened and the version they came from, what is typed, and,
// after a save someone else beat, their version loaded underneath without losing what was typed.
import { rebase } from './editing';

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export class EditSession<F extends object> {
  open = $state(false);
  form = $state<F>({} as F);
  /** Fields someone else changed, taken in (or, in `both`, kept as typed) at the last reload. */
  theirs = $state<(keyof F)[]>([]);
  both = $state<(keyof F)[]>([]);
  version = 0;
  private opened: F = {} as F;

  start(values: F, version: number): void {
    this.form = copy(values);
    this.opened = copy(values);
    this.version = version;
    this.theirs = [];
    this.both = [];
    this.open = true;
  }

  /** Their newer version becomes the base; what the person typed stays in the form. */
  reload(latest: F, version: number): void {
    const merged = rebase(this.opened, $state.snapshot(this.form) as F, latest);
    this.form = merged.form;
    this.theirs = merged.theirs;
    this.both = merged.both;
    this.opened = copy(latest);
    this.version = version;
  }

  close(): void {
    this.open = false;
    this.theirs = [];
    this.both = [];
  }
}
