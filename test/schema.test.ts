// schema.graphql is the SDL the code builds: committed so clients and reviewers can read the API.
import fs from 'node:fs';
import path from 'node:path';
import { printSchemaSdl } from '../src/schema/build';

test('schema.graphql matches the schema the code builds (run `npm run schema:print` after API changes)', async () => {
  const committed = fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8');
  expect(committed).toBe(await printSchemaSdl());
});

test('every type, field, argument and enum value of the API is described', async () => {
  const sdl = await printSchemaSdl();
  const { buildSchema, isObjectType, isInterfaceType, isInputObjectType, isEnumType } = await import('graphql');
  const schema = buildSchema(sdl);
  const undescribed: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
    if (!type.description) undescribed.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) undescribed.push(`${type.name}.${field.name}`);
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (!value.description) undescribed.push(`${type.name}.${value.name}`);
    }
  }
  expect(undescribed).toEqual([]);
});
