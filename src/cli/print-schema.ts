// `npm run schema:print`: writes the SDL the code builds to schema.graphql (a test keeps it current).
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printSchemaSdl } from '../schema/build';
import { PROJECT_ROOT } from '../paths';

printSchemaSdl()
  .then((sdl) => {
    fs.writeFileSync(path.join(PROJECT_ROOT, 'schema.graphql'), sdl);
    console.log('schema.graphql written');
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
