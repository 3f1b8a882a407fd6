/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Burgerservicenummer: nine digits passing the elfproef (11-check). Travels only in request bodies. */
  BSN: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** Gemeentecode, four digits as in the BRP (0363 = Amsterdam). Input must be a gemeente of the CBS indeling of 2025; stored records keep the code they were made with. */
  Gemeentecode: { input: string; output: string; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

/** How many of how many met a norm. Counts from 1 to 4 are null (onderdrukt), and so is a count whose complement is: see the README, Ketencijfers. */
export type Aandeel = {
  __typename?: 'Aandeel';
  /** How many met the norm; null when suppressed. */
  aantal?: Maybe<Scalars['Int']['output']>;
  /** Whether a count of this share is suppressed. */
  onderdrukt: Scalars['Boolean']['output'];
  /** Of how many the norm was due; null when suppressed. */
  van?: Maybe<Scalars['Int']['output']>;
};

/** Who asked, from the separate audit record linked by trace and span id. */
export type Aanvrager = {
  __typename?: 'Aanvrager';
  gebruiker: Scalars['String']['output'];
  organisatie: Scalars['String']['output'];
  rol: Scalars['String']['output'];
};

/** A reclassering organisation's advies to its opdrachtgever on one person: for the organisation and, when OM ordered it, the officier van justitie. */
export type Advies = {
  __typename?: 'Advies';
  datum?: Maybe<Scalars['LocalDate']['output']>;
  /** In the order the advies gives them. */
  geadviseerdeVoorwaarden?: Maybe<Array<GeadviseerdeVoorwaarde>>;
  id?: Maybe<Scalars['ID']['output']>;
  /** The DJI inrichting where the person was held when advised, e.g. dji:PI-VUGHT. */
  inrichting?: Maybe<Scalars['String']['output']>;
  justitiabele?: Maybe<Justitiabele>;
  /** Organisation identifier of whoever asked for the advies, e.g. om. */
  opdrachtgever?: Maybe<Scalars['String']['output']>;
  /** The advising reclassering organisation, e.g. reclassering:RN. */
  organisatie?: Maybe<Scalars['String']['output']>;
  /** Whether victims' interests were weighed in the advies. */
  slachtofferbelangenMeegewogen?: Maybe<Scalars['Boolean']['output']>;
  /** How victims' interests were weighed, or why they were not. */
  slachtofferbelangenToelichting?: Maybe<Scalars['String']['output']>;
  /** Whether the burgemeester's zienswijze was weighed in the advies. */
  zienswijzeBurgemeesterMeegewogen?: Maybe<Scalars['Boolean']['output']>;
  zienswijzeBurgemeesterToelichting?: Maybe<Scalars['String']['output']>;
};

/** A reclassering organisation's advies on one person. */
export type AdviesInput = {
  datum: Scalars['LocalDate']['input'];
  geadviseerdeVoorwaarden: Array<GeadviseerdeVoorwaardeInput>;
  /** The DJI inrichting where the person is held, e.g. dji:PI-VUGHT; left out when not detained. */
  inrichting?: InputMaybe<Scalars['String']['input']>;
  /** The strafrechtsketennummer. */
  justitiabeleId: Scalars['ID']['input'];
  /** Organisation identifier of whoever asked for the advies, e.g. om. */
  opdrachtgever: Scalars['String']['input'];
  /** The advising organisation: the caller's own, e.g. reclassering:RN. */
  organisatie: Scalars['String']['input'];
  slachtofferbelangenMeegewogen: Scalars['Boolean']['input'];
  /** How victims' interests were weighed, or why they were not. */
  slachtofferbelangenToelichting: Scalars['String']['input'];
  zienswijzeBurgemeesterMeegewogen: Scalars['Boolean']['input'];
  zienswijzeBurgemeesterToelichting?: InputMaybe<Scalars['String']['input']>;
};

/** OM's opdracht to the organisation to advise on one person, as OM's melding said it: work for the organisation's adviseurs. */
export type Adviesopdracht = {
  __typename?: 'Adviesopdracht';
  datum?: Maybe<Scalars['LocalDate']['output']>;
  id?: Maybe<Scalars['ID']['output']>;
  justitiabele?: Maybe<Justitiabele>;
  ontvangenOp?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who asked: om. */
  opdrachtgever?: Maybe<Scalars['String']['output']>;
  /** The reclassering organisation asked, e.g. reclassering:RN. */
  organisatie?: Maybe<Scalars['String']['output']>;
  /** OM's record of the opdracht (opdracht-tot-advies/<id>). */
  referentie?: Maybe<Scalars['String']['output']>;
  /** What OM asks the reclassering to advise on. */
  vraag?: Maybe<Scalars['String']['output']>;
};

/** A cursor-paginated list of Adviesopdracht. */
export type AdviesopdrachtConnection = {
  __typename?: 'AdviesopdrachtConnection';
  edges: Array<AdviesopdrachtEdge>;
  pageInfo: PageInfo;
};

export type AdviesopdrachtEdge = {
  __typename?: 'AdviesopdrachtEdge';
  cursor: Scalars['String']['output'];
  node?: Maybe<Adviesopdracht>;
};

/** TE_VERZENDEN: waiting for (another) attempt; AFGELEVERD: the receiver took it; ONBESTELBAAR: a dead letter. */
export type AfleverStatus =
  | 'AFGELEVERD'
  | 'ONBESTELBAAR'
  | 'TE_VERZENDEN';

export type AfspraakStatus =
  | 'GEREED'
  | 'LOPEND'
  | 'OPEN'
  | 'VERVALLEN';

/** The five basisvoorwaarden for re-integration, plus sociaal netwerk as protective factor. */
export type Basisvoorwaarde =
  /** A valid identity document. */
  | 'IDENTITEITSBEWIJS'
  /** A place to live from the day of release. */
  | 'ONDERDAK'
  /** Insight into debts and, where needed, schuldhulpverlening. */
  | 'SCHULDEN'
  /** A protective social network (not a basisvoorwaarde itself). */
  | 'SOCIAAL_NETWERK'
  /** Work or income, including scholing and dagbesteding. */
  | 'WERK_EN_INKOMEN'
  /** Care, including a zorgverzekering. */
  | 'ZORG';

/** Changes the status of the basisvoorwaarden given; the others stay as they are. */
export type BasisvoorwaardenInput = {
  dossierId: Scalars['ID']['input'];
  identiteitsbewijs?: InputMaybe<IdentiteitsbewijsInput>;
  inkomen?: InputMaybe<InkomenInput>;
  onderdak?: InputMaybe<OnderdakInput>;
  schulden?: InputMaybe<SchuldenInput>;
  /** The dossier's `versie` this change is based on. */
  verwachteVersie: Scalars['Int']['input'];
  zorg?: InputMaybe<ZorgInput>;
};

/** What the gemeente has arranged per basisvoorwaarde, as it realises it. */
export type BasisvoorwaardenStatus = {
  __typename?: 'BasisvoorwaardenStatus';
  identiteitsbewijs: IdentiteitsbewijsStatus;
  inkomen: InkomenStatus;
  onderdak: OnderdakStatus;
  schulden: SchuldenStatus;
  zorg: ZorgStatus;
};

export type BeeindigingInput = {
  /** Voorwaarden still running end on this day too. */
  einddatum: Scalars['LocalDate']['input'];
  toezichtId: Scalars['ID']['input'];
  verwachteVersie: Scalars['Int']['input'];
};

/** A reclassering organisation DJI recorded as taking part in the re-integration of a verblijf, from instroom on. */
export type BetrokkenOrganisatie = {
  __typename?: 'BetrokkenOrganisatie';
  aanleiding: BetrokkenheidAanleiding;
  /** Since when DJI knows of the involvement. */
  datum: Scalars['LocalDate']['output'];
  /** Organisation identifier, e.g. reclassering:RN. */
  organisatie: Scalars['String']['output'];
};

export type BetrokkenOrganisatieInput = {
  aanleiding: BetrokkenheidAanleiding;
  /** Since when DJI knows of the involvement. */
  datum: Scalars['LocalDate']['input'];
  /** A reclassering organisation: reclassering:RN, reclassering:SVG or reclassering:LJ&R. */
  organisatie: Scalars['String']['input'];
  verblijfId: Scalars['ID']['input'];
};

/** A person whose trail to look up; the number is pseudonymised before it is searched for. */
export type BetrokkeneInput = {
  nummer: Scalars['String']['input'];
  soort: BetrokkeneSoort;
};

/** How a party knows the person: by burgerservicenummer or strafrechtsketennummer. */
export type BetrokkeneSoort =
  | 'BSN'
  | 'SKN';

/** How DJI learned that an organisation takes part in the re-integration. */
export type BetrokkenheidAanleiding =
  /** It writes or wrote an advies on the person. */
  | 'ADVIES'
  /** The casemanager asked it for information for the screening. */
  | 'INFORMATIEVERZOEK_SCREENING'
  /** It holds a toezicht on the person. */
  | 'TOEZICHT';

/** Why Justid counts a person to the BIJ target group (art. 11a Bjsg). Only VEROORDELING (for ZEDEN, ERNSTIG_GEWELD, LEVENSDELICT or BRANDSTICHTING), TBS_MET_DWANGVERPLEGING and PIJ_VERLENGBAAR qualify, and only when irrevocable. */
export type BijGrondslag =
  /** A PIJ-maatregel that cannot be extended; does not qualify. */
  | 'PIJ_NIET_VERLENGBAAR'
  /** A PIJ-maatregel that can be extended; qualifies. */
  | 'PIJ_VERLENGBAAR'
  /** Tbs met dwangverpleging; qualifies. */
  | 'TBS_MET_DWANGVERPLEGING'
  /** Tbs met voorwaarden; does not qualify. */
  | 'TBS_MET_VOORWAARDEN'
  /** A conviction; qualifies for a sexual or serious violent offence, or arson. */
  | 'VEROORDELING';

/** The burgemeesters' figures of one cell: the BIJ-meldingen of one month of return to one gemeente taking part in BIJ. Counts only; small ones suppressed. */
export type BijKetencijfers = {
  __typename?: 'BijKetencijfers';
  /** BIJ-meldingen received by the norm of their process version (60 days before return), of those received. */
  bijMeldingOpTijd: Aandeel;
  /** The month of return (or verlof), YYYY-MM. */
  maand: Scalars['String']['output'];
  /** The gemeentecode of return. */
  terugkeergemeente: Scalars['String']['output'];
};

/** A BIJ-melding as received from Justid (art. 11a Bjsg): a person of the BIJ target group returns, or goes on verlof, to a gemeente. For the burgemeester of that gemeente only. */
export type BijMelding = {
  __typename?: 'BijMelding';
  /** Whether the melding arrived at least the BIJ norm (60 days in the process versions so far) before the terugkeerdatum, the working norm of the gemeenten taking part in BIJ (seed 004); null when the gemeente does not take part. */
  binnenNorm?: Maybe<Scalars['Boolean']['output']>;
  /** Days between receipt and the terugkeerdatum; negative when the melding arrived after it. */
  dagenVoorTerugkeer?: Maybe<Scalars['Int']['output']>;
  delictcategorie?: Maybe<Delictcategorie>;
  /** Whether the terugkeergemeente takes part in BIJ. */
  gemeenteNeemtDeel?: Maybe<Scalars['Boolean']['output']>;
  grondslag?: Maybe<BijGrondslag>;
  id?: Maybe<Scalars['ID']['output']>;
  /** The person, by chain id; the gateway goes on to DJI from here. */
  justitiabele?: Maybe<Justitiabele>;
  /** Justid's reference of the melding. */
  kenmerk?: Maybe<Scalars['String']['output']>;
  /** Whether the judgment is irrevocable; always so for a melding received. */
  onherroepelijk?: Maybe<Scalars['Boolean']['output']>;
  ontvangenOp?: Maybe<Scalars['LocalDate']['output']>;
  /** The BIJ norm of this melding as a signal: AFGEROND when it arrived in time, TE_LAAT when after; none for a gemeente that does not take part in BIJ. */
  signalen?: Maybe<Array<Signaal>>;
  soort?: Maybe<BijMeldingSoort>;
  /** The day of return, or of the verlof. */
  terugkeerdatum?: Maybe<Scalars['LocalDate']['output']>;
  terugkeergemeente?: Maybe<Scalars['Gemeentecode']['output']>;
};

/** A cursor-paginated list of BijMelding. */
export type BijMeldingConnection = {
  __typename?: 'BijMeldingConnection';
  edges: Array<BijMeldingEdge>;
  pageInfo: PageInfo;
};

export type BijMeldingEdge = {
  __typename?: 'BijMeldingEdge';
  cursor: Scalars['String']['output'];
  node?: Maybe<BijMelding>;
};

/** A BIJ-melding as Justid delivers it. Delivering the same kenmerk again writes nothing. */
export type BijMeldingInput = {
  delictcategorie: Delictcategorie;
  gemeenteNeemtDeel: Scalars['Boolean']['input'];
  grondslag: BijGrondslag;
  /** The strafrechtsketennummer. */
  justitiabeleId: Scalars['ID']['input'];
  /** Justid's reference of the melding. */
  kenmerk: Scalars['String']['input'];
  onherroepelijk: Scalars['Boolean']['input'];
  /** The day the burgemeester received it. */
  ontvangenOp: Scalars['LocalDate']['input'];
  soort: BijMeldingSoort;
  /** The day of return, or of the verlof. */
  terugkeerdatum: Scalars['LocalDate']['input'];
  terugkeergemeente: Scalars['Gemeentecode']['input'];
};

/** Justid's receipt of a delivered BIJ-melding; it carries nothing of the melding. */
export type BijMeldingOntvangst = {
  __typename?: 'BijMeldingOntvangst';
  kenmerk: Scalars['String']['output'];
  /** False when this kenmerk was received before: the delivery was a repeat and nothing was written. */
  nieuw: Scalars['Boolean']['output'];
};

/** Whether a BIJ-melding announces the return itself or a verlof. */
export type BijMeldingSoort =
  | 'TERUGKEER'
  | 'VERLOF';

/** A bijzondere voorwaarde supervised under a toezicht. Outside the own task and its opdrachtgever only the kind and period of a meldplicht or behandeling (art. 18a Pbw); its content tells of the delict. */
export type BijzondereVoorwaarde = {
  __typename?: 'BijzondereVoorwaarde';
  begindatum?: Maybe<Scalars['LocalDate']['output']>;
  /** CONTACTVERBOD: whom the person may not contact. */
  contactMet?: Maybe<Scalars['String']['output']>;
  /** Null while it lasts as long as the toezicht. */
  einddatum?: Maybe<Scalars['LocalDate']['output']>;
  /** LOCATIEVERBOD and ELEKTRONISCHE_MONITORING: the area concerned. */
  gebied?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['ID']['output']>;
  /** BEHANDELING and GEDRAGSINTERVENTIE: who provides it. */
  instelling?: Maybe<Scalars['String']['output']>;
  /** MELDPLICHT: how often the person reports. */
  meldfrequentie?: Maybe<Scalars['String']['output']>;
  /** Every check of this voorwaarde, oldest first. */
  naleving?: Maybe<Array<Naleving>>;
  omschrijving?: Maybe<Scalars['String']['output']>;
  type?: Maybe<BijzondereVoorwaardeType>;
  /** Pass back as `verwachteVersie` when changing this voorwaarde. */
  versie?: Maybe<Scalars['Int']['output']>;
};

/** A bijzondere voorwaarde added to a lopend toezicht, with the details its type needs. */
export type BijzondereVoorwaardeInput = {
  /** Not before the begin of the toezicht. */
  begindatum: Scalars['LocalDate']['input'];
  /** CONTACTVERBOD (required): whom the person may not contact. */
  contactMet?: InputMaybe<Scalars['String']['input']>;
  /** Not after the end of the toezicht; left out, it lasts as long as the toezicht. */
  einddatum?: InputMaybe<Scalars['LocalDate']['input']>;
  /** LOCATIEVERBOD (required) and ELEKTRONISCHE_MONITORING: the area concerned. */
  gebied?: InputMaybe<Scalars['String']['input']>;
  /** BEHANDELING (required) and GEDRAGSINTERVENTIE: who provides it. */
  instelling?: InputMaybe<Scalars['String']['input']>;
  /** MELDPLICHT (required): how often the person reports. */
  meldfrequentie?: InputMaybe<Scalars['String']['input']>;
  omschrijving: Scalars['String']['input'];
  toezichtId: Scalars['ID']['input'];
  type: BijzondereVoorwaardeType;
  /** The toezicht's `versie` this voorwaarde is added to. */
  verwachteVersie: Scalars['Int']['input'];
};

/** The kinds of bijzondere voorwaarde the reclassering supervises. */
export type BijzondereVoorwaardeType =
  /** Treatment, e.g. forensic care; takes the instelling. */
  | 'BEHANDELING'
  /** No contact with someone; takes whom (contactMet). */
  | 'CONTACTVERBOD'
  /** An ankle monitor; may name the gebied it watches. */
  | 'ELEKTRONISCHE_MONITORING'
  /** Taking part in a behavioural programme; may name the instelling. */
  | 'GEDRAGSINTERVENTIE'
  /** Staying out of an area; takes the gebied. */
  | 'LOCATIEVERBOD'
  /** Reporting to the reclassering; takes a meldfrequentie. */
  | 'MELDPLICHT'
  /** No alcohol or drugs, with checks. */
  | 'MIDDELENVERBOD';

/** Replaces what a bijzondere voorwaarde holds; its type and begin stay. */
export type BijzondereVoorwaardeWijzigingInput = {
  contactMet?: InputMaybe<Scalars['String']['input']>;
  einddatum?: InputMaybe<Scalars['LocalDate']['input']>;
  gebied?: InputMaybe<Scalars['String']['input']>;
  instelling?: InputMaybe<Scalars['String']['input']>;
  meldfrequentie?: InputMaybe<Scalars['String']['input']>;
  omschrijving: Scalars['String']['input'];
  /** The voorwaarde's `versie` this change is based on. */
  verwachteVersie: Scalars['Int']['input'];
  voorwaardeId: Scalars['ID']['input'];
};

/** How to reach the person responsible at a party. */
export type Contactpersoon = {
  __typename?: 'Contactpersoon';
  email: Scalars['String']['output'];
  naam: Scalars['String']['output'];
  telefoon?: Maybe<Scalars['String']['output']>;
};

export type ContactpersoonInput = {
  email: Scalars['String']['input'];
  naam: Scalars['String']['input'];
  telefoon?: InputMaybe<Scalars['String']['input']>;
};

/** Whether the caller may read one field of the person, and what reading it would log: the dry run of "mag ik dit delen?", from the @doelbinding declarations, without reading the data. */
export type Deelbaarheid = {
  __typename?: 'Deelbaarheid';
  /** The policy the decision would be logged with: the processing activity URI, or no-legal-ground. */
  beleid: Scalars['String']['output'];
  /** PERMIT or DENY, as the access decision would be logged. */
  besluit: Scalars['String']['output'];
  /** The owner whose records the ground holds for, as the read would be logged, where the party keeps several owners' records (one answer per owner); null otherwise. */
  bronhouder?: Maybe<Scalars['String']['output']>;
  /** The legal grounds the field declares. */
  gronden: Array<Scalars['String']['output']>;
  /** The ground that would open it; null when none does. */
  grondslag?: Maybe<Scalars['String']['output']>;
  /** The field, as access decisions name it: `Verblijf.instroomdatum`. */
  veld: Scalars['String']['output'];
};

/** The category of a case's offence. Delict information: never for a gemeente's nazorg staff. */
export type Delictcategorie =
  /** Arson; in the BIJ target group since 2024. */
  | 'BRANDSTICHTING'
  /** A serious violent offence. */
  | 'ERNSTIG_GEWELD'
  /** An offence against life (moord, doodslag). */
  | 'LEVENSDELICT'
  /** An offence under the Opiumwet. */
  | 'OPIUMWET'
  /** Any other offence. */
  | 'OVERIG'
  /** A property offence. */
  | 'VERMOGEN'
  /** A sexual offence. */
  | 'ZEDEN';

/** A case's delictcategorie; registers the case when its parketnummer is new. */
export type DelictcategorieInput = {
  delictcategorie: Delictcategorie;
  /** The strafrechtsketennummer of the person the case is against. */
  justitiabeleId: Scalars['ID']['input'];
  /** OM's case number, e.g. 13/123456-26. */
  parketnummer: Scalars['String']['input'];
  /** The case's `versie` this change is based on; 0 for a new case. */
  verwachteVersie: Scalars['Int']['input'];
};

/** DJI's figures of one cell: the stays of one month of instroom, one inrichting of instroom and one gemeente of return. Counts only; small ones suppressed. */
export type DetentieKetencijfers = {
  __typename?: 'DetentieKetencijfers';
  /** The DJI location the stay began in (`PI-VUGHT`). */
  inrichting: Scalars['String']['output'];
  /** The month of instroom, YYYY-MM. */
  maand: Scalars['String']['output'];
  /** Stays with a D&R-plan within the term of their process version (4 weeks), of those whose term was reachable and is met or has passed. */
  planBinnenTermijn: Aandeel;
  /** Stays screened within the term of their process version (10 days), of those whose term was reachable and is met or has passed. */
  screeningBinnenTermijn: Aandeel;
  /** The gemeentecode of return DJI registered; null for none (no fixed address, not yet known, abroad). */
  terugkeergemeente?: Maybe<Scalars['String']['output']>;
};

/** Whether a nazorgdossier is still open. */
export type DossierStatus =
  /** Opened from DJI's melding that the detention began; not yet taken up. */
  | 'AANGEMELD'
  | 'GESLOTEN'
  | 'OPEN'
  /** Closed: the gemeente of return changed and this gemeente handed over to the new one. */
  | 'OVERGEDRAGEN';

/** One agreement in a D&R-plan. */
export type DrAfspraak = {
  __typename?: 'DrAfspraak';
  basisvoorwaarde: Basisvoorwaarde;
  deadline?: Maybe<Scalars['LocalDate']['output']>;
  omschrijving: Scalars['String']['output'];
  status: AfspraakStatus;
  /** Organisation identifier of the responsible party, e.g. gemeente:0363. */
  verantwoordelijkePartij: Scalars['String']['output'];
  volgnummer: Scalars['Int']['output'];
};

export type DrAfspraakInput = {
  basisvoorwaarde: Basisvoorwaarde;
  deadline?: InputMaybe<Scalars['LocalDate']['input']>;
  omschrijving: Scalars['String']['input'];
  status: AfspraakStatus;
  /** Organisation identifier, e.g. gemeente:0363. */
  verantwoordelijkePartij: Scalars['String']['input'];
};

/** One version of the Detentie & Re-integratieplan. Versions are never changed. */
export type DrPlan = {
  __typename?: 'DrPlan';
  afspraken?: Maybe<Array<DrAfspraak>>;
  /** Organisation identifiers of the parties taking part. */
  deelnemendeOrganisaties?: Maybe<Array<Scalars['String']['output']>>;
  id?: Maybe<Scalars['ID']['output']>;
  /** Whether the person took part in making this plan. */
  justitiabeleBetrokken?: Maybe<Scalars['Boolean']['output']>;
  regie?: Maybe<Regiehouder>;
  vastgesteldOp?: Maybe<Scalars['LocalDate']['output']>;
  versie?: Maybe<Scalars['Int']['output']>;
  /** The person's own wishes, in their words. */
  wensenJustitiabele?: Maybe<Scalars['String']['output']>;
};

/** A new version of the D&R-plan of a verblijf. */
export type DrPlanInput = {
  afspraken: Array<DrAfspraakInput>;
  deelnemendeOrganisaties: Array<Scalars['String']['input']>;
  justitiabeleBetrokken: Scalars['Boolean']['input'];
  regie: Regiehouder;
  vastgesteldOp: Scalars['LocalDate']['input'];
  verblijfId: Scalars['ID']['input'];
  /** The plan version this one replaces; 0 for the first plan. */
  verwachteVersie: Scalars['Int']['input'];
  wensenJustitiabele?: InputMaybe<Scalars['String']['input']>;
};

/** The part of a verblijf served outside the walls, under DJI and a toezichthouder. */
export type ExtramuraleFase = {
  __typename?: 'ExtramuraleFase';
  /** Every how many days the toezichthouder reports to the director; null when the director asked for none. */
  rapportageIntervalDagen?: Maybe<Scalars['Int']['output']>;
  soort: ExtramuraleFaseSoort;
  /** The reclassering organisation that supervises it (`reclassering:RN`). */
  toezichthouder: Scalars['String']['output'];
  /** The day the extramural phase began. */
  van: Scalars['LocalDate']['output'];
};

/** The extramural phase of a current verblijf, as the director of the inrichting decided it. */
export type ExtramuraleFaseInput = {
  /** Every how many days the toezichthouder reports to the director; omitted when the director asks for no reports. */
  rapportageIntervalDagen?: InputMaybe<Scalars['Int']['input']>;
  soort: ExtramuraleFaseSoort;
  /** The reclassering organisation that supervises it: reclassering:RN, reclassering:SVG or reclassering:LJ&R. */
  toezichthouder: Scalars['String']['input'];
  /** The day the extramural phase begins. */
  van: Scalars['LocalDate']['input'];
  verblijfId: Scalars['ID']['input'];
  verwachteVersie: Scalars['Int']['input'];
};

/** How part of the detention is served outside the walls (seed 001 l. 628–632). */
export type ExtramuraleFaseSoort =
  /** A placement under art. 43, third paragraph, Pbw. */
  | 'ART_43_3_PBW'
  /** The extramural phase of the ISD measure. */
  | 'ISD_EXTRAMURAAL'
  /** The penitentiair programma. */
  | 'PENITENTIAIR_PROGRAMMA';

/** The toezichthouder's report to the director of the inrichting on the extramural phase. */
export type ExtramuraleRapportage = {
  __typename?: 'ExtramuraleRapportage';
  datum: Scalars['LocalDate']['output'];
  /** The reclassering organisation whose toezichthouder made it. */
  organisatie: Scalars['String']['output'];
  /** How the extramural detention goes. */
  verloop: Scalars['String']['output'];
};

/** The toezichthouder's periodic report to the director on how the extramural phase goes. */
export type ExtramuraleRapportageInput = {
  /** The day the report is made. */
  datum: Scalars['LocalDate']['input'];
  verblijfId: Scalars['ID']['input'];
  /** How the extramural detention goes. */
  verloop: Scalars['String']['input'];
};

/** A condition an advies proposes. */
export type GeadviseerdeVoorwaarde = {
  __typename?: 'GeadviseerdeVoorwaarde';
  toelichting: Scalars['String']['output'];
  type: BijzondereVoorwaardeType;
  volgnummer: Scalars['Int']['output'];
};

/** A condition the advies proposes. */
export type GeadviseerdeVoorwaardeInput = {
  /** What the condition should hold and why. */
  toelichting: Scalars['String']['input'];
  type: BijzondereVoorwaardeType;
};

/** A gemeente of origin or return as DJI registered it, or why there is none. */
export type GemeenteRegistratie = {
  __typename?: 'GemeenteRegistratie';
  gemeentecode?: Maybe<Scalars['Gemeentecode']['output']>;
  /** Name of the gemeente in the CBS indeling, when the code is current. */
  gemeentenaam?: Maybe<Scalars['String']['output']>;
  /** The country, when the person came from or returns abroad. */
  land?: Maybe<Scalars['String']['output']>;
  soort: GemeenteRegistratieSoort;
};

/** A gemeente, or why there is none: GEMEENTE needs a gemeentecode, BUITENLAND a land. */
export type GemeenteRegistratieInput = {
  gemeentecode?: InputMaybe<Scalars['Gemeentecode']['input']>;
  land?: InputMaybe<Scalars['String']['input']>;
  soort: GemeenteRegistratieSoort;
};

/** Whether DJI could register a gemeente, and if not, why not. */
export type GemeenteRegistratieSoort =
  /** Abroad; the country is recorded. */
  | 'BUITENLAND'
  /** A Dutch gemeente is known. */
  | 'GEMEENTE'
  /** Not yet known. */
  | 'NOG_NIET_BEKEND'
  /** No fixed address (zvwv). */
  | 'ZONDER_VASTE_WOON_OF_VERBLIJFPLAATS';

/** The part a gemeente plays for the person in this dossier. */
export type GemeenteRol =
  /** The gemeente the person came from. */
  | 'HERKOMSTGEMEENTE'
  /** The gemeente the person returns to. */
  | 'ONTVANGENDE_GEMEENTE';

/** A hulpvraag of DJI's screening, as DJI's melding told it to the gemeente. */
export type GemeldeHulpvraag = {
  __typename?: 'GemeldeHulpvraag';
  domein: Basisvoorwaarde;
  /** Whether the person asks for help on this basisvoorwaarde. */
  hulpvraag: Scalars['Boolean']['output'];
  toelichting?: Maybe<Scalars['String']['output']>;
};

/** The herroeping of a voorwaardelijke invrijheidstelling. */
export type Herroeping = {
  __typename?: 'Herroeping';
  datum: Scalars['LocalDate']['output'];
  reden: Scalars['String']['output'];
};

export type HerroepingInput = {
  /** Not before the VI-beslissing, not after its proeftijd. */
  datum: Scalars['LocalDate']['input'];
  reden: Scalars['String']['input'];
  verwachteVersie: Scalars['Int']['input'];
  viBeslissingId: Scalars['ID']['input'];
};

/** Whether the person needs help on one basisvoorwaarde or on sociaal netwerk. */
export type Hulpvraag = {
  __typename?: 'Hulpvraag';
  domein: Basisvoorwaarde;
  hulpvraag: Scalars['Boolean']['output'];
  toelichting?: Maybe<Scalars['String']['output']>;
};

export type HulpvraagInput = {
  domein: Basisvoorwaarde;
  hulpvraag: Scalars['Boolean']['input'];
  toelichting?: InputMaybe<Scalars['String']['input']>;
};

/** Replaces the identiteitsbewijs status as a whole. */
export type IdentiteitsbewijsInput = {
  aangevraagdOp?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Not before `aangevraagdOp`. */
  gereedOp?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** Identiteitsbewijs: when it was applied for and when it was ready. */
export type IdentiteitsbewijsStatus = {
  __typename?: 'IdentiteitsbewijsStatus';
  aangevraagdOp?: Maybe<Scalars['LocalDate']['output']>;
  gereedOp?: Maybe<Scalars['LocalDate']['output']>;
};

/** Replaces the werk & inkomen status as a whole. */
export type InkomenInput = {
  bankrekening: Scalars['Boolean']['input'];
  uitkeringAangevraagdOp?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Not before `uitkeringAangevraagdOp`. */
  uitkeringToegekendOp?: InputMaybe<Scalars['LocalDate']['input']>;
  werk: Scalars['Boolean']['input'];
};

/** Werk & inkomen: the uitkering, work, and a bank account. */
export type InkomenStatus = {
  __typename?: 'InkomenStatus';
  bankrekening: Scalars['Boolean']['output'];
  uitkeringAangevraagdOp?: Maybe<Scalars['LocalDate']['output']>;
  uitkeringToegekendOp?: Maybe<Scalars['LocalDate']['output']>;
  werk: Scalars['Boolean']['output'];
};

/** A melding this party received, for its operators. */
export type InkomendeMelding = {
  __typename?: 'InkomendeMelding';
  afzender: Scalars['String']['output'];
  /** The CloudEvent source: the sending organisation’s URI. */
  bron: Scalars['String']['output'];
  /** The legal ground it came on. */
  grondslag: Scalars['String']['output'];
  /** The CloudEvent id, unique per source. */
  id: Scalars['ID']['output'];
  /** Deliveries received; it was applied once. */
  keerOntvangen: Scalars['Int']['output'];
  ontvangenOp: Scalars['DateTimeISO']['output'];
  ontvanger: Scalars['String']['output'];
  status: MeldingBevestiging;
  subject: Scalars['String']['output'];
  type: Scalars['String']['output'];
};

/** A cursor-paginated list of InkomendeMelding. */
export type InkomendeMeldingConnection = {
  __typename?: 'InkomendeMeldingConnection';
  edges: Array<InkomendeMeldingEdge>;
  pageInfo: PageInfo;
};

export type InkomendeMeldingEdge = {
  __typename?: 'InkomendeMeldingEdge';
  cursor: Scalars['String']['output'];
  node?: Maybe<InkomendeMelding>;
};

/** A DJI location. */
export type Inrichting = {
  __typename?: 'Inrichting';
  /** Code as used in organisation identifiers, e.g. PI-ALMELO. */
  code: Scalars['ID']['output'];
  naam: Scalars['String']['output'];
  plaats: Scalars['String']['output'];
  soort: InrichtingSoort;
};

export type InrichtingSoort =
  | 'FORENSISCH_PSYCHIATRISCH_CENTRUM'
  | 'GEVANGENIS'
  | 'HUIS_VAN_BEWARING'
  | 'INRICHTING_STELSELMATIGE_DADERS';

export type InstroomInput = {
  bsn: Scalars['BSN']['input'];
  casemanager: ContactpersoonInput;
  herkomst: GemeenteRegistratieInput;
  /** The strafrechtsketennummer. */
  id: Scalars['ID']['input'];
  /** Code of the inrichting, e.g. HVB-ZAANSTAD. */
  inrichting: Scalars['ID']['input'];
  instroomdatum: Scalars['LocalDate']['input'];
  personalia: PersonaliaInput;
  terugkeer: GemeenteRegistratieInput;
  titel: Titel;
  verwachteUitstroomdatum?: InputMaybe<Scalars['LocalDate']['input']>;
  viDatum?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** One processing of the asking person's data in one party's log (AVG art. 15): which organisation, which activity, on which legal ground, when. */
export type InzageRegel = {
  __typename?: 'InzageRegel';
  /** Whose records were processed, where the party keeps several owners' (gemeente:0363). */
  bronhouder?: Maybe<Scalars['String']['output']>;
  /** The legal ground, e.g. ART_51C_WJSG. */
  grondslag: Scalars['String']['output'];
  /** The legal ground in words. */
  grondslagOmschrijving: Scalars['String']['output'];
  /** The organisation that processed (asked for) the data; never the employee. */
  organisatie: Scalars['String']['output'];
  /** When it was processed. */
  tijdstip: Scalars['DateTimeISO']['output'];
  /** The question it belonged to: the same trace id at every party that was asked. */
  traceId: Scalars['String']['output'];
  /** The processing activity, as a URI (Logboek Dataverwerkingen). */
  verwerkingsactiviteit: Scalars['String']['output'];
};

/** A cursor-paginated list of InzageRegel. */
export type InzageRegelConnection = {
  __typename?: 'InzageRegelConnection';
  edges: Array<InzageRegelEdge>;
  pageInfo: PageInfo;
};

export type InzageRegelEdge = {
  __typename?: 'InzageRegelEdge';
  cursor: Scalars['String']['output'];
  node?: Maybe<InzageRegel>;
};

/** A person in the re-integration chain. DJI knows them by chain id and by BSN. */
export type Justitiabele = {
  __typename?: 'Justitiabele';
  /** The person's adviezen the caller may see (each organisation its own; the officier those OM ordered), newest first. */
  adviezen?: Maybe<Array<Advies>>;
  /** BIJ-meldingen Justid sent about the person, by terugkeerdatum: each for the burgemeester of its terugkeergemeente only. */
  bijMeldingen?: Maybe<Array<BijMelding>>;
  /** The BIJ norm of each BIJ-melding the caller's burgemeester received about the person, as signals: AFGEROND in time, TE_LAAT when after the norm. `signalen` joins them with the other parties'. */
  bijSignalen?: Maybe<Array<Signaal>>;
  /** The BIJ-melding Justid owes the burgemeester of a participating gemeente of return before the current stay's expected uitstroom, for a person OM's cases put in the BIJ target group: OPEN, TE_LAAT, NIET_HAALBAAR (a stay shorter than the norm) or AFGEROND once the melding was received. For Justid's BIJ desk; a burgemeester sees the melding it received in `bijSignalen`. `signalen` joins it with the other parties'. */
  bijVerwachtSignalen?: Maybe<Array<Signaal>>;
  bsn?: Maybe<Scalars['BSN']['output']>;
  /** DJI's signals on the current stay, most urgent first: screening, D&R-plan and MDO, under the process version of its instroomdatum. Empty when no stay is current. `signalen` joins them with the other parties'. */
  detentieSignalen?: Maybe<Array<Signaal>>;
  /** The verblijf that has not ended, if any and if the caller may see that stay. */
  huidigVerblijf?: Maybe<Verblijf>;
  /** The strafrechtsketennummer (SKN). */
  id?: Maybe<Scalars['ID']['output']>;
  /** The stay DJI's work on the person concerns: the one not ended, or else the last; null when the caller may not see that stay. The gemeente's regie is derived from it. */
  laatsteVerblijf?: Maybe<Verblijf>;
  /** The gemeente's signals, most urgent first: per open dossier the caller may see, ID, onderdak, inkomen and zorgverzekering not arranged by the preparation term before DJI's expected uitstroom. Each names the gemeente that owns it. `signalen` joins them with the other parties'. */
  nazorgSignalen?: Maybe<Array<Signaal>>;
  /** The person's nazorgdossiers the caller may see (each gemeente its own), newest first. */
  nazorgdossiers?: Maybe<Array<Nazorgdossier>>;
  /** Omgevingsanalyses on the person, newest first: a burgemeester sees its own, OM those sent to it. */
  omgevingsanalyses?: Maybe<Array<Omgevingsanalyse>>;
  /** The meldingen of overtredingen the caller may see: its own organisation's, or those made to OM for the officier; newest first. */
  overtredingsmeldingen?: Maybe<Array<Overtredingsmelding>>;
  personalia?: Maybe<Personalia>;
  /** What the reclassering told OM about the person on OM's opdracht (overtredingen, adviezen), newest first: for the officier. */
  reclasseringsmeldingen?: Maybe<Array<Reclasseringsmelding>>;
  /** Who has casusregie and procesregie now and since when, from DJI's last stay (handed over by the gateway) and the dossiers the caller may see; a gap or a conflict after uitstroom is a signal. */
  regie?: Maybe<Regie>;
  /** The latest risicotaxatie the caller may see. Outside the reclassering only while the latest is GEMIDDELD or HOOG (art. 18b Pbw). */
  risicotaxatie?: Maybe<Risicotaxatie>;
  /** Every risicotaxatie of the caller's own organisation, newest first. */
  risicotaxaties?: Maybe<Array<Risicotaxatie>>;
  /** Every party's signals on the person the caller may see, most urgent first (overdue, then by deadline): DJI's on the current stay, the gemeente's before uitstroom and on regie, the burgemeester's BIJ norm, the BIJ-melding due before it arrives (for Justid), OM's on its opdrachten tot advies. Each part is shown on its owner's grounds and left out where its owner refuses it; `eigenaar` and `grondslag` say whose and on which. */
  signalen?: Maybe<Array<Signaal>>;
  /** OM's cases against the person, oldest first: OM's own. A burgemeester reads OM's data only through `verstrekkingen`. */
  strafzaken?: Maybe<Array<Strafzaak>>;
  /** The person's toezichten the caller may see, newest first. */
  toezichten?: Maybe<Array<Toezicht>>;
  /** All verblijven, newest first. */
  verblijven?: Maybe<Array<Verblijf>>;
  /** Disclosures from the strafdossier, newest first: OM sees all it decided; a burgemeester those VERSTREKT to it, with the items they give. */
  verstrekkingen?: Maybe<Array<Verstrekking>>;
  /** OM's VI-beslissingen on the person, newest first: OM sees all; a reclassering toezichthouder those OM assigned its organisation to supervise. */
  viBeslissingen?: Maybe<Array<ViBeslissing>>;
  /** OM's signals on the person, most urgent first: per opdracht tot advies, the advies due the advies term after it; per case with a VI-datum, the VI-beslissing due the VI term before it. For the officier only. `signalen` joins them with the other parties'. */
  zaakSignalen?: Maybe<Array<Signaal>>;
  /** Zienswijzen on the person's VI-conditions, newest first: a burgemeester sees its own, OM those sent to it. */
  zienswijzen?: Maybe<Array<Zienswijze>>;
};

/** A multidisciplinair overleg reviewing the D&R-plan. */
export type Mdo = {
  __typename?: 'Mdo';
  datum?: Maybe<Scalars['LocalDate']['output']>;
  /** Organisation identifiers of those who attended. */
  deelnemers?: Maybe<Array<Scalars['String']['output']>>;
  id?: Maybe<Scalars['ID']['output']>;
  justitiabeleAanwezig?: Maybe<Scalars['Boolean']['output']>;
};

export type MdoInput = {
  datum: Scalars['LocalDate']['input'];
  /** Organisation identifiers of those who attended. */
  deelnemers: Array<Scalars['String']['input']>;
  justitiabeleAanwezig: Scalars['Boolean']['input'];
  verblijfId: Scalars['ID']['input'];
};

/** How far the receiver confirmed a melding. */
export type MeldingBevestiging =
  | 'IN_BEHANDELING'
  | 'ONTVANGEN';

/** Whether a melding has been delivered to the party it is for. */
export type MeldingStatus =
  /** Given up on after its attempts, or refused: the beheerder's dead letter. */
  | 'ONBESTELBAAR'
  /** In the outbox, waiting for delivery or a retry. */
  | 'TE_VERZENDEN'
  /** Delivered: the receiver's inbox confirmed it. */
  | 'VERZONDEN';

/** How many meldingen are in each state. */
export type MeldingTelling = {
  __typename?: 'MeldingTelling';
  afgeleverd: Scalars['Int']['output'];
  /** Not confirmed in time. */
  gesignaleerd: Scalars['Int']['output'];
  onbestelbaar: Scalars['Int']['output'];
  ontvangen: Scalars['Int']['output'];
  teVerzenden: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Ends a lopend toezicht and the voorwaarden still running under it. */
  beeindigToezicht: Toezicht;
  /** Sends a dead letter (ONBESTELBAAR) again, from its first attempt, after its cause was mended (a route added). */
  djiHerzendMelding: UitgaandeMelding;
  /** Hands a dossier over to the new gemeente of return DJI named: it closes as OVERGEDRAGEN and the new gemeente is told (art. 18a Pbw). */
  draagNazorgdossierOver: Nazorgdossier;
  /** Orders a reclassering organisation to advise in a case; a melding tells it so in the same transaction. */
  geefOpdrachtTotAdvies: OpdrachtTotAdvies;
  /** Records a zienswijze of the caller's burgemeester on a person's VI-conditions. */
  geefZienswijze: Zienswijze;
  /** Sends a dead letter (ONBESTELBAAR) again, from its first attempt, after its cause was mended (a route added). */
  gemeenteHerzendMelding: UitgaandeMelding;
  /** Revokes a VI; a herroeping before the beslissing is refused with INVALID_PERIOD. */
  herroepVi: ViBeslissing;
  /** Adds a bijzondere voorwaarde to a lopend toezicht and bumps the toezicht's version; refused with VERSION_CONFLICT when based on a stale one. */
  legBijzondereVoorwaardeOp: Toezicht;
  /** Takes up an opdracht tot advies of the caller's organisation: OM hears it is IN_BEHANDELING. */
  neemAdviesopdrachtInBehandeling: Adviesopdracht;
  /** Sends a dead letter (ONBESTELBAAR) again, from its first attempt, after its cause was mended (a route added). */
  omBurgemeesterHerzendMelding: UitgaandeMelding;
  /** Receives a BIJ-melding from Justid (only Justid delivers). A person outside the BIJ target group of art. 11a Bjsg is refused with INVALID_INPUT naming the rule; a repeat of a kenmerk is received once. */
  ontvangBijMelding: BijMeldingOntvangst;
  /** Opens a nazorgdossier; refused with INVALID_STATE while the gemeente has one open on the person. */
  openNazorgdossier: Nazorgdossier;
  /** Files the supervising toezichthouder's periodic report to the director on the extramural phase, when the director asked for reports. */
  rapporteerExtramuraleFase: Verblijf;
  /** Sends a dead letter (ONBESTELBAAR) again, from its first attempt, after its cause was mended (a route added). */
  reclasseringHerzendMelding: UitgaandeMelding;
  /** Registers an advies of the caller's own organisation; one OM asked for is reported to OM in the same transaction. */
  registreerAdvies: Advies;
  /** Records a reclassering organisation as taking part in the re-integration of a current verblijf: from then on it reads the screening (art. 18a Pbw). */
  registreerBetrokkenOrganisatie: Verblijf;
  /** Records a case's delictcategorie; a new parketnummer registers the case (verwachteVersie 0). Refused with VERSION_CONFLICT when based on a stale version. */
  registreerDelictcategorie: Strafzaak;
  /** Records the extramural phase of a current verblijf (art. 43.3 Pbw, penitentiair programma, ISD), its toezichthouder and, when the director asks for them, how often it reports. */
  registreerExtramuraleFase: Verblijf;
  /** Registers instroom: the person when new, the verblijf and its first period. */
  registreerInstroom: Verblijf;
  /** Records a multidisciplinair overleg. */
  registreerMdo: Mdo;
  /** Records one check of a bijzondere voorwaarde; an overtreding is reported to OM in the same transaction. */
  registreerNaleving: Naleving;
  /** Records an omgevingsanalyse of the caller's burgemeester. */
  registreerOmgevingsanalyse: Omgevingsanalyse;
  /** Moves a current verblijf to another inrichting. */
  registreerOverplaatsing: Verblijf;
  /** Records a risicotaxatie of the caller's own organisation on a person it advises or supervises. */
  registreerRisicotaxatie: Risicotaxatie;
  /** Records a screening on the basisvoorwaarden and sociaal netwerk, and sends its hulpvragen to the gemeenten of origin and return and the reclassering organisations recorded as involved (art. 18a Pbw). */
  registreerScreening: Screening;
  /** Records whether a victim lives in the direct surroundings; refused with VERSION_CONFLICT when based on a stale version. */
  registreerSlachtofferomgeving: Strafzaak;
  /** Ends a verblijf. */
  registreerUitstroom: Verblijf;
  /** Records a verlof granted during a current verblijf, with its kind and dates; overlapping verloven are refused. */
  registreerVerlof: Verblijf;
  /** Records the officier's decision on giving items of a case's strafdossier to a burgemeester (Aanwijzing WJSG), with its proportionality reason. */
  registreerVerstrekking: Verstrekking;
  /** Ends a verblijf sooner than expected (an unexpected early release): the gemeenten and the involved reclassering are told at once, ahead of the queue. */
  registreerVervroegdeInvrijheidstelling: Verblijf;
  /** Records the VI-beslissing in a case; refused with INVALID_STATE when the case has one. */
  registreerViBeslissing: ViBeslissing;
  /** Records the day the case's VI falls, as OM computed it; the VI-beslissing is due a term before it. Refused with VERSION_CONFLICT when based on a stale version. */
  registreerViDatum: Strafzaak;
  /** Closes an open nazorgdossier. */
  sluitNazorgdossier: Nazorgdossier;
  /** Starts a toezicht of the caller's own organisation; refused with INVALID_STATE while it has one lopend on the person. */
  startToezicht: Toezicht;
  /** Sets a new version of the D&R-plan; refused with VERSION_CONFLICT when based on a stale version. */
  stelDrPlanVast: DrPlan;
  /** Sends a zienswijze or omgevingsanalyse to OM, with a melding to OM in the same transaction; from then on OM reads it and it no longer changes. Refused with VERSION_CONFLICT when based on a stale version. */
  stuurNaarOm: StukAanOm;
  /** Brings a VI forward to an earlier ingangsdatum (an unexpected early release) and tells the supervising reclassering organisation at once, ahead of the queue; a revoked VI is refused with INVALID_STATE, a day not earlier with INVALID_INPUT. */
  vervroegVi: ViBeslissing;
  /** Asks the gemeente of origin and the reclassering organisations recorded as involved for information for the screening of a current verblijf (art. 18a Pbw), saying by when the screening is due. */
  vraagScreeningInformatie: Verblijf;
  /** Changes the status of the basisvoorwaarden given; refused with VERSION_CONFLICT when based on a stale version of the dossier. */
  werkBasisvoorwaardenBij: Nazorgdossier;
  /** Replaces what a bijzondere voorwaarde holds; refused with VERSION_CONFLICT when based on a stale version of it. */
  wijzigBijzondereVoorwaarde: BijzondereVoorwaarde;
  /** Changes an omgevingsanalyse not yet sent to OM; refused with VERSION_CONFLICT when based on a stale version. */
  wijzigOmgevingsanalyse: Omgevingsanalyse;
  /** Changes the gemeente of return of a current verblijf, with its reason; the former and the new gemeente are told (art. 51c WJSG moves with it). */
  wijzigTerugkeergemeente: Verblijf;
  /** Replaces the toezichthouder, ketenpartners and woongemeente; refused with VERSION_CONFLICT when based on a stale version. */
  wijzigToezicht: Toezicht;
  /** Changes the expected end of detention or the VI date. */
  wijzigVerwachteUitstroom: Verblijf;
  /** Changes a zienswijze not yet sent to OM; refused with VERSION_CONFLICT when based on a stale version. */
  wijzigZienswijze: Zienswijze;
};


export type MutationBeeindigToezichtArgs = {
  input: BeeindigingInput;
};


export type MutationDjiHerzendMeldingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDraagNazorgdossierOverArgs = {
  input: OverdrachtInput;
};


export type MutationGeefOpdrachtTotAdviesArgs = {
  input: OpdrachtTotAdviesInput;
};


export type MutationGeefZienswijzeArgs = {
  input: ZienswijzeInput;
};


export type MutationGemeenteHerzendMeldingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationHerroepViArgs = {
  input: HerroepingInput;
};


export type MutationLegBijzondereVoorwaardeOpArgs = {
  input: BijzondereVoorwaardeInput;
};


export type MutationNeemAdviesopdrachtInBehandelingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationOmBurgemeesterHerzendMeldingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationOntvangBijMeldingArgs = {
  input: BijMeldingInput;
};


export type MutationOpenNazorgdossierArgs = {
  input: NazorgdossierInput;
};


export type MutationRapporteerExtramuraleFaseArgs = {
  input: ExtramuraleRapportageInput;
};


export type MutationReclasseringHerzendMeldingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRegistreerAdviesArgs = {
  input: AdviesInput;
};


export type MutationRegistreerBetrokkenOrganisatieArgs = {
  input: BetrokkenOrganisatieInput;
};


export type MutationRegistreerDelictcategorieArgs = {
  input: DelictcategorieInput;
};


export type MutationRegistreerExtramuraleFaseArgs = {
  input: ExtramuraleFaseInput;
};


export type MutationRegistreerInstroomArgs = {
  input: InstroomInput;
};


export type MutationRegistreerMdoArgs = {
  input: MdoInput;
};


export type MutationRegistreerNalevingArgs = {
  input: NalevingInput;
};


export type MutationRegistreerOmgevingsanalyseArgs = {
  input: OmgevingsanalyseInput;
};


export type MutationRegistreerOverplaatsingArgs = {
  input: OverplaatsingInput;
};


export type MutationRegistreerRisicotaxatieArgs = {
  input: RisicotaxatieInput;
};


export type MutationRegistreerScreeningArgs = {
  input: ScreeningInput;
};


export type MutationRegistreerSlachtofferomgevingArgs = {
  input: SlachtofferomgevingInput;
};


export type MutationRegistreerUitstroomArgs = {
  input: UitstroomInput;
};


export type MutationRegistreerVerlofArgs = {
  input: VerlofInput;
};


export type MutationRegistreerVerstrekkingArgs = {
  input: VerstrekkingInput;
};


export type MutationRegistreerVervroegdeInvrijheidstellingArgs = {
  input: VervroegdeInvrijheidstellingInput;
};


export type MutationRegistreerViBeslissingArgs = {
  input: ViBeslissingInput;
};


export type MutationRegistreerViDatumArgs = {
  input: ViDatumInput;
};


export type MutationSluitNazorgdossierArgs = {
  input: SluitingInput;
};


export type MutationStartToezichtArgs = {
  input: ToezichtInput;
};


export type MutationStelDrPlanVastArgs = {
  input: DrPlanInput;
};


export type MutationStuurNaarOmArgs = {
  input: StuurNaarOmInput;
};


export type MutationVervroegViArgs = {
  input: VervroegingInput;
};


export type MutationVraagScreeningInformatieArgs = {
  verblijfId: Scalars['ID']['input'];
};


export type MutationWerkBasisvoorwaardenBijArgs = {
  input: BasisvoorwaardenInput;
};


export type MutationWijzigBijzondereVoorwaardeArgs = {
  input: BijzondereVoorwaardeWijzigingInput;
};


export type MutationWijzigOmgevingsanalyseArgs = {
  input: OmgevingsanalyseWijzigingInput;
};


export type MutationWijzigTerugkeergemeenteArgs = {
  input: TerugkeergemeenteWijzigingInput;
};


export type MutationWijzigToezichtArgs = {
  input: ToezichtWijzigingInput;
};


export type MutationWijzigVerwachteUitstroomArgs = {
  input: VerwachteUitstroomInput;
};


export type MutationWijzigZienswijzeArgs = {
  input: ZienswijzeWijzigingInput;
};

/** One check of a bijzondere voorwaarde: whether it was kept tells of the delict, so only for the own task. */
export type Naleving = {
  __typename?: 'Naleving';
  datum?: Maybe<Scalars['LocalDate']['output']>;
  id?: Maybe<Scalars['ID']['output']>;
  /** The melding to OM, for an overtreding. */
  melding?: Maybe<Overtredingsmelding>;
  toelichting?: Maybe<Scalars['String']['output']>;
  uitkomst?: Maybe<NalevingUitkomst>;
};

/** One check of a bijzondere voorwaarde; an overtreding is reported to OM. */
export type NalevingInput = {
  /** Within the period of the voorwaarde. */
  datum: Scalars['LocalDate']['input'];
  /** Required for an overtreding. */
  toelichting?: InputMaybe<Scalars['String']['input']>;
  uitkomst: NalevingUitkomst;
  voorwaardeId: Scalars['ID']['input'];
};

/** The outcome of one check of a bijzondere voorwaarde. */
export type NalevingUitkomst =
  | 'NAGELEEFD'
  /** Not checked this time. */
  | 'NIET_GECONTROLEERD'
  /** Breached: recorded with a melding to OM, in the same transaction. */
  | 'OVERTREDEN';

/** The gemeenten's figures of one cell: the stays of one month of uitstroom that returned to one gemeente. Counts only; small ones suppressed. */
export type NazorgKetencijfers = {
  __typename?: 'NazorgKetencijfers';
  /** The gemeentecode of return whose dossier counts the stay. */
  gemeente: Scalars['String']['output'];
  /** The month of uitstroom, YYYY-MM, as DJI told it. */
  maand: Scalars['String']['output'];
  /** Stays that left without an identiteitsbewijs ready, of those that left. */
  zonderIdentiteitsbewijs: Aandeel;
  /** Stays that left with neither an uitkering granted nor work, of those that left. */
  zonderInkomen: Aandeel;
  /** Stays that left without onderdak from that day, of those that left. */
  zonderOnderdak: Aandeel;
  /** Stays that left without a zorgverzekering, of those that left. */
  zonderZorgverzekering: Aandeel;
};

/** A gemeente's nazorgdossier on one resident who is detained or returns. */
export type Nazorgdossier = {
  __typename?: 'Nazorgdossier';
  /** Organisation identifier of whoever notified the gemeente, e.g. dji:PI-VUGHT. */
  aangemeldDoor?: Maybe<Scalars['String']['output']>;
  basisvoorwaarden?: Maybe<BasisvoorwaardenStatus>;
  /** DJI's reference to the stay its meldingen were about (verblijf/<id>). */
  detentieReferentie?: Maybe<Scalars['String']['output']>;
  /** The gemeente that keeps this dossier. */
  gemeentecode?: Maybe<Scalars['Gemeentecode']['output']>;
  /** The hulpvragen per basisvoorwaarde of DJI's latest screening, as its melding told them (art. 18a Pbw). */
  gemeldeHulpvragen?: Maybe<Array<GemeldeHulpvraag>>;
  /** The date of DJI's screening its hulpvragen come from. */
  gemeldeScreeningdatum?: Maybe<Scalars['LocalDate']['output']>;
  /** The uitstroomdatum, as DJI's melding of the uitstroom told (art. 51c WJSG). */
  gemeldeUitstroomdatum?: Maybe<Scalars['LocalDate']['output']>;
  /** The changed expected end of detention, as DJI's last melding of it told (art. 51c WJSG). */
  gemeldeVerwachteUitstroomdatum?: Maybe<Scalars['LocalDate']['output']>;
  geopendOp?: Maybe<Scalars['LocalDate']['output']>;
  geslotenOp?: Maybe<Scalars['LocalDate']['output']>;
  /** Gemeente of origin as this gemeente knows it. */
  herkomstgemeente?: Maybe<Scalars['Gemeentecode']['output']>;
  id?: Maybe<Scalars['ID']['output']>;
  /** The person, by BSN; the gateway goes on to the other parties from here. */
  justitiabele?: Maybe<Justitiabele>;
  /** The gemeente's nazorgcoördinator for this dossier. */
  nazorgcoordinator?: Maybe<Contactpersoon>;
  /** Gemeente of return as this gemeente knows it. */
  ontvangendeGemeente?: Maybe<Scalars['Gemeentecode']['output']>;
  /** The new gemeente of return DJI named, to which this dossier hands over. */
  overdrachtAan?: Maybe<Scalars['Gemeentecode']['output']>;
  /** The former gemeente of return that handed the person over, e.g. gemeente:0363. */
  overgedragenDoor?: Maybe<Scalars['String']['output']>;
  overgedragenOp?: Maybe<Scalars['LocalDate']['output']>;
  procesregie?: Maybe<Procesregie>;
  rol?: Maybe<GemeenteRol>;
  /** The day by which DJI's casemanager asked for information for the screening (art. 18a Pbw). */
  screeningInformatieGevraagdVoor?: Maybe<Scalars['LocalDate']['output']>;
  status?: Maybe<DossierStatus>;
  /** Whether DJI's melding told the uitstroom as an unexpected early release, sent ahead of its other meldingen (art. 51c WJSG). */
  uitstroomVervroegd?: Maybe<Scalars['Boolean']['output']>;
  /** Pass back as `verwachteVersie` when changing this dossier or its basisvoorwaarden. */
  versie?: Maybe<Scalars['Int']['output']>;
  /** Whether the Zorg- en Veiligheidshuis takes part. */
  zvhBetrokken?: Maybe<Scalars['Boolean']['output']>;
  /** Which Zorg- en Veiligheidshuis, when one takes part. */
  zvhNaam?: Maybe<Scalars['String']['output']>;
};

/** A cursor-paginated list of Nazorgdossier. */
export type NazorgdossierConnection = {
  __typename?: 'NazorgdossierConnection';
  edges: Array<NazorgdossierEdge>;
  pageInfo: PageInfo;
  /** How many items the whole list holds, over every page. */
  totalCount: Scalars['Int']['output'];
};

export type NazorgdossierEdge = {
  __typename?: 'NazorgdossierEdge';
  cursor: Scalars['String']['output'];
  node?: Maybe<Nazorgdossier>;
};

/** A new nazorgdossier of one gemeente on one resident. */
export type NazorgdossierInput = {
  /** Organisation identifier of whoever notified the gemeente, e.g. dji:PI-VUGHT. */
  aangemeldDoor: Scalars['String']['input'];
  bsn: Scalars['BSN']['input'];
  /** The gemeente opening the dossier. */
  gemeentecode: Scalars['Gemeentecode']['input'];
  geopendOp: Scalars['LocalDate']['input'];
  /** Gemeente of origin; for a HERKOMSTGEMEENTE it is the dossier's own gemeente and may be left out. */
  herkomstgemeente?: InputMaybe<Scalars['Gemeentecode']['input']>;
  nazorgcoordinator: ContactpersoonInput;
  /** Gemeente of return; for an ONTVANGENDE_GEMEENTE it is the dossier's own gemeente and may be left out. */
  ontvangendeGemeente?: InputMaybe<Scalars['Gemeentecode']['input']>;
  procesregie: Procesregie;
  rol: GemeenteRol;
  zvhBetrokken: Scalars['Boolean']['input'];
  /** Only when the Zorg- en Veiligheidshuis takes part. */
  zvhNaam?: InputMaybe<Scalars['String']['input']>;
};

/** A burgemeester's analysis of the surroundings a person returns to. Its own burgemeester reads it; OM once it was sent. */
export type Omgevingsanalyse = {
  __typename?: 'Omgevingsanalyse';
  bevindingen?: Maybe<Scalars['String']['output']>;
  /** The burgemeester that made it, e.g. burgemeester:0363. */
  burgemeester?: Maybe<Scalars['String']['output']>;
  datum?: Maybe<Scalars['LocalDate']['output']>;
  id?: Maybe<Scalars['ID']['output']>;
  /** When OM's inbox received it, from the melding sent with it; null until then. */
  ontvangenDoorOmOp?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Pass back as `verwachteVersie` when changing or sending it. */
  versie?: Maybe<Scalars['Int']['output']>;
  /** When it was sent to OM; null while not sent. */
  verzondenAanOmOp?: Maybe<Scalars['LocalDate']['output']>;
};

/** An omgevingsanalyse of the caller's burgemeester on the surroundings a person returns to. */
export type OmgevingsanalyseInput = {
  bevindingen: Scalars['String']['input'];
  datum: Scalars['LocalDate']['input'];
  justitiabeleId: Scalars['ID']['input'];
};

/** Changes an omgevingsanalyse not yet sent to OM. */
export type OmgevingsanalyseWijzigingInput = {
  bevindingen: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  verwachteVersie: Scalars['Int']['input'];
};

/** Replaces the onderdak status as a whole. */
export type OnderdakInput = {
  per?: InputMaybe<Scalars['LocalDate']['input']>;
  type: OnderdakType;
};

/** Onderdak: what kind, from when. Both empty while unknown. */
export type OnderdakStatus = {
  __typename?: 'OnderdakStatus';
  per?: Maybe<Scalars['LocalDate']['output']>;
  type?: Maybe<OnderdakType>;
};

/** Where the person lives, or will live, after release. */
export type OnderdakType =
  | 'BESCHERMD_WONEN'
  | 'BIJ_FAMILIE_OF_VRIENDEN'
  | 'EIGEN_WONING'
  /** No onderdak: the hard case the werkstroom signals. */
  | 'GEEN'
  | 'HUURWONING_REGULIER'
  | 'KAMERVERHUUR'
  | 'MAATSCHAPPELIJKE_OPVANG';

/** OM's order to a reclassering organisation to advise in a case. OM's own record. */
export type OpdrachtTotAdvies = {
  __typename?: 'OpdrachtTotAdvies';
  datum?: Maybe<Scalars['LocalDate']['output']>;
  id?: Maybe<Scalars['ID']['output']>;
  /** The reclassering organisation asked, e.g. reclassering:RN. */
  organisatie?: Maybe<Scalars['String']['output']>;
  /** What OM asks the reclassering to advise on. */
  vraag?: Maybe<Scalars['String']['output']>;
};

export type OpdrachtTotAdviesInput = {
  datum: Scalars['LocalDate']['input'];
  /** reclassering:RN, reclassering:SVG or reclassering:LJ&R. */
  organisatie: Scalars['String']['input'];
  vraag: Scalars['String']['input'];
  zaakId: Scalars['ID']['input'];
};

/** The handover of a dossier to the new gemeente of return DJI named. */
export type OverdrachtInput = {
  datum: Scalars['LocalDate']['input'];
  dossierId: Scalars['ID']['input'];
  verwachteVersie: Scalars['Int']['input'];
};

export type OverplaatsingInput = {
  casemanager: ContactpersoonInput;
  datum: Scalars['LocalDate']['input'];
  naarInrichting: Scalars['ID']['input'];
  verblijfId: Scalars['ID']['input'];
  verwachteVersie: Scalars['Int']['input'];
};

/** The melding to OM of an overtreding of a bijzondere voorwaarde, made with the naleving that records it: for OM, which decides on the consequences, and the organisation that made it. */
export type Overtredingsmelding = {
  __typename?: 'Overtredingsmelding';
  /** The day of the overtreding it reports. */
  datum?: Maybe<Scalars['LocalDate']['output']>;
  /** The organisation it goes to: om. */
  gemeldAan?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['ID']['output']>;
  justitiabele?: Maybe<Justitiabele>;
  /** The reclassering organisation that supervises and reports, e.g. reclassering:RN. */
  organisatie?: Maybe<Scalars['String']['output']>;
  /** Where its delivery to OM is. */
  status?: Maybe<MeldingStatus>;
  /** What the toezichthouder found. */
  toelichting?: Maybe<Scalars['String']['output']>;
  /** The toezichthouder: whom OM asks about it. */
  toezichthouder?: Maybe<Contactpersoon>;
  /** The voorwaarde that was breached. */
  voorwaarde?: Maybe<BijzondereVoorwaarde>;
};

/** A cursor-paginated list of Overtredingsmelding. */
export type OvertredingsmeldingConnection = {
  __typename?: 'OvertredingsmeldingConnection';
  edges: Array<OvertredingsmeldingEdge>;
  pageInfo: PageInfo;
};

export type OvertredingsmeldingEdge = {
  __typename?: 'OvertredingsmeldingEdge';
  cursor: Scalars['String']['output'];
  node?: Maybe<Overtredingsmelding>;
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Why a period in an inrichting began. */
export type PeriodeReden =
  | 'INSTROOM'
  | 'OVERPLAATSING';

/** Personalia as DJI registered them at intake. */
export type Personalia = {
  __typename?: 'Personalia';
  achternaam: Scalars['String']['output'];
  geboortedatum: Scalars['LocalDate']['output'];
  voornamen: Scalars['String']['output'];
};

export type PersonaliaInput = {
  achternaam: Scalars['String']['input'];
  geboortedatum: Scalars['LocalDate']['input'];
  voornamen: Scalars['String']['input'];
};

/** Who has procesregie over the return. */
export type Procesregie =
  /** The gemeente itself. */
  | 'GEMEENTE'
  /** The regional Zorg- en Veiligheidshuis; it must be involved. */
  | 'ZORG_EN_VEILIGHEIDSHUIS';

/** The proeftijd of a voorwaardelijke invrijheidstelling, from its ingangsdatum. */
export type Proeftijd = {
  __typename?: 'Proeftijd';
  einddatum: Scalars['LocalDate']['output'];
  /** When OM gave it in months; the end date follows from it. */
  maanden?: Maybe<Scalars['Int']['output']>;
};

export type Query = {
  __typename?: 'Query';
  advies?: Maybe<Advies>;
  /** The opdrachten tot advies OM gave the caller's organisation, by day: its adviseurs' work. */
  adviesopdrachten: AdviesopdrachtConnection;
  /** The burgemeesters' part of the chain's figures, for the landelijke regiegroep and the Inspectie JenV: per month of return (YYYY-MM, `vanaf` to `tot` included) and gemeente taking part in BIJ, the share of BIJ-meldingen received 60 days before return. */
  bijKetencijfers?: Maybe<Array<BijKetencijfers>>;
  /** The OOV-adviseur's werkvoorraad: the BIJ-meldingen for the caller's own gemeente, by terugkeerdatum (so by the BIJ deadline). Filter on `soort: BIJ_MELDING` for those of a gemeente taking part in BIJ, which carry that signal. Each names its justitiabele, so the gateway can add what DJI opens of the verblijf. */
  bijWerkvoorraad: BijMeldingConnection;
  /** DJI's part of the chain's figures, for the landelijke regiegroep and the Inspectie JenV: per month of instroom (YYYY-MM, `vanaf` to `tot` included), inrichting and gemeente of return, the share of stays screened within 10 days and with a D&R-plan within 4 weeks. */
  detentieKetencijfers?: Maybe<Array<DetentieKetencijfers>>;
  /** The dji inbox, oldest first. For the beheerder. */
  djiInkomendeMeldingen: InkomendeMeldingConnection;
  /** Mag ik dit delen? For one person, every field of theirs the dji subgraph keeps: whether you may read it, on which legal ground, and what would be logged, without reading it. The question is logged. */
  djiMagIkDelen: Array<Deelbaarheid>;
  /** Counts of the dji meldingen per state. For the beheerder. */
  djiMeldingTelling: MeldingTelling;
  /** Every access decision of the dji subgraph for one trace or one person, permit and deny. For the privacy officer. */
  djiToegangsbesluiten: ToegangsbesluitConnection;
  /** The dji outbox, oldest first: per status, or only those not confirmed in time (gesignaleerd). For the beheerder. */
  djiUitgaandeMeldingen: UitgaandeMeldingConnection;
  /** The dji processing log: records by trace, person or activity, oldest first. For the privacy officer. */
  djiVerwerkingen: VerwerkingConnection;
  /** The dji processing log counted: per month (YYYY-MM, `vanaf` to `tot` included), owner and legal ground, how many processing records. No person; counts from 1 to 4 suppressed. For the analist of the landelijke regiegroep and the Inspectie JenV. */
  djiVerwerkingscijfers?: Maybe<Array<Verwerkingsaantal>>;
  /** The gemeente inbox, oldest first. For the beheerder. */
  gemeenteInkomendeMeldingen: InkomendeMeldingConnection;
  /** Mag ik dit delen? For one person, every field of theirs the gemeente subgraph keeps: whether you may read it, on which legal ground, and what would be logged, without reading it. The question is logged. */
  gemeenteMagIkDelen: Array<Deelbaarheid>;
  /** Counts of the gemeente meldingen per state. For the beheerder. */
  gemeenteMeldingTelling: MeldingTelling;
  /** Every access decision of the gemeente subgraph for one trace or one person, permit and deny. For the privacy officer. */
  gemeenteToegangsbesluiten: ToegangsbesluitConnection;
  /** The gemeente outbox, oldest first: per status, or only those not confirmed in time (gesignaleerd). For the beheerder. */
  gemeenteUitgaandeMeldingen: UitgaandeMeldingConnection;
  /** The gemeente processing log: records by trace, person or activity, oldest first. For the privacy officer. */
  gemeenteVerwerkingen: VerwerkingConnection;
  /** The gemeente processing log counted: per month (YYYY-MM, `vanaf` to `tot` included), owner and legal ground, how many processing records. No person; counts from 1 to 4 suppressed. For the analist of the landelijke regiegroep and the Inspectie JenV. */
  gemeenteVerwerkingscijfers?: Maybe<Array<Verwerkingsaantal>>;
  /** DJI's inrichtingen, by code. */
  inrichtingen: Array<Inrichting>;
  /** Your own trail in the dji processing log (AVG art. 15): which organisation processed your data, for which activity, on which legal ground, when; oldest first. For a betrokkene (the person), as the token's BSN names them. */
  inzageDji: InzageRegelConnection;
  /** Your own trail in the gemeente processing log (AVG art. 15): which organisation processed your data, for which activity, on which legal ground, when; oldest first. For a betrokkene (the person), as the token's BSN names them. */
  inzageGemeente: InzageRegelConnection;
  /** Your own trail in the om-burgemeester processing log (AVG art. 15): which organisation processed your data, for which activity, on which legal ground, when; oldest first. For a betrokkene (the person), as the token's BSN names them. */
  inzageOmBurgemeester: InzageRegelConnection;
  /** Your own trail in the reclassering processing log (AVG art. 15): which organisation processed your data, for which activity, on which legal ground, when; oldest first. For a betrokkene (the person), as the token's BSN names them. */
  inzageReclassering: InzageRegelConnection;
  /** A person by strafrechtsketennummer. */
  justitiabele?: Maybe<Justitiabele>;
  /** A person by BSN (sent in the request body, never in a URL). */
  justitiabeleOpBsn?: Maybe<Justitiabele>;
  /** The gemeenten's part of the chain's figures, for the landelijke regiegroep and the Inspectie JenV: per month of uitstroom (YYYY-MM, `vanaf` to `tot` included) and gemeente of return, the share of stays leaving without an identiteitsbewijs, onderdak, inkomen or zorgverzekering in place. */
  nazorgKetencijfers?: Maybe<Array<NazorgKetencijfers>>;
  nazorgdossier?: Maybe<Nazorgdossier>;
  /** One gemeente's nazorgdossiers with the given status, oldest opened first. */
  nazorgdossiers: NazorgdossierConnection;
  /** The om-burgemeester inbox, oldest first. For the beheerder. */
  omBurgemeesterInkomendeMeldingen: InkomendeMeldingConnection;
  /** Mag ik dit delen? For one person, every field of theirs the om-burgemeester subgraph keeps: whether you may read it, on which legal ground, and what would be logged, without reading it. The question is logged. */
  omBurgemeesterMagIkDelen: Array<Deelbaarheid>;
  /** Counts of the om-burgemeester meldingen per state. For the beheerder. */
  omBurgemeesterMeldingTelling: MeldingTelling;
  /** Every access decision of the om-burgemeester subgraph for one trace or one person, permit and deny. For the privacy officer. */
  omBurgemeesterToegangsbesluiten: ToegangsbesluitConnection;
  /** The om-burgemeester outbox, oldest first: per status, or only those not confirmed in time (gesignaleerd). For the beheerder. */
  omBurgemeesterUitgaandeMeldingen: UitgaandeMeldingConnection;
  /** The om-burgemeester processing log: records by trace, person or activity, oldest first. For the privacy officer. */
  omBurgemeesterVerwerkingen: VerwerkingConnection;
  /** The om-burgemeester processing log counted: per month (YYYY-MM, `vanaf` to `tot` included), owner and legal ground, how many processing records. No person; counts from 1 to 4 suppressed. For the analist of the landelijke regiegroep and the Inspectie JenV. */
  omBurgemeesterVerwerkingscijfers?: Maybe<Array<Verwerkingsaantal>>;
  /** The meldingen of overtredingen made to the caller's organisation (OM), by the day of the overtreding. */
  overtredingsmeldingen: OvertredingsmeldingConnection;
  /** The reclassering inbox, oldest first. For the beheerder. */
  reclasseringInkomendeMeldingen: InkomendeMeldingConnection;
  /** Mag ik dit delen? For one person, every field of theirs the reclassering subgraph keeps: whether you may read it, on which legal ground, and what would be logged, without reading it. The question is logged. */
  reclasseringMagIkDelen: Array<Deelbaarheid>;
  /** Counts of the reclassering meldingen per state. For the beheerder. */
  reclasseringMeldingTelling: MeldingTelling;
  /** Every access decision of the reclassering subgraph for one trace or one person, permit and deny. For the privacy officer. */
  reclasseringToegangsbesluiten: ToegangsbesluitConnection;
  /** The reclassering outbox, oldest first: per status, or only those not confirmed in time (gesignaleerd). For the beheerder. */
  reclasseringUitgaandeMeldingen: UitgaandeMeldingConnection;
  /** The reclassering processing log: records by trace, person or activity, oldest first. For the privacy officer. */
  reclasseringVerwerkingen: VerwerkingConnection;
  /** The reclassering processing log counted: per month (YYYY-MM, `vanaf` to `tot` included), owner and legal ground, how many processing records. No person; counts from 1 to 4 suppressed. For the analist of the landelijke regiegroep and the Inspectie JenV. */
  reclasseringVerwerkingscijfers?: Maybe<Array<Verwerkingsaantal>>;
  /** DJI's screening requests and hulpvragen sent to the caller's organisation, by day: for its adviseurs and toezichthouders. */
  screeningmeldingen: ScreeningmeldingConnection;
  /** One of OM's cases, by parketnummer. For OM only. */
  strafzaak?: Maybe<Strafzaak>;
  toezicht?: Maybe<Toezicht>;
  verblijf?: Maybe<Verblijf>;
  /** The caller's werkvoorraad of current stays, most urgent first (overdue deadlines first, then by deadline): a casemanager's of its own inrichting, a nazorgcoördinator's of the stays DJI registered its gemeente on as gemeente of origin or return (both by SCREENING, DR_PLAN and MDO); a toezichthouder's of the stays in an extramural phase its organisation supervises, by the next report the director asked for (EXTRAMURALE_RAPPORTAGE); Justid's BIJ desk's of the stays returning to a gemeente taking part in BIJ whose BIJ-melding comes due within a month or is past due (BIJ_MELDING_VERWACHT; `justitiabele { signalen }` says for whom one is due). Filter on one of the caller's kinds with `soort`. */
  verblijfWerkvoorraad: WerkvoorraadItemConnection;
  /** Verblijven by inrichting, terugkeergemeente or uitstroom window, ordered by expected uitstroom. */
  verblijven: VerblijfConnection;
  /** The caller's werkvoorraad as toezichthouder: the lopende toezichten of its organisation it is toezichthouder of, by begindatum. */
  werkvoorraad: ToezichtConnection;
  /** The officier's werkvoorraad: OM's cases with a VI-datum, a VI-beslissing or an opdracht tot advies, most urgent first (overdue deadlines first, then by deadline, cases with none open last). Filter on one of OM's kinds of signal with `soort`. For OM only. */
  zaakWerkvoorraad: ZaakWerkvoorraadItemConnection;
  /** For a Zorg- en Veiligheidshuis' procesregisseur: DJI's detention meldingen to the gemeenten it serves that were not confirmed in time, oldest signal first (Wgs). */
  zvhEscalaties: ZvhEscalatieConnection;
};


export type QueryAdviesArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAdviesopdrachtenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryBijKetencijfersArgs = {
  tot: Scalars['String']['input'];
  vanaf: Scalars['String']['input'];
};


export type QueryBijWerkvoorraadArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  soort?: InputMaybe<SignaalSoort>;
  vanaf?: InputMaybe<Scalars['LocalDate']['input']>;
};


export type QueryDetentieKetencijfersArgs = {
  tot: Scalars['String']['input'];
  vanaf: Scalars['String']['input'];
};


export type QueryDjiInkomendeMeldingenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryDjiMagIkDelenArgs = {
  betrokkene: BetrokkeneInput;
};


export type QueryDjiToegangsbesluitenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  betrokkene?: InputMaybe<BetrokkeneInput>;
  first?: Scalars['Int']['input'];
  traceId?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDjiUitgaandeMeldingenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  gesignaleerd?: Scalars['Boolean']['input'];
  status?: InputMaybe<AfleverStatus>;
};


export type QueryDjiVerwerkingenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: VerwerkingFilter;
  first?: Scalars['Int']['input'];
};


export type QueryDjiVerwerkingscijfersArgs = {
  tot: Scalars['String']['input'];
  vanaf: Scalars['String']['input'];
};


export type QueryGemeenteInkomendeMeldingenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryGemeenteMagIkDelenArgs = {
  betrokkene: BetrokkeneInput;
};


export type QueryGemeenteToegangsbesluitenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  betrokkene?: InputMaybe<BetrokkeneInput>;
  first?: Scalars['Int']['input'];
  traceId?: InputMaybe<Scalars['String']['input']>;
};


export type QueryGemeenteUitgaandeMeldingenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  gesignaleerd?: Scalars['Boolean']['input'];
  status?: InputMaybe<AfleverStatus>;
};


export type QueryGemeenteVerwerkingenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: VerwerkingFilter;
  first?: Scalars['Int']['input'];
};


export type QueryGemeenteVerwerkingscijfersArgs = {
  tot: Scalars['String']['input'];
  vanaf: Scalars['String']['input'];
};


export type QueryInzageDjiArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryInzageGemeenteArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryInzageOmBurgemeesterArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryInzageReclasseringArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryJustitiabeleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryJustitiabeleOpBsnArgs = {
  bsn: Scalars['BSN']['input'];
};


export type QueryNazorgKetencijfersArgs = {
  tot: Scalars['String']['input'];
  vanaf: Scalars['String']['input'];
};


export type QueryNazorgdossierArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNazorgdossiersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  gemeentecode: Scalars['Gemeentecode']['input'];
  status?: DossierStatus;
};


export type QueryOmBurgemeesterInkomendeMeldingenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryOmBurgemeesterMagIkDelenArgs = {
  betrokkene: BetrokkeneInput;
};


export type QueryOmBurgemeesterToegangsbesluitenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  betrokkene?: InputMaybe<BetrokkeneInput>;
  first?: Scalars['Int']['input'];
  traceId?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOmBurgemeesterUitgaandeMeldingenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  gesignaleerd?: Scalars['Boolean']['input'];
  status?: InputMaybe<AfleverStatus>;
};


export type QueryOmBurgemeesterVerwerkingenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: VerwerkingFilter;
  first?: Scalars['Int']['input'];
};


export type QueryOmBurgemeesterVerwerkingscijfersArgs = {
  tot: Scalars['String']['input'];
  vanaf: Scalars['String']['input'];
};


export type QueryOvertredingsmeldingenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryReclasseringInkomendeMeldingenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryReclasseringMagIkDelenArgs = {
  betrokkene: BetrokkeneInput;
};


export type QueryReclasseringToegangsbesluitenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  betrokkene?: InputMaybe<BetrokkeneInput>;
  first?: Scalars['Int']['input'];
  traceId?: InputMaybe<Scalars['String']['input']>;
};


export type QueryReclasseringUitgaandeMeldingenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  gesignaleerd?: Scalars['Boolean']['input'];
  status?: InputMaybe<AfleverStatus>;
};


export type QueryReclasseringVerwerkingenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: VerwerkingFilter;
  first?: Scalars['Int']['input'];
};


export type QueryReclasseringVerwerkingscijfersArgs = {
  tot: Scalars['String']['input'];
  vanaf: Scalars['String']['input'];
};


export type QueryScreeningmeldingenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryStrafzaakArgs = {
  parketnummer: Scalars['String']['input'];
};


export type QueryToezichtArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVerblijfArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVerblijfWerkvoorraadArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  soort?: InputMaybe<SignaalSoort>;
};


export type QueryVerblijvenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VerblijfFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryWerkvoorraadArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryZaakWerkvoorraadArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  soort?: InputMaybe<SignaalSoort>;
};


export type QueryZvhEscalatiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** A melding a reclassering organisation sent OM on OM's opdracht (an overtreding, an advies), as it said it. OM's own record. */
export type Reclasseringsmelding = {
  __typename?: 'Reclasseringsmelding';
  /** The day of the overtreding, or of the advies. */
  datum?: Maybe<Scalars['LocalDate']['output']>;
  id?: Maybe<Scalars['ID']['output']>;
  ontvangenOp?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The reclassering organisation that sent it, e.g. reclassering:RN. */
  organisatie?: Maybe<Scalars['String']['output']>;
  /** The reclassering's record it is about (overtredingsmelding/<id>, advies/<id>): read it there. */
  referentie?: Maybe<Scalars['String']['output']>;
  soort?: Maybe<ReclasseringsmeldingSoort>;
};

/** What a reclassering organisation told OM. */
export type ReclasseringsmeldingSoort =
  /** The advies OM asked for was made. */
  | 'ADVIES'
  /** A voorwaarde OM ordered supervised was breached. */
  | 'OVERTREDING';

/** Who has casusregie and procesregie over the person now, and since when, derived from DJI's last stay and the gemeente's dossiers (seed 000 l. 43–48). */
export type Regie = {
  __typename?: 'Regie';
  /** `dji` during detention; after uitstroom `reclassering` where a justitieel kader applies, otherwise the gemeente with an open dossier (`gemeente:0344`); null for none, or more than one (see `signalen`). */
  casusregie?: Maybe<Scalars['String']['output']>;
  casusregieSinds?: Maybe<Scalars['LocalDate']['output']>;
  fase: RegieFase;
  /** The gemeente (`gemeente:0344`) or its Zorg- en Veiligheidshuis (`zvh:…`), as the open dossier says. */
  procesregie?: Maybe<Scalars['String']['output']>;
  procesregieSinds?: Maybe<Scalars['LocalDate']['output']>;
  /** After uitstroom: REGIE_NA_UITSTROOM (met, or a gap) or REGIE_CONFLICT. */
  signalen: Array<Signaal>;
};

/** Where the person is in the chain, as regie follows it. */
export type RegieFase =
  /** DJI holds the person and has casusregie. */
  | 'DETENTIE'
  /** The person has left detention. */
  | 'NA_UITSTROOM'
  /** DJI shows the caller no stay of the person. */
  | 'ONBEKEND';

/** The party that has casusregie. */
export type Regiehouder =
  | 'DJI'
  | 'GEMEENTE'
  | 'RECLASSERING';

/** A risk level of a risicotaxatie. */
export type Risiconiveau =
  | 'GEMIDDELD'
  | 'HOOG'
  | 'LAAG';

/** An assessment of the risk of recidive and of danger to others. */
export type Risicotaxatie = {
  __typename?: 'Risicotaxatie';
  datum?: Maybe<Scalars['LocalDate']['output']>;
  /** The risk of a serious violent or sexual offence. */
  gevaarrisico?: Maybe<Risiconiveau>;
  id?: Maybe<Scalars['ID']['output']>;
  /** The instrument used, e.g. RISc. */
  instrument?: Maybe<Scalars['String']['output']>;
  /** The reclassering organisation that made it. */
  organisatie?: Maybe<Scalars['String']['output']>;
  recidiverisico?: Maybe<Risiconiveau>;
};

export type RisicotaxatieInput = {
  datum: Scalars['LocalDate']['input'];
  gevaarrisico: Risiconiveau;
  /** The instrument used, e.g. RISc. */
  instrument: Scalars['String']['input'];
  /** The strafrechtsketennummer. */
  justitiabeleId: Scalars['ID']['input'];
  recidiverisico: Risiconiveau;
};

/** Replaces the schulden status as a whole. */
export type SchuldenInput = {
  schuldhulpGestartOp?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** Schulden: when schuldhulpverlening started, if it did. */
export type SchuldenStatus = {
  __typename?: 'SchuldenStatus';
  schuldhulpGestartOp?: Maybe<Scalars['LocalDate']['output']>;
};

/** The screening on the basisvoorwaarden, due within 10 days of instroom. */
export type Screening = {
  __typename?: 'Screening';
  datum?: Maybe<Scalars['LocalDate']['output']>;
  hulpvragen?: Maybe<Array<Hulpvraag>>;
  id?: Maybe<Scalars['ID']['output']>;
  /** Whether the Reflector (risk and needs instrument) was used. */
  reflectorAfgenomen?: Maybe<Scalars['Boolean']['output']>;
  /** SCIL score (screener for a mild intellectual disability), when taken. */
  scilScore?: Maybe<Scalars['Int']['output']>;
  /** Outcome of the language test, when taken. */
  taaltoetsNiveau?: Maybe<Scalars['String']['output']>;
};

/** A hulpvraag per basisvoorwaarde or sociaal netwerk, as DJI told it. */
export type ScreeningHulpvraag = {
  __typename?: 'ScreeningHulpvraag';
  /** The basisvoorwaarde or SOCIAAL_NETWERK. */
  domein: Scalars['String']['output'];
  hulpvraag: Scalars['Boolean']['output'];
  toelichting?: Maybe<Scalars['String']['output']>;
};

export type ScreeningInput = {
  datum: Scalars['LocalDate']['input'];
  /** One per basisvoorwaarde and sociaal netwerk; each domain at most once. */
  hulpvragen: Array<HulpvraagInput>;
  reflectorAfgenomen: Scalars['Boolean']['input'];
  scilScore?: InputMaybe<Scalars['Int']['input']>;
  taaltoetsNiveau?: InputMaybe<Scalars['String']['input']>;
  verblijfId: Scalars['ID']['input'];
};

/** DJI's casemanager's request for information for the screening, or its hulpvragen, as DJI's melding told the organisation it recorded as involved (art. 18a Pbw): work for its adviseurs and toezichthouders. */
export type Screeningmelding = {
  __typename?: 'Screeningmelding';
  /** The DJI location that sent it, e.g. dji:PI-VUGHT. */
  afzender?: Maybe<Scalars['String']['output']>;
  /** The day DJI sent it. */
  gemeldOp?: Maybe<Scalars['LocalDate']['output']>;
  hulpvragen?: Maybe<Array<ScreeningHulpvraag>>;
  id?: Maybe<Scalars['ID']['output']>;
  justitiabele?: Maybe<Justitiabele>;
  /** The reclassering organisation DJI told, e.g. reclassering:RN. */
  organisatie?: Maybe<Scalars['String']['output']>;
  /** DJI's reference to the stay (verblijf/<id>). */
  referentie?: Maybe<Scalars['String']['output']>;
  /** The day by which the screening is due (a request). */
  screeningUiterlijk?: Maybe<Scalars['LocalDate']['output']>;
  /** The day of the screening (its hulpvragen). */
  screeningdatum?: Maybe<Scalars['LocalDate']['output']>;
  soort?: Maybe<ScreeningmeldingSoort>;
};

/** A cursor-paginated list of Screeningmelding. */
export type ScreeningmeldingConnection = {
  __typename?: 'ScreeningmeldingConnection';
  edges: Array<ScreeningmeldingEdge>;
  pageInfo: PageInfo;
};

export type ScreeningmeldingEdge = {
  __typename?: 'ScreeningmeldingEdge';
  cursor: Scalars['String']['output'];
  node?: Maybe<Screeningmelding>;
};

/** INFORMATIEVERZOEK: DJI's casemanager asks for information for the screening; HULPVRAGEN: its outcome. */
export type ScreeningmeldingSoort =
  | 'HULPVRAGEN'
  | 'INFORMATIEVERZOEK';

/** A deadline of the werkstroom and where it stands, from the party that owns it. */
export type Signaal = {
  __typename?: 'Signaal';
  /** The day the deadline was met, once it was. */
  afgerondOp?: Maybe<Scalars['LocalDate']['output']>;
  /** For BASISVOORWAARDEN_BIJ_UITSTROOM: what is not arranged yet. Empty for the other kinds. */
  basisvoorwaarden: Array<Basisvoorwaarde>;
  deadline: Scalars['LocalDate']['output'];
  /** The party that computed the signal from its own data (`dji`, `gemeente`, …). */
  eigenaar: Scalars['String']['output'];
  /** The legal ground the caller is shown the signal on (`ART_18A_PBW`, …). */
  grondslag: Scalars['String']['output'];
  /** The process version whose deadline this is (`WERKSTROOM_2021`, `DR_2_0`). */
  procesversie: Scalars['String']['output'];
  soort: SignaalSoort;
  status: SignaalStatus;
};

/** The deadline of the werkstroom a signal is about. */
export type SignaalSoort =
  /** The reclassering's advies OM asked for, received within the advies term of OM's opdracht (OM, for the officier). */
  | 'ADVIES'
  /** ID, onderdak, inkomen and zorgverzekering arranged before the expected uitstroom (the gemeente's status against DJI's date). */
  | 'BASISVOORWAARDEN_BIJ_UITSTROOM'
  /** A BIJ-melding received before the return, for a person of the BIJ target group in a participating gemeente. */
  | 'BIJ_MELDING'
  /** A BIJ-melding due before the expected uitstroom of a person of the BIJ target group returning to a participating gemeente, until Justid sent it (OM's target group against DJI's stay, for Justid's BIJ desk). */
  | 'BIJ_MELDING_VERWACHT'
  /** A D&R-plan within the plan term of instroom (DJI). */
  | 'DR_PLAN'
  /** The toezichthouder's periodic report to the director on the extramural phase, every interval the director set (DJI). */
  | 'EXTRAMURALE_RAPPORTAGE'
  /** An MDO at least every MDO interval once the plan is set (DJI). */
  | 'MDO'
  /** More than one organisation has casusregie at once. */
  | 'REGIE_CONFLICT'
  /** Someone has casusregie from the day of uitstroom on. */
  | 'REGIE_NA_UITSTROOM'
  /** Screening on the basisvoorwaarden within the screening term of instroom (DJI). */
  | 'SCREENING'
  /** OM's decision on the voorwaardelijke invrijheidstelling, taken the VI-beslissing term before the day the VI falls (OM, for the officier). */
  | 'VI_BESLISSING';

export type SignaalStatus =
  /** Done. */
  | 'AFGEROND'
  /** Not done, and the deadline cannot be reached: it falls after the expected release of a short stay, or (counted back from the release) before the stay began (seed 002 l. 466–470), or it had passed when its owner learned of it (a VI-datum OM recorded after its VI-beslissing was due). */
  | 'NIET_HAALBAAR'
  /** Not done, and the deadline has not passed. */
  | 'OPEN'
  /** Not done, and the deadline has passed. */
  | 'TE_LAAT';

/** Whether a victim or surviving relatives live in the direct surroundings of where the person would live. Delict information. */
export type Slachtofferomgeving = {
  __typename?: 'Slachtofferomgeving';
  /** The gemeente where that is so. */
  gemeentecode?: Maybe<Scalars['Gemeentecode']['output']>;
  inDirecteWoonomgeving: Scalars['Boolean']['output'];
};

/** Whether a victim lives in the direct surroundings; replaces what was recorded. */
export type SlachtofferomgevingInput = {
  /** The gemeente where it is so; required when inDirecteWoonomgeving. */
  gemeentecode?: InputMaybe<Scalars['Gemeentecode']['input']>;
  inDirecteWoonomgeving: Scalars['Boolean']['input'];
  /** The case's `versie` this change is based on. */
  verwachteVersie: Scalars['Int']['input'];
  zaakId: Scalars['ID']['input'];
};

export type SluitingInput = {
  dossierId: Scalars['ID']['input'];
  geslotenOp: Scalars['LocalDate']['input'];
  verwachteVersie: Scalars['Int']['input'];
};

/** OM's case against the person, by parketnummer. OM's own record. */
export type Strafzaak = {
  __typename?: 'Strafzaak';
  delictcategorie?: Maybe<Delictcategorie>;
  id?: Maybe<Scalars['ID']['output']>;
  /** The person the case is against, by chain id: the officier's way on to the other parties' data. */
  justitiabele?: Maybe<Justitiabele>;
  /** Orders to advise in this case, newest first. */
  opdrachtenTotAdvies?: Maybe<Array<OpdrachtTotAdvies>>;
  parketnummer?: Maybe<Scalars['String']['output']>;
  /** Null until OM recorded it. */
  slachtofferomgeving?: Maybe<Slachtofferomgeving>;
  /** Pass back as `verwachteVersie` when changing the delictcategorie, slachtofferomgeving or VI-datum. */
  versie?: Maybe<Scalars['Int']['output']>;
  /** Decisions on disclosing from this case to burgemeesters, newest first. */
  verstrekkingen?: Maybe<Array<Verstrekking>>;
  /** The VI-beslissing in this case, if OM took one. */
  viBeslissing?: Maybe<ViBeslissing>;
  /** The day the case's voorwaardelijke invrijheidstelling falls, as OM computed it; null while unknown. The VI-beslissing is due a term before it (`VI_BESLISSING`). */
  viDatum?: Maybe<Scalars['LocalDate']['output']>;
};

/** A burgemeester's document for OM: a zienswijze or an omgevingsanalyse. */
export type StukAanOm = Omgevingsanalyse | Zienswijze;

/** Which of a burgemeester's documents. */
export type StukSoort =
  | 'OMGEVINGSANALYSE'
  | 'ZIENSWIJZE';

/** Sends a zienswijze or omgevingsanalyse to OM; from then on OM reads it and it no longer changes. */
export type StuurNaarOmInput = {
  id: Scalars['ID']['input'];
  stuk: StukSoort;
  verwachteVersie: Scalars['Int']['input'];
  /** Not before the date of the document. */
  verzondenOp: Scalars['LocalDate']['input'];
};

/** A changed gemeente of return of a current verblijf, with DJI's reason. */
export type TerugkeergemeenteWijzigingInput = {
  /** From when the new gemeente of return applies. */
  datum: Scalars['LocalDate']['input'];
  reden: TerugkeerwijzigingReden;
  terugkeer: GemeenteRegistratieInput;
  verblijfId: Scalars['ID']['input'];
  verwachteVersie: Scalars['Int']['input'];
};

/** A change of a verblijf's gemeente of return, with DJI's reason. */
export type Terugkeerwijziging = {
  __typename?: 'Terugkeerwijziging';
  /** From when the new gemeente of return applies. */
  datum: Scalars['LocalDate']['output'];
  nieuwe: GemeenteRegistratie;
  reden: TerugkeerwijzigingReden;
  vorige: GemeenteRegistratie;
};

/** Why DJI changed a stay's gemeente of return (seed 000 l. 254–256, seed 002 l. 126–130). */
export type TerugkeerwijzigingReden =
  /** The victims' interests (for instance after a sexual offence). */
  | 'BELANGEN_SLACHTOFFERS'
  /** The detainee wishes to live elsewhere. */
  | 'WENS_JUSTITIABELE'
  /** Other weighty reasons not to return to the gemeente of origin. */
  | 'ZWAARWEGENDE_REDENEN';

/** The legal title of a detention. */
export type Titel =
  | 'GEVANGENISSTRAF'
  | 'ISD'
  | 'TBS'
  | 'VOORLOPIGE_HECHTENIS';

/** One access decision, permit or deny, with the policy that made it. */
export type Toegangsbesluit = {
  __typename?: 'Toegangsbesluit';
  /** The processing activity that allowed it, or no-legal-ground. */
  beleid: Scalars['String']['output'];
  /** PERMIT or DENY. */
  besluit: Scalars['String']['output'];
  betrokkene: Scalars['String']['output'];
  gevraagdeGronden: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The field or type asked for, e.g. `Verblijf.screening`. */
  resource: Scalars['String']['output'];
  spanId: Scalars['String']['output'];
  tijdstip: Scalars['DateTimeISO']['output'];
  traceId: Scalars['String']['output'];
};

/** A cursor-paginated list of Toegangsbesluit. */
export type ToegangsbesluitConnection = {
  __typename?: 'ToegangsbesluitConnection';
  edges: Array<ToegangsbesluitEdge>;
  pageInfo: PageInfo;
};

export type ToegangsbesluitEdge = {
  __typename?: 'ToegangsbesluitEdge';
  cursor: Scalars['String']['output'];
  node?: Maybe<Toegangsbesluit>;
};

/** A reclassering organisation's toezicht on one person's bijzondere voorwaarden. */
export type Toezicht = {
  __typename?: 'Toezicht';
  begindatum?: Maybe<Scalars['LocalDate']['output']>;
  /** Oldest first. */
  bijzondereVoorwaarden?: Maybe<Array<BijzondereVoorwaarde>>;
  /** The planned end while lopend; the actual end once ended. */
  einddatum?: Maybe<Scalars['LocalDate']['output']>;
  /** The day of an unexpected early release, as DJI's melding told it, sent ahead of its other meldingen. */
  gemeldeVervroegdeInvrijheidstelling?: Maybe<Scalars['LocalDate']['output']>;
  id?: Maybe<Scalars['ID']['output']>;
  /** The DJI inrichting where the person is held while the toezicht is prepared before release. */
  inrichting?: Maybe<Scalars['String']['output']>;
  /** The person, by strafrechtsketennummer; the gateway goes on to the other parties from here. */
  justitiabele?: Maybe<Justitiabele>;
  /** Organisation identifiers of the DJI location and gemeenten the reclassering works with on the person's D&R. */
  ketenpartners?: Maybe<Array<Scalars['String']['output']>>;
  /** Organisation identifier of whoever ordered the toezicht, e.g. om. */
  opdrachtgever?: Maybe<Scalars['String']['output']>;
  /** The reclassering organisation that holds the toezicht, e.g. reclassering:RN. */
  organisatie?: Maybe<Scalars['String']['output']>;
  status?: Maybe<ToezichtStatus>;
  /** The toezichthouder: how to reach them. */
  toezichthouder?: Maybe<Contactpersoon>;
  /** The toezichthouder's user id, whose werkvoorraad holds this toezicht. */
  toezichthouderGebruiker?: Maybe<Scalars['String']['output']>;
  /** Pass back as `verwachteVersie` when changing this toezicht or adding a voorwaarde to it. */
  versie?: Maybe<Scalars['Int']['output']>;
  /** Where the person lives or returns to. */
  woongemeente?: Maybe<Scalars['Gemeentecode']['output']>;
};

/** A cursor-paginated list of Toezicht. */
export type ToezichtConnection = {
  __typename?: 'ToezichtConnection';
  edges: Array<ToezichtEdge>;
  pageInfo: PageInfo;
};

export type ToezichtEdge = {
  __typename?: 'ToezichtEdge';
  cursor: Scalars['String']['output'];
  node?: Maybe<Toezicht>;
};

/** A new toezicht of one reclassering organisation on one person. */
export type ToezichtInput = {
  begindatum: Scalars['LocalDate']['input'];
  /** The planned end, when known; not before `begindatum`. */
  einddatum?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The DJI inrichting where the person is held while the toezicht is prepared before release, e.g. dji:PI-VUGHT; left out once released. */
  inrichting?: InputMaybe<Scalars['String']['input']>;
  /** The strafrechtsketennummer. */
  justitiabeleId: Scalars['ID']['input'];
  /** The DJI location (dji:…) and gemeenten (gemeente:…) the reclassering works with on the person's D&R. */
  ketenpartners: Array<Scalars['String']['input']>;
  /** Organisation identifier of whoever ordered the toezicht, e.g. om. */
  opdrachtgever: Scalars['String']['input'];
  /** The supervising organisation, the caller's own: reclassering:RN, reclassering:SVG or reclassering:LJ&R. */
  organisatie: Scalars['String']['input'];
  toezichthouder: ContactpersoonInput;
  /** The toezichthouder's user id (`sub`), whose werkvoorraad will hold the toezicht. */
  toezichthouderGebruiker: Scalars['String']['input'];
  /** Where the person lives or returns to. */
  woongemeente?: InputMaybe<Scalars['Gemeentecode']['input']>;
};

/** Whether a toezicht is still lopend. */
export type ToezichtStatus =
  | 'BEEINDIGD'
  | 'LOPEND';

/** Replaces the toezichthouder, ketenpartners, woongemeente and inrichting of a lopend toezicht. */
export type ToezichtWijzigingInput = {
  /** The DJI inrichting where the person is held while the toezicht is prepared before release, e.g. dji:PI-VUGHT; left out once released. */
  inrichting?: InputMaybe<Scalars['String']['input']>;
  ketenpartners: Array<Scalars['String']['input']>;
  toezichtId: Scalars['ID']['input'];
  toezichthouder: ContactpersoonInput;
  toezichthouderGebruiker: Scalars['String']['input'];
  /** The toezicht's `versie` this change is based on. */
  verwachteVersie: Scalars['Int']['input'];
  /** Left out when unknown. */
  woongemeente?: InputMaybe<Scalars['Gemeentecode']['input']>;
};

/** A melding in this party’s outbox, for its operators: where it is, not what it says. */
export type UitgaandeMelding = {
  __typename?: 'UitgaandeMelding';
  aangemaaktOp: Scalars['DateTimeISO']['output'];
  afgeleverdOp?: Maybe<Scalars['DateTimeISO']['output']>;
  afzender: Scalars['String']['output'];
  bevestiging?: Maybe<MeldingBevestiging>;
  /** When it became a signal: not confirmed in time. */
  gesignaleerdOp?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The CloudEvent id. */
  id: Scalars['ID']['output'];
  laatsteFout?: Maybe<Scalars['String']['output']>;
  ontvanger: Scalars['String']['output'];
  pogingen: Scalars['Int']['output'];
  status: AfleverStatus;
  /** The reference the melding is about; never a BSN. */
  subject: Scalars['String']['output'];
  type: Scalars['String']['output'];
};

/** A cursor-paginated list of UitgaandeMelding. */
export type UitgaandeMeldingConnection = {
  __typename?: 'UitgaandeMeldingConnection';
  edges: Array<UitgaandeMeldingEdge>;
  pageInfo: PageInfo;
};

export type UitgaandeMeldingEdge = {
  __typename?: 'UitgaandeMeldingEdge';
  cursor: Scalars['String']['output'];
  node?: Maybe<UitgaandeMelding>;
};

export type UitstroomInput = {
  uitstroomdatum: Scalars['LocalDate']['input'];
  verblijfId: Scalars['ID']['input'];
  verwachteVersie: Scalars['Int']['input'];
};

/** One stay in detention, from instroom to uitstroom. */
export type Verblijf = {
  __typename?: 'Verblijf';
  /** Reclassering organisations DJI recorded as taking part in the re-integration, oldest first. */
  betrokkenOrganisaties?: Maybe<Array<BetrokkenOrganisatie>>;
  /** The current version of the D&R-plan. */
  drPlan?: Maybe<DrPlan>;
  /** Every version of the D&R-plan, newest first. */
  drPlanVersies?: Maybe<Array<DrPlan>>;
  /** The extramural phase, when the verblijf has one. */
  extramuraleFase?: Maybe<ExtramuraleFase>;
  /** The toezichthouder's periodic reports to the director on the extramural phase, newest first. */
  extramuraleRapportages?: Maybe<Array<ExtramuraleRapportage>>;
  /** Gemeente of origin as DJI registered it. */
  herkomst?: Maybe<GemeenteRegistratie>;
  id?: Maybe<Scalars['ID']['output']>;
  /** Where the person is now, or was last. */
  inrichting?: Maybe<Inrichting>;
  instroomdatum?: Maybe<Scalars['LocalDate']['output']>;
  justitiabele?: Maybe<Justitiabele>;
  /** MDO meetings, newest first. */
  mdos?: Maybe<Array<Mdo>>;
  /** The latest screening. */
  screening?: Maybe<Screening>;
  status?: Maybe<VerblijfStatus>;
  /** Gemeente of return as DJI registered it. */
  terugkeer?: Maybe<GemeenteRegistratie>;
  /** Every change of the gemeente of return, oldest first, with its reason. */
  terugkeerwijzigingen?: Maybe<Array<Terugkeerwijziging>>;
  titel?: Maybe<Titel>;
  /** Actual end of detention. */
  uitstroomdatum?: Maybe<Scalars['LocalDate']['output']>;
  /** Where the person stayed, oldest first, with the casemanager of each period. */
  verblijfsperioden?: Maybe<Array<Verblijfsperiode>>;
  /** The verloven granted during this verblijf, oldest first. */
  verloven?: Maybe<Array<Verlof>>;
  /** Pass back as `verwachteVersie` when changing this verblijf. */
  versie?: Maybe<Scalars['Int']['output']>;
  /** Expected end of detention; unknown during voorlopige hechtenis. */
  verwachteUitstroomdatum?: Maybe<Scalars['LocalDate']['output']>;
  /** Date of voorwaardelijke invrijheidstelling, when it applies. */
  viDatum?: Maybe<Scalars['LocalDate']['output']>;
};

/** A cursor-paginated list of Verblijf. */
export type VerblijfConnection = {
  __typename?: 'VerblijfConnection';
  edges: Array<VerblijfEdge>;
  pageInfo: PageInfo;
};

export type VerblijfEdge = {
  __typename?: 'VerblijfEdge';
  cursor: Scalars['String']['output'];
  node?: Maybe<Verblijf>;
};

/** Which verblijven to list. Without `inclusiefUitgestroomd` only current ones. */
export type VerblijfFilter = {
  inclusiefUitgestroomd?: Scalars['Boolean']['input'];
  inrichting?: InputMaybe<Scalars['ID']['input']>;
  terugkeergemeente?: InputMaybe<Scalars['Gemeentecode']['input']>;
  /** Expected uitstroom on or before this date. */
  uitstroomTot?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Expected uitstroom on or after this date. */
  uitstroomVanaf?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** Where the person is in the verblijf. */
export type VerblijfStatus =
  | 'BINNEN'
  | 'EXTRAMURAAL'
  | 'UITGESTROOMD'
  | 'VERLOF';

/** A period in one inrichting, with the casemanager of that period. */
export type Verblijfsperiode = {
  __typename?: 'Verblijfsperiode';
  begindatum?: Maybe<Scalars['LocalDate']['output']>;
  casemanager?: Maybe<Contactpersoon>;
  einddatum?: Maybe<Scalars['LocalDate']['output']>;
  inrichting?: Maybe<Inrichting>;
  reden?: Maybe<PeriodeReden>;
  volgnummer?: Maybe<Scalars['Int']['output']>;
};

/** A verlof granted during a verblijf, from its first to its last day. */
export type Verlof = {
  __typename?: 'Verlof';
  soort: VerlofSoort;
  /** The last day of the verlof. */
  tot: Scalars['LocalDate']['output'];
  /** The first day of the verlof. */
  van: Scalars['LocalDate']['output'];
};

/** A verlof granted during a current verblijf, from its first to its last day. */
export type VerlofInput = {
  soort: VerlofSoort;
  /** The last day of the verlof. */
  tot: Scalars['LocalDate']['input'];
  /** The first day of the verlof. */
  van: Scalars['LocalDate']['input'];
  verblijfId: Scalars['ID']['input'];
  verwachteVersie: Scalars['Int']['input'];
};

/** The kind of verlof (seed 001 l. 476–477). */
export type VerlofSoort =
  /** Kortdurend re-integratieverlof. */
  | 'KORTDUREND_REINTEGRATIEVERLOF'
  /** Langdurend re-integratieverlof. */
  | 'LANGDUREND_REINTEGRATIEVERLOF'
  /** Re-integratieverlof voor extramurale arbeid. */
  | 'REINTEGRATIEVERLOF_EXTRAMURALE_ARBEID';

/** The officier van justitie's decision on giving information from the strafdossier to a burgemeester (Aanwijzing WJSG). The burgemeester reads OM's data only through a disclosure VERSTREKT to it: each item field is null unless `onderdelen` names it. */
export type Verstrekking = {
  __typename?: 'Verstrekking';
  besluit?: Maybe<VerstrekkingBesluit>;
  /** The burgemeester, e.g. burgemeester:0363. */
  burgemeester?: Maybe<Scalars['String']['output']>;
  /** The day the officier decided. */
  datum?: Maybe<Scalars['LocalDate']['output']>;
  /** Given when `onderdelen` names DELICTCATEGORIE. */
  delictcategorie?: Maybe<Delictcategorie>;
  id?: Maybe<Scalars['ID']['output']>;
  /** The items asked for or given. */
  onderdelen?: Maybe<Array<VerstrekkingOnderdeel>>;
  /** Why giving (or refusing) this is proportional and subsidiary: the purpose the data is bound to. */
  reden?: Maybe<Scalars['String']['output']>;
  /** Given when `onderdelen` names SLACHTOFFEROMGEVING. */
  slachtofferomgeving?: Maybe<Slachtofferomgeving>;
  /** Given when `onderdelen` names VI_BESLISSING. */
  viBeslissing?: Maybe<VerstrekteViBeslissing>;
  /** Given when `onderdelen` names VI_VOORWAARDEN. */
  viVoorwaarden?: Maybe<Array<ViVoorwaarde>>;
};

/** The officier van justitie's decision on giving information from the strafdossier to a burgemeester. */
export type VerstrekkingBesluit =
  | 'GEWEIGERD'
  | 'VERSTREKT';

/** The officier's decision on giving items of a case's strafdossier to a burgemeester. */
export type VerstrekkingInput = {
  besluit: VerstrekkingBesluit;
  /** The burgemeester, e.g. burgemeester:0363. */
  burgemeester: Scalars['String']['input'];
  datum: Scalars['LocalDate']['input'];
  /** The items asked for or given; at least one when VERSTREKT, each at most once. */
  onderdelen: Array<VerstrekkingOnderdeel>;
  /** Why giving (or refusing) this is proportional and subsidiary; required. */
  reden: Scalars['String']['input'];
  zaakId: Scalars['ID']['input'];
};

/** An item of OM's records a disclosure under the Aanwijzing WJSG can cover. */
export type VerstrekkingOnderdeel =
  /** The case's delictcategorie. */
  | 'DELICTCATEGORIE'
  /** Whether a victim lives in the direct surroundings, and in which gemeente. */
  | 'SLACHTOFFEROMGEVING'
  /** The VI-beslissing: its dates, proeftijd and any herroeping. */
  | 'VI_BESLISSING'
  /** The conditions of the VI-beslissing. */
  | 'VI_VOORWAARDEN';

/** The VI-beslissing as a disclosure gives it: without its conditions, which are an item of their own. */
export type VerstrekteViBeslissing = {
  __typename?: 'VerstrekteViBeslissing';
  datum: Scalars['LocalDate']['output'];
  herroeping?: Maybe<Herroeping>;
  ingangsdatum: Scalars['LocalDate']['output'];
  proeftijd: Proeftijd;
};

/** An unexpected early release (a court ruling, for instance): the stay ends before its expected end. */
export type VervroegdeInvrijheidstellingInput = {
  /** The day the person is released: before the expected uitstroom. */
  uitstroomdatum: Scalars['LocalDate']['input'];
  verblijfId: Scalars['ID']['input'];
  verwachteVersie: Scalars['Int']['input'];
};

export type VervroegingInput = {
  /** The new, earlier day of the conditional release; not before the VI-beslissing. */
  ingangsdatum: Scalars['LocalDate']['input'];
  verwachteVersie: Scalars['Int']['input'];
  viBeslissingId: Scalars['ID']['input'];
};

export type VerwachteUitstroomInput = {
  verblijfId: Scalars['ID']['input'];
  verwachteUitstroomdatum?: InputMaybe<Scalars['LocalDate']['input']>;
  verwachteVersie: Scalars['Int']['input'];
  viDatum?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** One processing of one person’s data, after Logboek Dataverwerkingen. */
export type Verwerking = {
  __typename?: 'Verwerking';
  aanvrager?: Maybe<Aanvrager>;
  /** dpl.core.data_subject_id: pseudonymised, never a plain number. */
  betrokkene: Scalars['String']['output'];
  betrokkeneType: Scalars['String']['output'];
  eindTijd: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** The operation, e.g. `graphql query Werkvoorraad`. */
  naam: Scalars['String']['output'];
  parentSpanId?: Maybe<Scalars['String']['output']>;
  spanId: Scalars['String']['output'];
  startTijd: Scalars['DateTimeISO']['output'];
  /** OK or ERROR. */
  status: Scalars['String']['output'];
  traceId: Scalars['String']['output'];
  /** dpl.core.foreign_operation.processor: the organisation that asked, when not this party. */
  verwerker?: Maybe<Scalars['String']['output']>;
  /** dpl.core.processing_activity_id: the activity and its legal ground, as a URI. */
  verwerkingsactiviteit: Scalars['String']['output'];
};

/** A cursor-paginated list of Verwerking. */
export type VerwerkingConnection = {
  __typename?: 'VerwerkingConnection';
  edges: Array<VerwerkingEdge>;
  pageInfo: PageInfo;
};

export type VerwerkingEdge = {
  __typename?: 'VerwerkingEdge';
  cursor: Scalars['String']['output'];
  node?: Maybe<Verwerking>;
};

/** Which processing records to list; at least one criterion. */
export type VerwerkingFilter = {
  /** One person's trail: who read what about them, and why. */
  betrokkene?: InputMaybe<BetrokkeneInput>;
  /** All records of one question, across this party. */
  traceId?: InputMaybe<Scalars['String']['input']>;
  /** One processing activity (its URI). */
  verwerkingsactiviteit?: InputMaybe<Scalars['String']['input']>;
};

/** How many processing records one party logged in one month, for one owner and one legal ground: no person in it, counts from 1 to 4 suppressed. */
export type Verwerkingsaantal = {
  __typename?: 'Verwerkingsaantal';
  /** How many records; null when from 1 to 4 (onderdrukt). */
  aantal?: Maybe<Scalars['Int']['output']>;
  /** The legal ground, e.g. ART_51C_WJSG. */
  grondslag: Scalars['String']['output'];
  /** The month, YYYY-MM (in the Netherlands). */
  maand: Scalars['String']['output'];
  /** Whether the count is suppressed. */
  onderdrukt: Scalars['Boolean']['output'];
  /** The owner of the data processed: the party, or one of its owners (gemeente:0363). */
  partij: Scalars['String']['output'];
};

/** OM's decision on voorwaardelijke invrijheidstelling in one case. OM's own record; the toezichthouders of the reclassering organisation OM assigned to supervise its conditions read it too. */
export type ViBeslissing = {
  __typename?: 'ViBeslissing';
  /** The day OM decided. */
  datum?: Maybe<Scalars['LocalDate']['output']>;
  /** Null unless the VI was revoked. */
  herroeping?: Maybe<Herroeping>;
  id?: Maybe<Scalars['ID']['output']>;
  /** The day of the conditional release; the proeftijd starts here. */
  ingangsdatum?: Maybe<Scalars['LocalDate']['output']>;
  proeftijd?: Maybe<Proeftijd>;
  /** The reclassering organisation OM assigned to supervise the conditions, e.g. reclassering:RN. */
  toezichthoudendeOrganisatie?: Maybe<Scalars['String']['output']>;
  /** Pass back as `verwachteVersie` when revoking. */
  versie?: Maybe<Scalars['Int']['output']>;
  voorwaarden?: Maybe<Array<ViVoorwaarde>>;
};

/** A VI-beslissing in a case: the proeftijd in months or as an end date, not both. */
export type ViBeslissingInput = {
  /** The day OM decided. */
  datum: Scalars['LocalDate']['input'];
  /** The day of the conditional release; not before `datum`. */
  ingangsdatum: Scalars['LocalDate']['input'];
  /** The end of the proeftijd; after the ingangsdatum. */
  proeftijdEinddatum?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The proeftijd in months from the ingangsdatum. */
  proeftijdMaanden?: InputMaybe<Scalars['Int']['input']>;
  /** The reclassering organisation OM assigns to supervise the conditions (reclassering:RN, reclassering:SVG or reclassering:LJ&R); its toezichthouders read this decision. */
  toezichthoudendeOrganisatie?: InputMaybe<Scalars['String']['input']>;
  /** The conditions, in order; at least one. */
  voorwaarden: Array<Scalars['String']['input']>;
  zaakId: Scalars['ID']['input'];
};

/** The day a case's VI falls, as OM computed it from the sentence; replaces what was recorded. */
export type ViDatumInput = {
  /** The case's `versie` this change is based on. */
  verwachteVersie: Scalars['Int']['input'];
  viDatum: Scalars['LocalDate']['input'];
  zaakId: Scalars['ID']['input'];
};

/** One condition of a voorwaardelijke invrijheidstelling. */
export type ViVoorwaarde = {
  __typename?: 'ViVoorwaarde';
  omschrijving: Scalars['String']['output'];
  volgnummer: Scalars['Int']['output'];
};

/** One current stay in a werkvoorraad at DJI, with DJI's signals on it. The gemeente's and OM's signals on the person come through `justitiabele`. */
export type WerkvoorraadItem = {
  __typename?: 'WerkvoorraadItem';
  justitiabele?: Maybe<Justitiabele>;
  /** DJI's signals on the stay, most urgent first. */
  signalen?: Maybe<Array<Signaal>>;
  /** The earliest of DJI's open deadlines the stay can still reach, of the caller's kinds (for Justid's BIJ desk the day the BIJ-melding is due); null when none is open. */
  urgentie?: Maybe<Scalars['LocalDate']['output']>;
  /** The current stay the item is about. */
  verblijf?: Maybe<Verblijf>;
};

/** A cursor-paginated list of WerkvoorraadItem. */
export type WerkvoorraadItemConnection = {
  __typename?: 'WerkvoorraadItemConnection';
  edges: Array<WerkvoorraadItemEdge>;
  pageInfo: PageInfo;
};

export type WerkvoorraadItemEdge = {
  __typename?: 'WerkvoorraadItemEdge';
  cursor: Scalars['String']['output'];
  node?: Maybe<WerkvoorraadItem>;
};

/** One of OM's cases in the officier's werkvoorraad (a case with a VI-datum, a VI-beslissing or an opdracht tot advies), with OM's signals on it. Every party's signals on the person come through `justitiabele { signalen }`. */
export type ZaakWerkvoorraadItem = {
  __typename?: 'ZaakWerkvoorraadItem';
  /** The person, by chain id; the gateway goes on to the other parties from here. */
  justitiabele?: Maybe<Justitiabele>;
  /** OM's signals on the case, most urgent first. */
  signalen?: Maybe<Array<Signaal>>;
  /** The case the item is about. */
  strafzaak?: Maybe<Strafzaak>;
  /** The earliest of OM's open deadlines on the case; null when none is open. */
  urgentie?: Maybe<Scalars['LocalDate']['output']>;
};

/** A cursor-paginated list of ZaakWerkvoorraadItem. */
export type ZaakWerkvoorraadItemConnection = {
  __typename?: 'ZaakWerkvoorraadItemConnection';
  edges: Array<ZaakWerkvoorraadItemEdge>;
  pageInfo: PageInfo;
};

export type ZaakWerkvoorraadItemEdge = {
  __typename?: 'ZaakWerkvoorraadItemEdge';
  cursor: Scalars['String']['output'];
  node?: Maybe<ZaakWerkvoorraadItem>;
};

/** A burgemeester's zienswijze on the conditions of a voorwaardelijke invrijheidstelling. Its own burgemeester reads it; OM once it was sent. */
export type Zienswijze = {
  __typename?: 'Zienswijze';
  /** The burgemeester that gave it, e.g. burgemeester:0363. */
  burgemeester?: Maybe<Scalars['String']['output']>;
  datum?: Maybe<Scalars['LocalDate']['output']>;
  /** A suggested gebiedsverbod; a bijzondere voorwaarde only once OM imposes it. */
  gebiedsverbod?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['ID']['output']>;
  /** When OM's inbox received it, from the melding sent with it; null until then. */
  ontvangenDoorOmOp?: Maybe<Scalars['DateTimeISO']['output']>;
  tekst?: Maybe<Scalars['String']['output']>;
  /** Pass back as `verwachteVersie` when changing or sending it. */
  versie?: Maybe<Scalars['Int']['output']>;
  /** When it was sent to OM; null while not sent. */
  verzondenAanOmOp?: Maybe<Scalars['LocalDate']['output']>;
};

/** A zienswijze of the caller's burgemeester on the VI-conditions of a person. */
export type ZienswijzeInput = {
  datum: Scalars['LocalDate']['input'];
  /** A suggested gebiedsverbod, described. */
  gebiedsverbod?: InputMaybe<Scalars['String']['input']>;
  justitiabeleId: Scalars['ID']['input'];
  tekst: Scalars['String']['input'];
};

/** Changes a zienswijze not yet sent to OM. */
export type ZienswijzeWijzigingInput = {
  gebiedsverbod?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  tekst: Scalars['String']['input'];
  verwachteVersie: Scalars['Int']['input'];
};

/** Replaces the zorg status as a whole. */
export type ZorgInput = {
  indicatie?: InputMaybe<Scalars['String']['input']>;
  zorgverzekering: Scalars['Boolean']['input'];
};

/** Zorg: the zorgverzekering and any indicatie for care. */
export type ZorgStatus = {
  __typename?: 'ZorgStatus';
  indicatie?: Maybe<Scalars['String']['output']>;
  zorgverzekering: Scalars['Boolean']['output'];
};

/** DJI's melding about a detention to a gemeente the Zorg- en Veiligheidshuis serves, not confirmed by the gemeente in time: where it is, never what it says. */
export type ZvhEscalatie = {
  __typename?: 'ZvhEscalatie';
  aangemaaktOp: Scalars['DateTimeISO']['output'];
  /** The DJI location that sent it, e.g. dji:PI-VUGHT: whom to call. */
  afzender: Scalars['String']['output'];
  /** The gemeente that did not confirm it. */
  gemeentecode: Scalars['Gemeentecode']['output'];
  /** When it became a signal: not confirmed in time. */
  gesignaleerdOp: Scalars['DateTimeISO']['output'];
  /** The melding (CloudEvent id). */
  id: Scalars['ID']['output'];
  /** DJI's reference to the stay (verblijf/<id>); never a BSN. */
  subject: Scalars['String']['output'];
  /** Its event type, e.g. nl.ketengraaf.dji.detentie.begonnen. */
  type: Scalars['String']['output'];
};

/** A cursor-paginated list of ZvhEscalatie. */
export type ZvhEscalatieConnection = {
  __typename?: 'ZvhEscalatieConnection';
  edges: Array<ZvhEscalatieEdge>;
  pageInfo: PageInfo;
};

export type ZvhEscalatieEdge = {
  __typename?: 'ZvhEscalatieEdge';
  cursor: Scalars['String']['output'];
  node?: Maybe<ZvhEscalatie>;
};

export type BasisvoorwaardenQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BasisvoorwaardenQuery = { __typename?: 'Query', nazorgdossier?: { __typename?: 'Nazorgdossier', id?: string | null, gemeentecode?: string | null, status?: DossierStatus | null, versie?: number | null, basisvoorwaarden?: { __typename?: 'BasisvoorwaardenStatus', identiteitsbewijs: { __typename?: 'IdentiteitsbewijsStatus', aangevraagdOp?: string | null, gereedOp?: string | null }, zorg: { __typename?: 'ZorgStatus', zorgverzekering: boolean, indicatie?: string | null } } | null } | null };

export type WerkBasisvoorwaardenBijMutationVariables = Exact<{
  input: BasisvoorwaardenInput;
}>;


export type WerkBasisvoorwaardenBijMutation = { __typename?: 'Mutation', werkBasisvoorwaardenBij: { __typename?: 'Nazorgdossier', id?: string | null, versie?: number | null, basisvoorwaarden?: { __typename?: 'BasisvoorwaardenStatus', identiteitsbewijs: { __typename?: 'IdentiteitsbewijsStatus', aangevraagdOp?: string | null, gereedOp?: string | null }, zorg: { __typename?: 'ZorgStatus', zorgverzekering: boolean, indicatie?: string | null } } | null } };

export type InkomendeMeldingVeldenFragment = { __typename?: 'InkomendeMeldingConnection', edges: Array<{ __typename?: 'InkomendeMeldingEdge', node?: { __typename?: 'InkomendeMelding', id: string, type: string, afzender: string, grondslag: string, status: MeldingBevestiging, keerOntvangen: number, ontvangenOp: string } | null }> };

export type InkomendeMeldingenQueryVariables = Exact<{
  dji: Scalars['Boolean']['input'];
  gemeente: Scalars['Boolean']['input'];
  reclassering: Scalars['Boolean']['input'];
  omBurgemeester: Scalars['Boolean']['input'];
}>;


export type InkomendeMeldingenQuery = { __typename?: 'Query', djiInkomendeMeldingen?: { __typename?: 'InkomendeMeldingConnection', edges: Array<{ __typename?: 'InkomendeMeldingEdge', node?: { __typename?: 'InkomendeMelding', id: string, type: string, afzender: string, grondslag: string, status: MeldingBevestiging, keerOntvangen: number, ontvangenOp: string } | null }> }, gemeenteInkomendeMeldingen?: { __typename?: 'InkomendeMeldingConnection', edges: Array<{ __typename?: 'InkomendeMeldingEdge', node?: { __typename?: 'InkomendeMelding', id: string, type: string, afzender: string, grondslag: string, status: MeldingBevestiging, keerOntvangen: number, ontvangenOp: string } | null }> }, reclasseringInkomendeMeldingen?: { __typename?: 'InkomendeMeldingConnection', edges: Array<{ __typename?: 'InkomendeMeldingEdge', node?: { __typename?: 'InkomendeMelding', id: string, type: string, afzender: string, grondslag: string, status: MeldingBevestiging, keerOntvangen: number, ontvangenOp: string } | null }> }, omBurgemeesterInkomendeMeldingen?: { __typename?: 'InkomendeMeldingConnection', edges: Array<{ __typename?: 'InkomendeMeldingEdge', node?: { __typename?: 'InkomendeMelding', id: string, type: string, afzender: string, grondslag: string, status: MeldingBevestiging, keerOntvangen: number, ontvangenOp: string } | null }> } };

export type PersoonQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersoonQuery = { __typename?: 'Query', justitiabele?: { __typename?: 'Justitiabele', id?: string | null, personalia?: { __typename?: 'Personalia', voornamen: string, achternaam: string, geboortedatum: string } | null, huidigVerblijf?: { __typename?: 'Verblijf', instroomdatum?: string | null, verwachteUitstroomdatum?: string | null, inrichting?: { __typename?: 'Inrichting', naam: string } | null } | null, detentieSignalen?: Array<{ __typename?: 'Signaal', soort: SignaalSoort, deadline: string, status: SignaalStatus }> | null, nazorgdossiers?: Array<{ __typename?: 'Nazorgdossier', id?: string | null, gemeentecode?: string | null, status?: DossierStatus | null }> | null, nazorgSignalen?: Array<{ __typename?: 'Signaal', soort: SignaalSoort, deadline: string, status: SignaalStatus }> | null, toezichten?: Array<{ __typename?: 'Toezicht', id?: string | null, organisatie?: string | null, status?: ToezichtStatus | null, toezichthouder?: { __typename?: 'Contactpersoon', naam: string } | null, bijzondereVoorwaarden?: Array<{ __typename?: 'BijzondereVoorwaarde', type?: BijzondereVoorwaardeType | null, gebied?: string | null }> | null }> | null, risicotaxatie?: { __typename?: 'Risicotaxatie', datum?: string | null, gevaarrisico?: Risiconiveau | null } | null, strafzaken?: Array<{ __typename?: 'Strafzaak', parketnummer?: string | null, delictcategorie?: Delictcategorie | null }> | null, bijMeldingen?: Array<{ __typename?: 'BijMelding', kenmerk?: string | null, terugkeerdatum?: string | null }> | null } | null };

export type SignaalVeldenFragment = { __typename?: 'Signaal', soort: SignaalSoort, deadline: string, status: SignaalStatus };

export type VerblijfWerkvoorraadQueryVariables = Exact<{ [key: string]: never; }>;


export type VerblijfWerkvoorraadQuery = { __typename?: 'Query', verblijfWerkvoorraad: { __typename?: 'WerkvoorraadItemConnection', edges: Array<{ __typename?: 'WerkvoorraadItemEdge', node?: { __typename?: 'WerkvoorraadItem', urgentie?: string | null, justitiabele?: { __typename?: 'Justitiabele', id?: string | null } | null, verblijf?: { __typename?: 'Verblijf', instroomdatum?: string | null, verwachteUitstroomdatum?: string | null } | null, signalen?: Array<{ __typename?: 'Signaal', soort: SignaalSoort, deadline: string, status: SignaalStatus }> | null } | null }> } };

export type ToezichtWerkvoorraadQueryVariables = Exact<{ [key: string]: never; }>;


export type ToezichtWerkvoorraadQuery = { __typename?: 'Query', werkvoorraad: { __typename?: 'ToezichtConnection', edges: Array<{ __typename?: 'ToezichtEdge', node?: { __typename?: 'Toezicht', id?: string | null, begindatum?: string | null, einddatum?: string | null, justitiabele?: { __typename?: 'Justitiabele', id?: string | null, detentieSignalen?: Array<{ __typename?: 'Signaal', soort: SignaalSoort, deadline: string, status: SignaalStatus }> | null } | null } | null }> } };

export type BijWerkvoorraadQueryVariables = Exact<{ [key: string]: never; }>;


export type BijWerkvoorraadQuery = { __typename?: 'Query', bijWerkvoorraad: { __typename?: 'BijMeldingConnection', edges: Array<{ __typename?: 'BijMeldingEdge', node?: { __typename?: 'BijMelding', id?: string | null, kenmerk?: string | null, terugkeerdatum?: string | null, justitiabele?: { __typename?: 'Justitiabele', id?: string | null } | null, signalen?: Array<{ __typename?: 'Signaal', soort: SignaalSoort, deadline: string, status: SignaalStatus }> | null } | null }> } };

export const InkomendeMeldingVeldenFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InkomendeMeldingVelden"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InkomendeMeldingConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"afzender"}},{"kind":"Field","name":{"kind":"Name","value":"grondslag"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"keerOntvangen"}},{"kind":"Field","name":{"kind":"Name","value":"ontvangenOp"}}]}}]}}]}}]} as unknown as DocumentNode<InkomendeMeldingVeldenFragment, unknown>;
export const SignaalVeldenFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignaalVelden"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Signaal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<SignaalVeldenFragment, unknown>;
export const BasisvoorwaardenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Basisvoorwaarden"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nazorgdossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gemeentecode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"versie"}},{"kind":"Field","name":{"kind":"Name","value":"basisvoorwaarden"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identiteitsbewijs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aangevraagdOp"}},{"kind":"Field","name":{"kind":"Name","value":"gereedOp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zorg"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zorgverzekering"}},{"kind":"Field","name":{"kind":"Name","value":"indicatie"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BasisvoorwaardenQuery, BasisvoorwaardenQueryVariables>;
export const WerkBasisvoorwaardenBijDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WerkBasisvoorwaardenBij"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BasisvoorwaardenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"werkBasisvoorwaardenBij"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versie"}},{"kind":"Field","name":{"kind":"Name","value":"basisvoorwaarden"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identiteitsbewijs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aangevraagdOp"}},{"kind":"Field","name":{"kind":"Name","value":"gereedOp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zorg"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zorgverzekering"}},{"kind":"Field","name":{"kind":"Name","value":"indicatie"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WerkBasisvoorwaardenBijMutation, WerkBasisvoorwaardenBijMutationVariables>;
export const InkomendeMeldingenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InkomendeMeldingen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dji"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gemeente"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reclassering"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"omBurgemeester"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"djiInkomendeMeldingen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dji"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InkomendeMeldingVelden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gemeenteInkomendeMeldingen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gemeente"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InkomendeMeldingVelden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reclasseringInkomendeMeldingen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reclassering"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InkomendeMeldingVelden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"omBurgemeesterInkomendeMeldingen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"omBurgemeester"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InkomendeMeldingVelden"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InkomendeMeldingVelden"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InkomendeMeldingConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"afzender"}},{"kind":"Field","name":{"kind":"Name","value":"grondslag"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"keerOntvangen"}},{"kind":"Field","name":{"kind":"Name","value":"ontvangenOp"}}]}}]}}]}}]} as unknown as DocumentNode<InkomendeMeldingenQuery, InkomendeMeldingenQueryVariables>;
export const PersoonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Persoon"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"justitiabele"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personalia"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voornamen"}},{"kind":"Field","name":{"kind":"Name","value":"achternaam"}},{"kind":"Field","name":{"kind":"Name","value":"geboortedatum"}}]}},{"kind":"Field","name":{"kind":"Name","value":"huidigVerblijf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instroomdatum"}},{"kind":"Field","name":{"kind":"Name","value":"verwachteUitstroomdatum"}},{"kind":"Field","name":{"kind":"Name","value":"inrichting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"detentieSignalen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignaalVelden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nazorgdossiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gemeentecode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nazorgSignalen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignaalVelden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toezichten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisatie"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"toezichthouder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bijzondereVoorwaarden"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"gebied"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"risicotaxatie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datum"}},{"kind":"Field","name":{"kind":"Name","value":"gevaarrisico"}}]}},{"kind":"Field","name":{"kind":"Name","value":"strafzaken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parketnummer"}},{"kind":"Field","name":{"kind":"Name","value":"delictcategorie"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bijMeldingen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kenmerk"}},{"kind":"Field","name":{"kind":"Name","value":"terugkeerdatum"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignaalVelden"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Signaal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<PersoonQuery, PersoonQueryVariables>;
export const VerblijfWerkvoorraadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerblijfWerkvoorraad"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verblijfWerkvoorraad"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urgentie"}},{"kind":"Field","name":{"kind":"Name","value":"justitiabele"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verblijf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instroomdatum"}},{"kind":"Field","name":{"kind":"Name","value":"verwachteUitstroomdatum"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signalen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignaalVelden"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignaalVelden"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Signaal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<VerblijfWerkvoorraadQuery, VerblijfWerkvoorraadQueryVariables>;
export const ToezichtWerkvoorraadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ToezichtWerkvoorraad"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"werkvoorraad"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"begindatum"}},{"kind":"Field","name":{"kind":"Name","value":"einddatum"}},{"kind":"Field","name":{"kind":"Name","value":"justitiabele"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"detentieSignalen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignaalVelden"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignaalVelden"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Signaal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<ToezichtWerkvoorraadQuery, ToezichtWerkvoorraadQueryVariables>;
export const BijWerkvoorraadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BijWerkvoorraad"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bijWerkvoorraad"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kenmerk"}},{"kind":"Field","name":{"kind":"Name","value":"terugkeerdatum"}},{"kind":"Field","name":{"kind":"Name","value":"justitiabele"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signalen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignaalVelden"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignaalVelden"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Signaal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<BijWerkvoorraadQuery, BijWerkvoorraadQueryVariables>;