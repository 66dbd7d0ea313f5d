// Runs before `npm install` on whatever Node the machine has, so it is written for very old
// Node versions too (no modern syntax). The build itself runs on the Node 24 that `npm install`
// puts in node_modules/.bin (the `node` package, an optional dependency in package.json); this
// only rules out machines whose npm is too old to install that reliably.
var MINIMUM = 20;
var childProcess = require('child_process');

// npm sets npm_node_execpath to the Node that runs npm itself: the machine's Node, even when
// the project's own Node 24 is already first on the PATH of this script.
function machineNodeVersion() {
	var npmNode = process.env.npm_node_execpath;
	if (!npmNode || npmNode === process.execPath) return process.versions.node;
	try {
		return childProcess
			.execFileSync(npmNode, ['-p', 'process.versions.node'], { encoding: 'utf8' })
			.trim();
	} catch (error) {
		return process.versions.node;
	}
}

var version = machineNodeVersion();
var major = parseInt(version.split('.')[0], 10);
if (!(major >= MINIMUM)) {
	console.error(
		'\nThe Backend Career Handbook needs Node.js ' +
			MINIMUM +
			' or newer to install (this machine has ' +
			version +
			'): npm then fetches the Node 24 that builds the site. Install a current Node.js from your package manager or https://nodejs.org/ and run `npm install` again.\n',
	);
	process.exit(1);
}
