// Imported first by the background entrypoint: its body runs once the whole worker script is fetched and
// compiled, before any other module's. With the marks of lib/worker/start.ts and handlers.ts, it splits a
// cold start into compile, module evaluation and first analysis (DevTools' Performance panel, npm run bench).
performance.mark('rapport:script-start');
export {};
