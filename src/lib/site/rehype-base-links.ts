/**
 * Prefixes Astro's `base` to root-relative links and image sources in Markdown and MDX content, so
 * authors write `/roles/lead/` and the same content works at a domain root or under `/handbook/`.
 */
import { withBase } from './urls.ts';

interface HastNode {
	type: string;
	tagName?: string;
	properties?: Record<string, unknown>;
	children?: HastNode[];
}

const URL_PROPERTIES: Record<string, string> = { a: 'href', img: 'src', source: 'src' };

export default function rehypeBaseLinks({ base }: { base: string }) {
	const visit = (node: HastNode) => {
		const property = node.tagName ? URL_PROPERTIES[node.tagName] : undefined;
		const value = property ? node.properties?.[property] : undefined;
		if (property && typeof value === 'string' && node.properties)
			node.properties[property] = withBase(value, base);
		node.children?.forEach(visit);
	};
	return (tree: HastNode) => visit(tree);
}
