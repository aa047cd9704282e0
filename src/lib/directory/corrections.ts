/**
 * "Report a wrong or outdated contact": a prefilled message that names the
 * company, the field and its current value, so a maintainer can find the line
 * to fix without asking back. It opens an issue when the repository address is
 * configured (BEYOND_NO_REPOSITORY_URL, a GitHub, Gitea or Forgejo repository),
 * else an email (to BEYOND_NO_CORRECTIONS_EMAIL when set; with no address, the
 * reader's mail program asks for one, and the message is still written).
 */
import type { Contact } from '../../schemas/contact';
import { displayValue } from './contacts';
import { fill } from '../text/fill';

export interface CorrectionsConfig {
  repositoryUrl?: string | undefined;
  email?: string | undefined;
}

export function correctionsConfig(env: Record<string, string | undefined> = process.env): CorrectionsConfig {
  const repositoryUrl = env.BEYOND_NO_REPOSITORY_URL?.trim().replace(/\/+$/, '') || undefined;
  const email = env.BEYOND_NO_CORRECTIONS_EMAIL?.trim() || undefined;
  if (repositoryUrl && !URL.canParse(repositoryUrl)) throw new Error(`BEYOND_NO_REPOSITORY_URL="${repositoryUrl}" is not a URL`);
  return { repositoryUrl, email };
}

export interface Message {
  subject: string;
  body: string;
}

/** Where the report link points: a new issue, or a mailto: with subject and body (RFC 6068: spaces as %20, lines as %0D%0A). */
export function reportHref(config: CorrectionsConfig, message: Message): string {
  if (config.repositoryUrl) {
    return `${config.repositoryUrl}/issues/new?title=${encodeQueryValue(message.subject)}&body=${encodeQueryValue(message.body)}`;
  }
  return `mailto:${config.email ?? ''}?subject=${encodeQueryValue(message.subject)}&body=${encodeQueryValue(message.body.replace(/\r?\n/g, '\r\n'))}`;
}

/**
 * Percent-encodes only what a mailto: query cannot hold as it is: spaces and
 * line breaks, the query's own delimiters (& = + # ?), %, and characters the
 * URL standard excludes. Letters of every script are URL code points and stay
 * as they are (the browser encodes them when it opens the link): a Hebrew
 * message written as %D7%94… took six bytes a letter, on every contact.
 */
export function encodeQueryValue(text: string): string {
  return text.replace(/[\s"#%&'+<=>?@[\\\]^`{|}\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (c) => encodeURIComponent(c));
}

export interface ReportStrings {
  /** "Wrong or outdated contact: {company}, {field}" */
  subject: string;
  /** The body, with {company}, {page}, {field}, {value}, {source} and {asOf}. */
  body: string;
}

/** The message for one contact value: the company, the field, its current value, and the source we cite for it. */
export function contactMessage(
  company: { name: string; pageUrl: string },
  contact: Contact,
  sourceTitle: string,
  strings: ReportStrings,
  /** The reader's calling code: the value is quoted as the page shows it (see displayValue). */
  readerCallingCode?: string,
): Message {
  return message(strings, {
    company: company.name,
    page: company.pageUrl,
    field: `${contact.label} (${contact.kind})`,
    value: displayValue(contact, readerCallingCode),
    source: sourceTitle,
    asOf: contact.asOf,
  });
}

/** The message for the company as a whole, when the reader cannot point at one value (or one is missing). */
export function companyMessage(company: { name: string; pageUrl: string }, strings: ReportStrings): Message {
  return message(strings, { company: company.name, page: company.pageUrl });
}

function message(strings: ReportStrings, values: Record<string, string>): Message {
  return { subject: fill(strings.subject, values), body: fill(strings.body, values) };
}
