/**
 * One compiled query in the making: its parameters and fresh variable names. Values always go
 * in as parameters; only names from the model's allowlists (server/db/labels.ts) and names made
 * here are ever part of the text.
 */
import type { RequestScope } from './selection.ts';
import { MARKINGS_PARAM } from './visibility.ts';

export class Compilation {
  readonly params: Record<string, unknown>;
  readonly scope: RequestScope;
  private counter = 0;

  constructor(scope: RequestScope, markings: readonly string[]) {
    this.scope = scope;
    this.params = { [MARKINGS_PARAM]: [...markings] };
  }

  /** A new parameter holding `value`; returns its reference (`$p3`). */
  param(value: unknown): string {
    const name = `p${this.counter++}`;
    this.params[name] = value;
    return `$${name}`;
  }

  /** A variable name no other part of this query uses. */
  variable(prefix: string): string {
    return `${prefix}${this.counter++}`;
  }
}
