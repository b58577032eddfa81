import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { capturePosts, deleteCaptures, updateCapture } from '../../../lib/db/captures';
import { csvCell, parseCsv, toCsv } from '../../../lib/model/csv';
import { capturesCsv, CAPTURE_COLUMNS } from '../../../lib/db/export';
import { pruneOldest } from '../../../lib/db/retention';
import { openDb } from '../../../lib/db/schema';
import { pickLanguage, translator, UI_LANGUAGES } from '../../../lib/i18n';
import { en } from '../../../lib/i18n/en';
import { de } from '../../../lib/i18n/de';
import { es } from '../../../lib/i18n/es';
import { fr } from '../../../lib/i18n/fr';
import { pt } from '../../../lib/i18n/pt';
import { parseSettings } from '../../../lib/model/settings';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';

describe('CSV', () => {
  it('quotes commas, quotes and line breaks; guards formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    for (const f of ['=1+1', '+1', '-2', '@SUM(A1)', '\tx']) expect(csvCell(f).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell(-3)).toBe('-3'); // numbers stay numbers
    expect(csvCell(undefined)).toBe('');
  });
  it('round-trips through a parser', () => {
    const rows = [['a', 'b,c', 'd "e"'], ['multi\r\nline', '', '=cmd']];
    const parsed = parseCsv(toCsv(['x', 'y', 'z'], rows));
    expect(parsed).toEqual([['x', 'y', 'z'], ['a', 'b,c', 'd "e"'], ['multi\r\nline', '', "'=cmd"]]);
  });
});

describe('captures', () => {
  it('snapshots survive pruning; tags and notes; delete frees the post', async () => {
    const db = openDb('caps', new IDBFactory(), IDBKeyRange);
    const base = { platform: 'x' as const, url: 'https://x.com/a/status/1', author: { name: 'Ann' }, metrics: { likes: 4 }, firstSeen: 1, lastSeen: 1, pageKey: 'k', authorKey: 'x:ann', analyzed: 0 as const, captured: 0 as const };
    await db.posts.bulkAdd([{ ...base, id: 'x:1', text: 'keep me, "please"' }, { ...base, id: 'x:2', text: 'old' }]);
    const [id] = await capturePosts(db, ['x:1'], 1000);
    expect(await updateCapture(db, id!, { tags: ['rival', ' rival ', 'q3'], note: 'n' })).toBe(true);
    expect(await pruneOldest(db, 10)).toBe(1); // only the uncaptured post goes
    const cap = await db.captures.get(id!);
    expect(cap).toMatchObject({ postId: 'x:1', tags: ['rival', 'q3'], note: 'n', post: { text: 'keep me, "please"', metrics: { likes: 4 } } });
    expect(cap!.post).not.toHaveProperty('pageKey');
    const rows = parseCsv(capturesCsv([cap!]));
    expect(rows[0]).toEqual([...CAPTURE_COLUMNS]);
    expect(rows[1]![CAPTURE_COLUMNS.indexOf('text')]).toBe('keep me, "please"');
    expect(rows[1]![CAPTURE_COLUMNS.indexOf('tags')]).toBe('rival; q3');
    expect(await deleteCaptures(db, [id!])).toBe(1);
    expect((await db.posts.get('x:1'))!.captured).toBe(0);
  });
});

describe('settings', () => {
  it('keeps valid fields of a damaged value and defaults the rest', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ retentionDays: 30, theme: 'purple' })).toMatchObject({ retentionDays: 30, theme: 'system' });
  });
});

describe('message catalogue', () => {
  it('every language has every key, with the same placeholders, and none left in English by accident', () => {
    for (const [name, cat] of Object.entries({ es, fr, de, pt })) {
      expect(Object.keys(cat).sort(), name).toEqual(Object.keys(en).sort());
      for (const [k, v] of Object.entries(en)) {
        const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
        expect(ph(cat[k as keyof typeof en]), `${name} ${k}`).toEqual(ph(v));
      }
      const same = Object.keys(en).filter((k) => cat[k as keyof typeof en] === en[k as keyof typeof en] && /[a-z]{4,} [a-z]{4,}/.test(en[k as keyof typeof en]));
      expect(same, `${name}: untranslated`).toEqual([]);
    }
  });
  it('picks the setting, else the browser language, else English', () => {
    expect(pickLanguage('auto', 'pt-BR')).toBe('pt');
    expect(pickLanguage('de', 'fr')).toBe('de');
    expect(pickLanguage(undefined, 'ja')).toBe('en');
    expect(UI_LANGUAGES).toHaveLength(5);
    expect(translator('fr')('common.progress', { done: 1, total: 2 })).toMatch(/1.*2/);
  });
});
