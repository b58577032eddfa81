import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { MAX_TEXT, MAX_URL } from '../../model/limits';
import { sendMessage } from '../../protocol/client';
import type { DraftVerdict } from '../../protocol/contract';
import { isPrivateComposer } from '../private-composer';
import { OWN_ATTR } from '../watch';
import { later, listen, type PageContext } from './context';
import { PAGE_UI_CSS } from './styles';

/** Typing pauses this long before a draft is checked: the check runs when the person stops, not on every key. */
const PAUSE_MS = 400;

/**
 * The draft check beside the page's composer: the text the person types is sent to the worker, which checks it
 * (with the language of the post it replies to) and answers with a verdict shown in a small button that opens
 * the Draft view. Returns `check`, for a text Rapport placed itself.
 */
export function composerCheck(ctx: PageContext): { check(composer: Element): void } {
  let ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
  let shownFor: Element | undefined;
  let cancel: (() => void) | undefined;

  const remove = () => {
    ui?.remove();
    ui = undefined;
    shownFor = undefined;
  };
  ctx.signal.addEventListener('abort', remove, { once: true });
  ctx.onPrefs(() => {
    if (!ctx.settings.composerIndicator) remove();
  });

  const show = async (composer: Element, v: DraftVerdict): Promise<void> => {
    if (!ctx.settings.composerIndicator || ctx.signal.aborted) return;
    if (shownFor !== composer) {
      ui?.remove();
      shownFor = composer;
      ui = await createShadowRootUi(ctx.uiContext, {
        name: 'rapport-draft',
        mode: 'closed',
        position: 'inline',
        anchor: composer,
        append: 'after',
        css: PAGE_UI_CSS,
        onMount: (container, _shadow, host) => {
          host.setAttribute(OWN_ATTR, '');
          // A button that opens the Draft view at the findings; its label is also announced as it changes.
          const box = document.createElement('button');
          box.type = 'button';
          box.setAttribute('aria-live', 'polite');
          box.addEventListener('click', (e) => {
            e.preventDefault();
            e.stopPropagation();
            if (!e.isTrusted) return;
            void sendMessage('openDraft', null).catch(() => {});
          });
          container.append(box);
          return box;
        },
      });
      ui.mount();
    }
    const box = ui?.mounted;
    const l = ctx.labels;
    if (!box || !l) return;
    box.className = `d ${v.worst ?? ''}`;
    const form = new Intl.PluralRules(l.lang).select(v.findings) === 'one' ? l.findingsOne : l.findingsOther;
    box.textContent = v.findings === 0 ? l.nothingToFlag : form.replace('{n}', new Intl.NumberFormat(l.lang).format(v.findings));
    box.title = l.draftTitle;
  };

  const send = async (composer: Element): Promise<void> => {
    const text = composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement ? composer.value : ((composer as HTMLElement).innerText ?? composer.textContent ?? '');
    // A composer inside a post (a reply form) replies to that post.
    const host = composer.parentElement?.closest(ctx.postSelector());
    const replyTo = host ? ctx.posts.read(host)[0] : undefined;
    const r = await sendMessage('draftChanged', { url: location.href.slice(0, MAX_URL), platform: ctx.reader.platform, text: text.slice(0, MAX_TEXT), ...(replyTo ? { replyTo } : {}) }).catch(() => undefined);
    if (r?.ok) await show(composer, r);
  };

  const check = (composer: Element) => {
    if (ctx.signal.aborted || isPrivateComposer(composer, new URL(location.href))) return;
    cancel?.();
    cancel = later(ctx, () => void send(composer), PAUSE_MS);
  };

  const selector = ctx.reader.composerSelector;
  if (selector) {
    listen(
      ctx,
      document,
      'input',
      (e) => {
        // Only what the person types: an input event the page dispatches would send a draft of its choosing.
        if (!e.isTrusted) return;
        const composer = (e.target as Element | null)?.closest?.(selector);
        if (composer) check(composer);
      },
      true,
    );
  }
  return { check };
}
