// `node(id:)` and `nodes(ids:)`: any object of the graph by its global ID (Relay's Node interface).
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { badUserInput, notFound } from '../errors';
import { fromGlobalId, MAX_PAGE_SIZE, Node } from '../relay';
import { loadNodeOfType } from '../../data/node';

async function loadNode(context: Context, globalId: string, field: string): Promise<object> {
  const { type, id } = fromGlobalId(globalId, field);
  const node = await loadNodeOfType(context, type, id);
  if (!node) throw notFound(`Could not resolve to a node with the global ID "${globalId}"`);
  return node;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global ID.' })
  node(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return loadNode(context, id, 'id');
  }

  @Query(() => [Node], { nullable: 'items', description: `Objects by global ID, in order (at most ${MAX_PAGE_SIZE}; a repeated ID is loaded once).` })
  nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() context: Context) {
    if (ids.length > MAX_PAGE_SIZE) throw badUserInput('ids', `at most ${MAX_PAGE_SIZE} IDs, got ${ids.length}`);
    // A repeated ID is collapsed: loaded once (the loaders batch and deduplicate), answered at each of
    // its positions as Relay's `nodes` must; the cost analysis counts every position.
    return ids.map((id, index) => loadNode(context, id, `ids.${index}`));
  }
}
