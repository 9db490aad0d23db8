import { loadDatasetFrom } from './src/graph/load.js';
const t0 = performance.now();
const { graph, source } = loadDatasetFrom('bench/generated/large', { snapshotDir: 'var/snapshots' });
const t1 = performance.now();
const c0 = process.cpuUsage();
graph.numberedAdjacency();
const c1 = process.cpuUsage(c0);
const t2 = performance.now();
console.log(source, 'load s', ((t1 - t0) / 1000).toFixed(1), 'numbering s', ((t2 - t1) / 1000).toFixed(1), 'cpu s', ((c1.user + c1.system) / 1e6).toFixed(1), 'rss MB', (process.memoryUsage().rss / 1e6).toFixed(0));
