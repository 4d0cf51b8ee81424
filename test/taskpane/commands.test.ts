/** The ribbon's function file registers its command and always tells Office the command finished. */
describe('commands', () => {
  const g = globalThis as { Office?: unknown };
  afterEach(() => {
    delete g.Office;
    jest.resetModules();
  });

  it('registers showTaizhang and completes the event after opening the pane', async () => {
    const associated: Record<string, (e: { completed: () => void }) => void> = {};
    let shown = 0;
    g.Office = {
      onReady: (cb: () => void) => cb(),
      actions: { associate: (name: string, fn: (e: { completed: () => void }) => void) => (associated[name] = fn) },
      addin: { showAsTaskpane: async () => void shown++ },
    };
    await import('../../src/commands/commands');
    expect(Object.keys(associated)).toEqual(['showTaizhang']);
    const completed = await new Promise<boolean>((resolve) =>
      associated.showTaizhang({ completed: () => resolve(true) }),
    );
    expect(completed).toBe(true);
    expect(shown).toBe(1);
  });

  it('completes the event on hosts without showAsTaskpane', async () => {
    let fn: ((e: { completed: () => void }) => void) | undefined;
    g.Office = { onReady: (cb: () => void) => cb(), actions: { associate: (_: string, f: typeof fn) => (fn = f) } };
    await import('../../src/commands/commands');
    let done = false;
    fn!({ completed: () => (done = true) });
    expect(done).toBe(true);
  });
});
