export { exportJson } from './json.ts';
