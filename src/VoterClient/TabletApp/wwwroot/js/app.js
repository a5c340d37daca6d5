// The deputies' tablet app: sign in with the credential, follow the sitting, vote, see the results.
// The server is the only source of truth (docs/protocol.md); screens are rebuilt from what it says.
import { show } from './screens/layout.js';
import { identify, normalize, storedCredential } from './credential.js';
import { hallServers } from '/js/common/hall.js';
import { clearNotice, notify, onSignOut, showConnection, showIdentity } from './header.js';
import { updateCall } from './call.js';
import { Drafts, castPayload } from './drafts.js';
import { Casting } from './casting.js';
import { SittingState } from './sitting-state.js';
import { followState, startSession } from './session.js';
import { connectingScreen } from './screens/connecting.js';
import { signInScreen } from './screens/signin.js';
import { waitingScreen } from './screens/waiting.js';
import { ballotScreen } from './screens/ballot.js';
import { reviewScreen } from './screens/review.js';
import { submittedScreen } from './screens/submitted.js';
import { loadingScreen, resultScreen } from './screens/result.js';

const main = document.getElementById('screen');
const state = new SittingState();
const drafts = new Drafts();
let session = null;
let current = null;

/** What the screens may use; `view` is where the deputy is: { name, ballotId }. */
const app = {
  state,
  drafts,
  view: { name: 'signin', ballotId: null },
  get casting() {
    return session.casting;
  },
  session: () => session,
  go,
  updateCall: () => updateCall(app, (ballotId) => go('ballot', ballotId)),
  notify,
  submit: (ballot, draft) => session.casting.submit(ballot.id, castPayload(ballot, draft)),
  signedOut(message) {
    endSession();
    go('signin', null, { message });
  },
  screen: () => current,
};

function go(name, ballotId = null, extra = {}) {
  // A sent ballot can only be looked at (review) until its receipt; a closed or cast one not at all.
  const pending = ballotId !== null && session?.casting.isPending(ballotId);
  if (name === 'ballot' && (!state.canVote(ballotId) || pending)) name = 'waiting';
  if (name === 'review' && !(state.canVote(ballotId) || (pending && state.ballot(ballotId)))) name = 'waiting';
  current?.leave?.();
  // A passing notice belongs to the screen it was shown on.
  clearNotice();
  app.view = { name, ballotId };
  current = build(name, ballotId, extra);
  show(main, current.root);
  app.updateCall();
}

function build(name, ballotId, extra) {
  switch (name) {
    case 'signin':
      return signInScreen({ onCode: signIn, message: extra.message });
    case 'connecting':
      return connectingScreen(app, !Casting.hasPending());
    case 'waiting':
      return waitingScreen(app);
    case 'ballot':
      return ballotScreen(app, state.ballot(ballotId), extra.message);
    case 'review':
      return reviewScreen(app, state.ballot(ballotId));
    case 'submitted':
      return submittedScreen(app, extra.title, extra.note, extra.trackingCode);
    case 'result':
      return result(ballotId);
    default:
      throw new Error(name);
  }
}

/** A result from the BallotClosed push, or else read from the server (a push missed while away is not replayed). */
function result(ballotId) {
  const entry = state.closed.get(ballotId);
  if (entry?.result) return resultScreen(app, entry.result);
  session.api(`/api/ballots/${ballotId}/result`).then(
    (loaded) => {
      state.resultLoaded(loaded);
      if (app.view.name === 'result' && app.view.ballotId === ballotId) go('result', ballotId);
    },
    (error) => notify(error.message),
  );
  return loadingScreen(entry?.title ?? '表决结果');
}

async function signIn(typed) {
  const code = normalize(typed);
  await identify(code);
  storedCredential.save(code);
  begin(code, true);
}

async function begin(code, checked) {
  go('connecting');
  const servers = await hallServers();
  // Signed out (「换用其他代表证签到」) while the list was asked for.
  if (storedCredential.get() !== code) return;
  session = startSession(app, code, servers);
  session.link.start(checked);
}

function endSession() {
  session?.link.stop();
  session = null;
  storedCredential.clear();
  Casting.forgetAll();
  state.clear();
  drafts.clear();
  showConnection(null);
  showIdentity(state);
}

followState(app);
onSignOut(
  () => Casting.hasPending(),
  () => app.signedOut(),
);
const saved = storedCredential.get();
if (saved) begin(saved, false);
else go('signin');
