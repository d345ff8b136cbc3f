/** The machine the figures were measured on, and the plain-text table they are printed in. */
import { cpus, totalmem } from 'node:os';
import { DatabaseSync } from 'node:sqlite';

export interface MachineInfo {
  date: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  sqlite: string;
}

export interface Row {
  figure: string;
  target: string;
  measured: string;
  /** undefined: a figure without a target. */
  ok?: boolean;
}

export function machineInfo(): MachineInfo {
  const db = new DatabaseSync(':memory:');
  const { version } = db.prepare('SELECT sqlite_version() AS version').get() as { version: string };
  db.close();
  const cpuList = cpus();
  return {
    date: new Date().toISOString().slice(0, 10),
    cpu: cpuList[0]?.model.trim() ?? 'unknown CPU',
    cores: cpuList.length,
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    sqlite: version,
  };
}

export function heading(m: MachineInfo): string {
  return `Apostille benchmarks — ${m.date}, ${m.cpu} (${m.cores} cores), ${m.memoryGiB} GiB, Node ${m.node}, SQLite ${m.sqlite}`;
}

export function table(rows: readonly Row[]): string {
  const cells = rows.map((r) => [r.figure, r.target, r.measured, r.ok === undefined ? '' : r.ok ? '✓' : 'MISSED']);
  const header = ['Figure', 'Target', 'Measured', 'OK'];
  const widths = header.map((h, c) => Math.max(h.length, ...cells.map((row) => row[c]!.length)));
  const line = (row: readonly string[]): string => `| ${row.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  return [line(header), ...cells.map(line)].join('\n');
}

export const count = (n: number): string => Math.round(n).toLocaleString('en-US');
export const ms = (n: number): string => `${n < 10 ? n.toFixed(2) : n.toFixed(1)} ms`;
export const seconds = (n: number): string => `${n.toFixed(1)} s`;
export const mebibytes = (bytes: number): string => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;
/** A change as a signed percentage: +12 %, −3 %. */
export const signedPercent = (ratio: number): string => `${ratio >= 0 ? '+' : '−'}${Math.abs(ratio * 100).toFixed(0)} %`;
