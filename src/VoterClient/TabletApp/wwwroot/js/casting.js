// A cast lives in sessionStorage from the moment it is sent until the server's receipt, and is sent again with the
// same castId after a reconnect or a reload: the server records it once and answers a resend with duplicate=true
// (protocol 6.1). After the receipt nothing about the choice stays on the tablet.
import { hubError } from '/js/common/errors.js';

const key = 'pc.pendingCasts';

function load() {
  return JSON.parse(sessionStorage.getItem(key) ?? '{}');
}

function save(all) {
  if (Object.keys(all).length) sessionStorage.setItem(key, JSON.stringify(all));
  else sessionStorage.removeItem(key);
}

/** 32 random hex digits; crypto.randomUUID exists only in a secure context, getRandomValues everywhere. */
export function newCastId() {
  if (crypto.randomUUID) return crypto.randomUUID().replaceAll('-', '');
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export class Casting {
  #link;
  #handlers;
  #inFlight = new Set();

  /** handlers: recorded(ballotId, receipt), refused(ballotId, error), waiting(ballotId) when the network is away. */
  constructor(link, handlers) {
    this.#link = link;
    this.#handlers = handlers;
  }

  static hasPending() {
    return Object.keys(load()).length > 0;
  }

  /** At the end of a session: a cast must never be resent under the next deputy's credential. */
  static forgetAll() {
    save({});
  }

  isPending(ballotId) {
    return String(ballotId) in load();
  }

  submit(ballotId, payload) {
    const cast = { ballotId, castId: newCastId(), payload };
    save({ ...load(), [ballotId]: cast });
    return this.#send(cast);
  }

  /** After a (re)connect: every cast still without a receipt goes again, unchanged. */
  resendAll() {
    return Promise.all(Object.values(load()).map((cast) => this.#send(cast)));
  }

  async #send(cast) {
    if (this.#inFlight.has(cast.ballotId)) return;
    if (!this.#link.connected) return this.#handlers.waiting(cast.ballotId);
    this.#inFlight.add(cast.ballotId);
    try {
      const receipt = await this.#link.invoke('Cast', {
        ballotId: cast.ballotId,
        castId: cast.castId,
        ...cast.payload,
      });
      this.#forget(cast.ballotId);
      this.#handlers.recorded(cast.ballotId, receipt);
    } catch (failure) {
      const error = hubError(failure);
      if (error.code === null) return this.#handlers.waiting(cast.ballotId);
      this.#forget(cast.ballotId);
      this.#handlers.refused(cast.ballotId, error);
    } finally {
      this.#inFlight.delete(cast.ballotId);
    }
  }

  #forget(ballotId) {
    const all = load();
    delete all[ballotId];
    save(all);
  }
}
