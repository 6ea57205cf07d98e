export { analyzeJsonApi, type JsonApiAnalysis } from './analyze.js';
