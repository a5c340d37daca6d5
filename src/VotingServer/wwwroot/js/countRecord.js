// A count record (计票记录) as the secretariat and the scrutineers see it: the certified figures, every item's
// counts, the acts the presidium confirmed that bear on it, and who has signed and who is still awaited.
import { h } from '/js/common/dom.js';
import { roundLabel } from '/js/common/ballots.js';
import { shortHex } from '/js/common/checks.js';
import { countingRoleLabels } from '/js/common/roles.js';
import { chinaTime } from './chinaTime.js';
import { announcement, resultFigures, resultTable } from './results.js';

export function countRecordView(record, ...actions) {
  const { result } = record;
  return h(
    'article',
    { class: 'record', 'data-ballot': result.ballotId, 'aria-labelledby': `record-${result.ballotId}` },
    h('h3', { id: `record-${result.ballotId}` }, `计票记录：${result.title}`),
    result.round > 1 ? h('p', { class: 'muted' }, roundLabel(result)) : null,
    resultFigures(result),
    resultTable(result, { caption: '各项目（对象）得票' }),
    announcement(result),
    confirmedActs(record),
    checks(record),
    signatures(record),
    actions,
  );
}

/**
 * The box root and the audit chain's hash at the count, shortened on screen (the whole value on hover); the printed
 * record carries them whole. Both are inside the record the scrutineers sign.
 */
function checks(record) {
  const values = [
    ['票箱校验值', record.result.boxRoot, 'box-root'],
    ['操作记录校验值', record.auditHead, 'audit-head'],
  ].filter(([, value]) => value);
  if (!values.length) return null;
  return h(
    'p',
    { class: 'muted record-checks' },
    values.map(([label, value, role]) =>
      h('span', { class: role, 'data-role': role, title: value }, `${label}：${shortHex(value)}`),
    ),
  );
}

/** Which key signed: the first 16 digits of its fingerprint (a reissued card shows another). */
const signingKey = (signature) => (signature.keyFingerprint ? `，签名密钥 ${shortHex(signature.keyFingerprint)}` : '');

/** A hand count, a reissued credential or a sign-in by hand during the ballot: each on the record the scrutineers sign. */
function confirmedActs(record) {
  if (!record.confirmedActs?.length) return null;
  return h(
    'div',
    { class: 'confirmed-acts' },
    h('h4', {}, '经主席团确认的事项'),
    h(
      'ul',
      {},
      record.confirmedActs.map((act) => h('li', {}, `${act.sentence}（${chinaTime(act.doneAt)}）`)),
    ),
  );
}

function signatures(record) {
  const signed = record.signatures.map((s) =>
    h(
      'li',
      { class: 'signed', 'data-fingerprint': s.keyFingerprint ?? '' },
      `✔ ${countingRoleLabels[s.role]} ${s.name} 已签字（${chinaTime(s.signedAt)}${signingKey(s)}）`,
    ),
  );
  const awaiting = record.awaitingSignatures.map((name) => h('li', { class: 'awaiting' }, `○ ${name} 尚未签字`));
  const none = !signed.length && !awaiting.length ? h('li', { class: 'awaiting' }, '尚未指定监票人。') : null;
  return h('ul', { class: 'signatures', 'aria-label': '监票人签字' }, signed, awaiting, none);
}

/**
 * The count record on paper for wet signatures: the sitting and the ballot, the figures, every item's counts, the
 * announcement, the confirmed acts, then a line for each scrutineer (总监票人 first) and teller to sign and date.
 */
export function printableRecord(record, sitting, team) {
  const { result } = record;
  const order = { 'chief-scrutineer': 0, scrutineer: 1, teller: 2 };
  const people = [...team].sort((a, b) => order[a.role] - order[b.role] || a.id - b.id);
  return h(
    'article',
    { class: 'printable-record', 'data-print-ballot': result.ballotId, 'aria-labelledby': `print-${result.ballotId}` },
    h('h2', { id: `print-${result.ballotId}` }, `计票记录：${result.title}`),
    h(
      'p',
      {},
      [sitting.name, roundLabel(result), `表决结束于${chinaTime(result.closedAt)}`].filter(Boolean).join(' · '),
    ),
    resultFigures(result),
    resultTable(result, { caption: '各项目（对象）得票' }),
    announcement(result),
    confirmedActs(record),
    h('p', { class: 'muted' }, `计票记录校验值（SHA-256）：${record.recordSha256}`),
    record.auditHead ? h('p', { class: 'muted' }, `操作记录校验值（SHA-256）：${record.auditHead}`) : null,
    result.boxRoot ? h('p', { class: 'muted' }, `票箱校验值（SHA-256）：${result.boxRoot}`) : null,
    h(
      'ol',
      { class: 'sign-lines', 'aria-label': '签字栏' },
      people.map((person) =>
        h(
          'li',
          { 'data-role': person.role },
          h('span', { class: 'who' }, `${countingRoleLabels[person.role]}：${person.name}`),
          h('span', {}, '签字：', h('span', { class: 'line' })),
          h('span', {}, '日期：', h('span', { class: 'line' })),
        ),
      ),
    ),
  );
}
