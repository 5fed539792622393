import { run } from './main.js';

void run().then(exitPromptly);

/**
 * Ends the process as soon as the run is done. Left to itself, node first tears down the heap
 * (~5 ms for a small plan, tens of ms for a large one) and waits for idle keep-alive sockets. Every
 * write the run makes is awaited, and files are written synchronously; only the log may still be
 * in a pipe's buffer (pipes are asynchronous on some platforms), and then node is left to exit on
 * its own once it is flushed. The exit code is the one the run set (`core.setFailed`).
 */
function exitPromptly(): void {
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit();
}
