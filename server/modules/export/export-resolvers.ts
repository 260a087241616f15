import type { AppContext } from '../../context.ts';
import { exportGraph, type ExportScopeInput } from './export-domain.ts';

export const exportResolvers = {
  Mutation: {
    exportGraph: (_: unknown, args: { scope: ExportScopeInput; format: string }, ctx: AppContext) => exportGraph(ctx, args.scope, args.format),
  },
};
