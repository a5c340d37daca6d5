// A credential code, kept on the device (localStorage) so that a reload does not ask for the card again; 「退出」
// removes it for the next deputy on a shared tablet. The tablet keeps the sitting's code, the phone the personal one.
import { api } from '/js/common/api.js';
import { VenueError } from '/js/common/errors.js';
import { Role } from '/js/common/roles.js';

/** The code kept under `key`, one per app, so that the tablet's and the phone's never replace each other. */
export const credentialStore = (key) => ({
  get: () => localStorage.getItem(key),
  save: (code) => localStorage.setItem(key, code),
  clear: () => localStorage.removeItem(key),
});

/** The deputy's credential for the sitting (代表证). */
export const storedCredential = credentialStore('pc.credential');

/** The server's own normalisation (protocol 2.1), so any other QR code in view is told apart from a credential. */
export function normalize(text) {
  return text.trim().toUpperCase().replace(/[-\s]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** 26 symbols, printed in groups of four: ABCD-EFGH-…-YZ (src/VotingServer/Credentials/CredentialCode.cs). */
export const codeLength = 26;

/**
 * Why a typed code cannot be a credential code, in words for the deputy; null when it may be one. `card` is what the
 * code is printed on.
 */
export function codeProblem(text, card = '代表证') {
  const symbols = normalize(text);
  const odd = [...symbols].find((c) => !/[0-9A-HJKMNP-TV-Z]/.test(c));
  if (odd) return `凭证码只含数字和字母，“${odd}”不在其中，请对照${card}核对。`;
  if (symbols.length !== codeLength)
    return `凭证码应为${codeLength}位（不计短横线），您输入了${symbols.length}位，请对照${card}核对。`;
  return null;
}

export function isCredentialCode(text) {
  return /^[0-9A-HJKMNP-TV-Z]{26}$/.test(normalize(text));
}

/** Codes meaning this credential will not sign in here: go back to the sign-in screen with the message. */
export const refusals = new Set([
  'unauthenticated',
  'credential-unknown',
  'credential-revoked',
  'deputy-not-current',
  'forbidden',
  'not-a-deputy',
  'personal-credential-not-accepted',
]);

/**
 * Whose code this is (GET /api/me on `server`, '' for this page's own): a refused WebSocket upgrade would not say
 * why, this does.
 */
export async function identify(code, server = '') {
  const me = await api(code, `${server}/api/me`);
  // A personal credential signs in only where a sitting accepts it: the server then names that sitting.
  if (me.role === Role.termDeputy && me.sittingId === null)
    throw new VenueError(
      'personal-credential-not-accepted',
      '本次会议未允许代表以个人代表证签到，请使用秘书处为本次会议发放的代表证。',
    );
  if (me.role !== Role.deputy && me.role !== Role.termDeputy)
    throw new VenueError('not-a-deputy', '这是会务工作人员的凭证，不能在代表表决器上签到。');
  return me;
}
