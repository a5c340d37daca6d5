// The deputy's marks while voting, in memory only: they leave the tablet in the cast and are dropped at the receipt.
import { marksItems } from '/js/common/ballots.js';

export class Drafts {
  #drafts = new Map();

  for(ballot) {
    if (!this.#drafts.has(ballot.id)) {
      this.#drafts.set(ballot.id, marksItems(ballot.kind) ? { marks: new Set() } : { choices: new Map() });
    }
    return this.#drafts.get(ballot.id);
  }

  drop(ballotId) {
    this.#drafts.delete(ballotId);
  }

  clear() {
    this.#drafts.clear();
  }
}

/** The CastRequest body without ballotId and castId (protocol 4.3): `marks` for a 差额票决, `choices` for the rest. */
export function castPayload(ballot, draft) {
  if (draft.marks) return { marks: ballot.items.filter((i) => draft.marks.has(i.id)).map((i) => i.id) };
  return {
    choices: ballot.items
      .filter((i) => draft.choices.has(i.id))
      .map((i) => ({ itemId: i.id, option: draft.choices.get(i.id) })),
  };
}

/** Items a per-item ballot still needs a mark on: the rules want 弃权 chosen, never left to default. */
export function unmarked(ballot, draft) {
  return draft.choices ? ballot.items.filter((i) => !draft.choices.has(i.id)) : [];
}
