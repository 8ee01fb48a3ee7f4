/**
 * The tasklist's JSON API under `/tasklist/api/…` (the contract is tasklist/api.ts), as routes for
 * the product's web server. Every route but `anmeldung` and `sitzung` needs a session; every
 * POST but `anmeldung` needs the session's CSRF token in `x-csrf-token`. A person only reaches
 * the tasks they may see (istSichtbar); anything else is „nicht gefunden“.
 */
import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import type { AufgabeDetail, AufgabenListe, Benutzer, Sitzung as SitzungDto } from '../api.ts';
import { API_BASE, CSRF_HEADER } from '../api.ts';
import { HttpProblem, type Route, type RouteContext, sendJson } from '../../connectors/web-server.ts';
import { silentLogger } from '../../workers/logger.ts';
import type { Logger } from '../../workers/types.ts';
import type { Anmeldeverfahren } from './anmeldung.ts';
import { filtereUndSortiere, FilterFehler, istSichtbar, leseFilter, prozesseDer, zeile } from './aufgaben.ts';
import { auslieferung, dokumentInfos, sammleDokumente, UmwandlungsFehler } from './dokumente.ts';
import { AnmeldeDrossel } from './drosselung.ts';
import { EngineFehler, type TasklistEngine, type UserTask } from './engine.ts';
import { engineProblem, leseJsonKoerper, setzeSicherheitsKoepfe } from './http.ts';
import { csrfPasst, loeschCookie, type Sitzung, sitzungsCookie, sitzungsId, Sitzungen } from './sitzungen.ts';

export interface TasklistRoutesOptions {
  readonly anmeldung: Anmeldeverfahren;
  readonly sitzungen?: Sitzungen;
  readonly drossel?: AnmeldeDrossel;
  /** the display name of an assignee, for „bereits übernommen von …“ (the user list knows it) */
  readonly anzeigename?: (benutzerId: string) => string | undefined;
  readonly logger?: Logger;
  readonly jetzt?: () => Date;
}

const anmeldungSchema = z.object({
  benutzer: z.string({ error: '„benutzer“ fehlt oder ist kein Text' }).trim().min(1, '„benutzer“ ist leer').max(200, '„benutzer“ ist zu lang'),
  passwort: z.string({ error: '„passwort“ fehlt oder ist kein Text' }).min(1, '„passwort“ ist leer').max(1000, '„passwort“ ist zu lang'),
});

const abschlussSchema = z
  .object({
    variablen: z.record(z.string(), z.unknown(), { error: '„variablen“ fehlt oder ist kein JSON-Objekt' }),
  })
  .strict();

type Handler = (context: RouteContext, sitzung: Sitzung) => Promise<void>;

export function createTasklistRoutes(options: TasklistRoutesOptions): Route[] {
  const sitzungen = options.sitzungen ?? new Sitzungen();
  const drossel = options.drossel ?? new AnmeldeDrossel();
  const logger = options.logger ?? silentLogger;
  const jetzt = options.jetzt ?? (() => new Date());
  const anzeigename = (id: string) => {
    const name = options.anzeigename?.(id);
    return name && name !== id ? `${name} (${id})` : id;
  };

  const verfuegbar = (res: ServerResponse) => {
    setzeSicherheitsKoepfe(res);
    if (options.anmeldung.nichtVerfuegbar) throw new HttpProblem(503, 'Tasklist nicht verfügbar', options.anmeldung.nichtVerfuegbar);
  };

  /** A route that needs a session (and, for POST, the CSRF token). */
  const mitSitzung = (method: 'GET' | 'POST', pfad: string, handler: Handler): Route => ({
    method,
    path: `${API_BASE}${pfad}`,
    async handler(context) {
      verfuegbar(context.res);
      const sitzung = sitzungen.finde(sitzungsId(context.req));
      if (!sitzung) throw nichtAngemeldet(context);
      if (method === 'POST' && !csrfPasst(sitzung, context.req.headers[CSRF_HEADER])) {
        throw new HttpProblem(403, 'Sicherheitsmerkmal fehlt', `Die Anfrage trägt nicht das Sicherheitsmerkmal Ihrer Sitzung (Kopfzeile ${CSRF_HEADER}). Bitte laden Sie die Seite neu.`);
      }
      await handler(context, sitzung);
    },
  });

  const nichtAngemeldet = (context: RouteContext) => {
    const hatteCookie = sitzungsId(context.req) !== undefined;
    return new HttpProblem(
      401,
      'Nicht angemeldet',
      hatteCookie ? 'Ihre Sitzung ist abgelaufen oder beendet. Bitte melden Sie sich erneut an.' : 'Bitte melden Sie sich an.',
      {},
      'about:blank',
      hatteCookie ? { 'set-cookie': loeschCookie(context.req) } : {},
    );
  };

  const sitzungDto = (sitzung: Sitzung): SitzungDto => ({ benutzer: sitzung.benutzer, csrfToken: sitzung.csrfToken, modus: options.anmeldung.modus });

  /** The open task of this key if the person may see it; 404 otherwise (whether it exists is not their business). */
  async function offeneAufgabe(engine: TasklistEngine, key: string, benutzer: Benutzer): Promise<UserTask> {
    const nichtGefunden = () => new HttpProblem(404, 'Aufgabe nicht gefunden', `Eine offene Aufgabe ${key.slice(0, 40)} gibt es für Sie nicht (erledigt, abgebrochen oder nicht für Ihre Gruppen bestimmt).`);
    if (!/^\d{1,20}$/.test(key)) throw nichtGefunden();
    let task: UserTask;
    try {
      task = await engine.userTask(key);
    } catch (error) {
      if (error instanceof EngineFehler && error.status === 404) throw nichtGefunden();
      throw alsProblem(error);
    }
    if (task.state === 'COMPLETED' || task.state === 'CANCELED' || task.state === 'FAILED' || !istSichtbar(task, benutzer)) throw nichtGefunden();
    return task;
  }

  const routes: Route[] = [
    {
      method: 'GET',
      path: `${API_BASE}/sitzung`,
      async handler(context) {
        verfuegbar(context.res);
        const sitzung = sitzungen.finde(sitzungsId(context.req));
        if (!sitzung) throw nichtAngemeldet(context);
        sendJson(context.res, 200, sitzungDto(sitzung));
      },
    },
    {
      method: 'POST',
      path: `${API_BASE}/anmeldung`,
      async handler(context) {
        verfuegbar(context.res);
        const parsed = anmeldungSchema.safeParse(await leseJsonKoerper(context.req, 16 * 1024));
        if (!parsed.success) throw new HttpProblem(400, 'Ungültige Anmeldung', `${parsed.error.issues.map((i) => i.message).join('; ')}.`);
        const { benutzer: name, passwort } = parsed.data;
        const warten = drossel.wartezeit(name);
        if (warten > 0) {
          const sekunden = Math.ceil(warten / 1000);
          throw new HttpProblem(429, 'Zu viele Anmeldeversuche', `Nach mehreren fehlgeschlagenen Versuchen ist die Anmeldung als „${name.slice(0, 100)}“ für kurze Zeit gesperrt. Bitte versuchen Sie es in ${sekunden} Sekunden erneut.`, {}, 'about:blank', { 'retry-after': String(sekunden) });
        }
        let ergebnis;
        try {
          ergebnis = await options.anmeldung.anmelden(name, passwort);
        } catch (error) {
          throw alsProblem(error);
        }
        if (!ergebnis) {
          drossel.fehlversuch(name);
          if (drossel.wartezeit(name) > 0) logger.warn(`Tasklist: Anmeldung als „${name.slice(0, 100)}“ nach mehreren Fehlversuchen vorübergehend gesperrt.`);
          throw new HttpProblem(401, 'Anmeldung fehlgeschlagen', 'Benutzername oder Passwort ist falsch.');
        }
        drossel.erfolg(name);
        // a new id at every sign-in: an id someone planted before cannot become a signed-in session
        const alt = sitzungsId(context.req);
        if (alt !== undefined) sitzungen.beende(alt);
        const sitzung = sitzungen.erstelle(ergebnis.benutzer, ergebnis.engine);
        logger.info(`Tasklist: „${sitzung.benutzer.id}“ hat sich angemeldet.`);
        sendJson(context.res, 200, sitzungDto(sitzung), { 'set-cookie': sitzungsCookie(sitzung.id, context.req) });
      },
    },
    mitSitzung('POST', '/abmeldung', async ({ req, res }, sitzung) => {
      sitzungen.beende(sitzung.id);
      res.writeHead(204, { 'set-cookie': loeschCookie(req) });
      res.end();
    }),
    mitSitzung('GET', '/aufgaben', async ({ res, url }, { benutzer, engine }) => {
      let filter;
      try {
        filter = leseFilter(url.searchParams, benutzer);
      } catch (error) {
        if (error instanceof FilterFehler) throw new HttpProblem(400, 'Ungültiger Filter', error.message);
        throw error;
      }
      let antwort: AufgabenListe;
      try {
        const sichtbar = (await engine.openUserTasks()).filter((task) => istSichtbar(task, benutzer));
        const auswahl = filtereUndSortiere(sichtbar, filter, benutzer, jetzt());
        const antraege = await engine.antraege(auswahl.flatMap((task) => (task.processInstanceKey ? [task.processInstanceKey] : [])));
        antwort = {
          aufgaben: auswahl.map((task) => zeile(task, task.processInstanceKey ? antraege.get(task.processInstanceKey) : undefined)),
          prozesse: prozesseDer(sichtbar),
          gruppen: [...benutzer.gruppen],
        };
      } catch (error) {
        throw alsProblem(error);
      }
      sendJson(res, 200, antwort);
    }),
    mitSitzung('GET', '/aufgaben/:key', async ({ res, params }, { benutzer, engine }) => {
      const task = await offeneAufgabe(engine, params.key, benutzer);
      let antwort: AufgabeDetail;
      try {
        const [formular, variablen] = await Promise.all([task.formKey ? engine.userTaskForm(task.userTaskKey) : Promise.resolve(null), engine.userTaskVariables(task.userTaskKey)]);
        antwort = { aufgabe: zeile(task, variablen.antrag), formular, variablen, dokumente: dokumentInfos(sammleDokumente(variablen), variablen, task.userTaskKey) };
      } catch (error) {
        throw alsProblem(error);
      }
      sendJson(res, 200, antwort);
    }),
    mitSitzung('GET', '/aufgaben/:key/dokumente/:id', async ({ res, params }, { benutzer, engine }) => {
      const task = await offeneAufgabe(engine, params.key, benutzer);
      let variablen: Record<string, unknown>;
      try {
        variablen = await engine.userTaskVariables(task.userTaskKey);
      } catch (error) {
        throw alsProblem(error);
      }
      // only what the case references: a document id from elsewhere is not served through this task
      const referenz = sammleDokumente(variablen).find((ref) => ref.documentId === params.id);
      if (!referenz) throw new HttpProblem(404, 'Dokument nicht gefunden', `Das Dokument „${params.id.slice(0, 100)}“ gehört nicht zu dieser Aufgabe.`);
      let bytes: Buffer;
      try {
        bytes = await engine.documentContent(referenz);
      } catch (error) {
        if (error instanceof EngineFehler && error.status === 404) throw new HttpProblem(404, 'Dokument nicht gefunden', `Das Dokument „${referenz.metadata?.fileName ?? referenz.documentId}“ ist im Dokumentenspeicher nicht mehr vorhanden (gelöscht oder abgelaufen).`);
        throw alsProblem(error);
      }
      const dateiname = typeof referenz.metadata?.fileName === 'string' && referenz.metadata.fileName !== '' ? referenz.metadata.fileName : referenz.documentId;
      let datei;
      try {
        datei = await auslieferung(bytes, dateiname);
      } catch (error) {
        if (error instanceof UmwandlungsFehler) throw new HttpProblem(422, 'Dokument nicht darstellbar', error.message);
        throw error;
      }
      const headers: Record<string, string | number> = {
        'content-type': datei.contentType,
        'content-length': datei.body.length,
        'content-disposition': `${datei.disposition}; filename*=UTF-8''${encodeURIComponent(datei.dateiname)}`,
      };
      if (datei.disposition === 'attachment') headers['content-security-policy'] = "default-src 'none'; sandbox";
      res.writeHead(200, headers);
      res.end(datei.body);
    }),
    mitSitzung('POST', '/aufgaben/:key/uebernehmen', async ({ res, params }, { benutzer, engine }) => {
      const task = await offeneAufgabe(engine, params.key, benutzer);
      if (task.assignee && task.assignee !== benutzer.id) throw vergeben(task.assignee);
      if (task.assignee !== benutzer.id) {
        try {
          await engine.assign(task.userTaskKey, benutzer.id);
        } catch (error) {
          // someone else was quicker: name them
          if (error instanceof EngineFehler && error.status === 409) {
            const jetzt = await engine.userTask(task.userTaskKey).catch(() => undefined);
            throw vergeben(jetzt?.assignee);
          }
          if (error instanceof EngineFehler && error.status === 404) throw new HttpProblem(404, 'Aufgabe nicht gefunden', `Die Aufgabe ${task.userTaskKey} ist nicht mehr offen.`);
          throw alsProblem(error);
        }
      }
      res.writeHead(204);
      res.end();
    }),
    mitSitzung('POST', '/aufgaben/:key/abgeben', async ({ res, params }, { benutzer, engine }) => {
      const task = await offeneAufgabe(engine, params.key, benutzer);
      if (task.assignee && task.assignee !== benutzer.id) {
        throw new HttpProblem(409, 'Aufgabe bei jemand anderem', `Die Aufgabe wird von ${anzeigename(task.assignee)} bearbeitet; nur wer sie bearbeitet, kann sie abgeben.`, { bearbeitung: task.assignee });
      }
      if (task.assignee === benutzer.id) {
        try {
          await engine.unassign(task.userTaskKey);
        } catch (error) {
          if (error instanceof EngineFehler && error.status === 404) throw new HttpProblem(404, 'Aufgabe nicht gefunden', `Die Aufgabe ${task.userTaskKey} ist nicht mehr offen.`);
          throw alsProblem(error);
        }
      }
      res.writeHead(204);
      res.end();
    }),
    mitSitzung('POST', '/aufgaben/:key/abschliessen', async ({ req, res, params }, { benutzer, engine }) => {
      const parsed = abschlussSchema.safeParse(await leseJsonKoerper(req));
      if (!parsed.success) {
        const gruende = parsed.error.issues.map((i) => (i.code === 'unrecognized_keys' ? `unbekanntes Feld ${i.keys.map((k) => `„${k.slice(0, 60)}“`).join(', ')}` : i.code === 'invalid_type' && i.path.length === 0 ? 'die Anfrage muss ein JSON-Objekt {"variablen": {…}} sein' : i.message));
        throw new HttpProblem(400, 'Ungültiger Abschluss', `${[...new Set(gruende)].join('; ')}.`);
      }
      const task = await offeneAufgabe(engine, params.key, benutzer);
      if (task.assignee !== benutzer.id) {
        throw new HttpProblem(
          409,
          'Aufgabe nicht übernommen',
          task.assignee
            ? `Die Aufgabe wird von ${anzeigename(task.assignee)} bearbeitet. Abschließen kann sie nur, wer sie übernommen hat.`
            : 'Bitte übernehmen Sie die Aufgabe zuerst; abschließen kann sie nur, wer sie übernommen hat.',
          task.assignee ? { bearbeitung: task.assignee } : {},
        );
      }
      try {
        await engine.complete(task.userTaskKey, parsed.data.variablen);
      } catch (error) {
        if (error instanceof EngineFehler && error.status !== undefined && [400, 404, 409].includes(error.status)) {
          throw new HttpProblem(
            error.status === 404 ? 409 : error.status,
            'Abschluss abgelehnt',
            `Die Engine hat den Abschluss der Aufgabe abgelehnt${error.engineDetail ? `: „${error.engineDetail}“` : '.'}${error.status === 404 ? ' Die Aufgabe ist wohl nicht mehr offen.' : ' Bitte prüfen Sie die Eingaben im Formular.'}`,
            error.engineDetail ? { engineDetail: error.engineDetail } : {},
          );
        }
        throw alsProblem(error);
      }
      logger.info(`Tasklist: „${benutzer.id}“ hat Aufgabe ${task.userTaskKey} (${task.name ?? task.elementId ?? ''}) abgeschlossen.`);
      res.writeHead(204);
      res.end();
    }),
  ];

  function vergeben(assignee: string | undefined): HttpProblem {
    return new HttpProblem(409, 'Aufgabe bereits vergeben', assignee ? `Die Aufgabe wird bereits von ${anzeigename(assignee)} bearbeitet.` : 'Die Aufgabe wurde gerade von jemand anderem übernommen.', assignee ? { bearbeitung: assignee } : {});
  }

  return [...routes, ...restDerApi(routes)];
}

/** Engine failures as problems; anything else stays an unexpected error (500, logged by the web server). */
function alsProblem(error: unknown): unknown {
  if (error instanceof HttpProblem) return error;
  if (error instanceof EngineFehler) return engineProblem(error);
  return error;
}

/**
 * Everything else under `/tasklist/api/`: 405 for a known path with another method, 404 for an
 * unknown one — as JSON problems, so that a catch-all route of the app (`/tasklist/*`) registered
 * after these never answers an API address with the app's HTML.
 */
function restDerApi(routes: readonly Route[]): Route[] {
  const muster = routes.map((route) => ({ method: route.method, teile: route.path.split('/').filter(Boolean) }));
  const passt = (teile: string[], pfad: string[]) => teile.length === pfad.length && teile.every((t, i) => t.startsWith(':') || t === pfad[i]);
  const handler = ({ req, res, url }: RouteContext) => {
    setzeSicherheitsKoepfe(res);
    const pfad = url.pathname.split('/').filter(Boolean);
    const erlaubt = [...new Set(muster.filter((m) => passt(m.teile, pfad)).map((m) => m.method))];
    if (erlaubt.length > 0) {
      const allow = erlaubt.join(', ');
      throw new HttpProblem(405, 'Methode nicht erlaubt', `Unter ${url.pathname} ist ${req.method} nicht möglich (erlaubt: ${allow}).`, {}, 'about:blank', { allow });
    }
    throw new HttpProblem(404, 'Nicht gefunden', `Unter ${url.pathname.slice(0, 200)} gibt es nichts.`);
  };
  return (['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const).map((method) => ({ method, path: `${API_BASE}/*`, handler }));
}
