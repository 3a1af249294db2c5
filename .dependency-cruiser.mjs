import { architectureConfig } from "./scripts/architecture/rules.mjs";

export default architectureConfig(import.meta.dirname);
