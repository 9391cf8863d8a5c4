// Any object of the graph by type and database ID, batched by each entity's own loader.
import type { ReadContext } from './read-context';
import type { NodeTypeName } from './global-id';
import { loadArmsSale } from './arms-sales';
import { loadArticle } from './articles';
import { loadCountry } from './countries';
import { loadEvent } from './events';
import { loadPerson } from './people';

const LOADERS: Record<NodeTypeName, (context: ReadContext, id: number) => object | null | Promise<object | null>> = {
  Article: loadArticle,
  Event: loadEvent,
  Person: loadPerson,
  Country: loadCountry,
  ArmsSale: loadArmsSale,
};

/** The row as a `Node`: tagged with its type, from which the Node interface picks the GraphQL type. */
export async function loadNodeOfType(context: ReadContext, type: NodeTypeName, id: number): Promise<object | null> {
  const row = await LOADERS[type](context, id);
  return row && { ...row, __typename: type };
}
