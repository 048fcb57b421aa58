import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PdfInfoError, setPdfInfo } from '../../src/render/pdf-info.js';
import { tempDir } from '../helpers/cli.js';

/** A one-page PDF with a classic xref table and an Info object, as Chromium (Skia) writes them. */
function minimalPdf(): Uint8Array {
  const objects = [
    '<</Producer (Skia/PDF m156) /Creator (HeadlessChrome) /CreationDate (D:20261202000000+00\'00\')>>',
    '<</Type /Catalog /Pages 3 0 R /Lang (ja)>>',
    '<</Type /Pages /Kids [4 0 R] /Count 1>>',
    '<</Type /Page /Parent 3 0 R /MediaBox [0 0 595 842]>>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => { offsets.push(out.length); out += `${i + 1} 0 obj\n${o}\nendobj\n`; });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<</Size ${objects.length + 1}\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

const pdfinfo = (pdf: Uint8Array) => {
  const file = join(tempDir(), 'x.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdfinfo', [file], { encoding: 'utf8' });
};

describe('setPdfInfo', () => {
  it('sets Title, Author, Subject, Keywords and Creator in Japanese, keeps Producer and dates, appends only', () => {
    const before = minimalPdf();
    const after = setPdfInfo(before, { title: '富山市重層的支援体制整備事業実施計画', author: '富山県富山市', subject: '第106条の5', keywords: 'a, b', creator: 'jusou 0.1.0' });
    expect(after.subarray(0, before.length)).toEqual(before);
    const info = pdfinfo(after);
    expect(info).toMatch(/Title:\s+富山市重層的支援体制整備事業実施計画\n/);
    expect(info).toMatch(/Author:\s+富山県富山市\n/);
    expect(info).toMatch(/Subject:\s+第106条の5\n/);
    expect(info).toMatch(/Keywords:\s+a, b\n/);
    expect(info).toMatch(/Creator:\s+jusou 0\.1\.0\n/);
    expect(info).toMatch(/Producer:\s+Skia\/PDF m156\n/);
    expect(info).toMatch(/CreationDate:\s+\S/);
    expect(info).not.toContain('HeadlessChrome');
    expect(info).toMatch(/Pages:\s+1\n/);
  });

  it('writes characters outside the BMP as UTF-16 surrogate pairs', () => {
    expect(pdfinfo(setPdfInfo(minimalPdf(), { title: '𠮷野家', creator: 'jusou' }))).toMatch(/Title:\s+𠮷野家\n/);
  });

  it('refuses a PDF without a classic trailer instead of writing a broken file', () => {
    expect(() => setPdfInfo(new TextEncoder().encode('%PDF-1.5\nnot a pdf\n'), { creator: 'jusou' })).toThrow(PdfInfoError);
  });
});
