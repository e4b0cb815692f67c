/** wrong-direction: the series moves against the target's direction by at least the clear-movement threshold (±1%/yr, Eurostat, or the indicator's own). */
import type { ResultWarning } from "../model/report.js";
import type { Lang } from "../i18n/lang.js";
import { defineMessages, translator } from "../i18n/messages.js";
import { atPrecision } from "../trend/precision.js";
import { shownRate, type Movement } from "./direction.js";

/** This rule's messages (zh, en), kept beside it. */
export const wrongDirectionMessages = defineMessages(
  {
    "form-compound": "年均复合增长率",
    "form-linear": "两端点年均变化（相对基期水平）",
    "form-absolute": "两端点年均变化",
    "dir-down": "下降",
    "dir-up": "上升",
    "w-wrong-direction": "走势与目标方向相反（{target}）：期望{want}，{basis}为每年 {rate}，超过明显变动阈值 {limit}",
  },
  {
    "form-compound": "the compound annual growth",
    "form-linear": "the end-point annual change (relative to the base level)",
    "form-absolute": "the end-point annual change",
    "dir-down": "fall",
    "dir-up": "rise",
    "w-wrong-direction": "Moving the wrong way ({target}): should {want}, {basis} is {rate} a year, beyond the clear-movement threshold {limit}",
  },
);

/** Warn (yellow: moving away is an early warning, 预警) when the movement goes the wrong way by at least the clear-movement threshold. */
export function wrongDirection(d: 1 | -1, m: Movement, targetLabel: string, lang: Lang): ResultWarning | null {
  const t = translator(wrongDirectionMessages, lang);
  // No movement is not the wrong way, even when the clear-movement threshold is 0.
  if (atPrecision(d * m.rate) > atPrecision(-m.clear) || atPrecision(m.rate) === 0) return null;
  return {
    code: "wrong-direction",
    level: "yellow",
    message: t("w-wrong-direction", { target: targetLabel, want: t(d > 0 ? "dir-up" : "dir-down"), basis: t(`form-${m.form}`), rate: shownRate(m, m.rate), limit: shownRate(m, m.clear) }),
    data: { d, slope: m.slope, rate: m.rate, form: m.form, limit: m.clear },
  };
}
