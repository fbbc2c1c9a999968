// Library entry: the extraction engine without HTTP.
export { WorkBudgetExceeded } from './extract/budget.js';
export { parseArticle, type ParseOptions } from './extract/index.js';
export { PARSER_VERSION } from './extract/version.js';
export type { Dateline, Official, ParseResult, Quote, QuoteType, Speaker, SpeakerKind } from './extract/types.js';
