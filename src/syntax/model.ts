// The trained model in one gzip file: a JSON header (tag sets, dictionaries, the external lexicon's
// tag sets, lemma exceptions, table shapes), then each weight table as its non-zero cells only (index
// gaps as varints, values as 16-bit integers), since a perceptron leaves most hashed cells at zero, and
// last the external lexicon's hash table as it is held in memory. Loaded, a table stays sparse when
// that is smaller (compactTable).
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { ExternalLexicon } from './external.js';
import { compactTable, type WeightTable } from './perceptron.js';
import type { ParserModel } from './parser.js';
import type { TaggerModel } from './tagger.js';

export interface SyntaxModel {
  readonly tagger: TaggerModel;
  readonly parser: ParserModel;
  readonly lemmaExceptions: ReadonlyMap<string, string>;
}

const MAGIC = 'SYN2';
const MODEL_URL = new URL('./model/en-ewt.syntax.gz', import.meta.url);

let loaded: SyntaxModel | undefined;

/** The committed model, read on first use and then shared by every caller in this thread. */
export function loadModel(): SyntaxModel {
  loaded ??= decodeModel(readFileSync(MODEL_URL));
  return loaded;
}

interface TableShape {
  readonly rows: number;
  readonly classes: number;
}

interface Header {
  readonly tags: string[];
  readonly tagDictionary: [string, number][];
  readonly lexicon: [string, number][];
  /** The external lexicon's tag sets and its table's size (the table follows the weights). */
  readonly external: { classes: string[]; slots: number };
  readonly deprels: string[];
  readonly beam: number;
  readonly lemmaExceptions: [string, string][];
  readonly tables: TableShape[];
}

export function encodeModel(model: SyntaxModel): Buffer {
  const { tagger, parser } = model;
  const tables = [tagger.table, parser.actions, parser.labels];
  const header: Header = {
    tags: [...tagger.tags],
    tagDictionary: [...tagger.tagDictionary],
    lexicon: [...tagger.lexicon],
    external: { classes: [...tagger.external.classes], slots: tagger.external.keys.length },
    deprels: [...parser.deprels],
    beam: parser.beam,
    lemmaExceptions: [...model.lemmaExceptions],
    tables: tables.map(({ rows, classes }) => ({ rows, classes })),
  };
  const json = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  const { keys, values } = tagger.external;
  const parts = [Buffer.from(MAGIC), length, json, ...tables.map(encodeTable), bytesOf(keys), bytesOf(values)];
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

export function decodeModel(file: Buffer): SyntaxModel {
  const bytes = gunzipSync(file);
  if (bytes.subarray(0, 4).toString() !== MAGIC) throw new Error('not a syntax model file');
  const jsonLength = bytes.readUInt32LE(4);
  const header = JSON.parse(bytes.subarray(8, 8 + jsonLength).toString()) as Header;
  const reader = { bytes, at: 8 + jsonLength };
  const [table, actions, labels] = header.tables.map((shape) => decodeTable(reader, shape));
  return {
    tagger: {
      tags: header.tags,
      table,
      tagDictionary: new Map(header.tagDictionary),
      lexicon: new Map(header.lexicon),
      external: decodeExternal(reader, header.external),
    },
    parser: { tags: header.tags, deprels: header.deprels, actions, labels, beam: header.beam },
    lemmaExceptions: new Map(header.lemmaExceptions),
  };
}

function bytesOf(array: Uint32Array | Uint16Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

function decodeExternal(reader: { bytes: Buffer; at: number }, { classes, slots }: Header['external']): ExternalLexicon {
  // copied out of the file's buffer, which may not be aligned for 32-bit reads and is dropped after loading
  const keys = new Uint32Array(slots);
  new Uint8Array(keys.buffer).set(reader.bytes.subarray(reader.at, reader.at + 4 * slots));
  reader.at += 4 * slots;
  const values = new Uint16Array(slots);
  new Uint8Array(values.buffer).set(reader.bytes.subarray(reader.at, reader.at + 2 * slots));
  reader.at += 2 * slots;
  return { classes, keys, values };
}

function encodeTable(table: WeightTable): Buffer {
  const out: number[] = [];
  const values: number[] = [];
  let last = -1;
  table.forEachCell((index, value) => {
    writeVarint(out, index - last);
    values.push(value);
    last = index;
  });
  const count = Buffer.alloc(4);
  count.writeUInt32LE(values.length);
  const packed = Buffer.from(Int16Array.from(values).buffer);
  return Buffer.concat([count, Buffer.from(out), packed]);
}

function decodeTable(reader: { bytes: Buffer; at: number }, shape: TableShape): WeightTable {
  const { bytes } = reader;
  const count = bytes.readUInt32LE(reader.at);
  reader.at += 4;
  const indices = new Int32Array(count);
  let index = -1;
  for (let i = 0; i < count; i++) {
    let gap = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[reader.at++];
      gap += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    index += gap;
    indices[i] = index;
  }
  const values = new Int16Array(count);
  for (let i = 0; i < count; i++) values[i] = bytes.readInt16LE(reader.at + 2 * i);
  reader.at += 2 * count;
  return compactTable(shape.rows, shape.classes, indices, values);
}

function writeVarint(out: number[], value: number): void {
  while (value >= 0x80) {
    out.push((value & 0x7f) | 0x80);
    value = Math.floor(value / 128);
  }
  out.push(value);
}
