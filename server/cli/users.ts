/**
 * npm run users -- <command>: users and API tokens for scripts and developers.
 *   list
 *   create <name> --role viewer|analyst|admin --clearance PUBLIC|RESTRICTED|CONFIDENTIAL
 *   update <name> [--role ...] [--clearance ...] [--disable]
 *   token <name> [--label <text>] [--expires-days <n>]     prints a new API token (shown once)
 *   revoke <token id>                                      revokes an API token (running servers refuse it
 *                                                          within their CREDENTIAL_CACHE_MS)
 *   signin-link <name>                                     prints a one-time sign-in link
 */
import { runCli } from '../../neo4j/scripts/runtime-errors.ts';
import { applySchema } from '../../seed/load.ts';
import { createApiToken, createSignInLink, createUser, listUsers, revokeCredential, updateUser } from '../auth/auth-service.ts';
import { neo4jConnection } from '../config/neo4j-connection.ts';
import { Db } from '../db/driver.ts';
import { option } from './cli-args.ts';

const ACTOR = `cli:${process.env.USER ?? 'local'}`;


async function main(args: string[]): Promise<number> {
  const [command, subject] = args;
  if (!command || command === 'help') {
    console.log('Usage: npm run users -- list | create <name> --role <role> --clearance <marking> | update <name> [--role r] [--clearance c] [--disable] | token <name> [--label t] [--expires-days n] | revoke <token id> | signin-link <name>');
    return command ? 0 : 2;
  }
  const db = new Db(neo4jConnection());
  try {
    await applySchema(db);
    switch (command) {
      case 'list':
        for (const { user, tokens } of await listUsers(db)) {
          console.log(`${user.name}\t${user.role}\t${user.clearance}${user.disabledAt ? '\tdisabled' : ''}`);
          for (const t of tokens) console.log(`  token ${t.id}${t.label ? ` (${t.label})` : ''}${t.expiresAt ? ` expires ${new Date(t.expiresAt).toISOString()}` : ''}`);
        }
        return 0;
      case 'create': {
        const user = await createUser(db, ACTOR, subject ?? '', option(args, '--role') ?? 'viewer', option(args, '--clearance') ?? 'PUBLIC');
        console.log(`Created ${user.name} (${user.role}, clearance ${user.clearance}).`);
        return 0;
      }
      case 'update': {
        const user = await updateUser(db, ACTOR, subject ?? '', { role: option(args, '--role'), clearance: option(args, '--clearance'), disable: args.includes('--disable') });
        console.log(`Updated ${user.name}: ${user.role}, clearance ${user.clearance}${user.disabledAt ? ', disabled' : ''}.`);
        return 0;
      }
      case 'token': {
        const days = option(args, '--expires-days');
        const made = await createApiToken(db, ACTOR, subject ?? '', option(args, '--label') ?? null, days === undefined ? null : Number(days));
        console.log(`API token ${made.id} for ${made.user.name} (shown only now):\n${made.token}\nUse it as: Authorization: Bearer <token>`);
        return 0;
      }
      case 'revoke':
        await revokeCredential(db, ACTOR, subject ?? '');
        console.log(`Revoked ${subject}.`);
        return 0;
      case 'signin-link': {
        const link = await createSignInLink(db, ACTOR, subject ?? '');
        const port = process.env.PORT ?? '4000';
        console.log(`One-time sign-in link (24 h): http://127.0.0.1:${port}/auth/signin?token=${link}`);
        return 0;
      }
      default:
        console.error(`Unknown command "${command}". Try: npm run users -- help`);
        return 2;
    }
  } finally {
    await db.close();
  }
}

await runCli(main);
