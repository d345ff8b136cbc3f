import { LIBRARY_STATE_CODES, type ErrorCode } from '../errors.ts';

// User-facing wording of each error, shared by the UI and the CLI. `{{name}}` placeholders take the error's details.
export type ErrorMessages = Record<ErrorCode, string>;

export const errorMessages: { en: ErrorMessages; fr: ErrorMessages } = {
  en: {
    invalid_request: 'The request was not understood: {{issue}}',
    unknown_method: 'Unknown operation “{{method}}”.',
    not_found: 'No article with id “{{id}}” in this library.',
    quote_not_found: 'The passage “{{quote}}” is not in this article.',
    ambiguous_id: 'Several articles start with “{{id}}”; give more characters.',
    empty_file: 'The file is empty.',
    binary_file: 'This is not a text file (it looks like binary data).',
    too_large: 'The file is too large ({{size}}); the limit is {{limit}}.',
    unsupported_type: 'Files of type “{{extension}}” cannot be imported (text, Markdown, HTML, PDF and EPUB can).',
    unreadable_file: 'The file could not be read: {{reason}}',
    unwritable_file: 'The file could not be written: {{reason}}',
    invalid_annotations_file: 'This is not an annotations file Apostille can import (W3C Web Annotation JSON-LD), so nothing was imported. At {{path}}: {{issue}}',
    undecodable_text: 'The text encoding of this file could not be recognised.',
    no_readable_content: 'No readable article text was found in this file.',
    library_locked: 'The library is in use by another program; try again in a moment.',
    library_too_new: 'This library was written by a newer version of Apostille (schema {{found}}, this version knows {{known}}). It was left untouched.',
    library_empty_file: 'The library file {{file}} is empty (0 bytes): it holds nothing to open, and was left as it is.',
    library_not_database: 'The library file {{file}} is not an Apostille library (not an SQLite database); it was left as it is.',
    library_damaged: 'The library file {{file}} is damaged: {{message}}.',
    library_not_empty: 'An archive can only be brought into an empty library; this one holds {{count}} articles.',
    disk_full: 'The disk is full: nothing was written. Free some space and try again.',
    too_deeply_nested: 'This file is too deeply nested to be read (more than {{limit}} levels {{what}}).',
    request_too_large: 'The request is too large ({{size}}); the limit is {{limit}}.',
    invalid_backup: 'This is not a backup Apostille can restore: {{reason}}',
    invalid_archive: 'This is not an Apostille library archive: {{reason}}',
    job_not_found: 'No task “{{id}}” is running.',
    empty_folder: 'The folder holds no file to import.',
    collection_not_found: 'There is no such collection in this library.',
    name_taken: 'A collection is already called “{{name}}”.',
    unauthorised: 'This page is not allowed to talk to Apostille: open the address that “apostille serve” printed.',
    address_invalid: '“{{address}}” is not a web address Apostille can fetch (http and https only).',
    address_refused: '{{host}} is on this computer or a local network; such addresses are fetched only when “Allow local addresses” is on.',
    page_not_found: 'The page was not found ({{host}} answered {{status}}).',
    page_http_error: '{{host}} did not give the page (it answered {{status}}).',
    page_unreachable: '{{host}} could not be reached ({{reason}}).',
    page_timeout: 'The page did not arrive within {{seconds}} s.',
    page_too_large: 'The page is too large ({{size}}); the limit is {{limit}}.',
    too_many_redirects: 'The address redirects more than {{limit}} times.',
    not_an_article: 'No article was found at this address.',
    invalid_tool_export: 'This {{tool}} export could not be read, so nothing of it was imported. At {{at}}: {{issue}}',
    pdf_encrypted: 'This PDF is protected by a password; open it in a PDF reader, save a copy without the password, and import that copy.',
    pdf_damaged: 'This PDF is damaged and could not be read ({{reason}}).',
    not_a_pdf: '“{{title}}” is not a PDF: only a PDF can be exported with its annotations written into it.',
    epub_damaged: 'This EPUB book is damaged and could not be read ({{reason}}).',
    epub_protected: 'This EPUB book is protected (DRM): its text is encrypted and cannot be read. Import a copy without protection.',
    team_unreachable: 'The team library at {{address}} could not be reached ({{reason}}). Your changes are kept here and will be sent at the next sync.',
    team_auth_failed: 'The team library refused “{{member}}”: the name or the password is wrong.',
    team_not_initialised: 'The database {{address}} does not hold a team library yet: an owner creates it with “apostille team init”.',
    team_schema_newer: 'This team library was set up by a newer version of Apostille (schema {{found}}, this version knows {{known}}); update Apostille to sync with it.',
    team_not_owner: 'Only an owner of the team can manage its members.',
    team_not_author: 'Only its author can change or delete this annotation; your edit is kept on this machine.',
    team_not_linked: 'This library does not follow a team library.',
    team_refused: 'The team library refused the operation: {{reason}}',
    team_library_not_empty: 'A team library starts empty, and this library holds {{count}} articles of its own. Join from a new, empty library (apostille team join <address> --library <new folder>).',
    team_already_linked: 'This library already follows the team library at {{address}}.',
    library_unknown: 'No library on this machine has the id {{id}}: it was taken off the list.',
    library_in_use: 'This library cannot be taken off the list: it is open now, or it is this machine’s first library.',
    library_name_taken: 'A library on this machine is already called “{{name}}”.',
    internal: 'Something went wrong inside Apostille: {{message}}',
  },
  fr: {
    invalid_request: 'La demande n’a pas été comprise : {{issue}}',
    unknown_method: 'Opération inconnue « {{method}} ».',
    not_found: 'Aucun article d’identifiant « {{id}} » dans cette bibliothèque.',
    quote_not_found: 'Le passage « {{quote}} » ne figure pas dans cet article.',
    ambiguous_id: 'Plusieurs articles commencent par « {{id}} » ; donnez plus de caractères.',
    empty_file: 'Le fichier est vide.',
    binary_file: 'Ce n’est pas un fichier texte (il contient des données binaires).',
    too_large: 'Le fichier est trop volumineux ({{size}}) ; la limite est de {{limit}}.',
    unsupported_type: 'Les fichiers de type « {{extension}} » ne peuvent pas être importés (texte, Markdown, HTML, PDF et EPUB le peuvent).',
    unreadable_file: 'Le fichier n’a pas pu être lu : {{reason}}',
    unwritable_file: 'Le fichier n’a pas pu être écrit : {{reason}}',
    invalid_annotations_file: 'Ce n’est pas un fichier d’annotations qu’Apostille sait importer (W3C Web Annotation JSON-LD) : rien n’a été importé. À {{path}} : {{issue}}',
    undecodable_text: 'L’encodage du texte de ce fichier n’a pas été reconnu.',
    no_readable_content: 'Aucun texte d’article lisible n’a été trouvé dans ce fichier.',
    library_locked: 'La bibliothèque est utilisée par un autre programme ; réessayez dans un instant.',
    library_too_new: 'Cette bibliothèque a été écrite par une version plus récente d’Apostille (schéma {{found}}, cette version connaît {{known}}). Elle n’a pas été modifiée.',
    library_empty_file: 'Le fichier de bibliothèque {{file}} est vide (0 octet) : il n’y a rien à ouvrir, et il a été laissé tel quel.',
    library_not_database: 'Le fichier de bibliothèque {{file}} n’est pas une bibliothèque Apostille (pas une base SQLite) ; il a été laissé tel quel.',
    library_damaged: 'Le fichier de bibliothèque {{file}} est endommagé : {{message}}.',
    library_not_empty: 'Une archive ne peut être importée que dans une bibliothèque vide ; celle-ci contient {{count}} articles.',
    disk_full: 'Le disque est plein : rien n’a été écrit. Libérez de la place et réessayez.',
    too_deeply_nested: 'Ce fichier est trop profondément imbriqué pour être lu (plus de {{limit}} niveaux {{what}}).',
    request_too_large: 'La demande est trop volumineuse ({{size}}) ; la limite est de {{limit}}.',
    invalid_backup: 'Ce n’est pas une sauvegarde qu’Apostille sait restaurer : {{reason}}',
    invalid_archive: 'Ce n’est pas une archive de bibliothèque Apostille : {{reason}}',
    job_not_found: 'Aucune tâche « {{id}} » n’est en cours.',
    empty_folder: 'Le dossier ne contient aucun fichier à importer.',
    collection_not_found: 'Ce dossier n’existe pas dans cette bibliothèque.',
    name_taken: 'Un dossier s’appelle déjà « {{name}} ».',
    unauthorised: 'Cette page n’est pas autorisée à dialoguer avec Apostille : ouvrez l’adresse affichée par « apostille serve ».',
    address_invalid: '« {{address}} » n’est pas une adresse web qu’Apostille peut ouvrir (http et https seulement).',
    address_refused: '{{host}} est sur cet ordinateur ou un réseau local ; ces adresses ne sont ouvertes que si « Autoriser les adresses locales » est coché.',
    page_not_found: 'La page est introuvable ({{host}} a répondu {{status}}).',
    page_http_error: '{{host}} n’a pas donné la page (réponse {{status}}).',
    page_unreachable: '{{host}} n’a pas pu être joint ({{reason}}).',
    page_timeout: 'La page n’est pas arrivée en {{seconds}} s.',
    page_too_large: 'La page est trop volumineuse ({{size}}) ; la limite est de {{limit}}.',
    too_many_redirects: 'L’adresse redirige plus de {{limit}} fois.',
    not_an_article: 'Aucun article n’a été trouvé à cette adresse.',
    invalid_tool_export: 'Cet export {{tool}} n’a pas pu être lu : rien n’en a été importé. Emplacement : {{at}} — {{issue}}',
    pdf_encrypted: 'Ce PDF est protégé par un mot de passe ; ouvrez-le dans un lecteur PDF, enregistrez-en une copie sans mot de passe et importez cette copie.',
    pdf_damaged: 'Ce PDF est endommagé et n’a pas pu être lu ({{reason}}).',
    not_a_pdf: '« {{title}} » n’est pas un PDF : seul un PDF peut être exporté avec ses annotations inscrites dedans.',
    epub_damaged: 'Ce livre EPUB est endommagé et n’a pas pu être lu ({{reason}}).',
    epub_protected: 'Ce livre EPUB est protégé (DRM) : son texte est chiffré et ne peut pas être lu. Importez-en une copie sans protection.',
    team_unreachable: 'La bibliothèque d’équipe {{address}} n’a pas pu être jointe ({{reason}}). Vos modifications sont gardées ici et seront envoyées à la prochaine synchronisation.',
    team_auth_failed: 'La bibliothèque d’équipe a refusé « {{member}} » : le nom ou le mot de passe est faux.',
    team_not_initialised: 'La base {{address}} ne contient pas encore de bibliothèque d’équipe : un propriétaire la crée avec « apostille team init ».',
    team_schema_newer: 'Cette bibliothèque d’équipe a été créée par une version plus récente d’Apostille (schéma {{found}}, cette version connaît {{known}}) ; mettez Apostille à jour pour la synchroniser.',
    team_not_owner: 'Seul un propriétaire de l’équipe peut en gérer les membres.',
    team_not_author: 'Seul son auteur peut modifier ou supprimer cette annotation ; votre modification est gardée sur cet ordinateur.',
    team_not_linked: 'Cette bibliothèque ne suit pas de bibliothèque d’équipe.',
    team_refused: 'La bibliothèque d’équipe a refusé l’opération : {{reason}}',
    team_library_not_empty: 'Une bibliothèque d’équipe commence vide, et celle-ci contient {{count}} articles à elle. Rejoignez l’équipe depuis une nouvelle bibliothèque vide (apostille team join <adresse> --library <nouveau dossier>).',
    team_already_linked: 'Cette bibliothèque suit déjà la bibliothèque d’équipe {{address}}.',
    library_unknown: 'Aucune bibliothèque de cet ordinateur n’a l’identifiant {{id}} : elle a été retirée de la liste.',
    library_in_use: 'Cette bibliothèque ne peut pas être retirée de la liste : elle est ouverte, ou c’est la première bibliothèque de cet ordinateur.',
    library_name_taken: 'Une bibliothèque de cet ordinateur s’appelle déjà « {{name}} ».',
    internal: 'Une erreur interne s’est produite dans Apostille : {{message}}',
  },
};

/** Why a file could not be read or written: system error codes in words. */
const REASONS: Record<'en' | 'fr', Record<string, string>> = {
  en: { ENOENT: 'there is no such file', EACCES: 'permission denied', EPERM: 'permission denied', EISDIR: 'it is a folder',
    EIO: 'the disk could not be read', ENOSPC: 'the disk is full', EROFS: 'the disk is read-only', ENOTDIR: 'a folder in the path does not exist',
    ENOTREG: 'it is not a regular file (a device, a pipe or a socket)', ELOOP: 'a link in the path leads back to itself',
    NOT_A_FILE: 'it is not a file', NOT_A_LIBRARY: 'it is not an Apostille library', DAMAGED: 'it is damaged (SQLite’s integrity check fails)',
    UNREADABLE: 'it cannot be read as a library', NO_SUCH_BACKUP: 'there is no such backup in the library’s backups folder',
    EMPTY_ARCHIVE: 'the file is empty', INCOMPLETE_ARCHIVE: 'it is cut short (rows are missing)', NOT_AN_ARCHIVE: 'it does not start as an Apostille archive',
    NEWER_ARCHIVE: 'it was written by a newer version of Apostille', DAMAGED_ARCHIVE: 'it is damaged' },
  fr: { ENOENT: 'ce fichier n’existe pas', EACCES: 'accès refusé', EPERM: 'accès refusé', EISDIR: 'c’est un dossier',
    EIO: 'le disque n’a pas pu être lu', ENOSPC: 'le disque est plein', EROFS: 'le disque est en lecture seule', ENOTDIR: 'un dossier du chemin n’existe pas',
    ENOTREG: 'ce n’est pas un fichier ordinaire (un périphérique, un tube ou une socket)', ELOOP: 'un lien du chemin renvoie à lui-même',
    NOT_A_FILE: 'ce n’est pas un fichier', NOT_A_LIBRARY: 'ce n’est pas une bibliothèque Apostille', DAMAGED: 'elle est endommagée (la vérification d’intégrité de SQLite échoue)',
    UNREADABLE: 'elle ne peut pas être lue comme une bibliothèque', NO_SUCH_BACKUP: 'cette sauvegarde n’est pas dans le dossier des sauvegardes de la bibliothèque',
    EMPTY_ARCHIVE: 'le fichier est vide', INCOMPLETE_ARCHIVE: 'elle est tronquée (des lignes manquent)', NOT_AN_ARCHIVE: 'elle ne commence pas comme une archive Apostille',
    NEWER_ARCHIVE: 'elle a été écrite par une version plus récente d’Apostille', DAMAGED_ARCHIVE: 'elle est endommagée' },
};

/** The way back from a library that cannot be opened, when the error names the newest backup (details.backup). */
const WAY_BACK: Record<'en' | 'fr', { backup: string; none: string }> = {
  en: { backup: ' The newest backup is “{{backup}}” ({{backupDate}}): restore it with “apostille restore {{backupPath}}”, or from Backups in the app.', none: ' No backup of it was found.' },
  fr: { backup: ' La sauvegarde la plus récente est « {{backup}} » ({{backupDate}}) : restaurez-la avec « apostille restore {{backupPath}} », ou depuis Sauvegardes dans l’application.', none: ' Aucune sauvegarde n’en a été trouvée.' },
};

/** What a file nests too deeply (details.what of too_deeply_nested), with the word that joins it to “levels”. */
const NESTED: Record<'en' | 'fr', { of: string; known: Record<string, string>; unmeasured: string }> = {
  en: { of: 'of ', known: { 'HTML elements': 'of HTML elements', quotes: 'of quotes', lists: 'of lists', emphasis: 'of emphasis (italic, bold)' },
    unmeasured: 'This file is too deeply nested to be read.' },
  fr: { of: 'de ', known: { 'HTML elements': 'd’éléments HTML', quotes: 'de citations', lists: 'de listes', emphasis: 'd’italique ou de gras' },
    unmeasured: 'Ce fichier est trop profondément imbriqué pour être lu.' },
};

export type UiLanguage = 'en' | 'fr';

/** An error in the user's language: the code's wording, filled with its details (system reasons in words too). */
export function formatError(language: UiLanguage, error: { code: ErrorCode; message: string; details?: Record<string, string | number> }): string {
  let template = errorMessages[language][error.code];
  if (LIBRARY_STATE_CODES.includes(error.code) && error.details?.file !== undefined) {
    template += error.details.backup !== undefined ? WAY_BACK[language].backup : WAY_BACK[language].none;
  }
  const values: Record<string, string | number> = { message: error.message, ...error.details };
  if (typeof values.reason === 'string') values.reason = REASONS[language][values.reason] ?? values.reason;
  if (typeof values.at === 'string') values.at = placeInFile(language, values.at);
  if (error.code === 'too_deeply_nested') {
    // Without a measure (a stack overflow caught on the way out) there is no limit to name.
    if (values.limit === undefined) return NESTED[language].unmeasured;
    values.what = NESTED[language].known[String(values.what)] ?? `${NESTED[language].of}${values.what ?? ''}`;
  }
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => String(values[key] ?? (key === 'issue' ? error.message : whole)));
}

const PLACE_WORDS: Record<string, string> = { line: 'ligne', entry: 'entrée', item: 'élément', highlight: 'surlignage' };

/** Where in a file, as the importers name it (`line 12`, `metadata_0_to_19.json, item 4`), in the reader's language. */
export function placeInFile(language: UiLanguage, at: string): string {
  return language === 'fr' ? at.replace(/\b(line|entry|item|highlight) (\d+)/g, (_, word: string, n: string) => `${PLACE_WORDS[word]} ${n}`) : at;
}
