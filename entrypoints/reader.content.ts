import { defineContentScript } from 'wxt/utils/define-content-script';
import { startReading } from '../lib/content/start';
import { supportedMatches } from '../lib/platforms/registry';

// Runs by itself on the supported platforms; on any other page only when the user asks (activeTab).
export default defineContentScript({
  matches: supportedMatches,
  runAt: 'document_idle',
  // WXT would otherwise tell every page, by window.postMessage, the extension's id and its event names.
  noScriptStartedPostMessage: true,
  main: (ctx) => startReading(ctx),
});
