// `npm run build`, second step: bundles the function (functions/index.ts and everything it imports,
// @kubernetes/client-node included) into one module, dist/functions/index.js, the file `npm start`
// and `func deploy` serve. A scaled-to-zero function pays its module loading on every cold start:
// client-node alone is thousands of small generated modules (about 400 ms to import on this
// machine), and the same code read from one file loads in about a fifth of that; of client-node
// the bundle keeps only KubeConfig (kubeConfigOnly below). Run after tsc.
//
// Left outside the bundle, loaded from node_modules as usual:
// - cloudevents: faas-js-runtime recognises the reply by its CloudEvent class, so both must share
//   one copy of the package;
// - jq-wasm: it reads its .wasm file from beside its own module;
// - prom-client: the function adds its metrics to the registry faas-js-runtime serves on /metrics,
//   which takes one prom-client module shared by both (src/function/telemetry.ts).

import { build, type Plugin } from 'esbuild';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import { packsForBundle } from '../src/metrics/packs.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const FUNCTION_BUNDLE = path.join(projectRoot, 'dist/functions/index.js');

/** config/metrics, parsed and checked now, as the JSON the bundle defines ITER8FN_BUNDLED_PACKS to. */
function bundledPacksJson(): string {
  const packs = packsForBundle(path.join(projectRoot, 'config/metrics'), projectRoot);
  const json = JSON.stringify(packs);
  if (!isDeepStrictEqual(JSON.parse(json), packs)) throw new Error('the metric packs are not plain JSON');
  return json;
}

/** client-node's dist folder, where Node would load it from (its main module is dist/index.js). */
const CLIENT_NODE = path.dirname(createRequire(import.meta.url).resolve('@kubernetes/client-node'));

/**
 * Only KubeConfig of @kubernetes/client-node: its index re-exports the generated API (thousands of
 * classes with static fields, which no bundler can drop), watch, exec, attach and cp. KubeConfig's
 * own module reaches two of those parts only from methods the function never calls: the generated
 * API's configuration from makeApiClient, node-fetch's Headers from applyToFetchOptions. Both are
 * replaced with stand-ins (the global Headers; an error if makeApiClient is ever called), which
 * halves the bundle and takes about 100 ms off a cold start (README, "Performance").
 */
const kubeConfigOnly: Plugin = {
  name: 'kubeconfig-only',
  setup(builder) {
    builder.onResolve({ filter: /^@kubernetes\/client-node$/ }, () => ({ path: path.join(CLIENT_NODE, 'config.js') }));
    builder.onResolve({ filter: /^(\.\/gen\/index\.js|node-fetch)$/ }, (args) =>
      path.dirname(args.importer) === CLIENT_NODE ? { path: args.path, namespace: 'kubeconfig-only' } : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'kubeconfig-only' }, (args) => ({
      loader: 'js',
      contents:
        args.path === 'node-fetch'
          ? // Read on use: the global Headers is undici, which Node loads on first access (about 18 ms).
            'export class Headers { constructor(init) { return new globalThis.Headers(init); } }'
          : [
              "const notBundled = () => { throw new Error('the function bundle carries only KubeConfig of @kubernetes/client-node, not its generated API'); };",
              'export const createConfiguration = notBundled;',
              'export class ServerConfiguration { constructor() { notBundled(); } }',
            ].join('\n'),
    }));
  },
};

async function main(): Promise<void> {
  const result = await build({
    entryPoints: [path.join(projectRoot, 'functions/index.ts')],
    outfile: FUNCTION_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['cloudevents', 'jq-wasm', 'prom-client'],
    plugins: [kubeConfigOnly],
    // The metric packs, parsed at build time: reading their YAML costs a cold start 100-500 ms.
    define: { ITER8FN_BUNDLED_PACKS: bundledPacksJson() },
    // CommonJS dependencies inside an ES module bundle still call require().
    banner: {
      js: "import { createRequire as __iter8fnRequire } from 'node:module'; const require = __iter8fnRequire(import.meta.url);",
    },
    minify: true,
    // Error and class names stay readable in logs and replies.
    keepNames: true,
    sourcemap: 'linked',
    logLevel: 'warning',
    metafile: true,
  });
  // A client-node release whose KubeConfig reaches the generated API by another path would bring it back.
  const generated = Object.keys(result.metafile.inputs).filter((input) => input.includes('client-node/dist/gen/'));
  if (generated.length > 0)
    throw new Error(`the bundle took in client-node's generated API again (${generated[0]}); see kubeConfigOnly`);
  const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
  process.stdout.write(
    `bundled the function into ${path.relative(projectRoot, FUNCTION_BUNDLE)} (${(bytes / 1024 / 1024).toFixed(1)} MiB with its source map)\n`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`bundling the function failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
