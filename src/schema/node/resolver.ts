// `node(id:)` and `nodes(ids:)`: any object of the graph by its global ID (Relay's Node interface).
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import { readCompiledNodes } from '../compiled';
import type { Context } from '../context';
import { badUserInput, notFound } from '../errors';
import { DecodedGlobalId, fromGlobalId, MAX_PAGE_SIZE, Node } from '../relay';
import { loadNodeOfType } from '../../data/node';

async function loadNode(context: Context, globalId: string, field: string): Promise<object> {
  const { type, id } = fromGlobalId(globalId, field);
  const node = await loadNodeOfType(context, type, id);
  if (!node) throw notFound(`Could not resolve to a node with the global ID "${globalId}"`);
  return node;
}

/**
 * The rows of `globalIds`, each with all that is selected under it, in one statement when the
 * compiler answers the selection: a row, or the error its position reports (an ID that is not one,
 * or names nothing); undefined when not compiled.
 */
async function readNodes(context: Context, globalIds: string[], fields: string[], info: GraphQLResolveInfo) {
  const decoded = globalIds.map((globalId, index): DecodedGlobalId | Error => {
    try {
      return fromGlobalId(globalId, fields[index]);
    } catch (error) {
      return error as Error;
    }
  });
  // A repeated ID is read once, and answered at each of its positions.
  const distinct = new Map<string, DecodedGlobalId>();
  for (const node of decoded) if (!(node instanceof Error)) distinct.set(`${node.type}:${node.id}`, node);
  const rows = distinct.size ? await readCompiledNodes(context, [...distinct.values()], info) : [];
  if (!rows) return undefined;
  const byKey = new Map([...distinct.keys()].map((key, index) => [key, rows[index]]));
  return decoded.map((node, index) => {
    if (node instanceof Error) return Promise.reject(node);
    return byKey.get(`${node.type}:${node.id}`) ?? Promise.reject(notFound(`Could not resolve to a node with the global ID "${globalIds[index]}"`));
  });
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global ID.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = await readNodes(context, [id], ['id'], info);
    return compiled ? compiled[0] : loadNode(context, id, 'id');
  }

  @Query(() => [Node], { nullable: 'items', description: `Objects by global ID, in order (at most ${MAX_PAGE_SIZE}; a repeated ID is loaded once).` })
  async nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    if (ids.length > MAX_PAGE_SIZE) throw badUserInput('ids', `at most ${MAX_PAGE_SIZE} IDs, got ${ids.length}`);
    const compiled = await readNodes(context, ids, ids.map((_, index) => `ids.${index}`), info);
    if (compiled) return compiled;
    // A repeated ID is collapsed: loaded once (the loaders batch and deduplicate), answered at each of
    // its positions as Relay's `nodes` must; the cost analysis counts every position.
    return ids.map((id, index) => loadNode(context, id, `ids.${index}`));
  }
}
