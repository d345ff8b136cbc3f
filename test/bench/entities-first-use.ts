// The first use of the suggesters in a fresh process: loading their modules, then the first article's call, which
// builds the recognisers and loads every list.
// Run by entities-bench.ts in a child process; prints the milliseconds as JSON.
const started = performance.now();
const { suggestEntities } = await import('../../app/entities/suggest.ts');
const { buildFrenchArticle } = await import('./entities-values-bench.ts');
const text = buildFrenchArticle();
const loaded = performance.now();
suggestEntities(text, { language: 'fr', published: '2015-07-27', known: [] });
const done = performance.now();
console.log(JSON.stringify({ firstCallMs: done - loaded, importMs: loaded - started }));
