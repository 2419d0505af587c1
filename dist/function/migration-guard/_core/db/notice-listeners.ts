import type { DatabaseNotice, NoticeHandler } from './database-port.ts';

/** The set of `onNotice` subscribers of one session; adapters feed it the server's notices. */
export class NoticeListeners {
  readonly #handlers = new Set<NoticeHandler>();

  add(handler: NoticeHandler): () => void {
    this.#handlers.add(handler);
    return () => {
      this.#handlers.delete(handler);
    };
  }

  emit(notice: DatabaseNotice): void {
    for (const handler of this.#handlers) handler(notice);
  }
}
