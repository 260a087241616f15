/** What the project's command-line tools share: reading `--name value` options, and `--as <user>`. */
import { findUser } from '../auth/auth-service.ts';
import { markingsFor } from '../auth/roles.ts';
import { neo4jConnection } from '../config/neo4j-connection.ts';
import { Db } from '../db/driver.ts';
import { MARKINGS } from '../domain/model.ts';

export function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/**
 * The markings a command works under: that user's clearance with `--as <name>`, else all of them
 * (the command line talks to the database directly). Null when no user has that name.
 */
async function markingsAs(db: Db, name: string | undefined): Promise<string[] | null> {
  if (!name) return [...MARKINGS];
  const user = await findUser(db, name);
  return user ? markingsFor(user.clearance as never) : null;
}

/** Who a command acts as: the clearance it works under and the name the audit log records. */
export interface CliActor {
  markings: string[];
  actor: string;
}

/**
 * Opens the database, finds who `--as` names (exit code 2 when nobody), runs `work` as them and
 * closes the database whatever happens.
 */
export async function withDatabaseAs(args: string[], work: (db: Db, as: CliActor) => Promise<number>): Promise<number> {
  const db = new Db(neo4jConnection());
  try {
    const name = option(args, '--as');
    const markings = await markingsAs(db, name);
    if (!markings) {
      console.error(`No user named "${name}".`);
      return 2;
    }
    return await work(db, { markings, actor: name ?? `cli:${process.env.USER ?? 'local'}` });
  } finally {
    await db.close();
  }
}
