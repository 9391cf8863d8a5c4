// Tells the process's in-memory copies (the response cache, the country directory) when the data
// changed: one connection LISTENs to the notifications the triggers of migration
// 20261127050000_read_path send, with the changed table's name, after every committed write.
import pg from 'pg';
import type { Logger } from '../logger';

/** The channel the triggers notify; the payload is the changed table's name. */
export const DATA_CHANGED_CHANNEL = 'newsgraph_data_changed';

/** Wait before listening again after the notification connection was lost. */
const RECONNECT_DELAY_MS = 1_000;

/** Called with the changed table, or null when any table may have changed unnoticed (a lost or new connection). */
export type DataChangeListener = (table: string | null) => void;

/**
 * While `listening` is false (starting, reconnecting), a change could go unnoticed: what is kept in
 * memory must not be used then. Every (re)connection is announced as a change of everything.
 */
export class DataChanges {
  private readonly listeners = new Set<DataChangeListener>();
  private connection: pg.Client | null = null;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  private connected = false;

  constructor(private readonly options: { databaseUrl: string; logger: Logger }) {}

  get listening(): boolean {
    return this.connected;
  }

  /** Registers `listener`; returns what unregisters it. */
  subscribe(listener: DataChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts listening; resolves once notifications flow (or after the first failed attempt, retried in the background). */
  async start(): Promise<void> {
    this.stopped = false;
    await this.listen();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    this.connected = false;
    this.announce(null);
    await this.connection?.end().catch(() => undefined);
    this.connection = null;
  }

  private announce(table: string | null): void {
    for (const listener of this.listeners) listener(table);
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.databaseUrl });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    client.on('notification', (message) => this.announce(message.payload ?? null));
    try {
      await client.connect();
      await client.query(`LISTEN ${DATA_CHANGED_CHANNEL}`);
    } catch (error) {
      this.lost(client, error);
      return;
    }
    this.connection = client;
    this.connected = true;
    this.announce(null);
  }

  private lost(client: pg.Client, error: unknown): void {
    if (this.stopped || (this.connection !== client && this.connection !== null)) return;
    if (this.connected) this.options.logger.warn({ err: error }, 'data change notifications lost; in-memory copies off until they resume');
    this.connected = false;
    this.connection = null;
    this.announce(null);
    client.end().catch(() => undefined);
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => void this.listen(), RECONNECT_DELAY_MS);
    this.reconnectTimer.unref();
  }
}
