// The detector registry: adding a detector is one module and one line here.
import type { Detector } from '../types.js';
import { detectCreditCard } from './creditCard.js';
import { detectBitcoin, detectEthereum } from './crypto.js';
import { detectDateOfBirth } from './dateOfBirth.js';
import { detectEmail } from './email.js';
import { detectGenericSecret } from './genericSecret.js';
import { detectIban } from './iban.js';
import { detectIpAddress } from './ipAddress.js';
import { detectJwt } from './jwt.js';
import { detectBrCpf, detectEsDni, detectInAadhaar, detectItCodiceFiscale, detectUkNino } from './nationalIds.js';
import { detectPassport } from './passport.js';
import { detectPerson } from './person.js';
import { detectPhone } from './phone.js';
import {
  detectAnthropicKey,
  detectAwsKey,
  detectGithubToken,
  detectGitlabToken,
  detectGoogleKey,
  detectHuggingFaceToken,
  detectNpmToken,
  detectOpenAiKey,
  detectPrivateKey,
  detectSendgridKey,
  detectSlackToken,
  detectStripeKey,
} from './secrets.js';
import { detectStreetAddress } from './streetAddress.js';
import { detectUrlCredentials } from './urlCredentials.js';
import { detectUsSsn } from './usSsn.js';

/** In priority order: when two matches overlap, the earlier (more specific) detector wins. */
export const detectors: readonly Detector[] = [
  detectPrivateKey,
  detectAnthropicKey,
  detectOpenAiKey,
  detectAwsKey,
  detectGithubToken,
  detectSlackToken,
  detectStripeKey,
  detectGoogleKey,
  detectGitlabToken,
  detectHuggingFaceToken,
  detectSendgridKey,
  detectNpmToken,
  detectJwt,
  detectUrlCredentials,
  detectEmail,
  detectIban,
  detectCreditCard,
  detectUkNino,
  detectEsDni,
  detectBrCpf,
  detectItCodiceFiscale,
  detectInAadhaar,
  detectUsSsn,
  detectBitcoin,
  detectEthereum,
  detectGenericSecret,
  detectPhone,
  detectIpAddress,
  detectDateOfBirth,
  detectPassport,
  detectStreetAddress,
  detectPerson,
];
