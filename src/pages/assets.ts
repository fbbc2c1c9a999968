// The pages' script modules and stylesheet, read once at start-up and served from memory: six fixed files
// need no static-file server (and no path from a request ever reaches the file system).
import { readFileSync } from 'node:fs';
import type { FastifyPluginAsync } from 'fastify';
import { problem } from '../plugins/errors.js';

const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', svg: 'image/svg+xml' };

/** Every file the pages load: the browser's modules (shared with the server), the stylesheet, the icon. */
export const ASSET_NAMES = ['html.js', 'marks.js', 'views.js', 'viewer.js', 'viewer.css', 'favicon.svg'] as const;

export function readAssets(): Map<string, { type: string; body: string }> {
  return new Map(
    ASSET_NAMES.map((name) => [
      name,
      { type: TYPES[name.slice(name.lastIndexOf('.') + 1)], body: readFileSync(new URL(`./public/${name}`, import.meta.url), 'utf8') },
    ]),
  );
}

const assetRoutes: FastifyPluginAsync = async (app) => {
  const assets = readAssets();
  app.get<{ Params: { name: string } }>('/assets/:name', { schema: { hide: true } }, async (request, reply) => {
    const asset = assets.get(request.params.name);
    if (!asset) throw problem(404, `No asset ${request.params.name}.`);
    // Revalidated each time (the ETag makes that a 304): a new version is seen at once.
    return reply.type(asset.type).header('cache-control', 'no-cache').send(asset.body);
  });
};

export default assetRoutes;
