export { startHttpHost, CONTENT_SECURITY_POLICY, type HttpHost, type HttpHostOptions } from './http-host.ts';
