// The trained model in one gzip file: a JSON header (tag sets, dictionaries, lemma exceptions, table
// shapes) and then each weight table as its non-zero cells only (index gaps as varints, values as
// 16-bit integers), since a perceptron leaves most hashed cells at zero. Loaded, a table stays sparse
// when that is smaller (compactTable).
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { compactTable, type WeightTable } from './perceptron.js';
import type { ParserModel } from './parser.js';
import type { TaggerModel } from './tagger.js';

export interface SyntaxModel {
  readonly tagger: TaggerModel;
  readonly parser: ParserModel;
  readonly lemmaExceptions: ReadonlyMap<string, string>;
}

const MAGIC = 'SYN1';
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
    deprels: [...parser.deprels],
    beam: parser.beam,
    lemmaExceptions: [...model.lemmaExceptions],
    tables: tables.map(({ rows, classes }) => ({ rows, classes })),
  };
  const json = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  return gzipSync(Buffer.concat([Buffer.from(MAGIC), length, json, ...tables.map(encodeTable)]), { level: 9 });
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
    },
    parser: { tags: header.tags, deprels: header.deprels, actions, labels, beam: header.beam },
    lemmaExceptions: new Map(header.lemmaExceptions),
  };
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
