/** What the project's command-line tools share: reading `--name value` options and `--as <user>`. */
import { findUser } from '../auth/auth-service.ts';
import { markingsFor } from '../auth/roles.ts';
import type { Db } from '../db/driver.ts';
import { MARKINGS } from '../domain/model.ts';

export function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/**
 * The markings a command works under: that user's clearance with `--as <name>`, else all of them
 * (the command line talks to the database directly). Null when no user has that name.
 */
export async function markingsAs(db: Db, name: string | undefined): Promise<string[] | null> {
  if (!name) return [...MARKINGS];
  const user = await findUser(db, name);
  return user ? markingsFor(user.clearance as never) : null;
}
