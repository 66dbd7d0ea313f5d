// Waits until a URL answers 200 with a page containing the given text: CI's proof that
// `npm start` serves the handbook. Runs on the machine's own Node (20 or newer).
// Usage: node scripts/wait-for-site.mjs URL TEXT SECONDS
const [url, text, seconds = '300'] = process.argv.slice(2);
const deadline = Date.now() + Number(seconds) * 1000;
let last = 'no answer yet';
while (Date.now() < deadline) {
	try {
		const response = await fetch(url);
		const body = await response.text();
		if (response.status === 200 && body.includes(text)) {
			console.log(`wait-for-site: ${url} answered 200 with "${text}"`);
			process.exit(0);
		}
		last = `status ${response.status}${body.includes(text) ? '' : `, no "${text}" in the page`}`;
	} catch (error) {
		last = error instanceof Error ? error.message : String(error);
	}
	await new Promise((resolve) => setTimeout(resolve, 1000));
}
console.error(`wait-for-site: ${url} did not serve the handbook within ${seconds} s (${last})`);
process.exit(1);
