// 代表签到: the camera reads the QR code on the credential; typing the printed code is the fallback. The phone's
// sign-in between sittings is the same screen in its own words.
import { h } from '/js/common/dom.js';
import { heading } from './layout.js';
import { codeProblem, isCredentialCode, normalize } from '../credential.js';
import { cameraProblem, cameraUnavailable, startScanner } from '../scanner.js';

/** What the tablet's sign-in says; `card` is what the code is printed on. */
const sittingSignIn = {
  title: '代表签到',
  aim: '请将代表证上的二维码对准摄像头',
  card: '代表证',
  hint: '共26位，印在代表证二维码下方，短横线可不输入',
  submit: '签到',
};

/**
 * onCode(code) resolves when signed in and rejects with a VenueError whose message is shown here. `words` are the
 * screen's own (sittingSignIn's shape).
 */
export function signInScreen({ onCode, message, words = sittingSignIn }) {
  const problem = h('p', { class: 'problem', role: 'alert' }, message ?? '');
  const status = h('p', { class: 'status', role: 'status' });
  const cameraNote = h('p', { class: 'camera-note' });
  const video = h('video', { class: 'camera', muted: true, playsinline: true, 'aria-label': '摄像头画面' });
  // A text area, so that on a phone the whole code shows on two lines instead of scrolling out of a narrow box.
  const input = h('textarea', {
    id: 'credential-code',
    name: 'code',
    rows: 1,
    maxlength: 60,
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    'aria-describedby': 'credential-code-hint',
    placeholder: 'RQHS-MD15-73H3-H50M-WHTE-4CE0-JW',
    onkeydown: (e) => {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        form.requestSubmit();
      }
    },
  });
  const submit = h('button', { type: 'submit', class: 'primary' }, words.submit);
  let stopCamera = () => {};
  let left = false;
  let busy = false;
  // The camera sees the same card many times a second: a refused code is not sent again until another is shown.
  let refused = null;

  async function tryCode(code) {
    if (busy) return;
    busy = true;
    submit.disabled = true;
    problem.textContent = '';
    status.textContent = '正在核对凭证…';
    try {
      await onCode(code);
      stopCamera();
    } catch (error) {
      refused = normalize(code);
      status.textContent = '';
      problem.textContent = error.message;
    } finally {
      busy = false;
      submit.disabled = false;
    }
  }

  const label = h('label', { for: 'credential-code' }, '或手动输入凭证码');
  const form = h(
    'form',
    {
      class: 'manual',
      onsubmit: (e) => {
        e.preventDefault();
        const wrong = input.value.trim() ? codeProblem(input.value, words.card) : `请输入${words.card}上印的凭证码。`;
        if (wrong) {
          status.textContent = '';
          problem.textContent = wrong;
          input.focus();
          return;
        }
        tryCode(input.value);
      },
    },
    label,
    input,
    h('p', { class: 'hint', id: 'credential-code-hint' }, words.hint),
    h('div', { class: 'row' }, submit),
  );

  const camera = h('div', { class: 'camera-box' }, video, h('div', { class: 'aim', 'aria-hidden': 'true' }));
  const title = heading(words.title, words.aim);
  const layout = h('div', { class: 'signin-layout' }, camera, h('div', {}, cameraNote, status, problem, form));
  const root = h('section', { class: 'screen signin' }, title, layout);

  // Without a camera the screen asks only for what can be done: typing the code.
  function noCamera(why) {
    camera.hidden = true;
    layout.classList.add('no-camera');
    cameraNote.textContent = why;
    title.querySelector('.subtitle').textContent = `本机无法扫码，请输入${words.card}上印的凭证码`;
    label.textContent = '凭证码';
  }

  const unavailable = cameraUnavailable();
  if (unavailable) {
    noCamera(unavailable);
  } else {
    startScanner(video, (text) => {
      if (!isCredentialCode(text)) {
        if (!busy) problem.textContent = `这不是${words.card}上的二维码，请扫描${words.card}。`;
      } else if (normalize(text) !== refused) {
        tryCode(text);
      }
    }).then(
      (stop) => {
        if (left) stop();
        else stopCamera = stop;
      },
      (error) => noCamera(cameraProblem(error)),
    );
  }
  return {
    root,
    leave: () => {
      left = true;
      stopCamera();
    },
  };
}
