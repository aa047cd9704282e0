/**
 * Phone numbers: parsed with libphonenumber-js (full metadata, so that validity
 * is checked against each country's real number plan), stored as E.164 and
 * shown in national form. Vanity spellings are converted on a phone keypad.
 */
import { getCountryCallingCode, parsePhoneNumberWithError, type CountryCode } from 'libphonenumber-js/max';

export interface ParsedPhone {
  /** "+18665109715" */
  e164: string;
  /** "(866) 510-9715" */
  national: string;
  /** "+1 866 510 9715" */
  international: string;
  /** "tel:+18665109715" */
  uri: string;
  /** The calling code without "+", e.g. "1". */
  countryCode: string;
  /** The national significant number, e.g. "8665109715". */
  nationalNumber: string;
}

const KEYPAD: Record<string, string> = {
  A: '2', B: '2', C: '2', D: '3', E: '3', F: '3', G: '4', H: '4', I: '4', J: '5', K: '5', L: '5',
  M: '6', N: '6', O: '6', P: '7', Q: '7', R: '7', S: '7', T: '8', U: '8', V: '8', W: '9', X: '9', Y: '9', Z: '9',
};

/** Replaces letters with their keypad digits: "1-800-EXPEDIA" → "1-800-3973342". */
export function vanityToDigits(value: string): string {
  return value.replace(/[a-z]/gi, (letter) => KEYPAD[letter.toUpperCase()] ?? letter);
}

/** True when the text spells part of the number in letters. */
export function hasLetters(value: string): boolean {
  return /[a-z]/i.test(value);
}

const PARSE_ERRORS: Record<string, string> = {
  NOT_A_NUMBER: 'it holds no phone number',
  INVALID_COUNTRY: 'the country code is unknown',
  TOO_SHORT: 'it has too few digits',
  TOO_LONG: 'it has too many digits',
  INVALID_LENGTH: 'it has the wrong number of digits',
};

/**
 * Parses a number as written in content or typed by a person.
 * Throws an Error with a readable reason when it is not a valid number.
 */
export function parsePhone(value: string, region: CountryCode = 'US'): ParsedPhone {
  let phone;
  try {
    phone = parsePhoneNumberWithError(vanityToDigits(value), region);
  } catch (error) {
    // The library's own codes (TOO_SHORT, INVALID_COUNTRY) do not name the value.
    const reason = PARSE_ERRORS[(error as Error).message] ?? (error as Error).message;
    throw new Error(`"${value}" is not a valid phone number: ${reason}`);
  }
  if (!phone.isValid()) {
    throw new Error(`"${value}" is not a valid phone number for ${phone.country ?? region}`);
  }
  return {
    e164: phone.number,
    national: phone.formatNational(),
    international: phone.formatInternational(),
    uri: phone.getURI(),
    countryCode: phone.countryCallingCode,
    nationalNumber: phone.nationalNumber,
  };
}

/** Like parsePhone, but answers undefined instead of throwing. */
export function tryParsePhone(value: string, region: CountryCode = 'US'): ParsedPhone | undefined {
  try {
    return parsePhone(value, region);
  } catch {
    return undefined;
  }
}

/**
 * Every way a person is likely to type this number, for the search index.
 * Pagefind only matches words it has indexed, so the digits-only forms and the
 * grouped forms must all be present on the page.
 */
export function typedForms(phone: ParsedPhone): string[] {
  const { countryCode: cc, nationalNumber: nn } = phone;
  const forms = new Set<string>([nn, `${cc}${nn}`, phone.e164, phone.national, phone.international]);
  if (cc === '1' && nn.length === 10) {
    const [area, exchange, line] = [nn.slice(0, 3), nn.slice(3, 6), nn.slice(6)];
    for (const form of [
      `${area}-${exchange}-${line}`,
      `1-${area}-${exchange}-${line}`,
      `(${area}) ${exchange}-${line}`,
      `${area} ${exchange} ${line}`,
      `1 ${area} ${exchange} ${line}`,
      `+1 ${area} ${exchange} ${line}`,
      `+1-${area}-${exchange}-${line}`,
      `${area}.${exchange}.${line}`,
      `${area}${exchange}-${line}`,
      `${exchange}-${line}`,
    ]) {
      forms.add(form);
    }
  }
  return [...forms];
}

/** A country's calling code without "+": "US" → "1", "IL" → "972". */
export function callingCodeOf(country: string): string {
  return getCountryCallingCode(country as CountryCode);
}
