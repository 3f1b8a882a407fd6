import { clientError } from '../errors/client-error';

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** Returns the text trimmed; refuses empty or blank text with INVALID_INPUT naming `what`. */
export function requireText(value: string, what: string): string {
  const trimmed = value.trim();
  if (!trimmed) {
    throw clientError('INVALID_INPUT', `${what} may not be empty.`);
  }
  return trimmed;
}

/** Returns the e-mail address trimmed; refuses one that is empty or not shaped like an address. */
export function parseEmail(value: string, what: string): string {
  const email = requireText(value, what);
  if (!EMAIL.test(email)) {
    throw clientError('INVALID_INPUT', `${what} "${email}" is not an e-mail address.`);
  }
  return email;
}
