// The core's heavy domains, each imported the first time a call needs it (jsdom, the recognisers and the place lists
// take a second or more to load; `apostille list` needs none of them).
const once = <T>(importer: () => Promise<T>): (() => Promise<T>) => {
  let loading: Promise<T> | undefined;
  return () => (loading ??= importer());
};

export const load = {
  importer: once(() => import('../import/import-batch.ts')),
  samples: once(() => import('../samples/index.ts')),
  mentions: once(() => import('../entities/mentions.ts')),
  libraryPass: once(() => import('../entities/library-pass.ts')),
  exports: once(() => import('../export/index.ts')),
  archive: once(() => import('../archive/index.ts')),
  backups: once(() => import('../backup/index.ts')),
  web: once(() => import('../web/import-addresses.ts')),
  citations: once(() => import('../citations/index.ts')),
  pdf: once(() => import('../pdf/annotated-pdf.ts')),
  team: once(() => import('../team/index.ts')),
};
