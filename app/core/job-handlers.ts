import { isAbsolute, resolve } from 'node:path';
import { AppError } from '../contract/errors.ts';
import type { JobName, JobParams, JobResult } from '../contract/jobs.ts';
import { mergeImportReports } from '../contract/shared/import-reports.ts';
import { getLibrarySettings } from '../library/library-settings.ts';
import { withSnapshot } from '../library/library.ts';
import { transaction } from '../store/database.ts';
import { removeForGood, trashedIds } from '../store/document-marks.ts';
import { resolveId } from '../store/documents.ts';
import type { CoreContext } from './handlers.ts';
import type { JobContext } from './job-runner.ts';
import { load } from './lazy.ts';

const TRASH_GROUP = 50;

export type TypedJobHandlers = { [J in JobName]: (input: JobParams<J>, job: JobContext) => Promise<JobResult<J> | undefined> };

export interface JobOptions extends CoreContext {
  /**
   * Whether jobs may read and write paths on this machine (the desktop app and the CLI: yes; a page of the browser
   * host: no, it sends the files' bytes and receives what it saves).
   */
  allowPaths: boolean;
}

/** The core's long work: each job's code, over one open library. */
export function createJobHandlers({ library, allowPaths }: JobOptions): TypedJobHandlers {
  const { db } = library;
  const path = (given: string): string => {
    if (!allowPaths) throw new AppError('invalid_request', 'paths refused', { issue: 'files on this machine are not read or written for a page; send their contents' });
    return isAbsolute(given) ? given : resolve(given);
  };
  // A page of the browser host reaches a team with the password it gives, never with this machine's credentials
  // (PGPASSWORD, ~/.pgpass) nor its certificate files named in an address.
  const given = (password: string | undefined): string | undefined => {
    if (password === undefined && !allowPaths) throw new AppError('team_auth_failed', 'a page gives its password', { member: '' });
    return password;
  };
  const pageSafe = (address: string): string => {
    if (!allowPaths && /[?&](sslcert|sslkey|sslrootcert|sslcrl|passfile)=/i.test(address)) {
      throw new AppError('invalid_request', 'files named in an address', { issue: 'an address given by a page may not name files on this machine' });
    }
    return address;
  };
  const exportOptions = (language?: 'en' | 'fr') => ({ labels: getLibrarySettings(db).colorLabels, language: language ?? 'en' });

  return {
    'documents.import': async ({ files = [], paths = [], addresses = [], allowLocalAddresses = false, fetchPages = false, replaces }, job) => {
      const { importSources, sourceFromBytes, sourcesFromPaths } = await load.importer();
      const sources = [...files.map((f) => sourceFromBytes(f.name, Buffer.from(f.base64, 'base64'), f.replaces)), ...sourcesFromPaths(paths.map(path))];
      if (replaces !== undefined) {
        if (sources.length !== 1 || addresses.length > 0) throw new AppError('invalid_request', 'replaces takes one file', { issue: 'a new version is made of exactly one file' });
        sources[0]!.replaces = replaces;
      }
      const tools = { fetchPages, allowLocalAddresses };
      if (addresses.length === 0) return importSources(db, sources, job, tools);
      // Files and pages in one job: progress counts both, pages after files.
      const total = sources.length + addresses.length;
      const fromFiles = await importSources(db, sources, { ...job, progress: (p) => job.progress({ ...p, total }) }, tools);
      const { importAddresses } = await load.web();
      const fromPages = await importAddresses(db, addresses, { allowLocal: allowLocalAddresses }, {
        ...job, progress: (p) => job.progress({ ...p, done: sources.length + p.done, total }),
      });
      return mergeImportReports(fromFiles, fromPages);
    },
    'entities.scan': async ({ documentIds }, job) => {
      const { suggestionGroups } = await load.libraryPass();
      const ids = documentIds?.map((id) => resolveId(db, id))
        ?? (db.prepare('SELECT id FROM documents WHERE trashed_at IS NULL ORDER BY seq').all() as { id: string }[]).map((r) => r.id);
      return { groups: (await suggestionGroups(db, ids, job)).slice(0, 1000) };
    },
    'entities.acceptAll': async (input, job) => (await load.libraryPass()).acceptAllIdentical(db, input, job),
    'annotations.export': async ({ format, documentIds, language, out, bundle }, job) => {
      const exports = await load.exports();
      const options = { format, documentIds, ...exportOptions(language) };
      if (bundle === 'zip' && out === undefined) {
        if (format !== 'md') throw new AppError('invalid_request', 'zip is for Markdown', { issue: 'only a Markdown export comes as a .zip of notes' });
        const { file, count } = await exports.exportMarkdownZip(db, options, job);
        return job.signal.aborted ? undefined : { files: [file], paths: [], ...count };
      }
      if (out === undefined) {
        const { file, count } = await exports.exportAnnotationsAsFile(db, options, job);
        return job.signal.aborted ? undefined : { files: [file], paths: [], ...count };
      }
      if (format === 'md' && documentIds?.length !== 1) {
        const written = await exports.exportMarkdownToFolder(db, options, path(out), job);
        return { files: [], paths: written.files, documents: written.documents, annotations: written.annotations };
      }
      const count = await exports.exportAnnotationsToFile(db, options, path(out), job);
      return job.signal.aborted ? undefined : { files: [], paths: [path(out)], ...count };
    },
    'citations.export': async ({ format, documentIds, collectionId, out }, job) => {
      const { exportCitations } = await load.citations();
      const file = await exportCitations(db, { format, documentIds, collectionId }, job);
      if (job.signal.aborted) return undefined;
      if (out === undefined) return { files: [file.file], paths: [], documents: file.documents };
      const { writeAtomically } = await load.exports();
      await writeAtomically(path(out), (write) => write(file.file.content));
      return { files: [], paths: [path(out)], documents: file.documents };
    },
    'pdf.annotated': async ({ documentId, out }, job) => {
      const { annotatedPdf } = await load.pdf();
      const { file, annotations } = await annotatedPdf(db, documentId);
      if (job.signal.aborted) return undefined;
      if (out === undefined) return { files: [file], paths: [], annotations };
      const { writeAtomically } = await load.exports();
      await writeAtomically(path(out), (write) => write(Buffer.from(file.content, 'base64')));
      return { files: [], paths: [path(out)], annotations };
    },
    'entities.export': async ({ format, documentIds, out }, job) => {
      const { exportEntities, writeFilesToFolder, writeAtomically } = await load.exports();
      const files = await exportEntities(db, { format, documentIds }, job);
      if (job.signal.aborted) return undefined;
      if (out === undefined) return { files, paths: [] };
      if (format === 'brat') return { files: [], paths: await writeFilesToFolder(files, path(out)) };
      await writeAtomically(path(out), (write) => write(files[0]!.content));
      return { files: [], paths: [path(out)] };
    },
    'backups.create': async ({ reason, path: given }, job) => {
      const { copyLibrary, createBackup, pruneBackups } = await load.backups();
      if (given !== undefined) return withSnapshot(library, (snapshot) => copyLibrary(snapshot, path(given), reason, job));
      const made = await withSnapshot(library, (snapshot) => createBackup(snapshot, library.dir, reason, job));
      pruneBackups(library.dir, getLibrarySettings(db).backupsKept);
      return made;
    },
    'backups.restore': async (input, job) => {
      const { listBackups, restoreIntoLibrary } = await load.backups();
      let source: string;
      if ('name' in input) {
        const found = listBackups(library.dir).find((b) => b.name === input.name);
        if (!found) throw new AppError('invalid_backup', `no backup ${input.name}`, { reason: 'NO_SUCH_BACKUP' });
        source = found.path;
      } else source = path(input.path);
      return restoreIntoLibrary(library, source, job);
    },
    'library.export': async ({ format, path: given }, job) => {
      const target = path(given);
      const { writeArchive, exportLibraryJson } = await load.archive();
      if (format === 'archive') {
        const counts = await withSnapshot(library, (snapshot) => writeArchive(snapshot, target, job));
        return job.signal.aborted ? undefined : { ...counts, path: target };
      }
      const { writeAtomically } = await load.exports();
      const documents = await withSnapshot(library, (snapshot) => writeAtomically(target, (write) => exportLibraryJson(snapshot, write, job), job.signal));
      return job.signal.aborted ? undefined : { documents, annotations: 0, entities: 0, bytes: 0, path: target };
    },
    'team.init': async ({ address, password }) => (await load.team()).initTeam(pageSafe(address), given(password)),
    'team.members': async (input) => {
      const { addMember, listMembers, removeMember, withMembers, sessionPassword, getLink, parseAddress } = await load.team();
      // The session's password goes only to the team this library follows, never to another address.
      const ours = getLink(db)?.address === parseAddress(pageSafe(input.address)).address;
      const password = given(input.password ?? (ours ? sessionPassword(db) : undefined));
      return withMembers(input.address, password, async (client) => {
        let changed = false;
        if (input.action === 'add') changed = Boolean(await addMember(client, input.name, input.memberPassword, { owner: input.owner, ...(input.displayName !== undefined && { displayName: input.displayName }) }));
        if (input.action === 'remove') changed = await removeMember(client, input.name);
        return { members: await listMembers(client), changed };
      });
    },
    'team.join': async ({ address, password }, job) => {
      const { joinTeam, teamStatus, rememberPassword } = await load.team();
      const secret = given(password);
      const { pulled } = await joinTeam(db, pageSafe(address), { ...teamProgress(job), ...(secret !== undefined && { password: secret }) });
      if (password !== undefined) rememberPassword(db, password);
      return { status: teamStatus(db)!, pulled };
    },
    'team.sync': async ({ password }, job) => {
      const { syncLibrary, sessionPassword } = await load.team();
      const secret = given(password ?? sessionPassword(db));
      return syncLibrary(db, { ...teamProgress(job), ...(secret !== undefined && { password: secret }) });
    },
    'team.listen': async ({ password }, job) => {
      const { listen, sessionPassword } = await load.team();
      const secret = given(password ?? sessionPassword(db));
      return listen(db, { signal: job.signal, onChange: (notifications) => job.progress({ notifications }), ...(secret !== undefined && { password: secret }) });
    },
    'library.check': async ({ quick }) => {
      const problems = await withSnapshot(library, async (snapshot) => {
        const rows = snapshot.prepare(quick ? 'PRAGMA quick_check' : 'PRAGMA integrity_check').all() as Record<string, string>[];
        return rows.map((r) => Object.values(r)[0]!).filter((r) => r !== 'ok');
      });
      return { ok: problems.length === 0, problems };
    },
    'library.emptyTrash': async ({ ids }, job) => {
      const doomed = trashedIds(db, ids);
      let removed = 0;
      // A group per short transaction: other writers wait milliseconds, and a cancel keeps what was already deleted.
      for (let i = 0; i < doomed.length && !job.signal.aborted; i += TRASH_GROUP) {
        removed += transaction(db, () => removeForGood(db, doomed.slice(i, i + TRASH_GROUP)));
        job.progress({ done: Math.min(i + TRASH_GROUP, doomed.length), total: doomed.length });
        await job.pause();
      }
      return { removed };
    },
    'library.importArchive': async ({ path: given }, job) => (await load.archive()).readArchive(db, path(given), job),
  };
}

/** A sync's progress and cancel, as a job reports and sees them. */
function teamProgress(job: JobContext) {
  return {
    afterBatch: (rows: number) => job.progress({ phase: 'push', rows }),
    afterPage: (rows: number) => job.progress({ phase: 'pull', rows }),
    cancelled: () => job.signal.aborted,
  };
}
