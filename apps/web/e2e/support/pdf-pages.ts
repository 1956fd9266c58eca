/**
 * Which pictures chromium's PDF (Skia) draws on each page, read from the file's object
 * dictionaries (Skia writes them uncompressed): enough to tell that no picture is cut in two
 * by a page break, since a cut picture is drawn on both pages. Pictures are named by the
 * number of their image object; identical bytes share one object.
 */
export function imagesPerPdfPage(pdf: Buffer): string[][] {
  const text = pdf.toString('latin1');
  const objects = new Map<string, string>();
  for (const match of text.matchAll(/(\d+) 0 obj\s*(<<[\s\S]*?>>)\s*(?:stream|endobj)/g)) objects.set(match[1]!, match[2]!);

  const pages = /\/Type \/Pages\b[^]*?\/Kids \[([^\]]*)\]/.exec([...objects.values()].find((body) => /\/Type \/Pages\b/.test(body)) ?? '');
  if (!pages) throw new Error('no page tree in the PDF');
  const pageIds = [...pages[1]!.matchAll(/(\d+) 0 R/g)].map((ref) => ref[1]!);

  /** The image objects a dictionary's /XObject resources name, following forms into their own resources. */
  const imagesIn = (body: string, seen: Set<string>): string[] => {
    const resources = resolved(/\/Resources\s+(\d+) 0 R/.exec(body)?.[1]) ?? body;
    const xobjects = /\/XObject\s*<<([^>]*)>>/.exec(resources)?.[1] ?? resolved(/\/XObject\s+(\d+) 0 R/.exec(resources)?.[1]) ?? '';
    const found: string[] = [];
    for (const [, id] of xobjects.matchAll(/\/\S+\s+(\d+) 0 R/g)) {
      if (seen.has(id!)) continue;
      seen.add(id!);
      const object = objects.get(id!) ?? '';
      if (/\/Subtype \/Image\b/.test(object)) found.push(id!);
      else if (/\/Subtype \/Form\b/.test(object)) found.push(...imagesIn(object, seen));
    }
    return found;
  };
  function resolved(id: string | undefined): string | undefined {
    return id === undefined ? undefined : objects.get(id);
  }

  return pageIds.map((id) => imagesIn(objects.get(id) ?? '', new Set()));
}
