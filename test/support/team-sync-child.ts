// A member's sync in a process of its own, for the test that kills it mid-push (test/app/team/team-kill.test.ts):
// `node test/support/team-sync-child.ts DIR [HOLD_AFTER]`, the password in PGPASSWORD. Opens the library in folder
// DIR as the CLI does and syncs it one row per batch, printing `committed N` as soon as the server has committed the
// N-th batch (before this library records it). With HOLD_AFTER, it stops dead after that batch's line — before
// recording it — and waits there to be killed; without, it goes on and the kill lands wherever the push then is.
// Prints `done` if the sync ends.
import { openLibrary } from '../../app/library/index.ts';
import { syncLibrary } from '../../app/team/index.ts';

const [dir, holdAfter] = process.argv.slice(2);
if (!dir) throw new Error('usage: team-sync-child.ts DIR [HOLD_AFTER]');
const hold = holdAfter === undefined ? Infinity : Number(holdAfter);
const library = openLibrary(dir);
let committed = 0;
await syncLibrary(library.db, {
  batchRows: 1,
  afterCommit: () => {
    process.stdout.write(`committed ${++committed}\n`);
    // Synchronously: not one more step of the push runs until the kill (a minute at most, then it carries on).
    if (committed === hold) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
  },
});
process.stdout.write('done\n');
library.close();
