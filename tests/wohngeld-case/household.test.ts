/**
 * The household model: documents matched to members by name, amounts derived from them with
 * their evidence, the application as fallback, and the caseworker's corrections winning.
 */
import { bildeHaushaltsmodell, ModellFehler, zuBerechnungsfall } from '../../wohngeld/household.ts';
import { berechneWohngeld } from '../../wohngeld/law/calculate.ts';
import { beispielAntrag, dokument, lohnabrechnungen } from './fixtures.ts';

describe('bildeHaushaltsmodell', () => {
  test('from the application alone: declared amounts, assumed deductions, and what is missing named', () => {
    const model = bildeHaushaltsmodell(beispielAntrag(), []);
    expect(model.stichtag).toBe('2025-03-01');
    const [katrin, paul, erika] = model.mitglieder;
    expect(katrin.einkommen[0].jahresbetrag).toMatchObject({ wert: 25200, quelle: 'antrag' });
    expect(katrin.abzuege.steuern).toMatchObject({ wert: true, quelle: 'annahme' });
    // the child allowance follows from the application's data; it is not an assumption to check
    expect(katrin.freibetraege.kind).toMatchObject({ wert: false, quelle: 'antrag' });
    expect(paul.einkommen).toEqual([]);
    expect(erika.abzuege.krankenversicherung.wert).toBe(true);
    expect(model.bruttokaltmiete).toMatchObject({ wert: 640, quelle: 'antrag' });
    expect(model.hinweise).toContain('Erika Schneider: Betrag für rente fehlt (weder Nachweis noch Angabe im Antrag).');
    expect(() => zuBerechnungsfall(model, 2)).toThrow(ModellFehler);
    expect(() => zuBerechnungsfall(model, 2)).toThrow(/mitglieder\.m3\.einkommen\.rente: Betrag fehlt/);
  });

  test('documents win over the application, each value with document, derivation, confidence and evidence', () => {
    const docs = [
      ...lohnabrechnungen(['2025-01', '2025-02'], 2200),
      dokument('rentenbescheid', { name: 'Erika Schneider', rente_brutto: 1100, zahlbetrag: 980, gueltig_ab: '2024-07-01' }, 'rente.pdf'),
      dokument('mietbescheinigung', { mieter_name: 'Katrin Schneider', grundmiete: 480, nebenkosten: 150, heizkosten: 90, gesamtmiete: 720 }, 'miete.pdf'),
      dokument('schwerbehindertenausweis', { name: 'Erika Schneider', gdb: 100 }, 'ausweis.pdf'),
    ];
    const model = bildeHaushaltsmodell(beispielAntrag(), docs);
    const [katrin, , erika] = model.mitglieder;
    expect(katrin.einkommen[0].jahresbetrag).toMatchObject({ wert: 26400, quelle: 'dokument', herleitung: 'Bruttoverdienst im Mittel 2.200,00 € aus 2 Abrechnungen × 12' });
    expect(katrin.einkommen[0].jahresbetrag!.beleg).toHaveLength(2);
    expect(katrin.abzuege.rentenversicherung).toMatchObject({ wert: true, quelle: 'dokument' });
    expect(erika.einkommen[0].jahresbetrag).toMatchObject({ wert: 13200, dokument: 'rente.pdf', konfidenz: 0.9 });
    expect(erika.freibetraege.schwerbehindert).toMatchObject({ wert: true, quelle: 'dokument', herleitung: 'GdB 100 (§ 17 Nr. 1 WoGG)' });
    expect(model.bruttokaltmiete).toMatchObject({ wert: 630, quelle: 'dokument', dokument: 'miete.pdf' });
    expect(katrin.dokumente).toHaveLength(2);

    const fall = zuBerechnungsfall(model, 2);
    expect(fall).toMatchObject({ stichtag: '2025-03-01', mietstufe: 2, bruttokaltmiete: 630 });
    expect(berechneWohngeld(fall).wohngeld).toBeGreaterThanOrEqual(0);
  });

  test('a document of someone outside the household is not used, and said so', () => {
    const model = bildeHaushaltsmodell(beispielAntrag(), [dokument('lohnabrechnung', { arbeitnehmer_name: 'Max Mustermann', brutto: 9000, abrechnungsmonat: '2025-02' }, 'fremd.pdf')]);
    expect(model.mitglieder[0].einkommen[0].jahresbetrag!.quelle).toBe('antrag');
    expect(model.hinweise).toContain('fremd.pdf: Max Mustermann ist kein Haushaltsmitglied des Antrags – Dokument bitte zuordnen.');
  });

  test('names match with umlauts spelt out, middle names and surname first', () => {
    const antrag = beispielAntrag({
      haushalt: [{ vorname: 'Jürgen', nachname: 'Müller-Lüdenscheidt', geburtsdatum: '1970-01-01', beziehung: 'antragsteller', einkommen: [{ art: 'rente' }] }],
    });
    const model = bildeHaushaltsmodell(antrag, [dokument('rentenbescheid', { name: 'Juergen Karl Mueller-Luedenscheidt', rente_brutto: 1500 })]);
    expect(model.mitglieder[0].einkommen[0].jahresbetrag!.wert).toBe(18000);
  });

  test('Arbeitslosengeld and Elterngeld count only for the months within the twelve from the Stichtag', () => {
    const antrag = beispielAntrag({
      haushalt: [{ vorname: 'Katrin', nachname: 'Schneider', geburtsdatum: '1986-07-14', beziehung: 'antragsteller', einkommen: [{ art: 'arbeitslosengeld' }, { art: 'elterngeld' }] }],
    });
    const model = bildeHaushaltsmodell(antrag, [
      dokument('arbeitslosengeldbescheid', { name: 'Katrin Schneider', leistungsbetrag_taeglich: 40, bewilligung_von: '2025-01-01', bewilligung_bis: '2025-08-31' }),
      dokument('elterngeldbescheid', { name: 'Katrin Schneider', elterngeld_monatlich: 800, bezug_von: '2024-06-10', bezug_bis: '2025-06-09' }),
    ]);
    const [alg, eg] = model.mitglieder[0].einkommen;
    expect(alg.jahresbetrag!.wert).toBe(40 * 30 * 6); // March to August 2025
    expect(eg.jahresbetrag!.wert).toBe(800 * 4); // March to June 2025
    expect(eg.monate).toBe(4); // the free 300 € a month count for these four months only
  });

  test('a caseworker’s corrections win and keep the value before and the reason', () => {
    const docs = [...lohnabrechnungen(['2025-02']), dokument('mietbescheinigung', { grundmiete: 480, nebenkosten: 150 }, 'miete.pdf')];
    const model = bildeHaushaltsmodell(beispielAntrag(), docs, [
      { pfad: 'bruttokaltmiete', wert: 610, begruendung: 'Stellplatz 20 € herausgerechnet (§ 9 Abs. 2 WoGG)' },
      { pfad: 'mitglieder.m3.einkommen.rente', wert: 12000 },
      { pfad: 'mitglieder.m1.abzuege.steuern', wert: false },
      { pfad: 'mitglieder.m2.beruecksichtigt', wert: false },
    ]);
    expect(model.bruttokaltmiete).toMatchObject({ wert: 610, quelle: 'korrektur', vorher: 630, begruendung: 'Stellplatz 20 € herausgerechnet (§ 9 Abs. 2 WoGG)' });
    expect(model.mitglieder[2].einkommen[0].jahresbetrag).toMatchObject({ wert: 12000, quelle: 'korrektur' });
    expect(model.mitglieder[0].abzuege.steuern).toMatchObject({ wert: false, quelle: 'korrektur', vorher: true });
    const fall = zuBerechnungsfall(model, 2);
    expect(fall.bruttokaltmiete).toBe(610);
    expect(fall.haushalt[1].beruecksichtigt).toBe(false);
  });

  test('a correction to an unknown place or of the wrong kind is refused, naming it', () => {
    expect(() => bildeHaushaltsmodell(beispielAntrag(), [], [{ pfad: 'mitglieder.m9.einkommen.rente', wert: 1 }])).toThrow(/mitglieder\.m9\.einkommen\.rente: unbekannter Pfad/);
    expect(() => bildeHaushaltsmodell(beispielAntrag(), [], [{ pfad: 'mietstufe', wert: 9 }])).toThrow(/mietstufe: 9 ist kein zulässiger Wert/);
    expect(() => bildeHaushaltsmodell(beispielAntrag(), [], [{ pfad: 'mitglieder.m1.abzuege.steuern', wert: 5 }])).toThrow(/passt nicht zu diesem Pfad/);
  });
});
