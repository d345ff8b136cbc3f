import { AppError } from '../contract/errors.ts';
import type { Tool } from './types.ts';

// What every tool's reader shares: the tools' names as their users know them, and the refusal of a malformed export.

export const TOOL_NAMES = {
  pocket: 'Pocket', instapaper: 'Instapaper', omnivore: 'Omnivore', readwise: 'Readwise', hypothesis: 'Hypothesis', kindle: 'Kindle',
} as const satisfies Record<Tool, string>;
export type ToolName = (typeof TOOL_NAMES)[Tool];

/** The error for an export that cannot be read as it is: nothing of it is imported, and the reader is told where to look. */
export function invalidExport(tool: ToolName, at: string, issue: string): AppError {
  return new AppError('invalid_tool_export', `${tool} export, ${at}: ${issue}`, { tool, at, issue });
}

/** A JSON object (not an array, not null): the shape every JSON export's items have. */
export function isFields(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
