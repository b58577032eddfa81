import type { Plugin } from 'vite';

/**
 * Removes from the bundles the three library paths an add-on reviewer (and `web-ext lint`) reads as unsafe, none of
 * which Rapport can reach:
 * - zod's `new Function('')` probe and its JIT compiler: Rapport runs zod `jitless` (lib/worker/start.ts, the panel's
 *   main.tsx), so the probe's answer is already "no" and the compiler is never called;
 * - React's `dangerouslySetInnerHTML`: Rapport never uses it and page text must never become HTML, so the build makes
 *   it throw instead of assigning `innerHTML`.
 * Each rewrite must find its text: a library update that moves it fails the build here instead of shipping the
 * warning again.
 */
const REWRITES: { file: RegExp; find: RegExp; replace: string; why: string }[] = [
  {
    file: /[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/,
    find: /const F = Function;\s*new F\(""\);\s*return true;/,
    replace: 'return false;',
    why: "zod's eval probe",
  },
  {
    file: /[\\/]zod[\\/]v4[\\/]core[\\/]doc\.js$/,
    find: /const F = Function;[^]*?return factory\(\.\.\.Object\.values\(this\.closed\)\);/,
    replace: "throw new Error('zod runs jitless in Rapport');",
    why: "zod's JIT compiler",
  },
  {
    file: /[\\/]react-dom[\\/]cjs[\\/]react-dom-client\.production\.js$/,
    find: /\(domElement\.innerHTML = key\)/g,
    replace: "(() => { throw Error('dangerouslySetInnerHTML is disabled in Rapport'); })()",
    why: "React's dangerouslySetInnerHTML",
  },
];

export function reviewableBundle(): Plugin {
  return {
    name: 'rapport-reviewable-bundle',
    enforce: 'pre',
    transform(code, id) {
      const rule = REWRITES.find((r) => r.file.test(id));
      if (!rule) return undefined;
      if (!rule.find.test(code)) this.error(`${rule.why} not found in ${id}: update lib/build/reviewable-bundle.ts`);
      rule.find.lastIndex = 0;
      return { code: code.replace(rule.find, rule.replace), map: null };
    },
  };
}
