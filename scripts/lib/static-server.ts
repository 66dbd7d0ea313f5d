/** A minimal static file server for tests and benchmarks; it listens on 127.0.0.1 only. */
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.xml': 'application/xml',
	'.txt': 'text/plain',
	'.webmanifest': 'application/manifest+json',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
};

/**
 * Serves a built site from `directory` under `base` on an ephemeral loopback port, like a static
 * host: `index.html` for folders, `404.html` with status 404 for anything missing, and `_astro/`
 * files (named by their content) cached for a year, as the README asks of a host.
 */
export async function serveDirectory(
	directory: string,
	base: string,
	/** Bodies served instead of files, by site path. */
	overrides: Map<string, string> = new Map(),
): Promise<{ origin: string; close: () => Promise<void> }> {
	const server: Server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		if (!path.startsWith(base)) {
			response.writeHead(404).end();
			return;
		}
		const override = overrides.get(path);
		if (override !== undefined) {
			response
				.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/plain' })
				.end(override);
			return;
		}
		let file = join(directory, path.slice(base.length));
		try {
			if (statSync(file).isDirectory()) file = join(file, 'index.html');
			const body = readFileSync(file);
			const immutable = path.startsWith(`${base}_astro/`)
				? { 'cache-control': 'public, max-age=31536000, immutable' }
				: {};
			response
				.writeHead(200, {
					'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
					...immutable,
				})
				.end(body);
		} catch {
			response
				.writeHead(404, { 'content-type': TYPES['.html']! })
				.end(readFileSync(join(directory, '404.html')));
		}
	});
	// The search suite runs Pagefind in the same process as this server; a long search blocks both
	// for seconds, and a client reusing a kept-alive socket the server closed at that moment gets
	// ECONNRESET. Idle sockets are kept far longer than any test blocks.
	server.keepAliveTimeout = 60_000;
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
