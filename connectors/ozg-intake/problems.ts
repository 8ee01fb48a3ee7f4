/**
 * The kinds of problems the OZG intake answers with, as `type` URIs of the problem object
 * (RFC 9457): a program on the online service's side can tell them apart without reading the
 * German text.
 */
export const PROBLEM = {
  nichtAngemeldet: 'urn:wohngeld:ozg:nicht-angemeldet',
  format: 'urn:wohngeld:ozg:format',
  zuGross: 'urn:wohngeld:ozg:zu-gross',
  antragUngueltig: 'urn:wohngeld:ozg:antrag-ungueltig',
  dateiUngueltig: 'urn:wohngeld:ozg:datei-ungueltig',
  unbekannterAntrag: 'urn:wohngeld:ozg:unbekannter-antrag',
  inArbeit: 'urn:wohngeld:ozg:in-arbeit',
  engineNichtErreichbar: 'urn:wohngeld:ozg:engine-nicht-erreichbar',
} as const;
