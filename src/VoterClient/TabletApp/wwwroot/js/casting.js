// A cast lives in sessionStorage from the moment it is sent until the server's receipt, and is sent again with the
// same castId after a reconnect or a reload: the server records it once and answers a resend with duplicate=true
// (protocol 6.1). A cast the server could not write (internal-error: its database was failing over) goes again the
// same way after a short pause, for up to a minute. After the receipt nothing about the choice stays on the tablet.
import { hubError } from '/js/common/errors.js';

const key = 'pc.pendingCasts';
const firstPauseMs = 100;
const longestPauseMs = 2000;
const giveUpAfterMs = 60000;

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
  #failing = new Map();

  /**
   * handlers: recorded(ballotId, receipt), refused(ballotId, error), waiting(ballotId, reason) while the network is away
   * (reason 'network') or the server could not write the cast and it goes again shortly (reason 'server').
   */
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
    if (!this.#link.connected) return this.#handlers.waiting(cast.ballotId, 'network');
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
      if (error.code === null) return this.#handlers.waiting(cast.ballotId, 'network');
      if (error.code === 'internal-error' && this.#retryLater(cast))
        return this.#handlers.waiting(cast.ballotId, 'server');
      this.#forget(cast.ballotId);
      this.#handlers.refused(cast.ballotId, error);
    } finally {
      this.#inFlight.delete(cast.ballotId);
    }
  }

  /** Schedules the same cast again, the pause doubling up to 2 s; false once it has failed for a minute. */
  #retryLater(cast) {
    const now = Date.now();
    const failing = this.#failing.get(cast.castId) ?? { since: now, pause: firstPauseMs };
    if (now - failing.since >= giveUpAfterMs) {
      this.#failing.delete(cast.castId);
      return false;
    }
    this.#failing.set(cast.castId, { since: failing.since, pause: Math.min(longestPauseMs, failing.pause * 2) });
    setTimeout(() => {
      if (this.isPending(cast.ballotId)) this.#send(cast);
    }, failing.pause);
    return true;
  }

  #forget(ballotId) {
    const all = load();
    if (all[ballotId]) this.#failing.delete(all[ballotId].castId);
    delete all[ballotId];
    save(all);
  }
}
