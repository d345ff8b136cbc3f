// A worker thread of the core: opens the library for one lane (read, write or job; see workers.ts) and answers the
// host's messages. Nothing here runs on the thread that serves the window or the HTTP host.
import { parentPort, workerData } from 'node:worker_threads';
import { toAppError } from '../contract/errors.ts';
import { openCore, type CoreOptions } from './core.ts';
import type { ToHost, ToWorker } from './worker-messages.ts';

const port = parentPort!;
const post = (message: ToHost, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

try {
  const core = await openCore(workerData as CoreOptions);
  core.onEvent((event) => post({ type: 'event', event }));
  port.on('message', (message: ToWorker) => {
    switch (message.type) {
      case 'call':
        void core.call(message.method, message.input).then((result) => post({ type: 'result', seq: message.seq, result }));
        break;
      case 'json':
        void core.callJson(message.method, new Uint8Array(message.body)).then((bytes) => {
          // Moved to the host, not copied (sliced only if the bytes share a larger buffer).
          const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
          const body = (whole ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)) as ArrayBuffer;
          post({ type: 'json', seq: message.seq, body }, [body]);
        });
        break;
      case 'close':
        void core.close().then(() => post({ type: 'closed' }));
        break;
    }
  });
  post({ type: 'ready' });
} catch (error) {
  post({ type: 'failed', error: toAppError(error).toJSON() });
}
