export * from './api.ts';
export * from './errors.ts';
export * from './error-messages.ts';
export * from './schemas.ts';
