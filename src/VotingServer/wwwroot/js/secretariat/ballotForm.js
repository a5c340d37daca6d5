// 新增表决: every kind of ballot with its settings (N and the pass rule for 票决; scale, grade threshold and its
// base for appraisals; the one named vote, a deputy's rating of their own suggestion's handling).
import { h } from '/js/common/dom.js';
import { act, field, messageArea, say } from '../controls.js';
import {
  GradeDenominator,
  gradeDenominatorLabels,
  allowsNamed,
  defaultScaleOf,
  isAppraisalKind,
  isMotionKind,
  isProjectKind,
  Kind,
  kindLabels,
  PassRule,
  passRuleLabels,
  Scale,
  scaleLabels,
  suggestionHandling,
} from '/js/common/ballots.js';
import { itemsEditor } from './itemsEditor.js';

const options = (labels, selected) =>
  Object.entries(labels).map(([value, label]) => h('option', { value, selected: value === selected }, label));

export function ballotForm({ call, sitting, onCreated }) {
  const message = messageArea();
  const kind = h('select', { name: 'kind' }, options(kindLabels, Kind.projectSelection));
  const title = h('input', { name: 'title', required: true, maxlength: 200 });
  const places = h('input', { type: 'number', name: 'places', min: 1, value: 1, inputmode: 'numeric' });
  const passRule = h('select', { name: 'passRule' }, options(passRuleLabels, PassRule.majorityOfAllDeputies));
  const scale = h('select', { name: 'scale' }, options(scaleLabels, Scale.satisfaction));
  const thresholdNumerator = h('input', {
    type: 'number',
    name: 'gradeThresholdNumerator',
    min: 1,
    value: 1,
    inputmode: 'numeric',
  });
  const thresholdDenominator = h('input', {
    type: 'number',
    name: 'gradeThresholdDenominator',
    min: 2,
    value: 2,
    inputmode: 'numeric',
  });
  const gradeDenominator = h(
    'select',
    { name: 'gradeDenominator' },
    options(gradeDenominatorLabels, GradeDenominator.allCurrentMembers),
  );
  const suggestion = h('input', { type: 'checkbox', name: 'suggestion' });
  const named = h('input', { type: 'checkbox', name: 'named' });
  const editor = itemsEditor();
  const projectSettings = h('div', { class: 'row' }, field('应选项目数（N）', places), field('通过规则', passRule));
  const appraisalSettings = h(
    'div',
    {},
    h('div', { class: 'row' }, field('测评档次', scale), field('计算基数', gradeDenominator)),
    h(
      'div',
      { class: 'row' },
      field('等次门槛：得票须超过基数的（分子）', thresholdNumerator),
      field('（分母）', thresholdDenominator, '默认半数（1/2）'),
    ),
  );
  const suggestionSettings = h(
    'div',
    { class: 'row' },
    h('label', { class: 'nowrap' }, suggestion, ' 代表对本人所提建议办理情况的评价'),
    h('label', { class: 'nowrap' }, named, ' 记名投票（仅此类评价可以记名）'),
  );
  const submit = h('button', { class: 'primary', type: 'submit' }, '加入议程');
  const form = h(
    'form',
    { class: 'panel', 'aria-labelledby': 'ballot-form-title' },
    h('h2', { id: 'ballot-form-title' }, '新增表决事项'),
    h('div', { class: 'row' }, field('表决类型', kind), field('名称', title, '表决议案时，名称即议案本身')),
    projectSettings,
    appraisalSettings,
    suggestionSettings,
    editor.element,
    h('p', {}),
    submit,
    message,
  );

  const showSettings = () => {
    const value = kind.value;
    projectSettings.hidden = !isProjectKind(value);
    appraisalSettings.hidden = !isAppraisalKind(value);
    suggestionSettings.hidden = !allowsNamed(value);
    if (defaultScaleOf(value)) scale.value = defaultScaleOf(value);
    editor.setKind(value);
  };
  kind.addEventListener('change', showSettings);
  // One deputy rates their own suggestion: graded over the valid votes, as the server's default for it.
  suggestion.addEventListener('change', () => {
    gradeDenominator.value = suggestion.checked ? GradeDenominator.validVotes : GradeDenominator.allCurrentMembers;
  });
  showSettings();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    act(submit, message, async () => {
      const ballot = await call(`/api/sittings/${sitting.id}/ballots`, { method: 'POST', json: request() });
      say(message, `已加入议程第${ballot.agendaPosition}项：${ballot.title}。`, 'ok');
      title.value = '';
      editor.reset();
      await onCreated(ballot);
    });
  });

  function request() {
    const value = kind.value;
    const base = { kind: value, title: title.value.trim(), items: isMotionKind(value) ? null : editor.items() };
    if (isProjectKind(value)) return { ...base, places: Number(places.value), passRule: passRule.value };
    if (isMotionKind(value)) return base;
    const rated = {
      ...base,
      scale: scale.value,
      gradeDenominator: gradeDenominator.value,
      gradeThresholdNumerator: Number(thresholdNumerator.value),
      gradeThresholdDenominator: Number(thresholdDenominator.value),
    };
    if (!allowsNamed(value) || !suggestion.checked) return rated;
    return { ...rated, purpose: suggestionHandling, secret: !named.checked };
  }

  return { element: form };
}
