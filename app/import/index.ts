export { decodeText } from './decode.ts';
export { parsePlainText } from './plain-text.ts';
export { parseHtml } from './html.ts';
export { parseMarkdown } from './markdown.ts';
export { detectLanguage } from './language.ts';
export { documentIdFor, countWords } from './normalise.ts';
export { parseFile, formatFor } from './parse-file.ts';
export { importSources, sourcesFromPaths, sourceFromBytes, type ImportSource, type ImportProgress } from './import-batch.ts';
