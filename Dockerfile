# Newsroom Quotes API. The build stage mirrors CI (npm ci, which builds); the runtime stage keeps only
# production dependencies and the compiled service, and runs as the unprivileged `node` user.
#
#   docker build -t newsroom-quotes .
#   docker run -p 3000:3000 -v quotes-data:/data -e API_KEYS=<key>:write newsroom-quotes
#
# HOST is 0.0.0.0 inside the container, so the service refuses to start without API_KEYS (or
# API_KEYS_FILE): anything reachable over a network must not be writable by anyone.

FROM node:20-slim AS build
# better-sqlite3 compiles its native addon during npm ci.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# The sources first: npm ci builds them (the prepare script), as on a developer's machine.
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts ./scripts
COPY bench ./bench
COPY migrations ./migrations
RUN npm ci && npm prune --omit=dev

FROM node:20-slim
# Memory under bulk ingest (bench:ingest peak RSS), at no cost in speed:
# - MALLOC_ARENA_MAX: glibc gives each thread (parser, writer) its own malloc arenas; two in all: -60 MB.
# - MALLOC_MMAP_THRESHOLD_ fixed at 128 kB (glibc raises it after big frees, then keeps big blocks it no longer
#   needs), with an 8 MB young generation on the main thread as in the worker threads: 302-314 -> 259-268 MB.
# - --heap-growing-percent=20 (in CMD): V8 lets each thread's heap grow 20% past what survived the last full
#   collection, instead of the factor of up to 4 V8 picks from its collection speed; the parser and writer threads' heaps were
#   most of the peak. Peak RSS 242-309 -> 194-230 MB at the same speed.
ENV NODE_ENV=production \
  MALLOC_ARENA_MAX=2 \
  MALLOC_MMAP_THRESHOLD_=131072 \
  HOST=0.0.0.0 \
  PORT=3000 \
  DATABASE_PATH=/data/quotes.db
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--max-semi-space-size=8", "--heap-growing-percent=20", "dist/src/server.js"]
