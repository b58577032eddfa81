import type { Page } from '@playwright/test';

/** Reads the extension's real IndexedDB from one of its pages (the panel): what is stored, not what is shown. */
export async function storedPosts(extPage: Page): Promise<{ id: string; analyzed: number; sentiment?: string; detectedLang?: string }[]> {
  return extPage.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('rapport');
        open.onupgradeneeded = () => open.transaction?.abort(); // only the extension creates its database
        open.onerror = () => resolve([]); // not created yet: nothing stored
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('posts').objectStore('posts').getAll();
          req.onsuccess = () => {
            resolve(req.result.map((p: { id: string; analyzed: number; sentiment?: string; detectedLang?: string }) => ({ id: p.id, analyzed: p.analyzed, sentiment: p.sentiment, detectedLang: p.detectedLang })));
            db.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
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
