// 新建会议: the sitting's name and its quorum (default more than two thirds of the current deputies).
import { h } from '/js/common/dom.js';
import { creationForm, field } from '../controls.js';
import { rememberSitting } from '../session.js';

export function sittingForm(call, { first }) {
  const name = h('input', { id: 'sitting-name-input', name: 'name', required: true, maxlength: 100 });
  const numerator = h('input', {
    type: 'number',
    name: 'quorumNumerator',
    min: 1,
    value: 2,
    required: true,
    inputmode: 'numeric',
  });
  const denominator = h('input', {
    type: 'number',
    name: 'quorumDenominator',
    min: 2,
    value: 3,
    required: true,
    inputmode: 'numeric',
  });
  return creationForm({
    id: 'new-sitting-title',
    title: first ? '建立第一次会议' : '新建会议',
    content: [
      field('会议名称', name, '例如：恒口镇第二十届人民代表大会第三次会议'),
      h(
        'div',
        { class: 'row' },
        field('法定人数：出席代表须超过应到代表的（分子）', numerator),
        field('（分母）', denominator, '默认三分之二（2/3）'),
      ),
    ],
    submitLabel: '建立会议',
    toggleLabel: '新建会议',
    first,
    focus: name,
    send: async () => {
      const sitting = await call('/api/sittings', {
        method: 'POST',
        json: {
          name: name.value,
          quorumNumerator: Number(numerator.value),
          quorumDenominator: Number(denominator.value),
        },
      });
      rememberSitting('secretariat', sitting.id);
      location.hash = '#roster';
      location.reload();
    },
  });
}
