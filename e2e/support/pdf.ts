import zlib from 'node:zlib';

/**
 * The text of a PDF printed by Chromium (page.pdf()), good enough to check that a printed page says what it
 * should ("the participant's name is on the certificate"). Not a general PDF parser: it reads the plain
 * (uncompressed or Flate) objects Skia writes, maps each font's glyph codes through its ToUnicode CMap and
 * returns the text of each text object (BT ... ET) on its own line.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const objects = new Map<number, { dict: string; stream: Buffer | null }>();
  const objRe = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (let m = objRe.exec(raw); m; m = objRe.exec(raw)) {
    const body = m[2];
    const at = body.indexOf('stream');
    if (at < 0) {
      objects.set(Number(m[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, at);
    let start = at + 'stream'.length;
    if (body[start] === '\r') start++;
    if (body[start] === '\n') start++;
    const end = body.lastIndexOf('endstream');
    let bytes = Buffer.from(body.slice(start, end), 'latin1');
    if (/\/FlateDecode/.test(dict)) {
      try {
        bytes = zlib.inflateSync(bytes);
      } catch {
        bytes = zlib.inflateSync(bytes.subarray(0, bytes.length - 1));
      }
    }
    objects.set(Number(m[1]), { dict, stream: bytes });
  }

  // Font resource names (/F3 12 0 R) -> the font's code -> text map.
  interface FontMap {
    codes: Map<number, string>;
    /** Type0 (Identity-H) fonts use two-byte codes, simple fonts one byte. */
    width: 2 | 4;
  }
  const cmaps = new Map<number, FontMap>();
  const cmapOf = (fontObj: number): FontMap => {
    if (!cmaps.has(fontObj)) {
      const dict = objects.get(fontObj)?.dict ?? '';
      const ref = /\/ToUnicode\s+(\d+) 0 R/.exec(dict);
      const stream = ref ? objects.get(Number(ref[1]))?.stream : null;
      cmaps.set(fontObj, { codes: stream ? parseCMap(stream.toString('latin1')) : new Map(), width: /\/Subtype\s*\/Type0/.test(dict) ? 4 : 2 });
    }
    return cmaps.get(fontObj)!;
  };
  const fontNames = new Map<string, number>();
  for (const { dict } of objects.values()) {
    const fonts = /\/Font\s*<<([\s\S]*?)>>/.exec(dict);
    if (!fonts) continue;
    for (const f of fonts[1].matchAll(/\/([^\s/<>[\]()]+)\s+(\d+) 0 R/g)) fontNames.set(f[1], Number(f[2]));
  }

  const lines: string[] = [];
  for (const { dict, stream } of objects.values()) {
    if (!stream || /\/(ToUnicode|FontFile|Subtype\s*\/(Image|Type1C|CIDFontType0C|OpenType))/.test(dict) || /\/Length1/.test(dict)) continue;
    const content = stream.toString('latin1');
    if (!/\bBT\b/.test(content)) continue;
    let font: FontMap = { codes: new Map(), width: 4 };
    let line = '';
    const tokenRe = /\/([^\s/<>[\]()]+)\s+[-\d.]+\s+Tf|<([0-9A-Fa-f\s]*)>|\bET\b/g;
    for (let t = tokenRe.exec(content); t; t = tokenRe.exec(content)) {
      if (t[1] !== undefined) {
        const obj = fontNames.get(t[1]);
        font = obj === undefined ? { codes: new Map(), width: 4 } : cmapOf(obj);
      } else if (t[2] !== undefined) {
        const hex = t[2].replace(/\s/g, '');
        for (let i = 0; i + font.width <= hex.length; i += font.width) line += font.codes.get(parseInt(hex.slice(i, i + font.width), 16)) ?? '';
      } else {
        lines.push(line);
        line = '';
      }
    }
  }
  return lines.filter((l) => l.trim()).join('\n');
}

function utf16(hex: string): string {
  const units: number[] = [];
  for (let i = 0; i + 4 <= hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
  return String.fromCharCode(...units);
}

function parseCMap(text: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(m[1], 16), utf16(m[2]));
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]+)>|\[([^\]]*)\])/g)) {
      const lo = parseInt(m[1], 16);
      const hi = parseInt(m[2], 16);
      if (m[3] !== undefined) {
        const base = parseInt(m[3], 16);
        for (let c = lo; c <= hi; c++) map.set(c, String.fromCodePoint(base + (c - lo)));
      } else {
        const dests = [...m[4].matchAll(/<([0-9A-Fa-f]+)>/g)].map((d) => utf16(d[1]));
        dests.forEach((d, i) => map.set(lo + i, d));
      }
    }
  }
  return map;
}
