/**
 * Roads by their number, places in the guidelines' sense (named sites): `RD 924`, `RN 7`, `Highway 97`, `Route 66`,
 * `Interstate 5`, `I-95`. A single letter and a number (`A7`, `M25`) is left out: it is as often an aircraft, a paper
 * size or a model (`A380`, `A4`).
 */
import type { Suggestion } from '../types.ts';

const ROAD = /(?<![\p{L}\p{N}-])(?:(?:RD|RN|Highway|Route|Interstate|State Route|Autobahn|Autoroute)[ \u00a0]?\d{1,4}[a-z]?|I-\d{1,3})(?![\p{L}\p{N}])/gu;
export const ROAD_SCORE = 0.75;

export function findRoads(text: string): Suggestion[] {
  return [...text.matchAll(ROAD)].map((m) => ({ type: 'LOC', start: m.index, end: m.index + m[0].length, text: m[0], source: 'pattern', score: ROAD_SCORE }));
}
