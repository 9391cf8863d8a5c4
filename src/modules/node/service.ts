// Any object of the graph by type and database ID, batched by each entity's own loader.
import type { Context } from '../../graphql/context';
import type { NodeTypeName } from '../../graphql/relay';
import { loadArmsSale } from '../arms-sale/service';
import { loadArticle } from '../article/service';
import { loadCountry } from '../country/service';
import { loadEvent } from '../event/service';
import { loadPerson } from '../person/service';

const LOADERS: Record<NodeTypeName, (context: Context, id: number) => Promise<object | null>> = {
  Article: loadArticle,
  Event: loadEvent,
  Person: loadPerson,
  Country: loadCountry,
  ArmsSale: loadArmsSale,
};

/** The row as a `Node`: tagged with its type, from which the Node interface picks the GraphQL type. */
export async function loadNodeOfType(context: Context, type: NodeTypeName, id: number): Promise<object | null> {
  const row = await LOADERS[type](context, id);
  return row && { ...row, __typename: type };
}
