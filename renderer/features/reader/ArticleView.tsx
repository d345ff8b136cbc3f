import DOMPurify from 'dompurify';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block, DocumentFull } from '../../../app/contract/index.ts';
import { SANITISE_CONFIG } from '../../../app/contract/sanitise-config.ts';
import { formatDate, languageName } from '../../shared/format.ts';

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

/** One block of a plain-text article, its text sliced from the canonical text exactly as stored. */
function TextBlock({ text, block }: { text: string; block: Block }) {
  const { t } = useTranslation();
  const content = text.slice(block.start, block.end);
  switch (block.kind) {
    case 'title':
      return null;
    case 'photo':
      return <div className="article-photo" data-start={block.start} aria-label={t('reader.photo')}><span aria-hidden="true">▨</span> {content}</div>;
    case 'caption':
      return <p className="article-caption" data-start={block.start}>{content}</p>;
    case 'byline':
    case 'dateline':
    case 'source':
      return <p className="article-byline" data-start={block.start}>{content}</p>;
    case 'heading':
      return <h2 data-start={block.start}>{content}</h2>;
    case 'quote':
      return <blockquote data-start={block.start}>{content}</blockquote>;
    default:
      if (block.dateline) {
        return (
          <p data-start={block.start}>
            <span className="dateline">{text.slice(block.dateline.start, block.dateline.end)}</span>
            {text.slice(block.dateline.end, block.end)}
          </p>
        );
      }
      return <p data-start={block.start}>{content}</p>;
  }
}

export function ArticleView({ doc }: { doc: DocumentFull }) {
  // Stored HTML was sanitised at import; it is sanitised again here so the page never trusts stored markup.
  const html = useMemo(() => (doc.html ? DOMPurify.sanitize(doc.html, SANITISE_CONFIG) : null), [doc.html]);
  return (
    <article className="article" lang={doc.language ?? undefined} data-testid="article">
      <ArticleHeader doc={doc} />
      {html !== null ? (
        <div className="article-body" dangerouslySetInnerHTML={{ __html: html }} />
      ) : (
        <div className="article-body">{doc.blocks.map((block) => <TextBlock key={block.start} text={doc.text} block={block} />)}</div>
      )}
    </article>
  );
}
