export * from "./plan.js";
export * from "./diagnostic.js";
export * from "./observation.js";
export * from "./report.js";
export * from "./validation.js";
