// `npm run build`, last step: copies the chart library `iter8fn report` inlines into every page
// (uPlot's minified script and stylesheet) from node_modules to dist/report-assets, so the built
// CLI needs no node_modules copy of it and the page needs no network.

import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHART_LIBRARY_FILES } from '../src/report/html.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const target = path.join(projectRoot, 'dist/report-assets');
const uplotFolder = path.dirname(createRequire(import.meta.url).resolve('uplot/package.json'));

mkdirSync(target, { recursive: true });
let bytes = 0;
for (const file of Object.values(CHART_LIBRARY_FILES)) {
  copyFileSync(path.join(uplotFolder, 'dist', file), path.join(target, file));
  bytes += statSync(path.join(target, file)).size;
}
process.stdout.write(`copied uPlot into ${path.relative(projectRoot, target)} (${(bytes / 1024).toFixed(1)} KiB)\n`);
