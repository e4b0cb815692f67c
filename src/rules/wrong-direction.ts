/** wrong-direction: the trend moves against the target's direction by more than the clear-movement threshold (±1%/yr, Eurostat). */
import type { ResultWarning } from "../model/report.js";
import type { Thresholds } from "./thresholds.js";
import type { Lang } from "../i18n/lang.js";
import { defineMessages, translator } from "../i18n/messages.js";
import { num, pct } from "../util/format-number.js";
import type { DirectionSlope } from "./direction.js";

/** This rule's messages (zh, en), kept beside it. */
export const wrongDirectionMessages = defineMessages(
  {
    "basis-end-point": "两端点年均变化",
    "basis-theil-sen": "Theil–Sen 稳健斜率",
    "dir-down": "下降",
    "dir-up": "上升",
    "w-wrong-direction": "走势与目标方向相反（{target}）：期望{want}，{basis}为每年 {slope}（相当于每年 {rate}），超过明显变动阈值 {limit}",
    "w-wrong-direction-abs": "走势与目标方向相反（{target}）：期望{want}，{basis}为每年 {slope}",
  },
  {
    "basis-end-point": "the end-point annual change",
    "basis-theil-sen": "the Theil–Sen slope",
    "dir-down": "fall",
    "dir-up": "rise",
    "w-wrong-direction": "Moving the wrong way ({target}): should {want}, {basis} is {slope} a year ({rate} a year), beyond the clear-movement threshold {limit}",
    "w-wrong-direction-abs": "Moving the wrong way ({target}): should {want}, {basis} is {slope} a year",
  },
);

/** Warn (yellow: moving away is an early warning, 预警) when d·rate ≤ −clear_movement (or, at a zero level, when the slope has the wrong sign). */
export function wrongDirection(d: 1 | -1, ds: DirectionSlope, targetLabel: string, th: Thresholds, lang: Lang): ResultWarning | null {
  const t = translator(wrongDirectionMessages, lang);
  const want = t(d > 0 ? "dir-up" : "dir-down");
  const basis = t(ds.basis === "theil-sen" ? "basis-theil-sen" : "basis-end-point");
  const data = { d, slope: ds.slope, rate: ds.rate, basis: ds.basis, limit: th.clear_movement };
  if (ds.rate === null) {
    if (d * ds.slope >= 0) return null;
    return { code: "wrong-direction", level: "yellow", message: t("w-wrong-direction-abs", { target: targetLabel, want, basis, slope: num(ds.slope) }), data };
  }
  if (d * ds.rate > -th.clear_movement) return null;
  return {
    code: "wrong-direction",
    level: "yellow",
    message: t("w-wrong-direction", { target: targetLabel, want, basis, slope: num(ds.slope), rate: pct(ds.rate), limit: pct(th.clear_movement) }),
    data,
  };
}
