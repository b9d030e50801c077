# Build with dev dependencies, ship only production ones plus the compiled output. Node 24 LTS, the line CI tests
# beside 20 (tools/node24).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
# The embedded-PostgreSQL fallback (no DATABASE_URL) keeps its data here and refuses to run as root.
RUN mkdir -p .data && chown node:node .data
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
