// The dashboard on / for browsers: one HTML page and the bundle `npm run build` makes from
// web/dashboard/ (scripts/build-web.js). It reads everything through the public GraphQL API.
import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { PROJECT_ROOT } from '../paths';

const BUNDLE_DIR = path.join(PROJECT_ROOT, 'dist', 'web');
const ASSETS_PATH = '/assets';

/** The addresses of the dashboard's pages (its router draws them in the browser). */
const PAGES = ['/', '/search', '/flows', '/countries/:code', '/events/:id', '/articles/:id'];

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Newsgraph</title>
<link rel="stylesheet" href="${ASSETS_PATH}/dashboard-style.css">
<script type="module" src="${ASSETS_PATH}/dashboard.js"></script>
</head>
<body>
<div id="app"><noscript>The Newsgraph dashboard needs JavaScript; the GraphQL API is on <a href="/graphql">/graphql</a>.</noscript></div>
</body>
</html>
`;

export function dashboard(): express.Router {
  if (!fs.existsSync(path.join(BUNDLE_DIR, 'dashboard.js'))) {
    throw new Error(`the dashboard is not built (${BUNDLE_DIR} has no dashboard.js): run npm run build, or set DASHBOARD=false`);
  }
  const router = express.Router();
  router.use(ASSETS_PATH, express.static(BUNDLE_DIR, { maxAge: '1h', index: false, fallthrough: false }));
  router.get(PAGES, (request, response, next) => {
    if (request.accepts(['application/json', 'text/html']) !== 'text/html') {
      next();
      return;
    }
    response.type('html').set('cache-control', 'no-cache').send(PAGE);
  });
  return router;
}
