/**
 * The task list's rules, as plain functions: who may see a task, the filters and the sort order
 * of `GET /tasklist/api/aufgaben`, and a user task as a row of the list (with the case number and
 * the applicant from the process variable `antrag`).
 */
import type { AufgabenFilter, AufgabeZeile, Benutzer } from '../api.ts';
import { tagesendeInDeutschland } from '../../wohngeld/datum.ts';
import type { UserTask } from './engine.ts';

/**
 * Whether the signed-in person sees an open task: it is theirs, they or one of their groups are
 * candidates, or it is addressed to nobody in particular (no candidates, no assignee).
 */
export function istSichtbar(task: UserTask, benutzer: Benutzer): boolean {
  if (task.assignee === benutzer.id) return true;
  if (task.candidateUsers.includes(benutzer.id)) return true;
  if (task.candidateGroups.some((gruppe) => benutzer.gruppen.includes(gruppe))) return true;
  return task.candidateGroups.length === 0 && task.candidateUsers.length === 0 && !task.assignee;
}

/** A wrong query parameter: the route answers 400 with this German message. */
export class FilterFehler extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FilterFehler';
  }
}

const ERLAUBT = {
  bearbeitung: ['ich', 'niemand', 'alle'],
  faellig: ['ueberfaellig', 'heute', 'woche'],
  sortierung: ['faelligkeit', 'alter'],
  richtung: ['asc', 'desc'],
} as const;
const PARAMETER = ['gruppe', 'bearbeitung', 'faellig', 'prozess', 'sortierung', 'richtung'] as const;

/** The query of `GET /tasklist/api/aufgaben`, checked: unknown names and values are refused by name. */
export function leseFilter(query: URLSearchParams, benutzer: Benutzer): AufgabenFilter {
  const filter: AufgabenFilter = {};
  const gesehen = new Set<string>();
  for (const [name, roh] of query) {
    if (!(PARAMETER as readonly string[]).includes(name)) throw new FilterFehler(`Unbekannter Parameter „${kurz(name)}“ (erlaubt: ${PARAMETER.join(', ')}).`);
    if (gesehen.has(name)) throw new FilterFehler(`Der Parameter „${name}“ ist mehrfach angegeben.`);
    gesehen.add(name);
    const wert = roh.trim();
    if (wert === '') continue;
    if (name === 'gruppe') {
      if (!benutzer.gruppen.includes(wert)) {
        throw new FilterFehler(`Unbekannte Gruppe „${kurz(wert)}“: Sie arbeiten in ${benutzer.gruppen.length === 0 ? 'keiner Gruppe' : benutzer.gruppen.map((g) => `„${g}“`).join(', ')}.`);
      }
      filter.gruppe = wert;
    } else if (name === 'prozess') {
      filter.prozess = wert;
    } else {
      const erlaubt = ERLAUBT[name as keyof typeof ERLAUBT] as readonly string[];
      if (!erlaubt.includes(wert)) throw new FilterFehler(`Unbekannter Wert „${kurz(wert)}“ für „${name}“ (erlaubt: ${erlaubt.join(', ')}).`);
      (filter as Record<string, string>)[name] = wert;
    }
  }
  return filter;
}

/** Tasks that pass the filter, in its order; `jetzt` is the current instant. */
export function filtereUndSortiere(tasks: readonly UserTask[], filter: AufgabenFilter, benutzer: Benutzer, jetzt: Date): UserTask[] {
  const grenze = faelligBis(filter.faellig, jetzt);
  const result = tasks.filter((task) => {
    if (filter.gruppe !== undefined && !task.candidateGroups.includes(filter.gruppe)) return false;
    if (filter.bearbeitung === 'ich' && task.assignee !== benutzer.id) return false;
    if (filter.bearbeitung === 'niemand' && task.assignee) return false;
    if (filter.prozess !== undefined && task.processDefinitionId !== filter.prozess) return false;
    if (grenze !== undefined) {
      const faellig = zeitpunkt(task.dueDate);
      if (faellig === undefined) return false;
      if (grenze.strikt ? faellig >= grenze.ms : faellig > grenze.ms) return false;
    }
    return true;
  });
  const richtung = filter.richtung === 'desc' ? -1 : 1;
  const nachAlter = (a: UserTask, b: UserTask) => ((zeitpunkt(a.creationDate) ?? 0) - (zeitpunkt(b.creationDate) ?? 0)) * richtung;
  const vergleich =
    filter.sortierung === 'alter'
      ? nachAlter
      : (a: UserTask, b: UserTask) => {
          const fa = zeitpunkt(a.dueDate);
          const fb = zeitpunkt(b.dueDate);
          // tasks without a due date come last in either direction: they are never the urgent ones
          if (fa === undefined || fb === undefined) return fa === fb ? nachAlter(a, b) : fa === undefined ? 1 : -1;
          return fa !== fb ? (fa - fb) * richtung : nachAlter(a, b);
        };
  // the key as the last tie-breaker, so the same data always gives the same order
  return result.sort((a, b) => vergleich(a, b) || schluesselVergleich(a.userTaskKey, b.userTaskKey));
}

/**
 * The end of the `faellig` filter: overdue = before now; today = by the end of the day in German
 * time (what an office means by "heute"); week = within seven days from now. Each includes the
 * overdue ones.
 */
function faelligBis(faellig: AufgabenFilter['faellig'], jetzt: Date): { ms: number; strikt: boolean } | undefined {
  if (faellig === 'ueberfaellig') return { ms: jetzt.getTime(), strikt: true };
  if (faellig === 'heute') return { ms: Date.parse(tagesendeInDeutschland(heuteInDeutschland(jetzt))) + 999, strikt: false };
  if (faellig === 'woche') return { ms: jetzt.getTime() + 7 * 24 * 60 * 60 * 1000, strikt: false };
  return undefined;
}

/** "2025-09-15", the calendar day in Germany at that instant */
function heuteInDeutschland(jetzt: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(jetzt);
}

/** Camunda keys are decimal strings of up to 19 digits: compared as numbers, without BigInt's throw on anything else. */
export function schluesselVergleich(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

function zeitpunkt(iso: string | undefined): number | undefined {
  if (iso === undefined) return undefined;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
}

/** The case number and the applicant's name from the `antrag` variable, as far as it has them. */
export function fallAngaben(antrag: unknown): { fallnummer?: string; antragsteller?: string } {
  if (antrag === null || typeof antrag !== 'object' || Array.isArray(antrag)) return {};
  const a = antrag as { antragId?: unknown; haushalt?: unknown };
  const result: { fallnummer?: string; antragsteller?: string } = {};
  if (typeof a.antragId === 'string' && a.antragId.trim() !== '') result.fallnummer = a.antragId;
  if (Array.isArray(a.haushalt)) {
    const person = a.haushalt.find((m) => m !== null && typeof m === 'object' && (m as { beziehung?: unknown }).beziehung === 'antragsteller') as { vorname?: unknown; nachname?: unknown } | undefined;
    const name = [person?.vorname, person?.nachname].filter((t): t is string => typeof t === 'string' && t.trim() !== '').join(' ');
    if (name !== '') result.antragsteller = name;
  }
  return result;
}

export function zeile(task: UserTask, antrag: unknown): AufgabeZeile {
  const row: AufgabeZeile = {
    key: task.userTaskKey,
    name: task.name ?? task.elementId ?? 'Aufgabe',
    elementId: task.elementId ?? '',
    prozessId: task.processDefinitionId ?? '',
    prozessName: task.processName ?? task.processDefinitionId ?? '',
    prozessInstanzKey: task.processInstanceKey ?? '',
    erstellt: task.creationDate ?? '',
    kandidatenGruppen: [...task.candidateGroups],
    ...fallAngaben(antrag),
  };
  if (task.dueDate) row.faellig = task.dueDate;
  if (task.assignee) row.bearbeitung = task.assignee;
  return row;
}

/** The processes among the tasks, for the process filter, by name. */
export function prozesseDer(tasks: readonly UserTask[]): Array<{ id: string; name: string }> {
  const byId = new Map<string, string>();
  for (const task of tasks) if (task.processDefinitionId && !byId.has(task.processDefinitionId)) byId.set(task.processDefinitionId, task.processName ?? task.processDefinitionId);
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'de'));
}

/** A value from the query, shortened for a message (a query can be long). */
function kurz(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
