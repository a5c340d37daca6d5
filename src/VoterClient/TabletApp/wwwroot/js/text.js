// The Chinese labels the tablet shows for the server's codes (the server sends the option labels itself).

export const kindLabels = {
  "project-selection": "民生实事项目票决（差额票决）",
  "project-approval": "民生实事项目票决（逐项表决）",
  satisfaction: "满意度测评",
  appraisal: "民主测评",
  motion: "表决",
};

export const outcomeLabels = {
  adopted: "确定为民生实事项目",
  "run-off-needed": "得票相等，需再次投票",
  "passed-not-adopted": "获得通过，未进入应选名额",
  "not-passed": "未获通过",
};

export function roundLabel(ballot) {
  return ballot.round > 1 ? `第${ballot.round}轮` : "";
}

export function secrecyLabel(ballot) {
  return ballot.secret ? "无记名投票" : "记名投票（本人所提建议办理情况评价）";
}

/** 「已选 x / N」 for a select-up-to-N ballot. */
export function selectedCount(count, places) {
  return `已选 ${count} / ${places}`;
}

export function budget(item) {
  return item.budgetWan === null || item.budgetWan === undefined ? "" : `预算 ${item.budgetWan} 万元`;
}
