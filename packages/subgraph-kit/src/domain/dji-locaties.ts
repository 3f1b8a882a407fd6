/**
 * DJI's locations for adult detention, by the code a casemanager's organisation carries
 * (`dji:PI-VUGHT`). Tokens are checked against it, so a location DJI does not have names no
 * organisation; the DJI subgraph's own `inrichting` table holds the same codes.
 */
export const djiLocaties: readonly string[] = [
  'HVB-ALMELO',
  'PI-ALMELO',
  'HVB-ALPHEN',
  'PI-ALPHEN',
  'HVB-ARNHEM',
  'PI-ARNHEM',
  'HVB-DORDRECHT',
  'PI-GRAVE',
  'HVB-HAAGLANDEN',
  'PI-HAAGLANDEN',
  'PI-HEERHUGOWAARD',
  'PI-KRIMPEN',
  'HVB-LEEUWARDEN',
  'PI-LEEUWARDEN',
  'PI-LELYSTAD',
  'PI-NIEUWEGEIN',
  'HVB-ROTTERDAM',
  'PI-ROTTERDAM',
  'PI-SITTARD',
  'PI-TER-APEL',
  'PI-VEENHUIZEN',
  'HVB-VUGHT',
  'PI-VUGHT',
  'HVB-ZAANSTAD',
  'PI-ZAANSTAD',
  'PI-ZWOLLE',
  'ISD-ZAANSTAD',
  'FPC-PIETER-BAAN',
  'FPC-VELDZICHT',
];
