/**
 * Views stored on the server (server/modules/views): save, list, open and delete. A view the
 * signed-in user may not open answers exactly like one that does not exist (null).
 */
import type { Position } from '../graph/geographic-positions.ts';
import { DEFAULT_LAYOUT, isLayoutName } from '../graph/layouts.ts';
import { emptyViewState, type ViewState } from '../state/view-state.ts';
import type { SavedViewSummary } from './api-types.ts';
import { graphqlRequest } from './graphql-transport.ts';

export type { SavedViewSummary };

/** A stored view with what is needed to open it. */
export interface StoredView extends SavedViewSummary {
  state: ViewState;
  positions: Record<string, Position> | null;
}

const SUMMARY = /* GraphQL */ `id name owner savedAt marking nodeCount shared mine`;

/** Stores the view under a new short id; `shared` lists it for everyone who may see it (a link opens it either way). */
export async function saveView(name: string, state: ViewState, positions: Record<string, Position> | undefined, shared = false): Promise<SavedViewSummary> {
  const { positions: _inState, ...rest } = state;
  const data = await graphqlRequest<{ saveView: SavedViewSummary }>(
    /* GraphQL */ `mutation SaveView($input: SavedViewInput!) { saveView(input: $input) { ${SUMMARY} } }`,
    { input: { name, state: rest, positions: positions ?? null, shared } },
  );
  return data.saveView;
}

export async function listViews(): Promise<SavedViewSummary[]> {
  const data = await graphqlRequest<{ views: SavedViewSummary[] }>(/* GraphQL */ `query Views { views { ${SUMMARY} } }`);
  return data.views;
}

/** The view, or null when it does not exist or the user may not open it (the server does not say which). */
export async function fetchView(id: string): Promise<StoredView | null> {
  const data = await graphqlRequest<{ view: StoredView | null }>(
    /* GraphQL */ `query View($id: ID!) { view(id: $id) { ${SUMMARY} state positions } }`,
    { id },
  );
  const view = data.view;
  if (!view) return null;
  // The server checked the state's shape; the layout names are the explorer's own.
  const state = { ...emptyViewState(), ...view.state };
  return { ...view, state: { ...state, layout: isLayoutName(state.layout) ? state.layout : DEFAULT_LAYOUT } };
}

export async function deleteView(id: string): Promise<void> {
  await graphqlRequest(/* GraphQL */ `mutation DeleteView($id: ID!) { deleteView(id: $id) { id deleted } }`, { id });
}
