#!/usr/bin/env node
// Node 20 cannot run TypeScript: tsx compiles lib/ on the fly, so `npx rapport` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../lib/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
