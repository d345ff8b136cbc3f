import DOMPurify from 'dompurify';
import { useMemo } from 'react';
import { Marked } from 'marked';
import { SANITISE_CONFIG } from '../../app/contract/shared/sanitise-config.ts';

const marked = new Marked({ gfm: true, breaks: true, async: false });

/**
 * A note's Markdown as safe HTML: marked, then DOMPurify with the article rules, images dropped (a note never loads
 * anything) and links sent outside the app.
 */
export function markdownToHtml(markdown: string): string {
  const html = marked.parse(markdown) as string;
  const clean = DOMPurify.sanitize(html, { ...SANITISE_CONFIG, FORBID_TAGS: [...SANITISE_CONFIG.FORBID_TAGS, 'img'], RETURN_DOM_FRAGMENT: true });
  for (const link of clean.querySelectorAll('a')) {
    if (!/^(?:https?:|mailto:)/i.test(link.getAttribute('href') ?? '')) link.removeAttribute('href');
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
  }
  const holder = document.createElement('div');
  holder.append(clean);
  return holder.innerHTML;
}

/** A note rendered from Markdown. */
export function Markdown({ source, className, testId }: { source: string; className?: string; testId?: string }) {
  const html = useMemo(() => markdownToHtml(source), [source]);
  return <div className={`markdown${className ? ` ${className}` : ''}`} data-testid={testId} dangerouslySetInnerHTML={{ __html: html }} />;
}
