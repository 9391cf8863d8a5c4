// Relay building blocks: the Node interface with opaque global IDs, connections and their arguments.
import { ArgsType, ClassType, Field, ID, InputType, Int, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';
import { badUserInput } from './errors';
import { OrderDirection } from '../data/keyset';

export { OrderDirection };

export const NODE_TYPES = ['Article', 'Event', 'Person', 'Country', 'ArmsSale'] as const;
export type NodeTypeName = (typeof NODE_TYPES)[number];

/** Global IDs are base64url of "Type:databaseId": opaque to clients, decodable by `node(id:)`. */
export function toGlobalId(type: NodeTypeName, id: number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export interface DecodedGlobalId {
  type: NodeTypeName;
  id: number;
}

export function fromGlobalId(globalId: string, field = 'id'): DecodedGlobalId {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const match = /^([A-Za-z]+):([1-9][0-9]{0,9})$/.exec(decoded);
  const type = match?.[1] as NodeTypeName | undefined;
  const id = Number(match?.[2]);
  if (!match || !NODE_TYPES.includes(type!) || !Number.isSafeInteger(id) || id > 2_147_483_647) {
    throw badUserInput(field, `"${globalId}" is not a valid ID`);
  }
  return { type: type!, id };
}

/** Decodes a global ID that must name an object of `type`. */
export function databaseIdOf(globalId: string, type: NodeTypeName, field = 'id'): number {
  const decoded = fromGlobalId(globalId, field);
  if (decoded.type !== type) {
    throw badUserInput(field, `"${globalId}" is the ID of a ${decoded.type}, not of a ${type}`);
  }
  return decoded.id;
}

@InterfaceType({
  description: 'An object with a globally unique ID, fetchable with `node(id:)`.',
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global identifier of this object.' })
  id!: string;
}

@ObjectType({ simpleResolvers: true, description: 'Where a page of a connection stands in the whole list.' })
export class PageInfo {
  @Field({ description: 'More items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'More items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page.' })
  endCursor!: string | null;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Return the first n items (at most ${MAX_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Return the last n items (at most ${MAX_PAGE_SIZE}).` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items before this cursor.' })
  before?: string | null;
}

registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Sort direction.',
  valuesConfig: { ASC: { description: 'Ascending.' }, DESC: { description: 'Descending.' } },
});

export interface Edge<T> {
  cursor: string;
  node: T;
}

/**
 * What every connection resolves to. `totalCount` is a getter that starts the COUNT query, so the
 * count is only run when a client selects the field.
 */
export interface ConnectionResult<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  readonly totalCount: Promise<number>;
}

/** Declares `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function connectionType<T extends object>(nodeType: ClassType<T>, name: string, description: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `One ${description} in a page, with its cursor.` })
  class EdgeType {
    @Field({ description: 'Opaque position of this item, for `after` and `before`.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${description}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${description} items.` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page, in order.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Where this page stands in the whole list.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list holds, across all pages.' })
    totalCount!: number;
  }
  return ConnectionType;
}

/** Declares the `<Name>Order` input: `{ field: <Name>OrderField, direction: OrderDirection }`. */
export function orderInputType<FieldEnum extends Record<string, string>>(name: string, fieldEnum: FieldEnum, noun: string) {
  @InputType(`${name}Order`, { description: `Ordering of a list of ${noun}.` })
  class OrderInput {
    @Field(() => fieldEnum, { description: 'What to order by.' })
    field!: FieldEnum[keyof FieldEnum];

    @Field(() => OrderDirection, { description: 'Ascending or descending.' })
    direction!: OrderDirection;
  }
  return OrderInput;
}

/** The arguments of every list of an entity: paging, `filter` and `orderBy`. */
export function listArgsType<Filter extends object, Order extends object>(filterType: ClassType<Filter>, orderType: ClassType<Order>) {
  @ArgsType()
  class ListArgs extends ConnectionArgs {
    @Field(() => filterType, { nullable: true, description: 'Only items matching this filter.' })
    @ValidateNested()
    filter?: Filter | null;

    @Field(() => orderType, { nullable: true, description: 'Ordering; ties are broken by ID.' })
    orderBy?: Order | null;
  }
  return ListArgs;
}

/**
 * Whether the field being resolved selects `name` among its own fields, through fragments too: a
 * list reads a connection's `totalCount` with its page when the client asks for it.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const selects = (selectionSet: SelectionSetNode | undefined): boolean =>
    !!selectionSet &&
    selectionSet.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name;
      if (selection.kind === Kind.INLINE_FRAGMENT) return selects(selection.selectionSet);
      return selects(info.fragments[selection.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => selects(node.selectionSet));
}
