import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../../context.ts';
import { checkDepth } from '../entity/entity-resolvers.ts';
import { search, type SearchArgs } from './search-domain.ts';
import { linkCaption, searchNotes, type NoteSearchArgs } from './note-search-domain.ts';

export const searchResolvers = {
  Query: {
    search: (_: unknown, args: SearchArgs, ctx: AppContext, info: GraphQLResolveInfo) => search(ctx, args, checkDepth(info)),
    searchNotes: (_: unknown, args: NoteSearchArgs, ctx: AppContext, info: GraphQLResolveInfo) => searchNotes(ctx, args, checkDepth(info)),
  },
  NoteLink: {
    caption: (link: { type: string }) => linkCaption(link),
  },
};
