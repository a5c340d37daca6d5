// Who holds a credential and who counts, as the wire names them (docs/protocol.md), with their Chinese names.

export const Role = Object.freeze({
  deputy: 'deputy',
  presidium: 'presidium',
  secretariat: 'secretariat',
  scrutineer: 'scrutineer',
  viewer: 'viewer',
});

export const roleLabels = {
  [Role.deputy]: '代表',
  [Role.presidium]: '主席团',
  [Role.secretariat]: '大会秘书处',
  [Role.scrutineer]: '监票人',
  [Role.viewer]: '大屏',
};

export const countingRoleLabels = { 'chief-scrutineer': '总监票人', scrutineer: '监票人', teller: '计票人' };
