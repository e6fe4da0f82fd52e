/** The mark of the analysis worker (in its `workerData`), shared by analyze.ts and analysis-worker.ts. */
export const ANALYSIS_FLAG = 'hoptac-analysis/1';
