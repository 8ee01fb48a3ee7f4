/** Small documents made in the tests (pdf-lib), shared by the worker and CLI tests. */
import { randomBytes } from 'node:crypto';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/** A born-digital two-page Mietbescheinigung with a text layer. */
export async function mietbescheinigungPdf(options: { mieter?: string; gesamtmiete?: string } = {}): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.setTitle('Mietbescheinigung');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page1 = pdf.addPage([595, 842]);
  let y = 780;
  const write = (page: typeof page1, text: string, size = 11, f = font) => {
    page.drawText(text, { x: 60, y, size, font: f });
    y -= size * 1.9;
  };
  write(page1, 'Wohnbau Leipzig GmbH · Postfach 10 01 · 04001 Leipzig', 8);
  y -= 20;
  write(page1, 'Mietbescheinigung', 18, bold);
  write(page1, 'zur Vorlage bei der Wohngeldstelle', 10);
  y -= 10;
  write(page1, `Mieter: ${options.mieter ?? 'Jürgen Müller-Lüdenscheidt'}`);
  write(page1, 'Vermieter: Wohnbau Leipzig GmbH');
  write(page1, 'Anschrift der Wohnung: Karl-Liebknecht-Str. 12, 04107 Leipzig');
  write(page1, 'Wohnfläche: 58,4 m²');
  write(page1, 'Einzugsdatum: 01.03.2021');
  write(page1, 'Zahl der Bewohner: 2');
  const page2 = pdf.addPage([595, 842]);
  y = 780;
  write(page2, 'Zusammensetzung der Miete (monatlich)', 13, bold);
  write(page2, 'Grundmiete: 450,00 €');
  write(page2, 'Nebenkosten (ohne Heizkosten): 92,50 €');
  write(page2, 'Heizkosten und Warmwasser: 70,00 €');
  write(page2, `Gesamtmiete: ${options.gesamtmiete ?? '612,50 €'}`);
  y -= 20;
  write(page2, 'Leipzig, 15.01.2025', 10);
  write(page2, 'Wohnbau Leipzig GmbH, Hausverwaltung', 10);
  return Buffer.from(await pdf.save());
}

/** Bytes that are no document at all. */
export function zufallsBytes(length = 4096): Buffer {
  const bytes = randomBytes(length);
  bytes[0] = 0x00; // never by chance a magic number
  return bytes;
}
