import { MAX_URL } from '../model/limits';
import type { SiteRecipe } from '../model/recipe';
import { isSelector } from '../model/selector';
import { generalise, partSelector } from '../platforms/recipe/generalise';
import { recipeReader } from '../platforms/recipe/reader';
import type { ReadContext } from '../platforms/reader';
import { ThreadTracker } from '../platforms/thread';
import type { PickerLabels } from '../protocol/page';
import { sendMessage } from '../protocol/client';
import { PickerOverlay } from './picker';

type Part = 'author' | 'time' | 'body';

const fill = (text: string, params: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));

/** Members of the taught group checked for the dialog's counts (a huge thread is judged on its first ones). */
const PREVIEW = 200;

/**
 * Teaching Rapport a site by pointing: the person picks one post, Rapport finds the page's other posts shaped like
 * it and highlights them, the person may mark the author, date or text inside one, and saves. The recipe is sent to
 * the worker (it stores recipes of the page's own site only), then `onSaved` reads the page with it.
 */
export function teachSite(labels: PickerLabels, onSaved: (recipe: SiteRecipe) => void): () => void {
  const overlay = new PickerOverlay(labels.title);
  const host = location.hostname;
  let post: { selector: string; members: Element[]; example: Element } | undefined;
  const marked: Partial<Record<Part, string>> = {};
  const markedEls: Element[] = [];

  const recipe = (): SiteRecipe => ({ version: 1, host, post: post!.selector, ...marked, created: Date.now() });

  const pickPost = () => {
    post = undefined;
    overlay.highlight([]);
    overlay.point(labels.point, {
      onPick: (el) => {
        const g = generalise(el);
        if (!g || !isSelector(g.selector)) return overlay.say(labels.alone);
        post = { ...g, example: el };
        review();
      },
      onCancel: () => overlay.close(),
    }, [{ label: labels.cancel, run: () => overlay.close() }]);
  };

  /** the posts found, how many have an author and a date as the recipe would read them, and what to do next */
  const review = () => {
    const p = post!;
    const reader = recipeReader(recipe());
    const ctx: ReadContext = { url: new URL(location.href.slice(0, MAX_URL)), doc: document, thread: new ThreadTracker(), state: {} };
    let n = 0;
    let authors = 0;
    let dates = 0;
    for (const el of p.members.slice(0, PREVIEW)) {
      const read = reader.read(el, ctx);
      for (const r of read ? (Array.isArray(read) ? read : [read]) : []) {
        n++;
        if (r.author.name) authors++;
        if (r.publishedAt) dates++;
      }
    }
    overlay.highlight(p.members, markedEls);
    overlay.ask(fill(labels.found, { n: p.members.length }), [
      { label: labels.save, primary: true, run: save },
      { label: labels.markAuthor, run: () => markPart('author', labels.author) },
      { label: labels.markDate, run: () => markPart('time', labels.date) },
      { label: labels.markBody, run: () => markPart('body', labels.body) },
      { label: labels.back, run: pickPost },
      { label: labels.cancel, run: () => overlay.close() },
    ]);
    overlay.say(fill(labels.parts, { authors, dates, n }));
  };

  const markPart = (part: Part, name: string) => {
    const p = post!;
    const members = new Set(p.members);
    const postOf = (el: Element): Element | undefined => {
      for (let e: Element | null = el; e; e = e.parentElement) if (members.has(e)) return e;
      return undefined;
    };
    overlay.point(fill(labels.markHint, { part: name }), {
      within: (el) => {
        const owner = postOf(el);
        return owner !== undefined && owner !== el;
      },
      onPick: (el) => {
        const sel = partSelector(el, postOf(el)!, p.members);
        if (!sel) {
          overlay.say(fill(labels.partMissed, { part: name }));
          return;
        }
        marked[part] = sel;
        markedEls.push(el);
        review();
        const found = p.members.filter((m) => m.querySelector(sel)).length;
        overlay.say(fill(labels.partFound, { part: name, found, n: p.members.length }));
      },
      onCancel: review,
    }, [{ label: labels.back, run: review }]);
  };

  const save = () => {
    const r = recipe();
    void sendMessage('saveRecipe', r).then(
      (answer) => {
        if (answer.ok) {
          overlay.ask(fill(labels.saved, { host }), [{ label: labels.cancel, run: () => overlay.close() }]);
          setTimeout(() => overlay.close(), 2500);
          onSaved(r);
        } else overlay.say(fill(labels.failed, { reason: answer.error.message }));
      },
      (e: unknown) => overlay.say(fill(labels.failed, { reason: (e as Error).message })),
    );
  };

  pickPost();
  return () => overlay.close();
}
