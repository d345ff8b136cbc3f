export { exportJson } from './json.ts';
export { exportJsonToFile } from './to-file.ts';
