import type { AppContext } from '../../context.ts';
import { deleteView, findView, listViews, saveView, viewPart, type SavedViewInput, type SavedViewRecord } from './views-domain.ts';

export const viewsResolvers = {
  Query: {
    view: (_: unknown, { id }: { id: string }, ctx: AppContext) => findView(ctx, id),
    views: (_: unknown, __: unknown, ctx: AppContext) => listViews(ctx),
  },
  Mutation: {
    saveView: (_: unknown, { input }: { input: SavedViewInput }, ctx: AppContext) => saveView(ctx, input),
    deleteView: (_: unknown, { id }: { id: string }, ctx: AppContext) => deleteView(ctx, id),
  },
  SavedView: {
    mine: (view: SavedViewRecord, _: unknown, ctx: AppContext) => view.owner === ctx.viewer.identity?.name,
    state: (view: SavedViewRecord, _: unknown, ctx: AppContext) => viewPart(ctx, view, 'state'),
    positions: (view: SavedViewRecord, _: unknown, ctx: AppContext) => viewPart(ctx, view, 'positions'),
  },
};
