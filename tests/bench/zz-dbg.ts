import { Db } from '../../server/db/driver.ts';
import { neo4jConnection } from '../../server/config/neo4j-connection.ts';
const db = new Db(neo4jConnection());
try { console.log(await db.read('ingest/review-queue', { sourceId: null, after: '', first: 3, markings: ['PUBLIC','RESTRICTED'] })); } catch (e) { console.log(e); }
await db.close();
