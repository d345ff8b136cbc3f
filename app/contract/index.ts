export * from './api.ts';
export * from './jobs.ts';
export * from './events.ts';
export * from './errors.ts';
export * from './shared/error-messages.ts';
export * from './shared/colors.ts';
export * from './schemas.ts';
export * from './team.ts';
