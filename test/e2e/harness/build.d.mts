/** Types of build.mjs, which plain Node (the benchmark) runs as it is. */
export declare const harnessDir: string;
export declare const initScriptPath: string;
export declare const mainSidePath: string;
export declare const rendererDir: string;
export declare function buildHarness(): Promise<void>;
