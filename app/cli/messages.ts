import { formatError, type AppErrorShape } from '../contract/index.ts';
import { skipReasonText } from '../contract/shared/skip-reasons.ts';

export type Language = 'en' | 'fr';

export function cliLanguage(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Language {
  const value = flag ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return value.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

const MESSAGES = {
  en: {
    imported: 'Imported {imported}, new versions {updated}, already in the library {duplicates}, failed {failed}.',
    newVersion: 'new version of {previous}: {reanchored} annotations moved, {orphaned} to re-attach',
    progress: '{done}/{total}',
    stopping: 'Stopping… (what is done is kept; Ctrl+C again quits at once)',
    stopped: 'Stopped before the end: what was done is kept.',
    backedUp: 'Backed up to {path} ({size}).',
    restored: 'Restored {restored}. The library as it was is kept as {previous}.',
    restoreNeedsForce: 'This replaces the library in {dir} (it holds {count} articles). Run again with --force to go ahead; the library as it is now will be kept as a backup.',
    noBackups: 'No backups yet. Make one with: apostille backup',
    checkOk: 'The library is whole (SQLite’s integrity check found nothing wrong).',
    checkProblems: 'The library is damaged:',
    archived: 'Wrote {documents} articles, {annotations} annotations and {entities} entities to {path} ({size}).',
    archiveImported: 'Brought {documents} articles, {annotations} annotations and {entities} entities into the library.',
    duplicate: 'already in the library as',
    imagesMissing: '{count} image(s) could not be fetched',
    highlightsPlaced: 'Highlights: {placed} placed on the text, {notFound} kept as passages not found, {duplicates} already there.',
    failed: 'failed',
    noResults: 'No articles match.',
    results: '{total} articles match.',
    resultsAtLeast: 'More than {total} articles match; the best are shown.',
    empty: 'The library is empty. Import articles with: apostille import <files or folders>',
    removed: 'Removed {id}.',
    exported: 'Exported {count} articles to {path}.',
    serving: 'Apostille is served at {url}',
    stop: 'Press Ctrl+C to stop.',
    noElectron: 'The Electron runtime is not available on this machine, so Apostille opens in your browser instead: {url}',
    notBuilt: 'The app is not built yet: run "npm run build" first.',
    error: 'Error: {message}',
    exportedAnnotations: 'Exported {annotations} annotation(s) from {documents} article(s) to {path}.',
    exportedNotes: 'Wrote {files} notes ({annotations} annotations) to {path}.',
    importedAnnotations: 'Imported {imported} annotations ({orphans} orphans, {moved} moved), already in the library {duplicates}, skipped {skipped}, article notes restored {notesRestored} (kept {notesKept}).',
    missingArticle: 'skipped: article {id} is not in the library',
    exportedEntityFiles: 'Wrote {files} file(s) of entities to {path}.',
    noCollections: 'No collections yet. Make one with: apostille collections create <name>',
    collectionCreated: 'Created the collection “{name}”.',
    collectionRenamed: 'The collection is now called “{name}”.',
    collectionRemoved: 'Removed the collection “{name}” (its articles stay in the library).',
    filedIn: '{count} article(s) put in “{name}”.',
    takenOut: '{count} article(s) taken out of “{name}”.',
    tagged: '{count} tag(s) changed.',
    trashed: '{count} article(s) put in the Trash: {ids}. Undo with: apostille trash --restore {ids}',
    untrashed: '{count} article(s) taken out of the Trash.',
    trashEmpty: 'The Trash is empty.',
    trashEmptied: '{count} article(s) deleted for good.',
  },
  fr: {
    imported: 'Importés : {imported}, nouvelles versions : {updated}, déjà dans la bibliothèque : {duplicates}, en échec : {failed}.',
    newVersion: 'nouvelle version de {previous} : {reanchored} annotations replacées, {orphaned} à rattacher',
    progress: '{done}/{total}',
    stopping: 'Arrêt… (ce qui est fait est conservé ; Ctrl+C à nouveau pour quitter aussitôt)',
    stopped: 'Arrêté avant la fin : ce qui a été fait est conservé.',
    backedUp: 'Sauvegardé dans {path} ({size}).',
    restored: '{restored} restauré. La bibliothèque telle qu’elle était est conservée sous {previous}.',
    restoreNeedsForce: 'Ceci remplace la bibliothèque de {dir} (elle contient {count} articles). Relancez avec --force pour continuer ; la bibliothèque actuelle sera conservée comme sauvegarde.',
    noBackups: 'Aucune sauvegarde pour l’instant. Faites-en une avec : apostille backup',
    checkOk: 'La bibliothèque est intacte (la vérification d’intégrité de SQLite n’a rien trouvé).',
    checkProblems: 'La bibliothèque est endommagée :',
    archived: '{documents} articles, {annotations} annotations et {entities} entités écrits dans {path} ({size}).',
    archiveImported: '{documents} articles, {annotations} annotations et {entities} entités importés dans la bibliothèque.',
    duplicate: 'déjà dans la bibliothèque sous',
    imagesMissing: '{count} image(s) n’ont pas pu être téléchargée(s)',
    highlightsPlaced: 'Surlignages : {placed} placés sur le texte, {notFound} gardés comme passages introuvables, {duplicates} déjà présents.',
    failed: 'échec',
    noResults: 'Aucun article ne correspond.',
    results: '{total} articles correspondent.',
    resultsAtLeast: 'Plus de {total} articles correspondent ; les meilleurs sont affichés.',
    empty: 'La bibliothèque est vide. Importez des articles avec : apostille import <fichiers ou dossiers>',
    removed: '{id} supprimé.',
    exported: '{count} articles exportés dans {path}.',
    serving: 'Apostille est servi à l’adresse {url}',
    stop: 'Ctrl+C pour arrêter.',
    noElectron: 'Le moteur Electron n’est pas disponible sur cette machine : Apostille s’ouvre donc dans votre navigateur : {url}',
    notBuilt: 'L’application n’est pas encore construite : lancez d’abord « npm run build ».',
    error: 'Erreur : {message}',
    exportedAnnotations: 'Exporté : {annotations} annotation(s) de {documents} article(s) dans {path}.',
    exportedNotes: '{files} notes ({annotations} annotations) écrites dans {path}.',
    importedAnnotations: 'Annotations importées : {imported} (dont {orphans} orphelines, {moved} déplacées), déjà dans la bibliothèque : {duplicates}, ignorées : {skipped}, notes d’article restaurées : {notesRestored} (conservées : {notesKept}).',
    missingArticle: 'ignorées : l’article {id} n’est pas dans la bibliothèque',
    exportedEntityFiles: '{files} fichier(s) d’entités écrit(s) dans {path}.',
    noCollections: 'Aucun dossier pour l’instant. Créez-en un avec : apostille collections create <nom>',
    collectionCreated: 'Dossier « {name} » créé.',
    collectionRenamed: 'Le dossier s’appelle désormais « {name} ».',
    collectionRemoved: 'Dossier « {name} » supprimé (ses articles restent dans la bibliothèque).',
    filedIn: '{count} article(s) ajouté(s) à « {name} ».',
    takenOut: '{count} article(s) retiré(s) de « {name} ».',
    tagged: '{count} étiquette(s) modifiée(s).',
    trashed: '{count} article(s) mis à la corbeille : {ids}. Pour annuler : apostille trash --restore {ids}',
    untrashed: '{count} article(s) sorti(s) de la corbeille.',
    trashEmpty: 'La corbeille est vide.',
    trashEmptied: '{count} article(s) supprimé(s) définitivement.',
  },
} as const;

export type MessageKey = keyof (typeof MESSAGES)['en'];

export function message(language: Language, key: MessageKey, values: Record<string, string | number> = {}): string {
  return MESSAGES[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

export function errorText(language: Language, error: AppErrorShape): string {
  return formatError(language, error);
}

export function skipReason(language: Language, reason: string): string {
  return skipReasonText(language, reason);
}
