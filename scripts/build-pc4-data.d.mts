export declare const TSV: string;
export declare const JSON_FILE: string;
export declare function pc4AreasJson(tsv: string): string;
