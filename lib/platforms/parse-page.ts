import { parseHTML } from 'linkedom';

/**
 * A saved page parsed in Node into the tree a browser builds from it. linkedom is not a spec parser: a page saved
 * without `<html>` (many "save as" tools start at `<head>`) becomes a document whose root is `<head>` and whose body
 * is empty, and anything between `</head>` and `<body>` opens a second body. Browsers imply the root and merge the
 * bodies, so the readers would see posts in Chromium that they miss here: this repairs both.
 */
export function parsePage(html: string): Document {
  const startsAtRoot = /^\s*(?:<!--[\s\S]*?-->\s*|<!doctype[^>]*>\s*|<\?xml[^>]*>\s*)*<html[\s>]/i.test(html);
  const doc = parseHTML(startsAtRoot ? html : `<!DOCTYPE html><html>${html}</html>`).document as unknown as Document;
  const root = doc.documentElement;
  const bodies = [...root.children].filter((c) => c.tagName === 'BODY');
  const body = bodies[0];
  if (!body) return doc;
  let before = true;
  for (const child of [...root.children]) {
    if (child === body) {
      before = false;
      continue;
    }
    if (child.tagName === 'HEAD') continue;
    if (child.tagName === 'BODY') {
      for (const a of [...child.attributes]) if (!body.hasAttribute(a.name)) body.setAttribute(a.name, a.value);
      body.append(...child.childNodes);
      child.remove();
    } else if (before) body.insertBefore(child, body.firstChild);
    else body.append(child);
  }
  return doc;
}
