// Chinese words for the wire values (docs/protocol.md), in one place for every page.

export const roleLabels = {
  deputy: '代表', presidium: '主席团', secretariat: '大会秘书处', scrutineer: '监票人', viewer: '大屏',
};

export const countingRoleLabels = { 'chief-scrutineer': '总监票人', scrutineer: '监票人', teller: '计票人' };

export const kindLabels = {
  'project-selection': '民生实事项目票决（差额票决）',
  'project-approval': '民生实事项目票决（逐项表决）',
  satisfaction: '满意度测评',
  appraisal: '民主测评 / 述职评议',
  motion: '表决',
};

export const stateLabels = { draft: '未开始', open: '表决中', closed: '已结束' };

export const relationLabels = { 'run-off': '就票数相等的项目再次投票', 'further-ballot': '就其余项目再次票决', repeat: '重新投票' };

export const outcomeLabels = {
  adopted: '确定为民生实事项目', 'run-off-needed': '得票相等，需再次投票', 'passed-not-adopted': '获得通过，未进入应选名额', 'not-passed': '未获通过',
};

export const decisionLabels = { 'leave-short': '保留现有结果', 'further-ballot': '就其余项目再次票决', 'carry-over': '提交下次会议' };

export const passRuleLabels = { 'majority-of-all-deputies': '赞成票超过全体代表的半数', plurality: '按得票多少（不设过半数）' };

export const scaleLabels = {
  satisfaction: '满意 / 基本满意 / 不满意',
  'satisfaction-with-unknown': '满意 / 基本满意 / 不满意 / 不了解',
  competence: '优秀 / 称职 / 基本称职 / 不称职',
};

export const gradeDenominatorLabels = { 'all-current-members': '全体代表', 'valid-votes': '该对象的有效票' };

export const countedByLabels = { electronic: '电子表决', 'by-hand': '纸质选票，人工计票' };

export const isProjectKind = kind => kind === 'project-selection' || kind === 'project-approval';
export const isAppraisalKind = kind => kind === 'satisfaction' || kind === 'appraisal';

/** 第2轮 · 就票数相等的项目再次投票, or nothing for a first round. */
export const roundLabel = ballot => (ballot.round > 1 ? `第${ballot.round}轮 · ${relationLabels[ballot.relation] ?? ''}` : '');

/** 2026-11-26 16:48 in Beijing time, as the notices print it. */
export function chinaTime(iso) {
  const parts = new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
  }).formatToParts(new Date(iso));
  const part = type => parts.find(p => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}
