// One WebSocket to the venue hub (protocol 2.4) over the official SignalR client (/vendor/signalr.min.js), and a
// reconnect loop that never gives up: the hall's network comes and goes, and no one should have to do anything to
// get back in. Pushes missed while away are not replayed: `connected` runs after every (re)connect to read again.
// In a hall of several servers (GET /api/servers) a lost connection moves on to the next server of the list.

export class HubLink {
  #code;
  #connection;
  #handlers;
  #servers;
  #index;
  #stopped = false;
  #running = false;
  #wake = () => {};

  /**
   * handlers: connected() after each (re)connect, disconnected(attempt), pushes: { name: handler }; optionally
   * refusal(), asked before each attempt, resolving to a VenueError when the credential will never get in (the loop
   * then stops and calls refused(error)), or to null; and moving(server) when the link turns to another server.
   * servers: the hall's server base URLs in the order to try them, '' for this page's own; the link starts on
   * the one at `first`.
   */
  constructor(code, handlers, servers = [''], first = 0) {
    this.#code = code;
    this.#handlers = handlers;
    this.#servers = servers.length ? servers : [''];
    this.#index = first % this.#servers.length;
    this.#connection = this.#build();
    window.addEventListener('online', this.#online);
    window.addEventListener('offline', this.#offline);
  }

  /** The base URL of the server the link is on (or trying): '' for this page's own. */
  get server() {
    return this.#servers[this.#index];
  }

  #build() {
    const { HubConnectionBuilder, HttpTransportType, LogLevel } = window.signalR;
    const connection = new HubConnectionBuilder()
      .withUrl(`${this.server}/hubs/venue`, {
        transport: HttpTransportType.WebSockets,
        skipNegotiation: true,
        accessTokenFactory: () => this.#code,
      })
      .configureLogging(LogLevel.None)
      .build();
    for (const [name, handler] of Object.entries(this.#handlers.pushes ?? {})) connection.on(name, handler);
    connection.onclose(() => {
      if (this.#stopped || connection !== this.#connection) return;
      this.#handlers.disconnected(0);
      this.#run(false);
    });
    return connection;
  }

  /** The next server of the hall's list, with a fresh connection to it (a connection's URL is fixed). */
  #moveOn() {
    if (this.#servers.length < 2) return;
    this.#index = (this.#index + 1) % this.#servers.length;
    this.#connection = this.#build();
    this.#handlers.moving?.(this.server);
  }

  get connected() {
    return this.#connection.state === window.signalR.HubConnectionState.Connected;
  }

  /** Connects; `checked` says the credential was just confirmed, so the first attempt need not ask again. */
  start(checked = false) {
    this.#run(true, checked);
  }

  invoke(method, ...args) {
    return this.#connection.invoke(method, ...args);
  }

  stop() {
    this.#stopped = true;
    window.removeEventListener('online', this.#online);
    window.removeEventListener('offline', this.#offline);
    this.#wake();
    return this.#connection.stop();
  }

  async #run(first, checked = false) {
    if (this.#running) return;
    this.#running = true;
    // After a drop every tablet in the hall reconnects at once: spread them out a little.
    if (!first) {
      this.#moveOn();
      await this.#pause(Math.random() * 1500);
    }
    for (let attempt = 0; !this.#stopped; attempt++) {
      if (!(first && attempt === 0 && checked) && (await this.#refused())) break;
      try {
        await this.#connection.start();
        this.#running = false;
        await this.#handlers.connected().catch(() => {});
        return;
      } catch {
        if (this.#stopped) break;
        this.#handlers.disconnected(attempt + 1);
        // Every server of the list in turn; the pause grows after each round of them.
        const round = Math.floor(attempt / this.#servers.length);
        const lastOfRound = (attempt + 1) % this.#servers.length === 0;
        this.#moveOn();
        if (lastOfRound) await this.#pause(Math.min(1000 * 2 ** round, 15000) * (0.5 + Math.random() / 2));
      }
    }
    this.#running = false;
  }

  // A revoked credential must end in the server's message, not in endless retries.
  async #refused() {
    const error = await this.#handlers.refusal?.();
    if (!error) return false;
    this.#stopped = true;
    this.#handlers.refused(error);
    return true;
  }

  #pause(ms) {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.#wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  #online = () => this.#wake();

  // The socket is dead once the device has no network; closing it now starts the reconnect loop at once.
  #offline = () => {
    if (this.connected) this.#connection.stop();
  };
}
