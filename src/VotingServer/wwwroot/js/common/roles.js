// Who holds a credential and who counts, as the wire names them (docs/protocol.md), with their Chinese names.

export const Role = Object.freeze({
  deputy: 'deputy',
  presidium: 'presidium',
  secretariat: 'secretariat',
  scrutineer: 'scrutineer',
  viewer: 'viewer',
  termDeputy: 'term-deputy',
  department: 'department',
});

export const roleLabels = {
  [Role.deputy]: '代表',
  [Role.presidium]: '主席团',
  [Role.secretariat]: '大会秘书处',
  [Role.scrutineer]: '监票人',
  [Role.viewer]: '大屏',
  [Role.termDeputy]: '代表（闭会期间）',
  [Role.department]: '承办单位',
};

export const countingRoleLabels = { 'chief-scrutineer': '总监票人', scrutineer: '监票人', teller: '计票人' };
