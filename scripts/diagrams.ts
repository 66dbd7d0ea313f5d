/**
 * `npm run diagrams [root]`: renders every diagram of the site again into the committed cache
 * (diagrams/) and removes entries no diagram uses any more. Needs Chromium (see README).
 */
import { readContent } from '../src/lib/content/content-files.ts';
import { CACHE_DIR, DiagramError, ensureRendered, pruneCache } from '../src/lib/diagrams/cache.ts';
import { diagramSites } from '../src/lib/diagrams/sites.ts';

const root = process.argv[2] ?? process.cwd();
const sites = diagramSites(readContent(root));
try {
	const started = performance.now();
	const rendered = await ensureRendered(root, sites, { force: true });
	const removed = pruneCache(root, sites);
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(
		`Rendered ${rendered} diagrams into ${CACHE_DIR}/ in ${seconds} s; removed ${removed.length} unused.`,
	);
} catch (error) {
	if (!(error instanceof DiagramError)) throw error;
	console.error(error.message);
	process.exitCode = 1;
}
