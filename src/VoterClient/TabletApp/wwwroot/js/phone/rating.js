// 评价办理情况: the deputy who made the suggestion rates the answer 满意 / 基本满意 / 不满意, with a comment. The rating
// is named. 不满意 needs the reason and sends the suggestion back for 重新办理, once; the second rating is final.
import { h } from '/js/common/dom.js';
import { dateText, Rating, ratingLabel, ratings } from '/js/common/suggestions.js';

export function ratingForm({ call, me, term, go }, suggestion, round) {
  const first = round.round === 1;
  const problem = h('p', { class: 'problem', role: 'alert' });
  const choices = ratings.map((rating) =>
    h(
      'label',
      { class: `option rating-${rating.code}` },
      h('input', { type: 'radio', name: 'rating', value: rating.code, onchange: () => reasonNeeded() }),
      h('span', { class: 'tick', 'aria-hidden': 'true' }, '✔'),
      rating.label,
    ),
  );
  const commentLabel = h('label', { for: 'rating-comment' }, '评价意见（可不填）');
  const comment = h('textarea', {
    id: 'rating-comment',
    name: 'comment',
    rows: 4,
    maxlength: 500,
    'aria-describedby': 'rating-comment-hint',
  });
  const submit = h('button', { type: 'submit', class: 'primary' }, '提交评价');
  const chosen = () => choices.map((c) => c.querySelector('input')).find((input) => input.checked)?.value;

  // 不满意 makes the comment the reason, and required: the label says so where the deputy types it.
  function reasonNeeded() {
    const needed = chosen() === Rating.dissatisfied;
    commentLabel.textContent = needed ? '不满意的理由（必填）' : '评价意见（可不填）';
    comment.setAttribute('aria-required', String(needed));
  }

  const form = h(
    'form',
    { class: 'rating-form', 'aria-labelledby': 'rating-title' },
    h('h2', { id: 'rating-title' }, '评价办理情况'),
    h(
      'p',
      { id: 'rating-rule' },
      first
        ? `请对承办单位的答复作出评价，评价记名，只有您本人可以评价。选择“不满意”须写明理由，建议将退回承办单位重新办理，` +
            `承办单位应在${term.rehandleMonths}个月内再次答复。`
        : '这是对重新办理答复的评价，评价记名。提交后本建议即办结，不能再次评价。',
    ),
    h(
      'fieldset',
      { class: 'rating-choices', 'aria-describedby': 'rating-rule' },
      h('legend', {}, '您对办理情况是否满意'),
      choices,
    ),
    h(
      'div',
      { class: 'field' },
      commentLabel,
      comment,
      h('p', { class: 'hint', id: 'rating-comment-hint' }, '选择“不满意”时必须填写理由，承办单位将据此重新办理。'),
    ),
    problem,
    h('div', { class: 'actions' }, submit),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const rating = chosen();
    if (!rating) {
      problem.textContent = '请选择满意、基本满意或不满意。';
      choices[0].querySelector('input').focus();
      return;
    }
    submit.disabled = true;
    problem.textContent = '';
    try {
      const rated = await call(`/api/terms/${me.termId}/suggestions/${suggestion.id}/rating`, {
        method: 'POST',
        json: { rating, comment: comment.value.trim() || null },
      });
      const sentBack = rated.rounds.length > suggestion.rounds.length;
      go(
        `#suggestion-${suggestion.id}`,
        `已提交评价：${ratingLabel(rating)}。` +
          (sentBack
            ? `建议已退回承办单位重新办理，答复期限为${dateText(rated.rounds.at(-1).dueOn)}。`
            : '本建议已办结。'),
      );
    } catch (error) {
      problem.textContent = error.message;
      if (rating === Rating.dissatisfied) comment.focus();
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}
