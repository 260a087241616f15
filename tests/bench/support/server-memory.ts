/**
 * Memory figures of `npm run bench`: the API process (RSS from /proc, V8 heap over its IPC
 * channel) and Neo4j (JVM heap from JMX; RSS from /proc when the server runs on this machine).
 *
 * Community 5.26 registers no org.neo4j JMX beans and has no metrics endpoint (both are
 * Enterprise features), so the page cache hit ratio is read from SHOW TRANSACTIONS: the page
 * hits and faults of a probe transaction, read while it is still open. Two figures: the working set (id
 * lookups and the hub's two-hop neighbourhood, as the measured reads touch) and a scan of every
 * node and relationship (does the whole store sit in the page cache?).
 */
import fs from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import neo4j, { type Driver } from 'neo4j-driver';

export interface ProcessMemory {
  rssMb: number | null;
  /** Peak RSS since the process started (VmHWM). */
  peakRssMb: number | null;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** RSS and peak RSS of a process on this machine, or nulls when it cannot be read. */
export function processMemory(pid: number | undefined): ProcessMemory {
  if (!pid) return { rssMb: null, peakRssMb: null };
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
    return { rssMb: Math.round(kb('VmRSS') / 102.4) / 10, peakRssMb: Math.round(kb('VmHWM') / 102.4) / 10 };
  } catch {
    return { rssMb: null, peakRssMb: null };
  }
}

export interface ApiMemory extends ProcessMemory {
  heapUsedMb: number | null;
  heapTotalMb: number | null;
}

/** The API child's memory; its V8 heap comes over IPC (tests/bench/support/api-server-process.ts). */
export function apiMemory(child: ChildProcess, pid: number): Promise<ApiMemory> {
  const rss = processMemory(pid);
  if (!child.connected) return Promise.resolve({ ...rss, heapUsedMb: null, heapTotalMb: null });
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.off('message', onMessage);
      resolve({ ...rss, heapUsedMb: null, heapTotalMb: null });
    }, 5000);
    const onMessage = (message: unknown) => {
      const memory = (message as { memory?: NodeJS.MemoryUsage }).memory;
      if (!memory) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve({ ...rss, heapUsedMb: mb(memory.heapUsed), heapTotalMb: mb(memory.heapTotal) });
    };
    child.on('message', onMessage);
    child.send('memory');
  });
}

export interface Neo4jMemory extends ProcessMemory {
  pid: number | null;
  heapUsedMb: number | null;
  heapCommittedMb: number | null;
  heapMaxMb: number | null;
  pageCache: {
    method: string;
    workingSetHitRatio: number | null;
    workingSetHits: number;
    workingSetMisses: number;
    fullScanHitRatio: number | null;
    fullScanHits: number;
    fullScanMisses: number;
  };
}

const num = (v: unknown): number => (neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : Number(v));

/**
 * Runs the statements in one read transaction tagged with metadata and, before it ends, reads
 * its page hits and faults from SHOW TRANSACTIONS (Community's PROFILE reports none for them).
 */
async function pageCacheOf(driver: Driver, statements: { text: string; params?: Record<string, unknown> }[]) {
  const tag = `bench-page-cache-${process.pid}-${Date.now()}`;
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  const tx = session.beginTransaction({ metadata: { probe: tag } });
  try {
    for (const s of statements) await tx.run(s.text, s.params ?? {});
    const { records } = await driver.executeQuery(
      'SHOW TRANSACTIONS YIELD metaData, pageHits, pageFaults WHERE metaData.probe = $tag RETURN pageHits, pageFaults',
      { tag },
    );
    const hits = num(records[0]?.get('pageHits') ?? 0);
    const misses = num(records[0]?.get('pageFaults') ?? 0);
    return { hits, misses, ratio: hits + misses > 0 ? Math.round((hits / (hits + misses)) * 10000) / 10000 : null };
  } finally {
    await tx.rollback();
    await session.close();
  }
}

/** Neo4j's heap (JMX), RSS (when local) and page cache hit ratios (PROFILE probes). */
export async function neo4jMemory(driver: Driver, probe: { hub: string; lookupIds: string[] }): Promise<Neo4jMemory> {
  const { records } = await driver.executeQuery(
    "CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties AS heap",
  );
  const heap = (records[0]?.get('heap') ?? {}) as Record<string, unknown>;
  const runtime = await driver.executeQuery("CALL dbms.queryJmx('java.lang:type=Runtime') YIELD attributes RETURN attributes.Pid.value AS pid").catch(() => undefined);
  const pid = runtime ? num(runtime.records[0]?.get('pid')) : Number.NaN;
  const localPid = Number.isInteger(pid) && pid > 0 && fs.existsSync(`/proc/${pid}`) ? pid : undefined;
  const working = await pageCacheOf(driver, [
    { text: 'UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN count(n.name)', params: { ids: probe.lookupIds.slice(0, 2000) } },
    { text: 'MATCH (h:Entity {id: $hub})-[*1..2]-(n) RETURN count(DISTINCT n)', params: { hub: probe.hub } },
  ]);
  const scan = await pageCacheOf(driver, [
    { text: 'MATCH (n) RETURN count(n.name)' },
    { text: 'MATCH ()-[r]->() RETURN count(r.marking)' },
  ]);
  return {
    pid: localPid ?? null,
    ...processMemory(localPid),
    heapUsedMb: heap.used !== undefined ? mb(num(heap.used)) : null,
    heapCommittedMb: heap.committed !== undefined ? mb(num(heap.committed)) : null,
    heapMaxMb: heap.max !== undefined ? mb(num(heap.max)) : null,
    pageCache: {
      method: 'page hits and faults of probe transactions, from SHOW TRANSACTIONS (Community 5.26 has no page cache JMX bean or metrics)',
      workingSetHitRatio: working.ratio,
      workingSetHits: working.hits,
      workingSetMisses: working.misses,
      fullScanHitRatio: scan.ratio,
      fullScanHits: scan.hits,
      fullScanMisses: scan.misses,
    },
  };
}
