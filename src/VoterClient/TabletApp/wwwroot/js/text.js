// Chinese the tablet alone shows; the ballot vocabulary shared with the pages is in /js/common/ballots.js.

export function secrecyLabel(ballot) {
  return ballot.secret ? '无记名投票' : '记名投票（本人所提建议办理情况评价）';
}

/** 「已选 x / N」 for a select-up-to-N ballot. */
export function selectedCount(count, places) {
  return `已选 ${count} / ${places}`;
}

export function budget(item) {
  return item.budgetWan === null || item.budgetWan === undefined ? '' : `预算 ${item.budgetWan} 万元`;
}
