import { Directive, Field, InputType, ObjectType } from 'type-graphql';
import { Column } from 'typeorm';

import { parseEmail, requireText } from './text';

/** A contact person's columns, embedded in an entity with a prefix (`casemanager_naam`, …). */
export class ContactpersoonColumns {
  @Column()
  naam: string;

  @Column()
  email: string;

  @Column({ type: 'text', nullable: true })
  telefoon: string | null;
}

// Every party names contact persons the same way, so the supergraph shares one type.
@Directive('@shareable')
@ObjectType({ description: 'How to reach the person responsible at a party.' })
export class Contactpersoon {
  @Field()
  naam: string;

  @Field()
  email: string;

  @Field(() => String, { nullable: true })
  telefoon: string | null;

  static from(columns: ContactpersoonColumns): Contactpersoon {
    return Object.assign(new Contactpersoon(), columns);
  }
}

@InputType()
export class ContactpersoonInput {
  @Field()
  naam: string;

  @Field()
  email: string;

  @Field(() => String, { nullable: true })
  telefoon?: string | null;
}

/** Validates a contact person; `rol` names them in error messages ("Casemanager e-mail …"). */
export function parseContactpersoon(input: ContactpersoonInput, rol: string): ContactpersoonColumns {
  return {
    naam: requireText(input.naam, `${rol} naam`),
    email: parseEmail(input.email, `${rol} e-mail`),
    telefoon: input.telefoon?.trim() || null,
  };
}
