/** Which of a burgemeester's documents is sent to OM. */
export enum StukSoort {
  ZIENSWIJZE = 'ZIENSWIJZE',
  OMGEVINGSANALYSE = 'OMGEVINGSANALYSE',
}
