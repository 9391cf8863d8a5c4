// Compiled reads, the GraphQL side: a root field's selection (fragments, aliases, variables,
// @include/@skip applied as graphql-js applies them) described plainly for the statement compiler
// (src/data/compile.ts), its one statement run, and what it brought kept per request, keyed by the
// row, for the field resolvers below it. Where the compiler does not answer a selection, the root
// field is answered the DataLoader way, as before.
import {
  getNamedType,
  GraphQLObjectType,
  GraphQLResolveInfo,
  GraphQLSchema,
  isAbstractType,
  isObjectType,
  type FieldNode,
} from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields';
import { getArgumentValues } from 'graphql/execution/values';
import { CompiledPage, compileById, FieldSelection, hydrate, NotCompilable } from '../data/compile';
import { entity, EntityName, entityNamed } from '../data/entities';
import { OrderDirection } from '../data/keyset';
import { readRows } from '../data/read';
import type { Context } from './context';
import { parsePage, toConnection } from '../data/pagination';
import type { ConnectionArgs } from './relay';

/** What compiled statements brought for the relations of each row, by the relation's response key. */
export class CompiledValues {
  private readonly values = new WeakMap<object, Map<string, unknown>>();

  set(row: object, key: string, value: unknown): void {
    let map = this.values.get(row);
    if (!map) {
      map = new Map();
      this.values.set(row, map);
    }
    map.set(key, value);
  }

  /** `{ value }` when a compiled statement brought this field of this row; undefined otherwise. */
  get(row: object, key: string): { value: unknown } | undefined {
    const map = this.values.get(row);
    return map?.has(key) ? { value: map.get(key) } : undefined;
  }
}

/**
 * The field a resolver is resolving, when a compiled statement brought it for this row: the field
 * resolvers of compiled relations return it, and take their DataLoader path otherwise.
 */
export function compiledField(context: Context, row: object, info: GraphQLResolveInfo): { value: unknown } | undefined {
  return context.compiled?.get(row, String(info.path.key));
}

/**
 * The `root` entity with ID `id`, read with everything the field's selection asks for under it in
 * one statement: the row (null when there is none), or undefined when reads are not compiled or
 * the compiler does not answer this selection.
 */
export async function readCompiled<Row>(context: Context, root: EntityName, id: number, info: GraphQLResolveInfo): Promise<Row | null | undefined> {
  if (!context.compiled) return undefined;
  let statement;
  try {
    const type = getNamedType(info.returnType);
    if (!isObjectType(type)) return undefined;
    statement = compileById(root, id, describeSelection(info.schema, info, type, info.fieldNodes));
  } catch (error) {
    if (error instanceof NotCompilable) return undefined;
    throw error;
  }
  const [found] = await readRows<{ result: Record<string, unknown> }>(context.db, statement.sql);
  if (!found) return null;
  const values = context.compiled;
  return hydrate(statement.plan, found.result, (row, relation, value) => {
    if (relation.connection) {
      const { page, sort, totalCount } = relation.connection;
      const compiledPage = value as CompiledPage;
      values.set(row, relation.key, toConnection(compiledPage.rows as { id: number }[], { page, sort }, () =>
        totalCount ? Promise.resolve(compiledPage.totalCount ?? 0) : Promise.reject(new Error('totalCount was not read'))));
    } else {
      values.set(row, relation.key, value);
    }
  }) as Row;
}

type Fragments = GraphQLResolveInfo['fragments'];
type Variables = GraphQLResolveInfo['variableValues'];

/** The fields selected under `fieldNodes` (of type `type`), as graphql-js will execute them. */
function describeSelection(
  schema: GraphQLSchema,
  info: { fragments: Fragments; variableValues: Variables },
  type: GraphQLObjectType,
  fieldNodes: readonly FieldNode[],
): FieldSelection[] {
  const selections: FieldSelection[] = [];
  const fields = type.getFields();
  const entityName = entityNamed(type.name);
  for (const [key, nodes] of collectSubfields(schema, info.fragments, info.variableValues, type, fieldNodes)) {
    const field = nodes[0].name.value;
    if (field === '__typename') {
      selections.push({ key, field, args: {}, selections: [] });
      continue;
    }
    const definition = fields[field];
    if (!definition) throw new NotCompilable(`${type.name}.${field}`);
    const args = getArgumentValues(definition, nodes[0], info.variableValues);
    const named = getNamedType(definition.type);
    if (isAbstractType(named)) throw new NotCompilable(`${type.name}.${field} is abstract`);
    const selection: FieldSelection = {
      key,
      field,
      args,
      selections: isObjectType(named) ? describeSelection(schema, info, named, nodes) : [],
    };
    const relation = entityName ? entity(entityName).relations[field] : undefined;
    if (relation?.kind === 'connection') selection.connection = connectionPage(relation.target, args);
    selections.push(selection);
  }
  return selections;
}

/** A connection's arguments as its DataLoader path reads them; those it would reject are left to it. */
function connectionPage(target: EntityName, args: Record<string, unknown>) {
  const { orderings, defaultOrder } = entity(target);
  if (!orderings || !defaultOrder) throw new NotCompilable(`${target} has no orderings`);
  if (args.filter != null) throw new NotCompilable('filters are not compiled yet');
  const orderBy = args.orderBy as { field?: string; direction?: OrderDirection } | null | undefined;
  const sort = orderings[orderBy?.field ?? defaultOrder.field];
  if (!sort) throw new NotCompilable(`unknown order ${orderBy?.field}`);
  try {
    return { page: parsePage(args as ConnectionArgs, sort), sort, direction: orderBy?.direction ?? defaultOrder.direction };
  } catch {
    // Answered the DataLoader way, which reports the error as it always has.
    throw new NotCompilable('invalid page arguments');
  }
}
