// The function `func deploy` builds: faas-js-runtime loads this module and calls `handle` for each
// CloudEvent. Configuration comes from the environment (see the README's "Function configuration").
// The Kubernetes-backed ExperimentSource is assembled by src/function/cluster.ts.

export { handle, init, shutdown } from '../src/function/cluster.js';
