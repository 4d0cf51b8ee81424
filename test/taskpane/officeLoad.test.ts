/** taskpane.html loads office.js only where Office may host the pane (a plain tab must make no request off the machine). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const html = readFileSync(join(__dirname, '../../src/taskpane/taskpane.html'), 'utf8');
const inline = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

/** Runs the page's inline loader against a stand-in window; true when it wrote the office.js tag. */
function loads(win: Record<string, unknown>): boolean {
  const written: string[] = [];
  const self = { location: { search: '', hash: '' }, name: '', ...win };
  const w = { ...self, self: undefined as unknown, top: undefined as unknown };
  w.self = w;
  w.top = 'top' in win ? win.top : w;
  new Function('window', 'document', inline)(w, { write: (s: string) => written.push(s) });
  return written.some((s) => s.includes('office-js/office.js'));
}

describe('office.js loading', () => {
  it('is skipped in a plain browser tab', () => {
    expect(inline).toContain('office-js/office.js');
    expect(loads({})).toBe(false);
    expect(loads({ sessionStorage: { getItem: () => null } })).toBe(false);
    expect(loads({ external: { AddSearchProvider: () => undefined } })).toBe(false); // Chromium's window.external
  });

  it('happens wherever Office may be the host', () => {
    expect(loads({ top: {} })).toBe(true); // Excel on the web: an iframe
    expect(loads({ chrome: { webview: {} } })).toBe(true); // Windows, WebView2
    expect(loads({ webkit: { messageHandlers: {} } })).toBe(true); // Mac, iPad
    expect(loads({ external: { GetContext: () => undefined } })).toBe(true); // IE / EdgeHTML
    expect(loads({ location: { search: '?_host_Info=Excel$Win32$16.01$zh-CN', hash: '' } })).toBe(true);
    expect(loads({ external: { notify: () => undefined } })).toBe(true); // EdgeHTML
    expect(
      loads({ sessionStorage: { getItem: (k: string) => (k === 'hostInfoValue' ? 'Excel|Win32|16.01' : null) } }),
    ).toBe(true); // a reload inside Office
  });

  it('can be forced either way', () => {
    expect(loads({ location: { search: '?office=1', hash: '' } })).toBe(true);
    expect(loads({ top: {}, location: { search: '?lang=en&office=0', hash: '' } })).toBe(false);
  });
});
