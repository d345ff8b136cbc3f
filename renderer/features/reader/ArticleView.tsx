import DOMPurify from 'dompurify';
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block, DocumentFull } from '../../../app/contract/index.ts';
import { sanitiseArticleHtml } from '../../../app/contract/shared/sanitise-config.ts';
import { client } from '../../api/client.ts';
import { formatDate, languageName } from '../../shared/format.ts';
import { TextMap } from './text-map.ts';

const FIRST_BLOCKS = 150; // a multiple of GROUP
const MORE_BLOCKS = 400;
/**
 * Blocks are drawn in groups, each skipped by the browser while off screen (content-visibility): a group, not each
 * block, so that a 5 MB article has a few hundred skipped boxes rather than tens of thousands to watch and lay out.
 */
const GROUP = 50;

/** A group of blocks, drawn once (the article growing or a pane opening beside it does not draw it again). */
const BlockGroup = memo(function BlockGroup({ text, blocks, photoLabel }: { text: string; blocks: Block[]; photoLabel: string }) {
  return <div className="block-group">{blocks.map((block) => <TextBlock key={block.start} text={text} block={block} photoLabel={photoLabel} />)}</div>;
});

/** The article header: title and the metadata the importer found. */
function ArticleHeader({ doc }: { doc: DocumentFull }) {
  const { t, i18n } = useTranslation();
  const pages = doc.pages ? t('reader.pages', { count: doc.pages.length }) : null;
  const facts = [doc.source, doc.author, doc.place, formatDate(doc.published, i18n.language, true), languageName(doc.language, i18n.language), pages, t('reader.words', { count: doc.wordCount })].filter(Boolean);
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
  /** The words for a photo line (given once by the article, not looked up by each of thousands of blocks). */
  photoLabel: string;
}

/** A piece of the canonical text, marked with its offset so the text map can find it. */
function Piece({ text, start, end }: { text: string; start: number; end: number }) {
  return <span data-offset={start}>{text.slice(start, end)}</span>;
}

/** One block of a plain-text article, its text taken from the canonical text exactly as stored. */
const TextBlock = memo(function TextBlock({ text, block, photoLabel }: BlockProps) {
  const content: ReactNode = <Piece text={text} start={block.start} end={block.end} />;
  switch (block.kind) {
    case 'title':
      return null;
    case 'photo':
      return <div className="article-photo" aria-label={photoLabel}><span aria-hidden="true">▨ </span>{content}</div>;
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
            <span className="dateline"><Piece text={text} start={block.dateline.start} end={block.dateline.end} /></span>
            <Piece text={text} start={block.dateline.end} end={block.end} />
          </p>
        );
      }
      return <p>{content}</p>;
  }
});

/**
 * A saved web page's images, drawn from the library: its HTML names each by the hash it is stored under, and the
 * article asks the core for their bytes once. Nothing is ever fetched from the web while reading.
 */
function useLibraryImages(doc: DocumentFull, html: string | null, body: React.RefObject<HTMLDivElement | null>) {
  const [images, setImages] = useState<Map<string, string> | null>(null);
  const hasImages = html?.includes('data-image=') ?? false;
  useEffect(() => {
    if (!hasImages) return;
    let current = true;
    void client.call('documents.images', { id: doc.id }).then(({ images }) => {
      if (current) setImages(new Map(images.map((i) => [i.hash, `data:${i.mediaType};base64,${i.base64}`])));
    }).catch(() => {});
    return () => {
      current = false;
    };
  }, [doc.id, hasImages]);
  useLayoutEffect(() => {
    if (!images || !body.current) return;
    for (const img of body.current.querySelectorAll<HTMLImageElement>('img[data-image]')) {
      const source = images.get(img.dataset.image ?? '');
      if (source && img.src !== source) img.src = source;
    }
  }, [images, html, body]);
}

// A DOMPurify of its own: the article rules are hooks, which the notes' sanitiser (the shared instance) must not get.
const articlePurify = DOMPurify(window);

interface Props {
  doc: DocumentFull;
  /** Called once the article is on the page, with the map from page positions to the canonical text. */
  onMap(map: TextMap): void;
}

/**
 * The article as the reader sees it: a web page or Markdown article keeps its (sanitised) markup, a plain-text one is
 * drawn block by block. Highlights are not part of this DOM: they are painted over it (highlight-painter.ts), so the
 * article renders once however many annotations it carries.
 */
export const ArticleView = memo(function ArticleView({ doc, onMap }: Props) {
  const { t } = useTranslation();
  const photoLabel = t('reader.photo');
  // Stored HTML was sanitised at import; it is sanitised again here, with the same rules, so the page never trusts
  // stored markup.
  const html = useMemo(() => (doc.html ? sanitiseArticleHtml(articlePurify, doc.html) : null), [doc.html]);
  const [asBlocks, setAsBlocks] = useState(false);
  const body = useRef<HTMLDivElement>(null);
  useLibraryImages(doc, html, body);
  // A very long article (a book, a 5 MB dump) is drawn a few hundred blocks at a time: its first screen shows at
  // once, the rest follows between other work (a click, another article opening).
  const [drawn, setDrawn] = useState(() => Math.min(doc.blocks.length, FIRST_BLOCKS));
  const complete = drawn >= doc.blocks.length;
  const groups = useMemo(() => Array.from({ length: Math.ceil(doc.blocks.length / GROUP) }, (_, i) => doc.blocks.slice(i * GROUP, (i + 1) * GROUP)), [doc.blocks]);
  useEffect(() => {
    if (complete) return;
    // When the page is idle: what the reader does meanwhile (another article opening, a click) goes first.
    const handle = requestIdleCallback(() => setDrawn((n) => Math.min(doc.blocks.length, n + MORE_BLOCKS)), { timeout: 500 });
    return () => cancelIdleCallback(handle);
  }, [drawn, complete, doc.blocks.length]);
  // The text map covers what is drawn: made for the first blocks, then once more when all are on the page.
  const mapped = useRef(false);
  useLayoutEffect(() => {
    if (!body.current) return;
    if (html === null || asBlocks) {
      if (mapped.current && !complete) return;
      mapped.current = true;
      return onMap(TextMap.fromPieces(body.current));
    }
    // A drag that starts on a link selects its text (to highlight it) rather than dragging the link away.
    for (const link of body.current.querySelectorAll('a')) link.draggable = false;
    const map = TextMap.fromHtml(body.current, doc.text, doc.blocks);
    // Markup that does not match the stored text (imported by another version): draw the blocks, still annotatable.
    if (map) onMap(map);
    else setAsBlocks(true);
  }, [html, asBlocks, doc.text, doc.blocks, onMap, complete]);
  return (
    <article className="article" lang={doc.language ?? undefined} data-testid="article">
      <ArticleHeader doc={doc} />
      {html !== null && !asBlocks ? (
        <div ref={body} className="article-body" data-annotatable="html" dangerouslySetInnerHTML={{ __html: html }} />
      ) : (
        <div ref={body} className="article-body" data-annotatable="text">
          {groups.slice(0, Math.ceil(drawn / GROUP)).map((blocks) => <BlockGroup key={blocks[0]!.start} text={doc.text} blocks={blocks} photoLabel={photoLabel} />)}
        </div>
      )}
    </article>
  );
});
