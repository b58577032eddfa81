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
