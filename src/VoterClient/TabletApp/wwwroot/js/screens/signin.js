// 代表签到: the camera reads the QR code on the credential; typing the printed code is the fallback.
import { h } from '/js/common/dom.js';
import { heading } from './layout.js';
import { isCredentialCode, normalize } from '../credential.js';
import { cameraProblem, cameraUnavailable, startScanner } from '../scanner.js';

/** onCode(code) resolves when signed in and rejects with a VenueError whose message is shown here. */
export function signInScreen({ onCode, message }) {
  const problem = h('p', { class: 'problem', role: 'alert' }, message ?? '');
  const status = h('p', { class: 'status', role: 'status' });
  const cameraNote = h('p', { class: 'camera-note' });
  const video = h('video', { class: 'camera', muted: true, playsinline: true, 'aria-label': '摄像头画面' });
  const input = h('input', {
    id: 'credential-code',
    name: 'code',
    type: 'text',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    placeholder: '例如 RQHS-MD15-73H3-H50M-WHTE-4CE0-JW',
  });
  const submit = h('button', { type: 'submit', class: 'primary' }, '签到');
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

  const form = h(
    'form',
    {
      class: 'manual',
      onsubmit: (e) => {
        e.preventDefault();
        if (!input.value.trim()) {
          problem.textContent = '请输入代表证上印的凭证码。';
          input.focus();
          return;
        }
        tryCode(input.value);
      },
    },
    h('label', { for: input.id }, '或手动输入凭证码（代表证下方印有凭证码）'),
    h('div', { class: 'row' }, input, submit),
  );

  const camera = h('div', { class: 'camera-box' }, video, h('div', { class: 'aim', 'aria-hidden': 'true' }));
  const root = h(
    'section',
    { class: 'screen signin' },
    heading('代表签到', '请将代表证上的二维码对准摄像头'),
    h('div', { class: 'signin-layout' }, camera, h('div', {}, cameraNote, status, problem, form)),
  );

  const unavailable = cameraUnavailable();
  if (unavailable) {
    camera.hidden = true;
    cameraNote.textContent = unavailable;
  } else {
    startScanner(video, (text) => {
      if (!isCredentialCode(text)) {
        if (!busy) problem.textContent = '这不是代表证上的二维码，请扫描代表证。';
      } else if (normalize(text) !== refused) {
        tryCode(text);
      }
    }).then(
      (stop) => {
        if (left) stop();
        else stopCamera = stop;
      },
      (error) => {
        camera.hidden = true;
        cameraNote.textContent = cameraProblem(error);
      },
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
