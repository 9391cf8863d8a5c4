// Relay building blocks: the Node interface with opaque global IDs, connections and their arguments.
import { ArgsType, ClassType, Field, ID, InputType, Int, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';
import { MAX_PAGE_SIZE, OrderDirection, type PageArgs, type PageInfoValues } from '../data/keyset';
import type { ListOrder } from '../data/list';

export { OrderDirection };

export { databaseIdOf, fromGlobalId, NODE_TYPES, toGlobalId } from '../data/global-id';
export type { DecodedGlobalId, NodeTypeName } from '../data/global-id';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../data/keyset';
export type { ConnectionResult, Edge } from '../data/keyset';

/** The GraphQL type of a value of an interface or union: every such value carries its `__typename`. */
export function typenameOf(value: unknown): string | undefined {
  return (value as { __typename?: string }).__typename;
}

@InterfaceType({
  description: 'An object with a globally unique ID, fetchable with `node(id:)`.',
  resolveType: typenameOf,
})
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global identifier of this object.' })
  id!: string;
}

@ObjectType({ simpleResolvers: true, description: 'Where a page of a connection stands in the whole list.' })
export class PageInfo implements PageInfoValues {
  @Field({ description: 'More items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'More items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page.' })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs implements PageArgs {
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
  class OrderInput implements ListOrder<FieldEnum[keyof FieldEnum]> {
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
