import DOMPurify from 'dompurify';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, Block, DocumentFull } from '../../../app/contract/index.ts';
import { toUtf16Offset } from '../../../app/contract/shared/code-points.ts';
import { SANITISE_CONFIG } from '../../../app/contract/shared/sanitise-config.ts';
import { formatDate, languageName } from '../../shared/format.ts';
import { HighlightedText, type Span } from '../annotations/HighlightedText.tsx';

/** The article header: title and the metadata the importer found. */
function ArticleHeader({ doc }: { doc: DocumentFull }) {
  const { t, i18n } = useTranslation();
  const facts = [doc.source, doc.author, doc.place, formatDate(doc.published, i18n.language, true), languageName(doc.language, i18n.language), t('reader.words', { count: doc.wordCount })].filter(Boolean);
  return (
    <header className="article-header">
      <h1 lang={doc.language ?? undefined}>{doc.title}</h1>
      <p className="article-meta" data-testid="article-meta">{facts.join(' · ')}</p>
    </header>
  );
}

interface BlockProps {
  text: string;
  block: Block;
  spans: Span[];
  focused: string | null;
  onFocus(id: string): void;
}

/** One block of a plain-text article, its text taken from the canonical text exactly as stored, with highlights. */
function TextBlock({ text, block, spans, focused, onFocus }: BlockProps) {
  const { t } = useTranslation();
  const piece = (start: number, end: number) => <HighlightedText text={text} start={start} end={end} spans={spans} focused={focused} onFocus={onFocus} />;
  const content: ReactNode = piece(block.start, block.end);
  switch (block.kind) {
    case 'title':
      return null;
    case 'photo':
      return <div className="article-photo" aria-label={t('reader.photo')}><span aria-hidden="true">▨ </span>{content}</div>;
    case 'caption':
      return <p className="article-caption">{content}</p>;
    case 'byline':
    case 'dateline':
    case 'source':
      return <p className="article-byline">{content}</p>;
    case 'heading':
      return <h2>{content}</h2>;
    case 'quote':
      return <blockquote>{content}</blockquote>;
    default:
      if (block.dateline) {
        return (
          <p>
            <span className="dateline">{piece(block.dateline.start, block.dateline.end)}</span>
            {piece(block.dateline.end, block.end)}
          </p>
        );
      }
      return <p>{content}</p>;
  }
}

interface Props {
  doc: DocumentFull;
  annotations: Annotation[];
  focused: string | null;
  onFocus(id: string): void;
}

export function ArticleView({ doc, annotations, focused, onFocus }: Props) {
  // Stored HTML was sanitised at import; it is sanitised again here, with the same rules, so the page never trusts
  // stored markup.
  const html = useMemo(() => (doc.html ? DOMPurify.sanitize(doc.html, SANITISE_CONFIG) : null), [doc.html]);
  const spans = useMemo(
    () => annotations.map((annotation) => ({ annotation, start: toUtf16Offset(doc.text, annotation.start), end: toUtf16Offset(doc.text, annotation.end) })),
    [annotations, doc.text],
  );
  return (
    <article className="article" lang={doc.language ?? undefined} data-testid="article">
      <ArticleHeader doc={doc} />
      {html !== null ? (
        <div className="article-body" dangerouslySetInnerHTML={{ __html: html }} />
      ) : (
        <div className="article-body" data-annotatable="true">
          {doc.blocks.map((block) => <TextBlock key={block.start} text={doc.text} block={block} spans={spans} focused={focused} onFocus={onFocus} />)}
        </div>
      )}
    </article>
  );
}
