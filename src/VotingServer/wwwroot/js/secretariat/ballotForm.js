// 新增表决 / 修改表决: every kind of ballot with its settings (N and the pass rule for 票决; scale, grade threshold
// and its base for appraisals; the one named vote, a deputy's rating of their own suggestion's handling). The same
// form edits a draft: load(ballot) fills it, and saving replaces the draft's definition.
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
import { thresholdChoices } from './ballotWords.js';

const options = (labels, selected) =>
  Object.entries(labels).map(([value, label]) => h('option', { value, selected: value === selected }, label));

const customThreshold = 'custom';

export function ballotForm({ call, sitting, onCreated, onSaved }) {
  const message = messageArea();
  const kind = h('select', { name: 'kind' }, options(kindLabels, Kind.projectSelection));
  const title = h('input', { name: 'title', required: true, maxlength: 200 });
  const places = h('input', { type: 'number', name: 'places', min: 1, value: 1, inputmode: 'numeric' });
  const passRule = h('select', { name: 'passRule' }, options(passRuleLabels, PassRule.majorityOfAllDeputies));
  const scale = h('select', { name: 'scale' }, options(scaleLabels, Scale.satisfaction));
  const threshold = h(
    'select',
    { name: 'gradeThreshold' },
    thresholdChoices.map(([value, label]) => h('option', { value }, label)),
    h('option', { value: customThreshold }, '其他比例（自行填写）'),
  );
  const thresholdNumerator = h('input', {
    type: 'number',
    name: 'gradeThresholdNumerator',
    min: 1,
    value: 1,
    inputmode: 'numeric',
    class: 'short',
  });
  const thresholdDenominator = h('input', {
    type: 'number',
    name: 'gradeThresholdDenominator',
    min: 2,
    value: 2,
    inputmode: 'numeric',
    class: 'short',
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
  const customFraction = h(
    'fieldset',
    { class: 'fraction' },
    h('legend', {}, '自定比例：得票须超过基数的'),
    field('分子', thresholdNumerator),
    h('span', { class: 'slash', 'aria-hidden': 'true' }, '/'),
    field('分母', thresholdDenominator),
  );
  const appraisalSettings = h(
    'div',
    {},
    h('div', { class: 'row' }, field('测评档次', scale), field('计算基数', gradeDenominator)),
    h(
      'div',
      { class: 'row' },
      field('等次门槛', threshold, '得票超过基数的这一比例即评为该等次；恰好等于时由主席团决定'),
    ),
    customFraction,
  );
  const suggestionSettings = h(
    'div',
    { class: 'row' },
    h('label', { class: 'nowrap' }, suggestion, ' 代表对本人所提建议办理情况的评价'),
    h('label', { class: 'nowrap' }, named, ' 记名投票（仅此类评价可以记名）'),
  );
  const heading = h('h2', { id: 'ballot-form-title' }, '新增表决事项');
  const submit = h('button', { class: 'primary', type: 'submit' }, '加入议程');
  const cancel = h(
    'button',
    {
      type: 'button',
      class: 'quiet',
      hidden: true,
      onclick: () => {
        stopEditing();
        // The button goes with the editing: focus stays in the form, on its first field to fill.
        title.focus();
      },
    },
    '取消修改',
  );
  const form = h(
    'form',
    { class: 'panel', 'aria-labelledby': 'ballot-form-title' },
    heading,
    h('div', { class: 'row' }, field('表决类型', kind), field('名称', title, '表决议案时，名称即议案本身')),
    projectSettings,
    appraisalSettings,
    suggestionSettings,
    editor.element,
    h('p', {}),
    h('div', { class: 'row' }, submit, cancel),
    message,
  );
  /** The draft being edited, or null while the form adds a new ballot. */
  let editing = null;

  const showSettings = () => {
    const value = kind.value;
    projectSettings.hidden = !isProjectKind(value);
    appraisalSettings.hidden = !isAppraisalKind(value);
    suggestionSettings.hidden = !allowsNamed(value);
    editor.setKind(value);
  };
  const showFraction = () => {
    customFraction.hidden = threshold.value !== customThreshold;
  };
  kind.addEventListener('change', () => {
    // What was refused was about the settings of the kind left behind.
    say(message, '');
    if (defaultScaleOf(kind.value)) scale.value = defaultScaleOf(kind.value);
    showSettings();
  });
  threshold.addEventListener('change', () => {
    // A refused fraction no longer applies once a threshold is chosen by name.
    if (threshold.value !== customThreshold) say(message, '');
    showFraction();
  });
  // One deputy rates their own suggestion: graded over the valid votes, as the server's default for it.
  suggestion.addEventListener('change', () => {
    gradeDenominator.value = suggestion.checked ? GradeDenominator.validVotes : GradeDenominator.allCurrentMembers;
  });
  showSettings();
  showFraction();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    act(submit, message, async () => {
      if (editing) {
        const saved = await call(`/api/ballots/${editing.id}`, { method: 'PUT', json: request() });
        stopEditing();
        say(message, `已保存议程第${saved.agendaPosition}项：${saved.title}。`, 'ok');
        await onSaved?.(saved);
        return;
      }
      const ballot = await call(`/api/sittings/${sitting.id}/ballots`, { method: 'POST', json: request() });
      say(message, `已加入议程第${ballot.agendaPosition}项：${ballot.title}。`, 'ok');
      title.value = '';
      editor.reset();
      await onCreated(ballot);
    });
  });

  /** Fills the form with a draft's definition; saving replaces it. */
  function edit(ballot) {
    editing = ballot;
    const s = ballot.settings ?? {};
    kind.value = ballot.kind;
    showSettings();
    title.value = ballot.title;
    if (isProjectKind(ballot.kind)) {
      places.value = s.places;
      passRule.value = s.passRule ?? PassRule.majorityOfAllDeputies;
    }
    if (isAppraisalKind(ballot.kind)) {
      scale.value = s.scale ?? defaultScaleOf(ballot.kind);
      gradeDenominator.value = s.gradeDenominator ?? GradeDenominator.allCurrentMembers;
      const spoken = thresholdChoices.some(([value]) => value === s.gradeThreshold);
      threshold.value = spoken ? s.gradeThreshold : customThreshold;
      [thresholdNumerator.value, thresholdDenominator.value] = (s.gradeThreshold ?? '1/2').split('/');
      showFraction();
    }
    suggestion.checked = s.purpose === suggestionHandling;
    named.checked = suggestion.checked && !ballot.secret;
    if (!isMotionKind(ballot.kind)) editor.load(ballot.items);
    heading.textContent = `修改议程第${ballot.agendaPosition}项`;
    submit.textContent = '保存修改';
    cancel.hidden = false;
    say(message, '');
    form.scrollIntoView({ block: 'start' });
    title.focus();
  }

  function stopEditing() {
    editing = null;
    heading.textContent = '新增表决事项';
    submit.textContent = '加入议程';
    cancel.hidden = true;
    title.value = '';
    say(message, '');
    editor.reset();
  }

  function request() {
    const value = kind.value;
    const base = { kind: value, title: title.value.trim(), items: isMotionKind(value) ? null : editor.items() };
    if (isProjectKind(value)) return { ...base, places: Number(places.value), passRule: passRule.value };
    if (isMotionKind(value)) return base;
    const [numerator, denominator] =
      threshold.value === customThreshold
        ? [thresholdNumerator.value, thresholdDenominator.value]
        : threshold.value.split('/');
    const rated = {
      ...base,
      scale: scale.value,
      gradeDenominator: gradeDenominator.value,
      gradeThresholdNumerator: Number(numerator),
      gradeThresholdDenominator: Number(denominator),
    };
    if (!allowsNamed(value) || !suggestion.checked) return rated;
    return { ...rated, purpose: suggestionHandling, secret: !named.checked };
  }

  return { element: form, edit, editing: () => editing };
}
