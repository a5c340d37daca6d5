// A signed-in session: the hub link, the casts, and where the screens go when the server says something.
import { api } from '/js/common/api.js';
import { HubLink } from '/js/common/hubLink.js';
import { identify, refusals } from './credential.js';
import { firstServer } from '/js/common/hall.js';
import { Casting } from './casting.js';
import { showConnection, showIdentity } from './header.js';
import { ballotOpened } from './call.js';

/** `servers`: the hall's server list (GET /api/servers); the session starts on the page's own. */
export function startSession(app, code, servers) {
  const { state } = app;
  // With more than one server a lost connection is a move to another (HubLink), and the screens say so.
  const session = { code, movesOn: servers.length > 1 };
  // The server pushes the sitting's state (SignedIn) once the sign-in is durable, after every (re)connect.
  let signedIn = settledLater();
  // The API of the server the hub link is on: after a move, the page's own server may be the one that failed.
  session.api = (path, options) => api(code, `${session.link.server}${path}`, options);
  session.link = new HubLink(
    code,
    {
      async connected() {
        // Pushes missed while away come back through it.
        state.load(await signedIn.promise);
        showConnection('online', session.link.server);
        await session.api(`/api/sittings/${state.sitting.id}/ballots`).then(
          (ballots) => state.closedListed(ballots),
          () => {},
        );
        await session.casting.resendAll();
      },
      disconnected: () => {
        signedIn.reject(new Error('disconnected'));
        signedIn = settledLater();
        showConnection('offline');
      },
      moving: () => showConnection('moving'),
      // A refused WebSocket upgrade would not say why: GET /api/me does.
      refusal: () =>
        identify(code, session.link.server).then(
          () => null,
          (error) => (refusals.has(error.code) ? error : null),
        ),
      refused: (error) => app.signedOut(error.message),
      pushes: {
        SignedIn: (sittingState) => signedIn.resolve(sittingState),
        AttendanceChanged: (attendance) => state.attendanceChanged(attendance),
        BallotOpened: (ballot) => state.ballotOpened(ballot),
        BallotClosed: (result) => state.ballotClosed(result),
      },
    },
    servers,
    firstServer(servers),
  );
  session.casting = new Casting(session.link, castOutcomes(app));
  showConnection('connecting');
  return session;
}

/** A promise settled from outside; a rejection that nobody awaits any more is not reported. */
function settledLater() {
  let resolve, reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => {});
  return { promise, resolve, reject };
}

const showsBallot = (app, ballotId) => ['ballot', 'review'].includes(app.view.name) && app.view.ballotId === ballotId;
const titleOf = (app, ballotId) => app.state.ballot(ballotId)?.title ?? app.state.closed.get(ballotId)?.title ?? '';

function castOutcomes(app) {
  const done = (ballotId, note, trackingCode) => {
    const title = titleOf(app, ballotId);
    app.drafts.drop(ballotId);
    app.state.markCast(ballotId);
    if (showsBallot(app, ballotId) || app.view.name === 'waiting')
      app.go('submitted', ballotId, { title, note, trackingCode });
    else app.notify(`您对“${title}”的选票已提交${trackingCode ? `，查验码 ${trackingCode}` : ''}。`);
  };
  return {
    recorded: (ballotId, receipt) => done(ballotId, undefined, receipt?.trackingCode),
    refused(ballotId, error) {
      if (refusals.has(error.code)) return app.signedOut(error.message);
      if (error.code === 'already-cast')
        return done(ballotId, '本表决此前已经提交过选票（可能在另一台平板上），不能重复投票。');
      if (error.code === 'ballot-not-open') {
        app.drafts.drop(ballotId);
        if (showsBallot(app, ballotId)) app.go('result', ballotId);
        app.notify(`“${titleOf(app, ballotId)}”表决已经结束，您的选票未能提交。`);
        return;
      }
      if (showsBallot(app, ballotId)) app.go('ballot', ballotId, { message: error.message });
      else app.notify(error.message);
    },
    waiting(ballotId, reason) {
      if (showsBallot(app, ballotId)) app.screen().waiting?.(reason);
      else if (app.view.name === 'waiting') app.screen().update();
    },
  };
}

/** Keeps the header and the current screen in step with the state, once for the app's life. */
export function followState(app) {
  app.state.subscribe((change, detail) => {
    showIdentity(app.state);
    if (change === 'state') resynced(app);
    else if (change === 'closed') closed(app, detail);
    else {
      if (change === 'opened') ballotOpened(detail.id);
      if (app.view.name === 'waiting') app.screen().update();
      // The open ballots lead the sitting's page: a deputy reading further down is brought back up to them.
      if (change === 'opened' && app.view.name === 'waiting') window.scrollTo(0, 0);
    }
    app.updateCall();
  });
}

function resynced(app) {
  const { name, ballotId } = app.view;
  if (name === 'connecting' || name === 'signin') return app.go('waiting');
  const gone = showsBallot(app, ballotId) && !app.state.canVote(ballotId) && !app.casting.isPending(ballotId);
  if (gone) return app.go(app.state.ballot(ballotId) ? 'waiting' : 'result', ballotId);
  if (name === 'waiting') app.screen().update();
}

/**
 * The count is pushed when a ballot closes; the notice (公告) is published later by the secretariat and is not pushed,
 * so the tablet speaks of the count, never of a published result.
 */
function closed(app, result) {
  const { name, ballotId } = app.view;
  const elsewhere = ['waiting', 'submitted', 'result'].includes(name);
  if (elsewhere || (ballotId === result.ballotId && !app.casting.isPending(ballotId))) {
    app.drafts.drop(result.ballotId);
    app.go('result', result.ballotId);
  } else {
    app.notify(`“${result.title}”表决已经结束。`, {
      label: '查看计票结果',
      run: () => app.go('result', result.ballotId),
    });
  }
}
