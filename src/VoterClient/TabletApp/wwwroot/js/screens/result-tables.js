// The figures of a closed ballot, kind by kind, exactly as the server counted them (protocol section 9).
import { h } from "/js/common/dom.js";
import { outcomeLabels } from "../text.js";

function table(headers, rows) {
  return h("table", { class: "result-table" },
    h("thead", {}, h("tr", {}, headers.map((title) => h("th", { scope: "col" }, title)))),
    h("tbody", {}, rows.map(([name, ...cells]) => h("tr", {}, h("th", { scope: "row" }, name), cells.map((cell) => h("td", {}, cell))))));
}

const count = (item, option) => item.counts.find((c) => c.option === option)?.count ?? 0;

function projects(result) {
  const approval = result.kind === "project-approval";
  return table(
    ["项目", ...(approval ? ["赞成", "反对", "弃权"] : ["赞成票"]), "名次", "结果"],
    result.items.map((item) => [
      item.name,
      ...(approval ? [count(item, "for"), count(item, "against"), count(item, "abstain")] : [item.votes]),
      item.rank ?? "—",
      outcomeLabels[item.outcome] ?? "—",
    ]));
}

function appraisal(result) {
  const options = result.items[0]?.counts ?? [];
  return table(
    ["测评对象", ...options.map((o) => o.label), "无效", "等次", "名次"],
    result.items.map((item) => [
      item.name,
      ...item.counts.map((c) => `${c.count}票（${item.rates.find((r) => r.option === c.option)?.percent ?? "0.00"}%）`),
      item.invalid,
      item.gradeLabel ?? (item.exactThreshold ? "待主席团决定" : "未评定"),
      item.rank ?? "—",
    ]));
}

function motion(result) {
  const item = result.items[0];
  return h("div", { class: "motion-result" },
    h("div", { class: "figures" }, ["for", "against", "abstain"].map((option) =>
      h("div", { class: `figure figure-${option}` },
        h("span", { class: "figure-label" }, item.counts.find((c) => c.option === option)?.label ?? option),
        h("span", { class: "figure-value" }, `${count(item, option)}票`)))),
    h("p", { class: result.passed ? "verdict passed" : "verdict" }, result.passed ? "本议案获得通过" : "本议案未获通过"));
}

export function resultTable(result) {
  if (result.kind === "motion") return motion(result);
  if (result.kind === "satisfaction" || result.kind === "appraisal") return appraisal(result);
  return projects(result);
}
