import { PAGE_SIZE, stepTo } from '../../src/taskpane/state/issueGroups';

describe('stepping through a list (issues, 周报 findings)', () => {
  const items = Array.from({ length: PAGE_SIZE + 3 }, (_, i) => i);
  it('goes to the first item when none is selected, and stays inside the list at both ends', () => {
    expect(stepTo(items, -1, 1)).toEqual({ item: 0, page: 1 });
    expect(stepTo(items, 0, -1)).toEqual({ item: 0, page: 1 });
    expect(stepTo(items, items.length - 1, 1)).toEqual({ item: items.length - 1, page: 2 });
  });
  it('turns the page when the next item is on another', () => {
    expect(stepTo(items, PAGE_SIZE - 1, 1)).toEqual({ item: PAGE_SIZE, page: 2 });
    expect(stepTo(items, PAGE_SIZE, -1)).toEqual({ item: PAGE_SIZE - 1, page: 1 });
  });
  it('gives nothing for an empty list', () => {
    expect(stepTo([], -1, 1)).toBeNull();
  });
});
