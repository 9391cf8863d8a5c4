// The GraphQL playground on GET /graphql for browsers: Ruru (Graphile's GraphiQL distribution),
// served entirely from the installed `ruru` package, so it works on a machine without internet.
import path from 'node:path';
import express from 'express';
import { PLAYGROUND_EXAMPLES } from './playground-examples';

/** The part of ruru's page options used here. */
interface RuruPageOptions {
  endpoint: string;
  staticPath: string;
  clientConfig: { defaultQuery: string; debugTools: string[] };
  htmlParts: { titleTag: string };
}
// ruru's type declarations bring GraphiQL's and React's, which add the browser's DOM types to the
// whole program (where they clash with linkedom's); the one function used is typed here instead.
const { ruruHTML } = require('ruru/server') as { ruruHTML(options: RuruPageOptions): string };

/** Where the playground's scripts, styles, editor workers and font are served from. */
export const PLAYGROUND_ASSETS_PATH = '/graphql/playground/';

/**
 * Ruru's prebuilt bundle (React, GraphiQL, the Monaco editor and its workers): the package's
 * `static` folder beside its `dist/`, found through the package's entry point wherever npm put it.
 * Served from disk: ruru's own `serveStatic` would hold the whole bundle in the heap.
 */
const RURU_STATIC_DIR = path.join(path.dirname(require.resolve('ruru')), '..', 'static');

/**
 * Whether a request is a person's browser opening the endpoint rather than a GraphQL client: a GET
 * with no `query` parameter whose `Accept` prefers HTML to JSON (a browser sends `text/html` first
 * and `*\/*` at a lower weight). GraphQL-over-HTTP GETs carry `query`; a client that accepts
 * anything equally (`*\/*`, curl's default) gets GraphQL's answer, since JSON wins ties.
 */
function wantsPlayground(request: express.Request): boolean {
  if (request.query.query !== undefined) return false;
  return request.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

/**
 * The page and its assets. Mounted before the GraphQL middleware: a browser's GET of /graphql gets
 * the page, anything else falls through to GraphQL. The page loads the README's example operations
 * (pick one with the run button), its documentation explorer introspects the schema, and its
 * headers editor takes `{"Authorization": "Bearer <key>"}` for mutations.
 */
export function playground(endpoint: string): express.Router {
  const html = ruruHTML({
    endpoint,
    staticPath: PLAYGROUND_ASSETS_PATH,
    clientConfig: {
      defaultQuery: PLAYGROUND_EXAMPLES,
      // Ruru's "explain" and "plan" tools read Grafast's own extensions, which this server has not.
      debugTools: [],
    },
    htmlParts: { titleTag: '<title>Newsgraph GraphQL playground</title>' },
  });
  const router = express.Router();
  // The assets' names are content hashes or versioned with the package: cacheable for a day.
  router.use(PLAYGROUND_ASSETS_PATH, express.static(RURU_STATIC_DIR, { maxAge: '1d', index: false, fallthrough: false }));
  router.get(endpoint, (request, response, next) => {
    if (!wantsPlayground(request)) {
      next();
      return;
    }
    response.type('html').set('cache-control', 'no-cache').send(html);
  });
  return router;
}
