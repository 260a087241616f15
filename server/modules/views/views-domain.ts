/**
 * The explorer's views stored on the server (:SavedView): a view state (the entity ids on the
 * canvas, layout, filters, hides, pins, selection) and node positions, with a name, an owner and
 * a marking.
 *
 * - A view's marking is the highest marking of the entities it holds, computed here from the
 *   database at save time, never taken from the client. Ids the saver cannot see are refused
 *   exactly like ids that do not exist (one message, naming the ids as sent).
 * - A view is visible to whoever may see everything in it: every query applies the visibility
 *   rule to the view's marking (server/query/visibility.ts), so a view above a viewer's
 *   clearance reads exactly like an id that does not exist (`view(id)` is null, a delete is
 *   NOT_FOUND), with nothing of its name, owner or size.
 * - Any signed-in user may save views and delete their own (admins: any they may see). Saving
 *   changes no knowledge, so the knowledge write authority does not apply beyond "only what the
 *   writer can see". Saves and deletes are audited in the same transaction, with the view's marking.
 * - The ids a view holds are kept as a list property, not as relationships, so no traversal or
 *   degree of the graph ever meets a view.
 */
import { randomBytes } from 'node:crypto';
import { auditRow } from '../../auth/audit.ts';
import type { AppContext } from '../../context.ts';
import { q } from '../../db/cypher.ts';
import { isKind, isRelationshipType } from '../../domain/derive.ts';
import { MARKINGS } from '../../domain/model.ts';
import { stricterMarking } from '../../domain/provenance.ts';
import { badInput, notFound } from '../../errors.ts';
import { checkMadeBy } from '../../auth/roles.ts';
import { INTERACTIVE_WRITE_TIMEOUT_MS } from '../../db/driver.ts';
import { VIEW_ID_PATTERN, VIEW_LIMITS } from './view-limits.ts';

export interface SavedViewInput {
  name: string;
  state: Record<string, unknown>;
  positions?: Record<string, unknown> | null;
  shared?: boolean | null;
}

/** A view as the API returns it; `state` and `positions` are read only when asked for. */
export interface SavedViewRecord {
  id: string;
  name: string;
  owner: string;
  savedAt: string;
  marking: string;
  nodeCount: number;
  shared: boolean;
  state?: string | null;
  positions?: string | null;
}

interface Position {
  x: number;
  y: number;
}

/** The view state as stored: only what the explorer's view state holds, checked. */
interface StoredState {
  ids: string[];
  layout: string;
  hiddenKinds: string[];
  hiddenTypes: string[];
  hiddenIds: string[];
  pinnedIds: string[];
  timeRange: { from: string; to: string } | null;
  selectedId: string | null;
}

const LAYOUT = /^[a-z][a-z-]{0,39}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_ID = 200;
/** What a missing view, or one above the viewer's clearance, answers to a delete: the same words. */
const noView = (id: string) => notFound(`No view with id "${id}".`);

const strings = (value: unknown, field: string, max: number): string[] => {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.length === 0 || v.length > MAX_ID)) {
    throw badInput(`state.${field} must be a list of ids (strings of 1 to ${MAX_ID} characters).`, 'state');
  }
  if (value.length > max) throw badInput(`state.${field} holds ${value.length} items; at most ${max}.`, 'state');
  return [...new Set(value as string[])];
};

/** Checks the state the explorer sends; anything it does not know is dropped. */
export function checkState(state: unknown): StoredState {
  if (!state || typeof state !== 'object' || Array.isArray(state)) throw badInput('state must be an object with the ids of the view.', 'state');
  const s = state as Record<string, unknown>;
  const ids = strings(s.ids, 'ids', VIEW_LIMITS.ids);
  if (ids.length === 0) throw badInput('A view needs at least one entity (state.ids is empty).', 'state');
  const onCanvas = new Set(ids);
  const within = (field: string) => {
    const list = strings(s[field], field, VIEW_LIMITS.ids);
    const outside = list.filter((id) => !onCanvas.has(id));
    if (outside.length) throw badInput(`state.${field} names ids that are not in state.ids: ${outside.slice(0, 5).join(', ')}.`, 'state');
    return list;
  };
  const layout = s.layout ?? 'force';
  if (typeof layout !== 'string' || !LAYOUT.test(layout)) throw badInput('state.layout must be a layout name.', 'state');
  const hiddenKinds = strings(s.hiddenKinds, 'hiddenKinds', 100);
  const unknownKind = hiddenKinds.find((k) => !isKind(k));
  if (unknownKind) throw badInput(`state.hiddenKinds: "${unknownKind}" is not a kind.`, 'state');
  const hiddenTypes = strings(s.hiddenTypes, 'hiddenTypes', 100);
  const unknownType = hiddenTypes.find((t) => !isRelationshipType(t));
  if (unknownType) throw badInput(`state.hiddenTypes: "${unknownType}" is not a relationship type.`, 'state');
  let timeRange: StoredState['timeRange'] = null;
  if (s.timeRange !== undefined && s.timeRange !== null) {
    const t = s.timeRange as Record<string, unknown>;
    if (typeof t !== 'object' || typeof t.from !== 'string' || typeof t.to !== 'string' || !ISO_DATE.test(t.from) || !ISO_DATE.test(t.to) || t.from > t.to) {
      throw badInput('state.timeRange must be {from, to} with ISO dates, from not after to.', 'state');
    }
    timeRange = { from: t.from, to: t.to };
  }
  const selectedId = s.selectedId ?? null;
  if (selectedId !== null && (typeof selectedId !== 'string' || !onCanvas.has(selectedId))) throw badInput('state.selectedId must be one of state.ids.', 'state');
  return { ids, layout, hiddenKinds, hiddenTypes, hiddenIds: within('hiddenIds'), pinnedIds: within('pinnedIds'), timeRange, selectedId: selectedId as string | null };
}

/** Positions by id, only of ids in the view, as finite numbers. */
export function checkPositions(positions: unknown, ids: readonly string[]): Record<string, Position> | null {
  if (positions === undefined || positions === null) return null;
  if (typeof positions !== 'object' || Array.isArray(positions)) throw badInput('positions must be an object of {x, y} by entity id.', 'positions');
  const onCanvas = new Set(ids);
  const out: Record<string, Position> = {};
  for (const [id, p] of Object.entries(positions as Record<string, unknown>)) {
    if (!onCanvas.has(id)) throw badInput(`positions names an id that is not in state.ids: ${id.slice(0, MAX_ID)}.`, 'positions');
    const { x, y } = (p ?? {}) as Record<string, unknown>;
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) throw badInput(`positions.${id} must be {x, y} with finite numbers.`, 'positions');
    out[id] = { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
  }
  return out;
}

/** 7 random bytes in base64url: 10 URL-safe characters. Uniqueness is held by the schema's constraint. */
export const newViewId = (): string => randomBytes(7).toString('base64url');

const highestMarking = (markings: string[]): string => markings.reduce((a, b) => stricterMarking(a, b), MARKINGS[0]);

type Run = (cypher: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>;


const auditView = (run: Run, ctx: AppContext, action: 'view-saved' | 'view-deleted', view: SavedViewRecord, ids: string[] | null) =>
  run(q('audit/record-event'), {
    event: auditRow({
      actor: ctx.viewer.identity!.name,
      action,
      outcome: 'success',
      target: view.id,
      before: action === 'view-deleted' ? { id: view.id, name: view.name, owner: view.owner, nodeCount: view.nodeCount } : null,
      after: action === 'view-saved' ? { id: view.id, name: view.name, owner: view.owner, nodeCount: view.nodeCount, ids } : null,
      marking: view.marking,
    }),
  });

export async function saveView(ctx: AppContext, input: SavedViewInput): Promise<SavedViewRecord> {
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (!name || name.length > VIEW_LIMITS.name) throw badInput(`A view's name must be 1 to ${VIEW_LIMITS.name} characters.`, 'name');
  const state = checkState(input.state);
  const positions = checkPositions(input.positions, state.ids);
  return ctx.db.writeTransaction(async (run) => {
    const held = await run(q('views/held-entities'), { ids: state.ids, markings: ctx.viewer.markings });
    const found = new Set(held.map((r) => r.id as string));
    const missing = state.ids.filter((id) => !found.has(id));
    // Hidden and non-existent ids alike: the saver learns nothing they could not already see.
    if (missing.length) {
      throw badInput(`The view holds ${missing.length} id${missing.length === 1 ? '' : 's'} that no entity you can see has: ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', ...' : ''}.`, 'state');
    }
    const view = {
      id: newViewId(),
      name,
      owner: ctx.viewer.identity!.name,
      savedAt: new Date().toISOString(),
      marking: highestMarking(held.map((r) => r.marking as string)),
      nodeCount: state.ids.length,
      shared: input.shared === true,
      entityIds: state.ids,
      state: JSON.stringify(state),
      positions: positions ? JSON.stringify(positions) : null,
    };
    const [row] = await run(q('view-writes/create-view'), { view, markings: ctx.viewer.markings });
    const saved = row!.view as SavedViewRecord;
    await auditView(run, ctx, 'view-saved', saved, state.ids);
    return saved;
  }, INTERACTIVE_WRITE_TIMEOUT_MS);
}

/**
 * Called by every write that sets an entity's marking (knowledge upsertEntity), in its
 * transaction: the views holding the entity become at least as strict as it is now.
 */
export async function raiseViewMarkings(run: Run, id: string, marking: string): Promise<void> {
  const at = MARKINGS.indexOf(marking as (typeof MARKINGS)[number]);
  if (at > 0) await run(q('knowledge/raise-view-markings'), { id, marking, lessStrict: MARKINGS.slice(0, at) });
}

const wellFormed = (id: unknown): id is string => typeof id === 'string' && VIEW_ID_PATTERN.test(id);

/** The view, or null when it does not exist or holds anything above the viewer's clearance (alike). */
export async function findView(ctx: AppContext, id: string): Promise<SavedViewRecord | null> {
  if (!wellFormed(id)) return null;
  const [row] = await ctx.db.read('views/find-view', { id, markings: ctx.viewer.markings });
  const view = row?.view as SavedViewRecord | undefined;
  return view ? visibleContent(ctx, view) : null;
}

/**
 * The view with only the entities the viewer may see today. Its marking already keeps it from
 * anyone below what it holds (raiseViewMarkings); this also drops entities deleted since it was
 * saved, and holds whatever else changes a marking (a seed load) to the rule: no hidden id is
 * ever returned.
 */
async function visibleContent(ctx: AppContext, view: SavedViewRecord): Promise<SavedViewRecord> {
  const state = JSON.parse(view.state ?? '{}') as StoredState;
  const held = await ctx.db.read('views/held-entities', { ids: state.ids ?? [], markings: ctx.viewer.markings });
  const visible = new Set(held.map((r) => r.id as string));
  if (visible.size === (state.ids ?? []).length) return view;
  const keep = (ids: string[]) => ids.filter((i) => visible.has(i));
  const shown: StoredState = {
    ...state,
    ids: keep(state.ids),
    hiddenIds: keep(state.hiddenIds),
    pinnedIds: keep(state.pinnedIds),
    selectedId: state.selectedId && visible.has(state.selectedId) ? state.selectedId : null,
  };
  const positions = view.positions ? Object.fromEntries(Object.entries(JSON.parse(view.positions) as Record<string, Position>).filter(([i]) => visible.has(i))) : null;
  return { ...view, state: JSON.stringify(shown), positions: positions ? JSON.stringify(positions) : null };
}

export async function listViews(ctx: AppContext): Promise<SavedViewRecord[]> {
  const rows = await ctx.db.read('views/list-views', { owner: ctx.viewer.identity!.name, markings: ctx.viewer.markings, limit: VIEW_LIMITS.list });
  return rows.map((r) => r.view as SavedViewRecord);
}

/** Deletes a view the viewer may see and owns (admins: any they may see). */
export async function deleteView(ctx: AppContext, id: string): Promise<{ id: string; deleted: boolean }> {
  if (!wellFormed(id)) throw noView(String(id).slice(0, MAX_ID));
  return ctx.db.writeTransaction(async (run) => {
    const [row] = await run(q('views/find-view'), { id, markings: ctx.viewer.markings });
    const view = row?.view as SavedViewRecord | undefined;
    if (!view) throw noView(id);
    checkMadeBy(ctx.viewer.identity!, view.owner, `The view "${id}"`, 'owner');
    await run(q('view-writes/delete-view'), { id, markings: ctx.viewer.markings });
    await auditView(run, ctx, 'view-deleted', view, null);
    return { id, deleted: true };
  }, INTERACTIVE_WRITE_TIMEOUT_MS);
}

/** The stored JSON text of a view's state or positions, read from the database when the record lacks it. */
export async function viewPart(ctx: AppContext, view: SavedViewRecord, part: 'state' | 'positions'): Promise<Record<string, unknown> | null> {
  const text = view[part] !== undefined ? view[part] : (await findView(ctx, view.id))?.[part];
  return typeof text === 'string' ? (JSON.parse(text) as Record<string, unknown>) : null;
}
