// What the tablet knows of its sitting. The SignedIn push replaces it after every (re)connect, since pushes missed
// while away are not replayed (protocol 2.4); the pushes keep it current in between. Listeners hear (change, detail).
import { BallotState } from '/js/common/ballots.js';

export class SittingState {
  me = null;
  sitting = null;
  attendance = null;
  /** BallotView[] of the open ballots, in agenda order. */
  open = [];
  /** ballotId → { issued, cast } for the open ballots. */
  mine = new Map();
  /** ballotId → { title, agendaPosition, result }: ballots closed in this sitting; result once known. */
  closed = new Map();
  #listeners = new Set();

  subscribe(listener) {
    this.#listeners.add(listener);
  }

  #emit(change, detail) {
    for (const listener of this.#listeners) listener(change, detail);
  }

  load(state) {
    this.me = state.me;
    this.sitting = state.sitting;
    this.attendance = state.attendance;
    this.open = state.openBallots;
    this.mine = new Map(state.myBallots.map((b) => [b.ballotId, { issued: b.issued, cast: b.cast }]));
    this.#emit('state');
  }

  attendanceChanged(attendance) {
    this.attendance = attendance;
    this.#emit('attendance');
  }

  /** A tablet connected when a ballot opens belongs to a signed-in deputy, who is issued one (protocol 3). */
  ballotOpened(ballot) {
    this.open = [...this.open.filter((b) => b.id !== ballot.id), ballot].sort(
      (a, b) => a.agendaPosition - b.agendaPosition,
    );
    if (!this.mine.has(ballot.id)) this.mine.set(ballot.id, { issued: true, cast: false });
    this.#emit('opened', ballot);
  }

  ballotClosed(result) {
    const ballot = this.ballot(result.ballotId);
    this.open = this.open.filter((b) => b.id !== result.ballotId);
    this.mine.delete(result.ballotId);
    this.closed.set(result.ballotId, { title: result.title, agendaPosition: ballot?.agendaPosition ?? 0, result });
    this.#emit('closed', result);
  }

  /** The sitting's closed ballots from GET /api/sittings/{id}/ballots; their results are fetched when asked for. */
  closedListed(ballots) {
    for (const ballot of ballots.filter((b) => b.state === BallotState.closed && !this.closed.has(b.id))) {
      this.closed.set(ballot.id, { title: ballot.title, agendaPosition: ballot.agendaPosition, result: null });
    }
    this.#emit('closed-list');
  }

  resultLoaded(result) {
    const entry = this.closed.get(result.ballotId);
    this.closed.set(result.ballotId, { title: result.title, agendaPosition: entry?.agendaPosition ?? 0, result });
  }

  markCast(ballotId) {
    const mine = this.mine.get(ballotId);
    if (mine) mine.cast = true;
    this.#emit('cast', ballotId);
  }

  ballot(id) {
    return this.open.find((b) => b.id === id) ?? null;
  }

  canVote(id) {
    const mine = this.mine.get(id);
    return Boolean(this.ballot(id) && mine?.issued && !mine.cast);
  }

  clear() {
    this.me = this.sitting = this.attendance = null;
    this.open = [];
    this.mine = new Map();
    this.closed = new Map();
  }
}
