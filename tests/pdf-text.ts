/** The text of a PDF as pdf.js reads it, for tests that check what a letter says. */
import { openPdf } from '../docai/text/pdfjs.ts';

/** Every page's text items, one per line; `pages` is the page count. */
export async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const doc = await openPdf(new Uint8Array(bytes));
  const parts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join('\n'));
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, text: parts.join('\n') };
}

/** The text on one line with single spaces: for phrases that a layout may break. */
export async function pdfFlatText(bytes: Uint8Array): Promise<string> {
  return (await pdfText(bytes)).text.replace(/\s+/g, ' ');
}
