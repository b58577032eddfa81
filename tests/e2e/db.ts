import type { Page } from '@playwright/test';

export interface StoredRow {
  id: string;
  text?: string;
  analyzed: number;
  sentiment?: string;
  detectedLang?: string;
}

/**
 * Run inside one of the extension's pages (Playwright's or puppeteer's `evaluate`): the posts in the real IndexedDB,
 * what is stored, not what is shown. Self-contained, since it is serialised into the page.
 */
export function readStoredPosts(): Promise<StoredRow[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('rapport');
    open.onupgradeneeded = () => open.transaction?.abort(); // only the extension creates its database
    open.onerror = () => resolve([]); // not created yet: nothing stored
    open.onsuccess = () => {
      const db = open.result;
      const req = db.transaction('posts').objectStore('posts').getAll();
      req.onsuccess = () => {
        resolve(req.result.map((p: StoredRow) => ({ id: p.id, text: p.text, analyzed: p.analyzed, sentiment: p.sentiment, detectedLang: p.detectedLang })));
        db.close();
      };
      req.onerror = () => reject(req.error);
    };
  });
}

/** Reads the extension's real IndexedDB from one of its pages (the panel). */
export function storedPosts(extPage: Page): Promise<StoredRow[]> {
  return extPage.evaluate(readStoredPosts);
}

/** Every row of every object store of the extension's IndexedDB, by store name. */
export async function dumpDatabase(extPage: Page): Promise<Record<string, unknown[]>> {
  return extPage.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('rapport');
        open.onupgradeneeded = () => open.transaction?.abort(); // only the extension creates its database
        open.onerror = () => resolve({});
        open.onsuccess = () => {
          const db = open.result;
          const names = Array.from(db.objectStoreNames);
          const out: Record<string, unknown[]> = {};
          if (!names.length) return resolve(out);
          const tx = db.transaction(names);
          for (const name of names) {
            const req = tx.objectStore(name).getAll();
            req.onsuccess = () => void (out[name] = req.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** Run in an extension page: the rows of one object store of the extension's IndexedDB. */
export function readStore(store: string): Promise<unknown[]> {
  return new Promise((resolve) => {
    const open = indexedDB.open('rapport');
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => resolve([]);
    open.onsuccess = () => {
      const req = open.result.transaction(store).objectStore(store).getAll();
      req.onsuccess = () => {
        resolve(req.result);
        open.result.close();
      };
      req.onerror = () => resolve([]);
    };
  });
}
