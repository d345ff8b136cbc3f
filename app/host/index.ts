export { startHttpHost, TOKEN_HEADER, type HttpHost, type HttpHostOptions } from './http-host.ts';
