import t from 'tap';
import { PARSER_VERSION } from '../src/extract/version.js';
t.match(PARSER_VERSION, /^\d+\.\d+\.\d+$/);
