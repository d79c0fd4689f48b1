#!/usr/bin/env node
/**
 * Serves the built site as a plain static host would.
 *
 *   node scripts/serve.mjs [--dir dist] [--base /] [--port 4321] [--host 127.0.0.1]
 *
 * Environment: OUT_DIR, BASE_PATH, PORT, HOST give the same settings.
 */
import { parseArgs } from 'node:util';
import { startServer } from './lib/static-server.mjs';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env.OUT_DIR || 'dist' },
    base: { type: 'string', default: process.env.BASE_PATH || '/' },
    port: { type: 'string', default: process.env.PORT || '4321' },
    host: { type: 'string', default: process.env.HOST || '127.0.0.1' },
  },
});

const server = await startServer({ dir: values.dir, base: values.base, port: Number(values.port), host: values.host });
console.log(`Serving ${values.dir} at ${server.url}`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close().then(() => process.exit(0)));
