// The values that let anyone check a result (docs/security.md "What is signed, by whom"): the box root (票箱校验值),
// the audit head (操作记录校验值) and key fingerprints, shown as their first 16 hex digits in groups of four, the same
// form the credential sheet, the notices and the big screen print.
import { h } from './dom.js';

/** "1a2b 3c4d 5e6f 7a8b": the first 16 hex digits of a hash or fingerprint, in groups of four. */
export function shortHex(hex) {
  return (hex.slice(0, 16).match(/.{1,4}/g) ?? []).join(' ');
}

let serverKey = null;

/** The fingerprint of the server key that signs every notice (GET /api/server-key, public), read once per page. */
export function serverKeyFingerprint() {
  serverKey ??= fetch('/api/server-key', { cache: 'no-store' })
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
    .then((key) => key.fingerprint)
    .catch((error) => {
      serverKey = null;
      throw error;
    });
  return serverKey;
}

/** 「本会议计票服务器签名密钥指纹：1a2b 3c4d 5e6f 7a8b」, as the credential sheet prints it; filled once the key is read. */
export function serverKeyLine(attributes = {}) {
  const line = h('p', { ...attributes, 'data-role': 'server-key' });
  serverKeyFingerprint().then(
    (fingerprint) => (line.textContent = `本会议计票服务器签名密钥指纹：${shortHex(fingerprint)}`),
    () => line.remove(),
  );
  return line;
}
