// The one global-ID codec: base64url of "Type:databaseId", opaque to clients, decodable by
// `node(id:)`, used by the schema, the compiler, the benchmark's floor and the tools alike.
import { badUserInput } from '../domain/input-error';

export const NODE_TYPES = ['Article', 'Event', 'Person', 'Country', 'ArmsSale'] as const;
export type NodeTypeName = (typeof NODE_TYPES)[number];

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
