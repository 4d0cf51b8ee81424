import { langFromDisplayLanguage, fill } from '../../src/taskpane/i18n';
import { en } from '../../src/taskpane/i18n/en';
import { zh } from '../../src/taskpane/i18n/zh';
import { detectOffice, isDarkColour } from '../../src/taskpane/state/host';
import { CancelledError, forEachStep } from '../../src/taskpane/state/steps';

describe('locale and theme', () => {
  it('uses English only when Office says en-*', () => {
    expect(langFromDisplayLanguage('en-US')).toBe('en');
    expect(langFromDisplayLanguage('EN-gb')).toBe('en');
    expect(langFromDisplayLanguage('zh-CN')).toBe('zh');
    expect(langFromDisplayLanguage('fr-FR')).toBe('zh');
    expect(langFromDisplayLanguage(null)).toBe('zh');
  });

  it('has the same keys in both languages, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const v of [...Object.values(en), ...Object.values(zh)]) expect(v.length).toBeGreaterThan(0);
  });

  it('fills slots', () => {
    expect(fill('共 {count} 个问题', { count: 5 })).toBe('共 5 个问题');
    expect(fill('{a}{b}', { a: 1 })).toBe('1{b}');
  });

  it('reads Office dark themes from the body background', () => {
    expect(isDarkColour('#262626')).toBe(true); // Office dark grey
    expect(isDarkColour('#000000')).toBe(true); // black
    expect(isDarkColour('#FFFFFF')).toBe(false); // white
    expect(isDarkColour('#E6E6E6')).toBe(false); // colorful / light grey
    expect(isDarkColour(undefined)).toBeNull();
  });
});

describe('detectOffice', () => {
  const g = globalThis as { Office?: unknown };
  afterEach(() => delete g.Office);

  it('is outside Office when office.js is missing', async () => {
    expect(await detectOffice(10)).toEqual({ inOffice: false, displayLanguage: null, dark: null });
  });

  it('is outside Office when onReady gives no host', async () => {
    g.Office = { onReady: async () => ({ host: null, platform: null }), context: {} };
    expect((await detectOffice(10)).inOffice).toBe(false);
  });

  it('is inside Excel with its language and theme', async () => {
    g.Office = {
      onReady: async () => ({ host: 'Excel', platform: 'PC' }),
      context: { displayLanguage: 'en-US', officeTheme: { bodyBackgroundColor: '#1f1f1f' } },
    };
    expect(await detectOffice(10)).toEqual({ inOffice: true, displayLanguage: 'en-US', dark: true });
  });

  it('gives up waiting for an onReady that never comes', async () => {
    g.Office = { onReady: () => new Promise(() => undefined), context: {} };
    expect((await detectOffice(10)).inOffice).toBe(false);
  });
});

describe('steps', () => {
  it('reports progress per step and stops at the next step after cancel', async () => {
    const ac = new AbortController();
    const seen: string[] = [];
    const done: number[] = [];
    const run = forEachStep(
      [1, 2, 3, 4],
      (n) => `表${n}`,
      (n) => {
        done.push(n);
        if (n === 2) ac.abort();
        return n * 10;
      },
      { signal: ac.signal, onProgress: (p) => seen.push(`${p.done}/${p.total} ${p.label}`) },
    );
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(done).toEqual([1, 2]);
    expect(seen).toEqual(['0/4 表1', '1/4 表2', '2/4 表3']);
  });

  it('returns every result when not cancelled', async () => {
    const r = await forEachStep([1, 2], String, (n) => n + 1, {
      signal: new AbortController().signal,
      onProgress: () => undefined,
    });
    expect(r).toEqual([2, 3]);
  });
});
