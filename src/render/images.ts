import { basename, extname } from 'node:path';
import { IMAGE_MIME, isPlanRelative, readImage, resolveImage, type ImageKind } from '../load/image.js';
import { outputName, outputPath } from './outputs.js';
import { sanitizeSvg } from './svg.js';
import type { ChapterView, DocumentView, FigureImageView } from './view.js';

/**
 * Figures' images (図.画像) for the outputs: the HTML embeds each as a data URI (one self-contained
 * file, which the PDF is printed from), the Markdown links a copy placed beside it. An SVG is
 * sanitised (src/render/svg.ts) in both. An image that cannot be read (only with --force: check
 * refuses it first) is left out, and the figure prints as a figure without an image.
 */
export interface FigureImage { kind: ImageKind; bytes: Uint8Array }

/** The image as the outputs carry it, or undefined when there is none to carry. */
export function loadFigureImage(planDir: string, written: string): FigureImage | undefined {
  if (!isPlanRelative(written)) return undefined;
  const { probe, bytes } = readImage(resolveImage(planDir, written), written);
  if (!probe.ok || !bytes) return undefined;
  if (probe.kind !== 'svg') return { kind: probe.kind, bytes };
  const clean = sanitizeSvg(new TextDecoder().decode(bytes));
  return clean === undefined ? undefined : { kind: 'svg', bytes: new TextEncoder().encode(clean) };
}

export function dataUri(image: FigureImage): string {
  return `data:${IMAGE_MIME[image.kind]};base64,${Buffer.from(image.bytes).toString('base64')}`;
}

/** A copy of the document whose every figure image has the `src` that `source` gives (undefined: not shown). */
export function withImageSources(doc: DocumentView, source: (image: FigureImageView) => string | undefined): DocumentView {
  const chapter = (c: ChapterView): ChapterView => ({
    ...c,
    figures: c.figures.map((f) => (f.image ? { ...f, image: { ...f.image, src: source(f.image) } } : f)),
    sections: c.sections.map(chapter),
  });
  return { ...doc, chapters: doc.chapters.map(chapter) };
}

/** For the HTML (and so the PDF): every image inlined. */
export function embedImages(doc: DocumentView, planDir: string): DocumentView {
  const cache = new Map<string, string | undefined>(); // by file: a figure shown twice is read once
  return withImageSources(doc, ({ path }) => {
    const key = resolveImage(planDir, path);
    if (!cache.has(key)) {
      const image = loadFigureImage(planDir, path);
      cache.set(key, image && dataUri(image));
    }
    return cache.get(key);
  });
}

export interface ImageCopy { path: string; bytes: Uint8Array }

/**
 * For the Markdown at <out>/<name>/<name>.md: each image once, as <name>-images/<n>-<file>, named
 * only from plain characters (src/render/outputs.ts) so that no plan path can write outside --out.
 */
export function copyImages(doc: DocumentView, planDir: string, outDir: string, name: string): { doc: DocumentView; copies: ImageCopy[] } {
  const folder = `${name}-images`;
  const links = new Map<string, string | undefined>();
  const copies: ImageCopy[] = [];
  const linked = withImageSources(doc, ({ path }) => {
    const key = resolveImage(planDir, path); // by file: two spellings of one path make one copy
    if (links.has(key)) return links.get(key);
    const image = loadFigureImage(planDir, path);
    let link: string | undefined;
    if (image) {
      const file = `${copies.length + 1}-${outputName(basename(path))}${extname(path).toLowerCase()}`;
      copies.push({ path: outputPath(outDir, name, folder, file), bytes: image.bytes });
      link = `${encodeURIComponent(folder)}/${encodeURIComponent(file)}`;
    }
    links.set(key, link);
    return link;
  });
  return { doc: linked, copies };
}
