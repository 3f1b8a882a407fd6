/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Basisvoorwaarden($id: ID!) {\n    nazorgdossier(id: $id) {\n      id\n      gemeentecode\n      status\n      versie\n      basisvoorwaarden {\n        identiteitsbewijs {\n          aangevraagdOp\n          gereedOp\n        }\n        zorg {\n          zorgverzekering\n          indicatie\n        }\n      }\n    }\n  }\n": typeof types.BasisvoorwaardenDocument,
    "\n  mutation WerkBasisvoorwaardenBij($input: BasisvoorwaardenInput!) {\n    werkBasisvoorwaardenBij(input: $input) {\n      id\n      versie\n      basisvoorwaarden {\n        identiteitsbewijs {\n          aangevraagdOp\n          gereedOp\n        }\n        zorg {\n          zorgverzekering\n          indicatie\n        }\n      }\n    }\n  }\n": typeof types.WerkBasisvoorwaardenBijDocument,
    "\n  fragment InkomendeMeldingVelden on InkomendeMeldingConnection {\n    edges {\n      node {\n        id\n        type\n        afzender\n        grondslag\n        status\n        keerOntvangen\n        ontvangenOp\n      }\n    }\n  }\n": typeof types.InkomendeMeldingVeldenFragmentDoc,
    "\n  query InkomendeMeldingen($dji: Boolean!, $gemeente: Boolean!, $reclassering: Boolean!, $omBurgemeester: Boolean!) {\n    djiInkomendeMeldingen(first: 25) @include(if: $dji) {\n      ...InkomendeMeldingVelden\n    }\n    gemeenteInkomendeMeldingen(first: 25) @include(if: $gemeente) {\n      ...InkomendeMeldingVelden\n    }\n    reclasseringInkomendeMeldingen(first: 25) @include(if: $reclassering) {\n      ...InkomendeMeldingVelden\n    }\n    omBurgemeesterInkomendeMeldingen(first: 25) @include(if: $omBurgemeester) {\n      ...InkomendeMeldingVelden\n    }\n  }\n": typeof types.InkomendeMeldingenDocument,
    "\n  query Persoon($id: ID!) {\n    justitiabele(id: $id) {\n      id\n      personalia {\n        voornamen\n        achternaam\n        geboortedatum\n      }\n      huidigVerblijf {\n        instroomdatum\n        verwachteUitstroomdatum\n        inrichting {\n          naam\n        }\n      }\n      detentieSignalen {\n        ...SignaalVelden\n      }\n      nazorgdossiers {\n        id\n        gemeentecode\n        status\n      }\n      nazorgSignalen {\n        ...SignaalVelden\n      }\n      toezichten {\n        id\n        organisatie\n        status\n        toezichthouder {\n          naam\n        }\n        bijzondereVoorwaarden {\n          type\n          gebied\n        }\n      }\n      risicotaxatie {\n        datum\n        gevaarrisico\n      }\n      strafzaken {\n        parketnummer\n        delictcategorie\n      }\n      bijMeldingen {\n        kenmerk\n        terugkeerdatum\n      }\n    }\n  }\n": typeof types.PersoonDocument,
    "\n  fragment SignaalVelden on Signaal {\n    soort\n    deadline\n    status\n  }\n": typeof types.SignaalVeldenFragmentDoc,
    "\n  query VerblijfWerkvoorraad {\n    verblijfWerkvoorraad(first: 20) {\n      edges {\n        node {\n          urgentie\n          justitiabele {\n            id\n          }\n          verblijf {\n            instroomdatum\n            verwachteUitstroomdatum\n          }\n          signalen {\n            ...SignaalVelden\n          }\n        }\n      }\n    }\n  }\n": typeof types.VerblijfWerkvoorraadDocument,
    "\n  query ToezichtWerkvoorraad {\n    werkvoorraad(first: 20) {\n      edges {\n        node {\n          id\n          begindatum\n          einddatum\n          justitiabele {\n            id\n            detentieSignalen {\n              ...SignaalVelden\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ToezichtWerkvoorraadDocument,
    "\n  query BijWerkvoorraad {\n    bijWerkvoorraad(first: 20) {\n      edges {\n        node {\n          id\n          kenmerk\n          terugkeerdatum\n          justitiabele {\n            id\n          }\n          signalen {\n            ...SignaalVelden\n          }\n        }\n      }\n    }\n  }\n": typeof types.BijWerkvoorraadDocument,
};
const documents: Documents = {
    "\n  query Basisvoorwaarden($id: ID!) {\n    nazorgdossier(id: $id) {\n      id\n      gemeentecode\n      status\n      versie\n      basisvoorwaarden {\n        identiteitsbewijs {\n          aangevraagdOp\n          gereedOp\n        }\n        zorg {\n          zorgverzekering\n          indicatie\n        }\n      }\n    }\n  }\n": types.BasisvoorwaardenDocument,
    "\n  mutation WerkBasisvoorwaardenBij($input: BasisvoorwaardenInput!) {\n    werkBasisvoorwaardenBij(input: $input) {\n      id\n      versie\n      basisvoorwaarden {\n        identiteitsbewijs {\n          aangevraagdOp\n          gereedOp\n        }\n        zorg {\n          zorgverzekering\n          indicatie\n        }\n      }\n    }\n  }\n": types.WerkBasisvoorwaardenBijDocument,
    "\n  fragment InkomendeMeldingVelden on InkomendeMeldingConnection {\n    edges {\n      node {\n        id\n        type\n        afzender\n        grondslag\n        status\n        keerOntvangen\n        ontvangenOp\n      }\n    }\n  }\n": types.InkomendeMeldingVeldenFragmentDoc,
    "\n  query InkomendeMeldingen($dji: Boolean!, $gemeente: Boolean!, $reclassering: Boolean!, $omBurgemeester: Boolean!) {\n    djiInkomendeMeldingen(first: 25) @include(if: $dji) {\n      ...InkomendeMeldingVelden\n    }\n    gemeenteInkomendeMeldingen(first: 25) @include(if: $gemeente) {\n      ...InkomendeMeldingVelden\n    }\n    reclasseringInkomendeMeldingen(first: 25) @include(if: $reclassering) {\n      ...InkomendeMeldingVelden\n    }\n    omBurgemeesterInkomendeMeldingen(first: 25) @include(if: $omBurgemeester) {\n      ...InkomendeMeldingVelden\n    }\n  }\n": types.InkomendeMeldingenDocument,
    "\n  query Persoon($id: ID!) {\n    justitiabele(id: $id) {\n      id\n      personalia {\n        voornamen\n        achternaam\n        geboortedatum\n      }\n      huidigVerblijf {\n        instroomdatum\n        verwachteUitstroomdatum\n        inrichting {\n          naam\n        }\n      }\n      detentieSignalen {\n        ...SignaalVelden\n      }\n      nazorgdossiers {\n        id\n        gemeentecode\n        status\n      }\n      nazorgSignalen {\n        ...SignaalVelden\n      }\n      toezichten {\n        id\n        organisatie\n        status\n        toezichthouder {\n          naam\n        }\n        bijzondereVoorwaarden {\n          type\n          gebied\n        }\n      }\n      risicotaxatie {\n        datum\n        gevaarrisico\n      }\n      strafzaken {\n        parketnummer\n        delictcategorie\n      }\n      bijMeldingen {\n        kenmerk\n        terugkeerdatum\n      }\n    }\n  }\n": types.PersoonDocument,
    "\n  fragment SignaalVelden on Signaal {\n    soort\n    deadline\n    status\n  }\n": types.SignaalVeldenFragmentDoc,
    "\n  query VerblijfWerkvoorraad {\n    verblijfWerkvoorraad(first: 20) {\n      edges {\n        node {\n          urgentie\n          justitiabele {\n            id\n          }\n          verblijf {\n            instroomdatum\n            verwachteUitstroomdatum\n          }\n          signalen {\n            ...SignaalVelden\n          }\n        }\n      }\n    }\n  }\n": types.VerblijfWerkvoorraadDocument,
    "\n  query ToezichtWerkvoorraad {\n    werkvoorraad(first: 20) {\n      edges {\n        node {\n          id\n          begindatum\n          einddatum\n          justitiabele {\n            id\n            detentieSignalen {\n              ...SignaalVelden\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ToezichtWerkvoorraadDocument,
    "\n  query BijWerkvoorraad {\n    bijWerkvoorraad(first: 20) {\n      edges {\n        node {\n          id\n          kenmerk\n          terugkeerdatum\n          justitiabele {\n            id\n          }\n          signalen {\n            ...SignaalVelden\n          }\n        }\n      }\n    }\n  }\n": types.BijWerkvoorraadDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Basisvoorwaarden($id: ID!) {\n    nazorgdossier(id: $id) {\n      id\n      gemeentecode\n      status\n      versie\n      basisvoorwaarden {\n        identiteitsbewijs {\n          aangevraagdOp\n          gereedOp\n        }\n        zorg {\n          zorgverzekering\n          indicatie\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Basisvoorwaarden($id: ID!) {\n    nazorgdossier(id: $id) {\n      id\n      gemeentecode\n      status\n      versie\n      basisvoorwaarden {\n        identiteitsbewijs {\n          aangevraagdOp\n          gereedOp\n        }\n        zorg {\n          zorgverzekering\n          indicatie\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WerkBasisvoorwaardenBij($input: BasisvoorwaardenInput!) {\n    werkBasisvoorwaardenBij(input: $input) {\n      id\n      versie\n      basisvoorwaarden {\n        identiteitsbewijs {\n          aangevraagdOp\n          gereedOp\n        }\n        zorg {\n          zorgverzekering\n          indicatie\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WerkBasisvoorwaardenBij($input: BasisvoorwaardenInput!) {\n    werkBasisvoorwaardenBij(input: $input) {\n      id\n      versie\n      basisvoorwaarden {\n        identiteitsbewijs {\n          aangevraagdOp\n          gereedOp\n        }\n        zorg {\n          zorgverzekering\n          indicatie\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InkomendeMeldingVelden on InkomendeMeldingConnection {\n    edges {\n      node {\n        id\n        type\n        afzender\n        grondslag\n        status\n        keerOntvangen\n        ontvangenOp\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment InkomendeMeldingVelden on InkomendeMeldingConnection {\n    edges {\n      node {\n        id\n        type\n        afzender\n        grondslag\n        status\n        keerOntvangen\n        ontvangenOp\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InkomendeMeldingen($dji: Boolean!, $gemeente: Boolean!, $reclassering: Boolean!, $omBurgemeester: Boolean!) {\n    djiInkomendeMeldingen(first: 25) @include(if: $dji) {\n      ...InkomendeMeldingVelden\n    }\n    gemeenteInkomendeMeldingen(first: 25) @include(if: $gemeente) {\n      ...InkomendeMeldingVelden\n    }\n    reclasseringInkomendeMeldingen(first: 25) @include(if: $reclassering) {\n      ...InkomendeMeldingVelden\n    }\n    omBurgemeesterInkomendeMeldingen(first: 25) @include(if: $omBurgemeester) {\n      ...InkomendeMeldingVelden\n    }\n  }\n"): (typeof documents)["\n  query InkomendeMeldingen($dji: Boolean!, $gemeente: Boolean!, $reclassering: Boolean!, $omBurgemeester: Boolean!) {\n    djiInkomendeMeldingen(first: 25) @include(if: $dji) {\n      ...InkomendeMeldingVelden\n    }\n    gemeenteInkomendeMeldingen(first: 25) @include(if: $gemeente) {\n      ...InkomendeMeldingVelden\n    }\n    reclasseringInkomendeMeldingen(first: 25) @include(if: $reclassering) {\n      ...InkomendeMeldingVelden\n    }\n    omBurgemeesterInkomendeMeldingen(first: 25) @include(if: $omBurgemeester) {\n      ...InkomendeMeldingVelden\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Persoon($id: ID!) {\n    justitiabele(id: $id) {\n      id\n      personalia {\n        voornamen\n        achternaam\n        geboortedatum\n      }\n      huidigVerblijf {\n        instroomdatum\n        verwachteUitstroomdatum\n        inrichting {\n          naam\n        }\n      }\n      detentieSignalen {\n        ...SignaalVelden\n      }\n      nazorgdossiers {\n        id\n        gemeentecode\n        status\n      }\n      nazorgSignalen {\n        ...SignaalVelden\n      }\n      toezichten {\n        id\n        organisatie\n        status\n        toezichthouder {\n          naam\n        }\n        bijzondereVoorwaarden {\n          type\n          gebied\n        }\n      }\n      risicotaxatie {\n        datum\n        gevaarrisico\n      }\n      strafzaken {\n        parketnummer\n        delictcategorie\n      }\n      bijMeldingen {\n        kenmerk\n        terugkeerdatum\n      }\n    }\n  }\n"): (typeof documents)["\n  query Persoon($id: ID!) {\n    justitiabele(id: $id) {\n      id\n      personalia {\n        voornamen\n        achternaam\n        geboortedatum\n      }\n      huidigVerblijf {\n        instroomdatum\n        verwachteUitstroomdatum\n        inrichting {\n          naam\n        }\n      }\n      detentieSignalen {\n        ...SignaalVelden\n      }\n      nazorgdossiers {\n        id\n        gemeentecode\n        status\n      }\n      nazorgSignalen {\n        ...SignaalVelden\n      }\n      toezichten {\n        id\n        organisatie\n        status\n        toezichthouder {\n          naam\n        }\n        bijzondereVoorwaarden {\n          type\n          gebied\n        }\n      }\n      risicotaxatie {\n        datum\n        gevaarrisico\n      }\n      strafzaken {\n        parketnummer\n        delictcategorie\n      }\n      bijMeldingen {\n        kenmerk\n        terugkeerdatum\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignaalVelden on Signaal {\n    soort\n    deadline\n    status\n  }\n"): (typeof documents)["\n  fragment SignaalVelden on Signaal {\n    soort\n    deadline\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerblijfWerkvoorraad {\n    verblijfWerkvoorraad(first: 20) {\n      edges {\n        node {\n          urgentie\n          justitiabele {\n            id\n          }\n          verblijf {\n            instroomdatum\n            verwachteUitstroomdatum\n          }\n          signalen {\n            ...SignaalVelden\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerblijfWerkvoorraad {\n    verblijfWerkvoorraad(first: 20) {\n      edges {\n        node {\n          urgentie\n          justitiabele {\n            id\n          }\n          verblijf {\n            instroomdatum\n            verwachteUitstroomdatum\n          }\n          signalen {\n            ...SignaalVelden\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ToezichtWerkvoorraad {\n    werkvoorraad(first: 20) {\n      edges {\n        node {\n          id\n          begindatum\n          einddatum\n          justitiabele {\n            id\n            detentieSignalen {\n              ...SignaalVelden\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ToezichtWerkvoorraad {\n    werkvoorraad(first: 20) {\n      edges {\n        node {\n          id\n          begindatum\n          einddatum\n          justitiabele {\n            id\n            detentieSignalen {\n              ...SignaalVelden\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BijWerkvoorraad {\n    bijWerkvoorraad(first: 20) {\n      edges {\n        node {\n          id\n          kenmerk\n          terugkeerdatum\n          justitiabele {\n            id\n          }\n          signalen {\n            ...SignaalVelden\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BijWerkvoorraad {\n    bijWerkvoorraad(first: 20) {\n      edges {\n        node {\n          id\n          kenmerk\n          terugkeerdatum\n          justitiabele {\n            id\n          }\n          signalen {\n            ...SignaalVelden\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;