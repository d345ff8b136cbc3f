import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { AppError } from '../contract/errors.ts';

/**
 * Addresses a page from the web must not make Apostille reach: this computer, its local network and the ranges that
 * are not the public internet. Fetching them on behalf of an address found in a pasted list or an imported export
 * would let a page probe a router or a service on this machine (server-side request forgery), so they are refused
 * unless the reader allows local addresses.
 */
const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b:1::', 48], ['2001:db8::', 32],
] as const) NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');

/** Whether an IP address (v4, v6, or v4 mapped into v6) is on this computer, a local network or a reserved range. */
export function isLocalAddress(ip: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)?.[1];
  if (mapped) return isLocalAddress(mapped);
  const family = isIP(ip);
  if (family === 0) return true;
  return NOT_PUBLIC.check(ip, family === 4 ? 'ipv4' : 'ipv6');
}

/** An address as typed, parsed: http(s) only, no credentials in it. Anything else is refused with the reason. */
export function parseAddress(address: string): URL {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw new AppError('address_invalid', `not a web address: ${address}`, { address: address.slice(0, 200) });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new AppError('address_invalid', `only http and https addresses are fetched: ${url.protocol}`, { address: address.slice(0, 200) });
  }
  if (url.username || url.password) throw new AppError('address_invalid', 'an address with a password in it', { address: `${url.protocol}//${url.host}` });
  url.hash = '';
  return url;
}

/**
 * Checks where an address leads before anything is sent to it: every IP address its host name resolves to must be
 * public, unless local addresses are allowed. Run for the first address and for every redirect.
 */
export async function checkHost(url: URL, allowLocal: boolean): Promise<void> {
  if (allowLocal) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let ips: string[];
  if (isIP(host)) ips = [host];
  else {
    if (/(^|\.)localhost$/i.test(host)) throw refused(url);
    try {
      ips = (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
    } catch (error) {
      throw new AppError('page_unreachable', `${host}: ${(error as NodeJS.ErrnoException).code ?? 'lookup failed'}`, { host, reason: (error as NodeJS.ErrnoException).code ?? 'DNS' });
    }
  }
  if (ips.some(isLocalAddress)) throw refused(url);
}

function refused(url: URL): AppError {
  return new AppError('address_refused', `${url.host} is on this computer or a local network`, { host: url.host });
}
