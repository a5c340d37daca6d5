// The words of the 民生实事 proposals on the secretariat's term page: sources, screening states, budgets, the 差额 rule.

export const sourceLabels = {
  public: '群众',
  department: '部门',
  deputy: '代表',
  station: '代表联络站',
};

/**
 * Where a proposal stands: pending, accepted or rejected at 初选, then on a ballot (its BallotId is set), and once
 * that ballot's projects are adopted, adopted or not chosen. `outcome` holds the proposals adopted and the ballots
 * whose projects are.
 */
export function standing(proposal, outcome) {
  if (outcome?.adopted.has(proposal.id)) return { key: 'adopted', label: '已确定为项目' };
  if (outcome?.settled.has(proposal.ballotId)) return { key: 'not-chosen', label: '票决未入选' };
  if (proposal.ballotId) return { key: 'on-ballot', label: '已列入票决' };
  return {
    pending: { key: 'pending', label: '待初选' },
    accepted: { key: 'accepted', label: '列入候选' },
    rejected: { key: 'rejected', label: '不列入' },
  }[proposal.screening];
}

export const standingKeys = [
  ['pending', '待初选'],
  ['accepted', '列入候选'],
  ['rejected', '不列入'],
  ['on-ballot', '已列入票决'],
  ['adopted', '已确定为项目'],
  ['not-chosen', '票决未入选'],
];

/** 180 or 80.5 (万元); a dash when none was given. */
export const budgetText = (wan) => (wan === null || wan === undefined ? '—' : String(Number(wan)));

/** The fewest candidates for `places` places under the term's 差额 rule (CandidateMargin on the server). */
export const leastCandidates = (term, places) =>
  Math.max(places + term.extraCandidates, Math.ceil((places * term.candidatePercent) / 100));

/** 候选项目应多于应选项目至少1项，且不少于应选项目的120% */
export const marginRule = (term) =>
  `候选项目应多于应选项目至少${term.extraCandidates}项` +
  (term.candidatePercent > 0 ? `，且不少于应选项目的${term.candidatePercent}%` : '');
