/**
 * Reads a submission (multipart/form-data, parsed with busboy) within the intake's limits: the
 * application JSON in the part `antrag` (a text field or a file part) and the attached files
 * (parts with a file name). Whatever breaks a limit or the format is an `HttpProblem` (413 or
 * 400) with a German detail; the rest of the body is drained so the connection stays usable.
 */
import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { HttpProblem } from '../web-server.ts';
import { megabytes, type IntakeLimits } from './config.ts';
import { PROBLEM } from './problems.ts';

export interface ReceivedFile {
  /** the file name as sent (busboy already drops any directory part) */
  readonly name: string;
  readonly content: Buffer;
}

export interface Submission {
  /** the text of the part `antrag`, if there was one */
  readonly antrag?: string;
  readonly files: readonly ReceivedFile[];
}

/** Room for the form's boundaries and headers on top of the content limits. */
const OVERHEAD_BYTES = 1024 * 1024;

export function readSubmission(req: IncomingMessage, limits: IntakeLimits, options: { antragPart: boolean }): Promise<Submission> {
  const tooLarge = (detail: string) => new HttpProblem(413, 'Einsendung zu groß', detail, {}, PROBLEM.zuGross);
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limits.maxGesamtBytes + (options.antragPart ? limits.maxAntragBytes : 0) + OVERHEAD_BYTES) {
    return Promise.reject(tooLarge(`Die Einsendung ist mit ${megabytes(declared)} größer als erlaubt (alle Dateien zusammen höchstens ${megabytes(limits.maxGesamtBytes)}).`));
  }

  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        // browsers and HTTP clients send file names as UTF-8 ("Mietbescheinigung_Müller.pdf")
        defParamCharset: 'utf8',
        limits: { fileSize: limits.maxDateiBytes, files: limits.maxDateien + (options.antragPart ? 1 : 0), fields: 20, fieldSize: limits.maxAntragBytes, parts: limits.maxDateien + 21 },
      });
    } catch {
      reject(new HttpProblem(400, 'Falsches Format', 'Erwartet wird eine Einsendung als multipart/form-data (Content-Type: multipart/form-data; boundary=…).', {}, PROBLEM.format));
      return;
    }

    const files: ReceivedFile[] = [];
    let antrag: string | undefined;
    let total = 0;
    let count = 0;
    let failed = false;
    const tooManyFiles = () => tooLarge(`Zu viele Dateien: höchstens ${limits.maxDateien} je Einsendung.`);
    const setAntrag = (text: string) => {
      if (antrag !== undefined) fail(new HttpProblem(400, 'Antrag doppelt', 'Der Teil „antrag“ kommt mehr als einmal vor; eine Einsendung enthält genau einen Antrag.', {}, PROBLEM.antragUngueltig));
      else antrag = text;
    };
    const fail = (problem: HttpProblem) => {
      if (failed) return;
      failed = true;
      req.unpipe(parser);
      req.resume();
      reject(problem);
    };

    parser.on('file', (field, stream, info) => {
      const chunks: Buffer[] = [];
      const name = info.filename ?? '';
      const isAntrag = options.antragPart && field === 'antrag';
      let size = 0;
      // busboy's own file limit also counts an `antrag` sent as a file part; ours counts documents only
      if (!isAntrag && ++count > limits.maxDateien) {
        stream.resume();
        fail(tooManyFiles());
        return;
      }
      // a body that ends inside a file destroys the file stream with an error; unhandled it would end the process
      stream.on('error', (error) => fail(malformed(error)));
      stream.on('limit', () => fail(tooLarge(`Die Datei „${name}“ ist zu groß: höchstens ${megabytes(limits.maxDateiBytes)} je Datei.`)));
      stream.on('data', (chunk: Buffer) => {
        if (failed) return;
        size += chunk.length;
        if (isAntrag) {
          if (size > limits.maxAntragBytes) fail(tooLarge(`Der Teil „antrag“ ist größer als ${megabytes(limits.maxAntragBytes)}.`));
        } else {
          total += chunk.length;
          if (total > limits.maxGesamtBytes) fail(tooLarge(`Die Dateien sind zusammen zu groß: höchstens ${megabytes(limits.maxGesamtBytes)} je Einsendung.`));
        }
        chunks.push(chunk);
      });
      stream.on('end', () => {
        if (failed) return;
        const content = Buffer.concat(chunks);
        if (isAntrag) setAntrag(content.toString('utf8'));
        else files.push({ name, content });
      });
    });
    parser.on('field', (name, value, info) => {
      if (failed) return;
      if (options.antragPart && name === 'antrag') {
        if (info.valueTruncated) fail(tooLarge(`Der Teil „antrag“ ist größer als ${megabytes(limits.maxAntragBytes)}.`));
        else setAntrag(value);
        return;
      }
      fail(
        new HttpProblem(
          400,
          'Unbekannter Teil',
          `Der Teil „${name.slice(0, 100)}“ ist unbekannt. ${options.antragPart ? 'Erwartet werden der Teil „antrag“ (der Antrag als JSON) und Dateien' : 'Erwartet werden Dateien'}; eine Datei braucht einen Dateinamen (filename im Content-Disposition-Kopf).`,
          {},
          PROBLEM.format,
        ),
      );
    });
    parser.on('filesLimit', () => fail(tooManyFiles()));
    parser.on('partsLimit', () => fail(tooLarge(`Zu viele Teile: höchstens ${limits.maxDateien} Dateien je Einsendung.`)));
    parser.on('fieldsLimit', () => fail(new HttpProblem(400, 'Unbekannter Teil', 'Die Einsendung enthält zu viele Textfelder.', {}, PROBLEM.format)));
    parser.on('error', (error) => fail(malformed(error)));
    parser.on('close', () => {
      if (failed) return;
      resolve(antrag === undefined ? { files } : { antrag, files });
    });
    req.on('error', (error) => fail(malformed(error)));
    req.pipe(parser);
  });
}

function malformed(error: unknown): HttpProblem {
  return new HttpProblem(400, 'Falsches Format', `Die Einsendung ist kein vollständiges multipart/form-data (${error instanceof Error ? error.message : String(error)}).`, {}, PROBLEM.format);
}
