import type { Locator, Page } from '@playwright/test';

/** Selects `passage` in a pane's article with a real mouse drag, from its first character to its last. */
export async function dragSelect(page: Page, pane: Locator, passage: string): Promise<void> {
  const box = await passageBox(pane, passage);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
}

/** Where the first occurrence of `passage` in a pane's article is on screen, once scrolled into view: its first and last characters' middles. */
export async function passageBox(pane: Locator, passage: string): Promise<{ x1: number; y1: number; x2: number; y2: number }> {
  const body = pane.locator('[data-annotatable]');
  return body.evaluate(async (root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let all = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push(n as Text);
      all += (n as Text).data;
    }
    const at = all.indexOf(wanted);
    if (at < 0) throw new Error(`not in the article: ${wanted}`);
    const locate = (offset: number) => {
      let rest = offset;
      for (const node of nodes) {
        if (rest < node.data.length) return { node, offset: rest };
        rest -= node.data.length;
      }
      throw new Error('past the end');
    };
    const rectOf = (offset: number) => {
      const { node, offset: o } = locate(offset);
      const range = document.createRange();
      range.setStart(node, o);
      range.setEnd(node, o + 1);
      return range.getBoundingClientRect();
    };
    // Blocks coming into view are laid out for real only now (content-visibility: auto): measure once that settles.
    let top = NaN;
    for (let tries = 0; tries < 10; tries++) {
      locate(at).node.parentElement!.scrollIntoView({ block: 'center' });
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const now = rectOf(at).top;
      if (now === top) break;
      top = now;
    }
    const first = rectOf(at);
    const last = rectOf(at + wanted.length - 1);
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  }, passage);
}

/**
 * The passages painted in a pane with one highlight style (hl-yellow, hl-overlap, hl-focused…), in text order: what
 * the CSS Custom Highlight API draws, read back from the page's highlight registry.
 */
export async function painted(pane: Locator, style: string): Promise<string[]> {
  return pane.evaluate((root, name) => {
    const highlight = (CSS.highlights as unknown as Map<string, Set<Range>>).get(name);
    if (!highlight) return [];
    const ranges = [...highlight].filter((r) => root.contains(r.startContainer));
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => r.toString());
  }, style);
}
