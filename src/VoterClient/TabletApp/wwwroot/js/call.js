// The call to a ballot that opened while the deputy looks at something else: a full-width button at the top of the
// screen that leads straight to it, with a short beep and a vibration where the browser allows them.
import { $, h } from '/js/common/dom.js';

/** Ballots opened since the deputy last saw the sitting's page, where every open ballot is listed. */
const fresh = new Set();

/** Screens after which the deputy is free to vote: the call names any ballot still waiting for the deputy. */
const between = ['submitted', 'result'];

export function ballotOpened(id) {
  fresh.add(id);
  chime();
}

/** Redraws the call for where the deputy is now (app.view) and what is open; `go(ballotId)` opens a ballot. */
export function updateCall(app, go) {
  const { name, ballotId } = app.view;
  if (name === 'waiting') fresh.clear();
  if (name === 'ballot' || name === 'review') fresh.delete(ballotId);
  const session = app.session();
  const votable = session
    ? app.state.open.filter((b) => b.id !== ballotId && app.state.canVote(b.id) && !session.casting.isPending(b.id))
    : [];
  let called = [];
  if (between.includes(name)) called = votable;
  else if (name === 'ballot' || name === 'review') called = votable.filter((b) => fresh.has(b.id));
  const call = $('#call');
  if (!called.length) return call.replaceChildren();
  const [first] = called;
  const more = called.length > 1 ? `（另有${called.length - 1}项）` : '';
  const lead = fresh.has(first.id) ? '新的表决已开始' : '还有表决等待您投票';
  call.replaceChildren(
    h(
      'button',
      { type: 'button', class: 'call-button', 'data-ballot': first.id, onclick: () => go(first.id) },
      h('span', { class: 'call-title' }, `${lead}：${first.title}${more}`),
      h('span', { class: 'call-action' }, '点此开始表决 ›'),
    ),
  );
}

let audio = null;

// Browsers allow sound and vibration only after the person has touched the page; the first touch prepares them.
function prime() {
  try {
    audio ??= new AudioContext();
    if (audio.state === 'suspended') audio.resume().catch(() => {});
  } catch {
    audio = null;
  }
}
document.addEventListener('pointerdown', prime, { capture: true });
document.addEventListener('keydown', prime, { capture: true });

/** Two short tones made here (no sound file), and a short vibration; either may be refused, silently. */
function chime() {
  const active = navigator.userActivation?.hasBeenActive ?? true;
  if (!active) return;
  try {
    navigator.vibrate?.([200, 100, 200]);
  } catch {
    // No vibration on this device.
  }
  if (!audio || audio.state !== 'running') return;
  try {
    const start = audio.currentTime;
    [0, 0.25].forEach((offset, i) => {
      const tone = audio.createOscillator();
      const volume = audio.createGain();
      tone.frequency.value = i ? 1046 : 784;
      volume.gain.setValueAtTime(0.0001, start + offset);
      volume.gain.exponentialRampToValueAtTime(0.3, start + offset + 0.02);
      volume.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.2);
      tone.connect(volume).connect(audio.destination);
      tone.start(start + offset);
      tone.stop(start + offset + 0.22);
    });
  } catch {
    // No sound on this device.
  }
}
