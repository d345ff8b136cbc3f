import type { TeamClient } from './connect.ts';
import { hashBytes } from './rows.ts';
import { SCHEMA } from './server-schema.ts';

/** At most this many bytes of files in one statement. */
const CHUNK_BYTES = 16 * 1024 * 1024;

/** Sends the files the server lacks (each once, named by its SHA-256); returns the bytes sent. */
export async function uploadBlobs(client: TeamClient, blobs: Iterable<[hash: string, bytes: Uint8Array]>): Promise<number> {
  const unique = new Map(blobs);
  if (unique.size === 0) return 0;
  const { rows } = await client.query(`SELECT hash FROM ${SCHEMA}.blobs WHERE hash = ANY($1)`, [[...unique.keys()]]);
  for (const { hash } of rows as { hash: string }[]) unique.delete(hash);
  let sent = 0;
  for (const [hash, bytes] of unique) {
    await client.query(`INSERT INTO ${SCHEMA}.blobs (hash, size, bytes) VALUES ($1, $2, $3) ON CONFLICT (hash) DO NOTHING`,
      [hash, bytes.byteLength, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
    sent += bytes.byteLength;
  }
  return sent;
}

/** The files named, from the server, a few megabytes at a time. */
export async function fetchBlobs(client: TeamClient, hashes: Iterable<string>): Promise<Map<string, Uint8Array>> {
  const wanted = [...new Set(hashes)];
  const found = new Map<string, Uint8Array>();
  if (wanted.length === 0) return found;
  const sizes = await blobSizes(client, wanted);
  let group: string[] = [];
  let groupBytes = 0;
  const flush = async () => {
    if (group.length === 0) return;
    const { rows } = await client.query(`SELECT hash, bytes FROM ${SCHEMA}.blobs WHERE hash = ANY($1)`, [group]);
    // Checked here too (a server from elsewhere may not check): bytes that are not what their name says are left out.
    for (const r of rows as { hash: string; bytes: Buffer }[]) if (hashBytes(r.bytes) === r.hash) found.set(r.hash, new Uint8Array(r.bytes));
    group = [];
    groupBytes = 0;
  };
  for (const [hash, size] of sizes) {
    if (groupBytes + size > CHUNK_BYTES) await flush();
    group.push(hash);
    groupBytes += size;
  }
  await flush();
  return found;
}

/** The sizes of the files named, as the server has them. */
export async function blobSizes(client: TeamClient, hashes: Iterable<string>): Promise<Map<string, number>> {
  const wanted = [...new Set(hashes)];
  if (wanted.length === 0) return new Map();
  const { rows } = await client.query(`SELECT hash, size FROM ${SCHEMA}.blobs WHERE hash = ANY($1)`, [wanted]);
  return new Map((rows as { hash: string; size: number }[]).map((r) => [r.hash, r.size]));
}
