/**
 * Decoding an inflated XML part in pieces of 64 KiB, so no sheet or shared-strings part is ever one
 * huge string (in the isolated reader, heap use grows in small steps its limit can stop cleanly).
 * A piece this small is an ordinary young object: a piece of a megabyte (or a whole sheet of
 * 180 KB) is a large object, given its own fresh memory each time and returned when it dies, and
 * touching fresh memory is what a reading process pays for most on a machine where a page fault
 * is slow (about 12 µs a page on the benchmark machine: a national check faulted 2,500 fewer pages
 * with 64 KiB pieces). A piece that is all ASCII (the common case: sheet XML is markup, numbers and
 * shared-string indexes) is taken as one-byte text directly, without the UTF-8 decoder.
 */
import { isAscii } from 'node:buffer';

/** Bytes decoded per step by {@link xmlChunks}. */
export const CHUNK_BYTES = 64 * 1024;

/**
 * The part's decoder and where its text starts: UTF-16 by its byte-order mark, else UTF-8. A UTF-8
 * byte-order mark is skipped here rather than by the decoder, so a piece may pass the decoder by
 * (see {@link xmlChunks}) without changing what a later piece's first bytes mean.
 */
function decoderFor(bytes: Uint8Array): { dec: TextDecoder; start: number; utf8: boolean } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { dec: new TextDecoder('utf-16le'), start: 2, utf8: false };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { dec: new TextDecoder('utf-16be'), start: 2, utf8: false };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { dec: new TextDecoder('utf-8', { ignoreBOM: true }), start: bom ? 3 : 0, utf8: true };
}

/** ASCII bytes as text (one byte, one character). */
function asciiText(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
}

/**
 * An XML part as a supplier of decoded pieces of about `size` bytes (characters split across
 * pieces are kept whole), `undefined` at the end. Pieces may end anywhere, also inside a tag.
 */
export function xmlChunks(bytes: Uint8Array, size = CHUNK_BYTES): () => string | undefined {
  const { dec, start, utf8 } = decoderFor(bytes);
  let off = start;
  let done = false;
  // The UTF-8 decoder holds no bytes back: nothing given to it yet, or its last byte was ASCII
  // (an ASCII byte ends any sequence left open). Only then may an ASCII piece pass it by.
  let clean = true;
  return () => {
    if (off >= bytes.length) {
      if (done) return undefined;
      done = true;
      const tail = dec.decode();
      return tail === '' ? undefined : tail;
    }
    const end = Math.min(bytes.length, off + size);
    const piece = bytes.subarray(off, end);
    off = end;
    if (utf8 && clean && isAscii(piece)) return asciiText(piece);
    const s = dec.decode(piece, { stream: true });
    clean = piece[piece.length - 1]! < 0x80;
    return s;
  };
}

/**
 * An XML part as pieces that each end just after an end tag of local name `local` (`</si>` or
 * `</x:si>`), so every such element is whole in one piece. UTF-8 only (a UTF-16 part is one piece).
 */
export function xmlChunksAfter(bytes: Uint8Array, local: string, size = CHUNK_BYTES): () => string | undefined {
  const { dec, start, utf8 } = decoderFor(bytes);
  if (!utf8) {
    let given = false;
    return () => {
      if (given) return undefined;
      given = true;
      return dec.decode(bytes.subarray(start));
    };
  }
  const pat = new TextEncoder().encode(`${local}>`);
  let off = start;
  return () => {
    if (off >= bytes.length) return undefined;
    let cut = bytes.length;
    let k = off + size;
    while (k < bytes.length) {
      const at = indexOfBytes(bytes, pat, k);
      if (at < 0) break;
      // An end tag: `</` then an optional prefix right before the local name.
      let b = at - 1;
      if (bytes[b] === 0x3a) while (b > off && bytes[b] !== 0x3c && bytes[b] !== 0x2f) b--;
      if (bytes[b] === 0x2f && bytes[b - 1] === 0x3c) {
        cut = at + pat.length;
        break;
      }
      k = at + 1;
    }
    const s = dec.decode(bytes.subarray(off, cut));
    off = cut;
    return s;
  };
}

function indexOfBytes(b: Uint8Array, pat: Uint8Array, from: number): number {
  const first = pat[0]!;
  let i = b.indexOf(first, from);
  while (i >= 0 && i + pat.length <= b.length) {
    let k = 1;
    while (k < pat.length && b[i + k] === pat[k]) k++;
    if (k === pat.length) return i;
    i = b.indexOf(first, i + 1);
  }
  return -1;
}
