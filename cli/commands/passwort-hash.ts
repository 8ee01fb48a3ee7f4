/**
 * `wohngeld passwort-hash`: reads a password from standard input and prints its scrypt hash for
 * the tasklist's user list (`"passwort": "scrypt$…"` in tasklist-benutzer.json). The password is
 * never an argument, so it does not end up in the shell history or the process list.
 */
import { CliError, type Command } from '../command.ts';

/** Shorter passwords are guessed too quickly, even with the sign-in's lock: a warning, the office decides. */
export const EMPFOHLENE_PASSWORT_LAENGE = 12;
const MAX_PASSWORT_LAENGE = 1000;

export const passwortHashCommand: Command = {
  name: 'passwort-hash',
  summary: 'Erzeugt den Passwort-Hash für die Benutzerliste der Tasklist',
  usage: "printf %s 'PASSWORT' | wohngeld passwort-hash",
  details: [
    'Liest das Passwort von der Standardeingabe (ein Zeilenende am Schluss zählt nicht mit) und gibt',
    'den scrypt-Hash aus, der in tasklist-benutzer.json als "passwort" eingetragen wird:',
    '  [{"benutzer": "mmueller", "name": "Maria Müller", "gruppen": ["wohngeld-sachbearbeitung"], "passwort": "scrypt$…"}]',
    `Ein Passwort unter ${EMPFOHLENE_PASSWORT_LAENGE} Zeichen gibt eine Warnung. Die Datei liegt im Datenverzeichnis`,
    '(neben der Datenbank) oder dort, wo WOHNGELD_TASKLIST_BENUTZER hinzeigt; wohngeld start liest sie beim Start.',
  ],
  options: {},
  async run(_args, io) {
    if (process.stdin.isTTY) io.err('Passwort eingeben und mit Strg+D abschließen (die Eingabe ist sichtbar; besser: printf %s \'PASSWORT\' | wohngeld passwort-hash):');
    const passwort = ohneZeilenende(await leseStdin());
    if (passwort.length === 0) throw new CliError('Kein Passwort auf der Standardeingabe.', 2, "Aufruf: printf %s 'PASSWORT' | wohngeld passwort-hash");
    if (/[\r\n]/.test(passwort)) throw new CliError('Das Passwort darf keinen Zeilenumbruch enthalten (nur ein Zeilenende am Schluss wird ignoriert).', 2);
    const zeichen = [...passwort].length;
    if (zeichen < EMPFOHLENE_PASSWORT_LAENGE) io.err(`Warnung: Das Passwort hat nur ${zeichen} Zeichen; empfohlen sind mindestens ${EMPFOHLENE_PASSWORT_LAENGE}.`);
    if (passwort.length > MAX_PASSWORT_LAENGE) throw new CliError(`Das Passwort ist zu lang (höchstens ${MAX_PASSWORT_LAENGE} Zeichen).`, 2);
    const { hashPasswort } = await import('../../tasklist/server/passwort.ts');
    io.out(await hashPasswort(passwort));
    return 0;
  },
};

async function leseStdin(): Promise<string> {
  const teile: Buffer[] = [];
  let laenge = 0;
  for await (const teil of process.stdin as AsyncIterable<Buffer>) {
    laenge += teil.length;
    // a password is short; a file piped in by mistake is not read whole
    if (laenge > 64 * 1024) throw new CliError('Auf der Standardeingabe steht viel mehr als ein Passwort.', 2);
    teile.push(teil);
  }
  return Buffer.concat(teile).toString('utf8');
}

/** `echo PASSWORT |` adds a line end that is not part of the password. */
function ohneZeilenende(text: string): string {
  return text.replace(/\r?\n$/, '');
}
