// 征集: anyone proposes a 民生实事 project while the term gathers a year's projects. Name and telephone are asked so
// that the secretariat can call back; they are never shown publicly.
import { api } from '/js/common/api.js';
import { $, fill, h } from '/js/common/dom.js';
import { field, messageArea, say } from '../controls.js';
import { publicTerm } from './term.js';

const app = $('#app');

async function show() {
  const term = await publicTerm();
  if (!term?.collectingYear) {
    return fill(
      app,
      h('p', { class: 'message info', role: 'status' }, '目前没有在征集民生实事项目，请留意公告的征集时间。'),
      term ? h('p', {}, h('a', { href: `/projects/?term=${term.id}` }, '查看民生实事项目公示')) : null,
    );
  }
  const input = (name, props = {}) => h('input', { name, ...props });
  const title = input('title', { required: true, maxlength: 200 });
  const description = h('textarea', { name: 'description', required: true, maxlength: 2000, rows: 5 });
  const place = input('place', { maxlength: 64 });
  const budget = input('budget', { inputmode: 'decimal', pattern: '[0-9]+(\\.[0-9]{1,2})?' });
  const name = input('name', { required: true, maxlength: 64, autocomplete: 'name' });
  const phone = input('phone', { required: true, maxlength: 32, inputmode: 'tel', autocomplete: 'tel' });
  const message = messageArea();
  const submit = h('button', { class: 'primary', type: 'submit' }, '提交建议');
  const form = h(
    'form',
    { class: 'panel propose' },
    h('p', {}, `欢迎提出${term.collectingYear}年民生实事项目建议。经初选列入候选的项目，将提请人民代表大会票决。`),
    field('项目名称', title, '例如：城关片区老旧小区管网改造'),
    field('项目内容', description, '做什么、在哪里、惠及多少群众'),
    field('实施地点（可不填）', place),
    field('估算投资（万元，可不填）', budget),
    field('您的姓名', name),
    field('联系电话', phone, '仅供工作人员联系您，不会公开'),
    submit,
    message,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    say(message, '');
    try {
      const received = await api(null, `/api/public/terms/${term.id}/proposals`, {
        method: 'POST',
        json: {
          title: title.value,
          description: description.value,
          place: place.value || null,
          budgetWan: budget.value ? Number(budget.value) : null,
          submitterName: name.value,
          submitterPhone: phone.value,
        },
      });
      fill(
        app,
        h(
          'div',
          { class: 'panel', role: 'status' },
          h('h2', {}, '建议已收到，谢谢您！'),
          h('p', {}, `您的建议“${received.title}”编号为 ${received.id}，工作人员初选后如有需要会与您联系。`),
          h('p', {}, h('a', { href: `/projects/?term=${term.id}` }, '查看民生实事项目公示')),
        ),
      );
    } catch (error) {
      say(message, error.message);
      submit.disabled = false;
    }
  });
  fill(app, form);
}

show().catch((error) => fill(app, h('p', { class: 'message error', role: 'alert' }, error.message)));
