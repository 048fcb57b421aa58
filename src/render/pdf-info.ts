/**
 * The PDF's document information (Title, Author, Subject, Keywords, Creator), written as an incremental
 * update: the bytes Chromium printed stay as they are, and a new Info object, an xref section for it
 * and a trailer pointing back (/Prev) are appended (ISO 32000-1 §7.5.6). Chromium itself only sets
 * Title (from <title>) and its user agent as Creator, and has no option for the rest; a general PDF
 * library would parse and rewrite the whole file for five strings.
 */
export interface PdfInfo { title?: string; author?: string; subject?: string; keywords?: string; creator: string }

const latin1 = new TextDecoder('latin1');

/** A PDF text string: UTF-16BE with a byte order mark, written in hex so no byte needs escaping. */
function textString(s: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** Thrown when the PDF has no classic cross-reference table to extend (Chromium writes one). */
export class PdfInfoError extends Error {}

export function setPdfInfo(pdf: Uint8Array, info: PdfInfo): Uint8Array {
  // The trailer and the last xref are at the end; the Info object may be anywhere.
  const text = latin1.decode(pdf);
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  const trailerAt = text.lastIndexOf('trailer');
  if (!startxref || trailerAt < 0) throw new PdfInfoError('no classic xref trailer');
  const trailer = text.slice(trailerAt, startxref.index);
  const size = /\/Size\s+(\d+)/.exec(trailer);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer);
  if (!size || !root) throw new PdfInfoError('trailer without /Size or /Root');
  const oldInfo = /\/Info\s+(\d+)\s+(\d+)\s+R/.exec(trailer);
  const id = /\/ID\s*(\[[^\]]*\])/.exec(trailer);
  // Keep what Chromium recorded that we do not set (Producer, dates), from its Info object.
  const kept: string[] = [];
  if (oldInfo) {
    const obj = new RegExp(`(?:^|\\s)${oldInfo[1]}\\s+${oldInfo[2]}\\s+obj\\s*<<([\\s\\S]*?)>>\\s*endobj`).exec(text);
    for (const key of ['Producer', 'CreationDate', 'ModDate']) {
      const m = obj && new RegExp(`/${key}\\s*(\\((?:\\\\.|[^\\\\)])*\\)|<[0-9A-Fa-f\\s]*>)`).exec(obj[1]);
      if (m) kept.push(`/${key} ${m[1]}`);
    }
  }
  const objNum = oldInfo ? Number(oldInfo[1]) : Number(size[1]);
  const newSize = Math.max(Number(size[1]), objNum + 1);
  const fields: [string, string | undefined][] = [
    ['Title', info.title], ['Author', info.author], ['Subject', info.subject], ['Keywords', info.keywords], ['Creator', info.creator],
  ];
  const dict = [...fields.filter(([, v]) => v).map(([k, v]) => `/${k} ${textString(v!)}`), ...kept].join('\n');
  const sep = pdf[pdf.length - 1] === 0x0a ? '' : '\n';
  const objOffset = pdf.length + sep.length;
  const body = `${sep}${objNum} 0 obj\n<<${dict}>>\nendobj\n`;
  const xrefOffset = pdf.length + body.length;
  const tail = [
    'xref', `${objNum} 1`, `${String(objOffset).padStart(10, '0')} 00000 n \n`.slice(0, -1),
    'trailer', `<</Size ${newSize}\n/Root ${root[1]}\n/Info ${objNum} 0 R${id ? `\n/ID ${id[1]}` : ''}\n/Prev ${startxref[1]}>>`,
    'startxref', String(xrefOffset), '%%EOF', '',
  ].join('\n');
  // body and tail are ASCII (hex strings), so their length in characters is their length in bytes.
  const out = new Uint8Array(pdf.length + body.length + tail.length);
  out.set(pdf);
  out.set(new TextEncoder().encode(body + tail), pdf.length);
  return out;
}
