/** Target rules (one per kind) and warning rules (one per code). */
export * from "./rule-types.js";
export * from "./level-target.js";
export * from "./at-least.js";
export * from "./at-most.js";
export * from "./around.js";
export * from "./relative.js";
export * from "./compare.js";
export * from "./direction.js";
export * from "./increase.js";
export * from "./decrease.js";
export * from "./target-rules.js";
export * from "./expected-to-miss.js";
export * from "./strong-fluctuation.js";
export * from "./wrong-direction.js";
export * from "./target-breached.js";
export * from "./insufficient-data.js";
export * from "./stale-data.js";
