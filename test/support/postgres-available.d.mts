export declare const postgresAvailable: boolean;
