// 代表建议 on the deputy's own phone between sittings: sign in with the personal credential (its QR code, or the code
// typed), then 我的建议, a suggestion's handling and the rating of it, 提出建议, and 我监督的项目 with a project's
// progress and the record of an inspection. Each screen has an address (#mine, #propose, #suggestion-12, #projects,
// #project-3), so the phone's back button goes back a screen. Only GETs and POSTs to the API:
// nothing live is pushed between sittings.
import { api } from '/js/common/api.js';
import { $ } from '/js/common/dom.js';
import { VenueError } from '/js/common/errors.js';
import { Role, roleLabels } from '/js/common/roles.js';
import { credentialStore, normalize, refusals } from '../credential.js';
import { onSignOut } from '../header.js';
import { show } from '../screens/layout.js';
import { signInScreen } from '../screens/signin.js';
import { detailScreen } from './detail.js';
import { mineScreen } from './mine.js';
import { showNavigation } from './nav.js';
import { projectsScreen } from './projects.js';
import { projectScreen } from './projectsDetail.js';
import { proposeScreen } from './propose.js';

const stored = credentialStore('pc.credential.term-deputy');
const main = $('#screen');

const phoneSignIn = {
  title: '代表登录',
  aim: '请将个人凭证上的二维码对准摄像头',
  card: '个人凭证',
  hint: '共26位，印在个人凭证的二维码旁，短横线可不输入',
  submit: '登录',
};

/** Why another credential does not sign in here, in words for whoever holds it. */
const wrongCredential = (me) =>
  me.role === Role.deputy
    ? '这是会议期间在会场使用的代表证。闭会期间提出和查看建议，请使用秘书处发给您本人的个人凭证。'
    : `这是${roleLabels[me.role] ?? '工作人员'}“${me.name}”的凭证，不能在此登录。代表请使用秘书处发给本人的个人凭证。`;

/** The signed-in deputy: { call, me, term }; null while signed out. */
let session = null;
/** The sign-in screen while it is shown: its camera is stopped when it goes. */
let signingIn = null;

async function identify(code) {
  const me = await api(code, '/api/me');
  if (me.role !== Role.termDeputy) throw new VenueError('not-a-term-deputy', wrongCredential(me));
  return me;
}

async function begin(code) {
  const me = await identify(code);
  // A credential revoked or ended meanwhile answers any later call with its refusal: back to the sign-in with it.
  const call = (path, options) =>
    api(code, path, options).catch((error) => {
      if (refusals.has(error.code)) signOut(error.message);
      throw error;
    });
  const term = await call(`/api/terms/${me.termId}`);
  session = { call, me, term };
  $('#term-name').textContent = term.name;
  $('#who-name').textContent = me.name;
  $('#who').hidden = false;
  route();
}

function signOut(message) {
  stored.clear();
  showSignIn(message);
}

/** The sign-in screen, with `message` saying why it is back; a code kept on the phone stays (signOut clears it). */
function showSignIn(message) {
  session = null;
  $('#term-name').textContent = '代表建议';
  $('#who').hidden = true;
  showNavigation(null);
  signingIn?.leave();
  signingIn = signInScreen({
    words: phoneSignIn,
    message,
    onCode: async (typed) => {
      const code = normalize(typed);
      await begin(code);
      stored.save(code);
    },
  });
  show(main, signingIn.root);
}

/** A message for the next screen to read out (a suggestion submitted, a rating sent). */
let flash = null;

function go(hash, message = null) {
  flash = message;
  if (location.hash === hash) route();
  else location.hash = hash;
}

/** The sections' own screens, by their address. */
const screens = { mine: mineScreen, propose: proposeScreen, projects: projectsScreen };

/** The section an address belongs to: a suggestion's is 我的建议, a project's 我监督的项目. */
function sectionOf(kind) {
  if (kind) return kind === 'project' ? 'projects' : 'mine';
  const named = location.hash.slice(1);
  return Object.hasOwn(screens, named) ? named : 'mine';
}

function route() {
  if (!session) return;
  const [, kind, id] = /^#(suggestion|project)-(\d+)$/.exec(location.hash) ?? [];
  const section = sectionOf(kind);
  const message = flash;
  flash = null;
  signingIn?.leave();
  signingIn = null;
  showNavigation(section, Boolean(id));
  const context = { ...session, go };
  show(
    main,
    kind === 'suggestion'
      ? detailScreen(context, Number(id), message)
      : kind === 'project'
        ? projectScreen(context, Number(id), message)
        : screens[section](context),
  );
}

window.addEventListener('hashchange', route);
onSignOut(
  () => false,
  () => signOut(),
  '退出后，本机将清除您的个人凭证，再次使用须重新扫描或输入凭证码。确定退出吗？',
);
const saved = stored.get();
// A kept code that cannot be checked now (no network) stays for the next try; one the server refuses goes.
if (saved) begin(saved).catch((error) => (refusals.has(error.code) ? signOut : showSignIn)(error.message));
else showSignIn();
