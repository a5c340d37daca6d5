// The tablet's one WebSocket to the hub (protocol 2.4) and a reconnect loop that never gives up: Wi-Fi in a hall
// comes and goes, and a deputy must not have to do anything to get back in.
import { identify, refusals } from "./credential.js";

const { HubConnectionBuilder, HttpTransportType, HubConnectionState, LogLevel } = window.signalR;

export class VenueLink {
  #connection;
  #code;
  #handlers;
  #stopped = false;
  #running = false;
  #wake = () => {};

  /** handlers: connected() after each (re)connect, disconnected(attempt), refused(error), and pushes: { name: handler }. */
  constructor(code, handlers) {
    this.#code = code;
    this.#handlers = handlers;
    this.#connection = new HubConnectionBuilder()
      .withUrl("/hubs/venue", { transport: HttpTransportType.WebSockets, skipNegotiation: true, accessTokenFactory: () => code })
      .configureLogging(LogLevel.None)
      .build();
    for (const [name, handler] of Object.entries(handlers.pushes)) this.#connection.on(name, handler);
    this.#connection.onclose(() => {
      if (this.#stopped) return;
      handlers.disconnected(0);
      this.#run(false);
    });
    window.addEventListener("online", this.#online);
    window.addEventListener("offline", this.#offline);
  }

  get connected() {
    return this.#connection.state === HubConnectionState.Connected;
  }

  /** Connects; `checked` says the code was just confirmed by GET /api/me, so the first attempt need not ask again. */
  start(checked) {
    this.#run(true, checked);
  }

  invoke(method, ...args) {
    return this.#connection.invoke(method, ...args);
  }

  stop() {
    this.#stopped = true;
    window.removeEventListener("online", this.#online);
    window.removeEventListener("offline", this.#offline);
    this.#wake();
    return this.#connection.stop();
  }

  async #run(first, checked = false) {
    if (this.#running) return;
    this.#running = true;
    // After a drop every tablet in the hall reconnects at once: spread them out a little.
    if (!first) await this.#pause(Math.random() * 1500);
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
        await this.#pause(Math.min(1000 * 2 ** attempt, 15000) * (0.5 + Math.random() / 2));
      }
    }
    this.#running = false;
  }

  /** Asks GET /api/me before connecting: a revoked code must end in the server's message, not in endless retries. */
  async #refused() {
    try {
      await identify(this.#code);
      return false;
    } catch (error) {
      if (!refusals.has(error.code)) return false;
      this.#stopped = true;
      this.#handlers.refused(error);
      return true;
    }
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

  // The socket is dead once the tablet has no network; closing it now starts the reconnect loop at once.
  #offline = () => {
    if (this.connected) this.#connection.stop();
  };
}
