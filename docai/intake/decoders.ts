/**
 * The PDF stream filters that can make data bigger, as decoders whose output is counted and
 * thrown away: preflight learns how big a stream would get without ever holding it.
 *
 * Small streams (most of them: a PDF may have hundreds of thousands) are decoded synchronously
 * as whole buffers, each stage's output capped; a stream that is big or turns out to grow big
 * goes through the streaming path, where zlib runs on libuv's thread pool and every chunk is
 * counted and dropped.
 */
import { Readable, pipeline } from 'node:stream';
import { createInflate, inflateSync, constants as zlibConstants } from 'node:zlib';

type Chunks = AsyncIterable<Buffer>;

const CHUNK = 256 * 1024;
/** Streams up to this size (compressed) are tried synchronously… */
const SYNC_INPUT = 64 * 1024;
/** …as long as no stage's output grows past this. */
const SYNC_OUTPUT = 16 * 1024 * 1024;

/** A decoder fed chunk by chunk; it yields its output in chunks and may end before its input does. */
interface Decoder {
  push(chunk: Buffer): Generator<Buffer>;
  end(): Generator<Buffer>;
  readonly done: boolean;
}

type FilterKind = 'flate' | 'lzw' | 'runlength' | 'asciihex' | 'ascii85';

const filterKinds: Record<string, FilterKind> = {
  FlateDecode: 'flate',
  Fl: 'flate',
  LZWDecode: 'lzw',
  LZW: 'lzw',
  RunLengthDecode: 'runlength',
  RL: 'runlength',
  ASCIIHexDecode: 'asciihex',
  AHx: 'asciihex',
  ASCII85Decode: 'ascii85',
  A85: 'ascii85',
};

export type Stage = FilterKind;

/** The stages for a PDF /Filter list, up to the first image codec (its output is pixels, bounded by /Width × /Height). */
export function filterStages(filters: string[]): { stages: Stage[]; endsInImageCodec: boolean } {
  const stages: Stage[] = [];
  for (const filter of filters) {
    if (filter === 'Crypt') continue;
    const kind = filterKinds[filter];
    // DCTDecode, JPXDecode, JBIG2Decode, CCITTFaxDecode or unknown: what follows is an image codec
    if (!kind) return { stages, endsInImageCodec: true };
    stages.push(kind);
  }
  return { stages, endsInImageCodec: false };
}

export interface DecodeOutcome {
  /** bytes the chain produced (up to where it was stopped) */
  bytes: number;
  /** true when `limit` was passed */
  exceeded: boolean;
  /** the decoded data, when asked to keep it */
  content?: Buffer;
}

/**
 * Runs `data` through the stages, counting the output; stops (exceeded) past `limit`. Corrupt
 * data ends the count where the decoder gives up, as it does in a reader.
 */
export async function decodeCounting(data: Buffer, stages: Stage[], options: { limit: number; keep?: boolean }): Promise<DecodeOutcome> {
  if (data.length <= SYNC_INPUT) {
    const small = decodeSmall(data, stages, Math.min(options.limit, SYNC_OUTPUT));
    if (small) {
      if (small.length > options.limit) return { bytes: small.length, exceeded: true };
      return { bytes: small.length, exceeded: false, content: options.keep ? small : undefined };
    }
  }
  let source: Chunks = chunksOf(data);
  for (const stage of stages) source = stage === 'flate' ? inflateStream(source) : streamThrough(source, decoderFor(stage));
  let bytes = 0;
  const kept: Buffer[] = [];
  try {
    for await (const chunk of source) {
      bytes += chunk.length;
      if (options.keep) kept.push(chunk);
      if (bytes > options.limit) return { bytes, exceeded: true };
    }
  } catch {
    // corrupt or truncated data: a reader stops here too
  }
  return { bytes, exceeded: false, content: options.keep ? Buffer.concat(kept) : undefined };
}

/** Whole-buffer decoding; undefined when a stage's output would pass `cap` (then stream instead) or zlib needs the lenient path. */
function decodeSmall(data: Buffer, stages: Stage[], cap: number): Buffer | undefined {
  let current = data;
  for (const stage of stages) {
    if (stage === 'flate') {
      try {
        current = inflateSync(current, { maxOutputLength: cap + 1, finishFlush: zlibConstants.Z_SYNC_FLUSH });
      } catch {
        return undefined; // too big, or corrupt: the streaming path counts up to where it breaks
      }
    } else {
      const decoder = decoderFor(stage);
      const out: Buffer[] = [];
      let length = 0;
      for (const generator of [decoder.push(current), decoder.end()]) {
        for (const chunk of generator) {
          out.push(chunk);
          length += chunk.length;
          if (length > cap) return undefined;
        }
        if (decoder.done) break;
      }
      current = Buffer.concat(out);
    }
    if (current.length > cap) return undefined;
  }
  return current;
}

async function* chunksOf(data: Buffer): AsyncGenerator<Buffer> {
  for (let at = 0; at < data.length; at += CHUNK) yield data.subarray(at, at + CHUNK);
}

async function* streamThrough(source: Chunks, decoder: Decoder): AsyncGenerator<Buffer> {
  for await (const chunk of source) {
    yield* decoder.push(chunk);
    if (decoder.done) return;
  }
  yield* decoder.end();
}

/** zlib inflate on libuv's thread pool; lenient about a missing end like pdf.js. */
async function* inflateStream(source: Chunks): AsyncGenerator<Buffer> {
  const inflater = createInflate({ chunkSize: CHUNK, finishFlush: zlibConstants.Z_SYNC_FLUSH });
  const input = Readable.from(source, { objectMode: false });
  pipeline(input, inflater, () => {});
  try {
    for await (const chunk of inflater) yield chunk as Buffer;
  } finally {
    input.destroy();
    inflater.destroy();
  }
}

function decoderFor(stage: Exclude<Stage, 'flate'>): Decoder {
  switch (stage) {
    case 'lzw':
      return new LzwDecoder();
    case 'runlength':
      return new RunLengthDecoder();
    case 'asciihex':
      return new AsciiHexDecoder();
    case 'ascii85':
      return new Ascii85Decoder();
  }
}

/** Collects output bytes into chunks of CHUNK bytes. */
class Output {
  private buffer = Buffer.allocUnsafe(CHUNK);
  private used = 0;
  /** adds a byte; true when the chunk is full and must be taken */
  put(byte: number): boolean {
    this.buffer[this.used++] = byte;
    return this.used === CHUNK;
  }
  take(): Buffer {
    const out = this.buffer.subarray(0, this.used);
    this.buffer = Buffer.allocUnsafe(CHUNK);
    this.used = 0;
    return out;
  }
  *rest(): Generator<Buffer> {
    if (this.used > 0) yield this.take();
  }
}

/** PDF LZW: 9 to 12 bit codes, most significant bit first, clear 256, end 257, early change. */
class LzwDecoder implements Decoder {
  done = false;
  private readonly prefix = new Int32Array(4096);
  private readonly suffix = new Uint8Array(4096);
  private readonly length = new Uint16Array(4096);
  private readonly first = new Uint8Array(4096);
  private readonly stack = new Uint8Array(4096);
  private readonly out = new Output();
  private next = 258;
  private width = 9;
  private previous = -1;
  private bits = 0;
  private bitCount = 0;

  constructor() {
    for (let code = 0; code < 256; code++) {
      this.suffix[code] = code;
      this.length[code] = 1;
      this.first[code] = code;
    }
  }

  *push(chunk: Buffer): Generator<Buffer> {
    const { prefix, suffix, length, first, stack, out } = this;
    for (const byte of chunk) {
      if (this.done) break;
      this.bits = ((this.bits << 8) | byte) & 0xffffff;
      this.bitCount += 8;
      while (this.bitCount >= this.width) {
        const code = (this.bits >>> (this.bitCount - this.width)) & ((1 << this.width) - 1);
        this.bitCount -= this.width;
        if (code === 256) {
          this.next = 258;
          this.width = 9;
          this.previous = -1;
          continue;
        }
        let entry: number;
        if (code < this.next && code !== 257) entry = code;
        else if (code === this.next && this.previous >= 0) entry = -1;
        else {
          this.done = true; // end of data, or an invalid code
          break;
        }
        if (this.previous >= 0 && this.next < 4096) {
          const added = this.next++;
          prefix[added] = this.previous;
          suffix[added] = entry === -1 ? first[this.previous] : first[entry];
          length[added] = length[this.previous] + 1;
          first[added] = first[this.previous];
          if (entry === -1) entry = added;
          if (this.next + 1 >= 1 << this.width && this.width < 12) this.width++;
        } else if (entry === -1) {
          this.done = true;
          break;
        }
        let at = length[entry];
        for (let walk = entry; at > 0; walk = prefix[walk]) stack[--at] = suffix[walk];
        for (let i = 0; i < length[entry]; i++) if (out.put(stack[i])) yield out.take();
        this.previous = entry;
      }
    }
    if (this.done) yield* out.rest();
  }

  *end(): Generator<Buffer> {
    yield* this.out.rest();
  }
}

/** RunLengthDecode: a length byte, then literal bytes (0..127) or one byte repeated (129..255); 128 ends. */
class RunLengthDecoder implements Decoder {
  done = false;
  private readonly out = new Output();
  private literal = 0;
  private repeat = 0;

  *push(chunk: Buffer): Generator<Buffer> {
    const out = this.out;
    for (const byte of chunk) {
      if (this.literal > 0) {
        if (out.put(byte)) yield out.take();
        this.literal--;
      } else if (this.repeat > 0) {
        for (let i = 0; i < this.repeat; i++) if (out.put(byte)) yield out.take();
        this.repeat = 0;
      } else if (byte < 128) this.literal = byte + 1;
      else if (byte > 128) this.repeat = 257 - byte;
      else {
        this.done = true;
        break;
      }
    }
    if (this.done) yield* out.rest();
  }

  *end(): Generator<Buffer> {
    yield* this.out.rest();
  }
}

class AsciiHexDecoder implements Decoder {
  done = false;
  private readonly out = new Output();
  private high = -1;

  *push(chunk: Buffer): Generator<Buffer> {
    for (const byte of chunk) {
      if (byte === 0x3e) {
        this.done = true;
        break;
      }
      const digit = hexDigit(byte);
      if (digit < 0) continue;
      if (this.high < 0) this.high = digit;
      else {
        if (this.out.put((this.high << 4) | digit)) yield this.out.take();
        this.high = -1;
      }
    }
    if (this.done) yield* this.end();
  }

  *end(): Generator<Buffer> {
    if (this.high >= 0) this.out.put(this.high << 4);
    this.high = -1;
    yield* this.out.rest();
  }
}

function hexDigit(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57;
  return -1;
}

class Ascii85Decoder implements Decoder {
  done = false;
  private readonly out = new Output();
  private readonly group: number[] = [];

  private *flush(count: number): Generator<Buffer> {
    let value = 0;
    for (let i = 0; i < 5; i++) value = value * 85 + (i < this.group.length ? this.group[i] : 84);
    for (let i = 0; i < count; i++) if (this.out.put(Math.floor(value / 2 ** (24 - 8 * i)) & 0xff)) yield this.out.take();
    this.group.length = 0;
  }

  *push(chunk: Buffer): Generator<Buffer> {
    for (const byte of chunk) {
      if (byte === 0x7e) {
        this.done = true;
        break;
      }
      if (byte === 0x7a && this.group.length === 0) {
        for (let i = 0; i < 4; i++) if (this.out.put(0)) yield this.out.take();
        continue;
      }
      if (byte < 0x21 || byte > 0x75) continue;
      this.group.push(byte - 0x21);
      if (this.group.length === 5) yield* this.flush(4);
    }
    if (this.done) yield* this.end();
  }

  *end(): Generator<Buffer> {
    if (this.group.length > 1) yield* this.flush(this.group.length - 1);
    this.group.length = 0;
    yield* this.out.rest();
  }
}
