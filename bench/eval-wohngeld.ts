/**
 * `npm run eval:wohngeld`: the calculation against every reference case (tests/wohngeld-law/cases.ts:
 * the BMWSB examples 2025, cases of the federal Wohngeldrechner 2023 and 2025, the Länderhinweis
 * for more than twelve members). Prints each case, expected and computed, and the share that
 * agrees to the euro (Wohngeld) and to the cent (M, Y). Exits non-zero when one differs.
 */
import { berechneWohngeld } from '../wohngeld/law/calculate.ts';
import { REFERENZFAELLE } from '../tests/wohngeld-law/cases.ts';
import { GRID, gridFall } from '../tests/wohngeld-law/grid.ts';

let exact = 0;
console.log('Wohngeld-Berechnung gegen Referenzfälle (erwartet / berechnet)\n');
for (const referenz of REFERENZFAELLE) {
  const e = berechneWohngeld(referenz.fall);
  const same = e.wohngeld === referenz.wohngeld && e.M === referenz.M && e.Y === referenz.Y;
  if (same) exact++;
  const n = referenz.fall.haushalt.length;
  console.log(
    `${same ? 'ok    ' : 'ANDERS'} ${referenz.fall.stichtag} ${String(n).padStart(2)} Pers. Stufe ${referenz.fall.mietstufe}  Wohngeld ${String(referenz.wohngeld).padStart(5)} / ${String(e.wohngeld).padStart(5)} €  M ${referenz.M.toFixed(2).padStart(8)} / ${e.M.toFixed(2).padStart(8)}  Y ${referenz.Y.toFixed(2).padStart(8)} / ${e.Y.toFixed(2).padStart(8)}  ${referenz.name} — ${referenz.quelle}`,
  );
}
console.log(`\n${exact} von ${REFERENZFAELLE.length} Referenzfällen stimmen auf den Euro (Wohngeld) und den Cent (M, Y) überein.`);

// the grid of a second, independent implementation of the law text (tests/wohngeld-law/oracle.py)
let gridSame = 0;
for (const c of GRID) {
  const e = berechneWohngeld(gridFall(c));
  if (e.wohngeld === c.wohngeld && e.M === Number(c.M)) gridSame++;
  else console.log(`ANDERS ${c.name}: erwartet ${c.wohngeld} € (M ${c.M}), berechnet ${e.wohngeld} € (M ${e.M})`);
}
console.log(`${gridSame} von ${GRID.length} Fällen des Rasters (beide Rechtsstände, 1 bis 14 Personen, alle Mietstufen, Miete über und unter dem Höchstbetrag, Mindestwerte, knapp über und unter 10 €) stimmen mit der unabhängigen Umsetzung überein.`);
process.exitCode = exact === REFERENZFAELLE.length && gridSame === GRID.length ? 0 : 1;
