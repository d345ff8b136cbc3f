/** The selection inside `root` as offsets in the canonical text (UTF-16), read from the pieces' data-offset. */
export function selectionOffsets(root: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const start = pointOffset(range.startContainer, range.startOffset, 'start');
  const end = pointOffset(range.endContainer, range.endOffset, 'end');
  return start !== null && end !== null && end > start ? { start, end } : null;
}

function pointOffset(node: Node, offset: number, side: 'start' | 'end'): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const piece = node.parentElement?.closest<HTMLElement>('[data-offset]');
    return piece ? Number(piece.dataset.offset) + offset : null;
  }
  // A boundary between elements (a whole paragraph selected): use the nearest piece on the inside.
  const element = node as Element;
  const child = element.childNodes[side === 'start' ? offset : offset - 1];
  const pieces = (child instanceof Element ? child : element).querySelectorAll<HTMLElement>('[data-offset]');
  const piece = side === 'start' ? pieces[0] : pieces[pieces.length - 1];
  if (!piece) return null;
  return Number(piece.dataset.offset) + (side === 'start' ? 0 : (piece.textContent ?? '').length);
}
